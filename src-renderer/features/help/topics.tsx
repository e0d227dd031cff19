import type { ReactNode } from 'react';

export interface HelpTopic {
  id: string;
  title: string;
  body: ReactNode;
}

const GRID_KEYS: [string, string][] = [
  ['Gõ chữ, số', 'Sửa ô đang chọn (ô có danh sách thì mở danh sách để tìm)'],
  ['F2 hoặc Alt+↓', 'Sửa ô / mở danh sách chọn mà không xoá nội dung'],
  ['Enter, ↓', 'Xuống dòng dưới; ở dòng cuối thì thêm dòng mới'],
  ['Tab, Shift+Tab', 'Sang ô phải / trái (không tự mở danh sách)'],
  ['Esc', 'Bỏ sửa, giữ giá trị cũ'],
  ['Shift+mũi tên', 'Chọn một vùng ô'],
  ['Ctrl+A', 'Chọn cả bảng'],
  ['Ctrl+C, Ctrl+V', 'Chép / dán với Excel, LibreOffice (dòng tiêu đề cột được bỏ qua)'],
  ['Ctrl+D', 'Điền xuống: chép ô trên cùng của vùng chọn xuống các ô dưới'],
  ['Delete', 'Xoá nội dung các ô đã chọn'],
  ['Ctrl+− hoặc Ctrl+Delete', 'Xoá các dòng đã chọn (có hỏi lại; khôi phục được trong Thùng rác)'],
  ['Ctrl+Z, Ctrl+Y', 'Hoàn tác / làm lại'],
  ['Ctrl+Home, Ctrl+End', 'Về ô đầu tiên / ô cuối cùng của bảng'],
  ['Alt+Enter', 'Mở chi tiết và lịch sử của dòng đang chọn'],
  ['F6 hoặc Ctrl+Tab', 'Ra thanh công cụ phía trên bảng (ô tìm kiếm, các nút)'],
  ['F1', 'Mở hướng dẫn của trang đang xem'],
];

export const HELP_TOPICS: readonly HelpTopic[] = [
  {
    id: 'bat-dau',
    title: 'Bắt đầu',
    body: (
      <>
        <p>Trang Tổng quan có danh sách các bước đầu tiên; mỗi bước tự đánh dấu khi đã làm xong.</p>
        <ol>
          <li>
            <a href="#/cai-dat">Khai báo thông tin cơ quan</a>: tên cơ quan, tỉnh, người ký — in trên mọi báo cáo.
          </li>
          <li>
            <a href="#/nhap">Nhập các bảng tính cũ</a> (.xls, .xlsx, .ods, .csv), hoặc gõ thẳng vào bảng{' '}
            <a href="#/to-chuc">Tổ chức KTTT</a>.
          </li>
          <li>
            <a href="#/so-lieu">Nhập số liệu hằng năm</a>: chọn năm, gõ hoặc dán cột số liệu từ Excel. Ô để trống là chưa có số liệu, khác
            với số 0.
          </li>
          <li>
            <a href="#/bao-cao">Làm báo cáo tổng kết năm</a>: xem trước, in, lưu PDF, Word, Excel.
          </li>
        </ol>
        <p>Mọi trang mở ở năm gần nhất đã có số liệu; năm đã chọn được giữ khi chuyển trang.</p>
      </>
    ),
  },
  {
    id: 'bang',
    title: 'Làm việc với bảng (như Excel)',
    body: (
      <>
        <p>Mọi thay đổi được lưu ngay khi rời ô. Ô bị tô đỏ là giá trị không nhận được: rê chuột vào để xem lý do; giá trị cũ được giữ.</p>
        <table className="table compact" aria-label="Phím tắt trong bảng">
          <thead>
            <tr>
              <th scope="col">Phím</th>
              <th scope="col">Tác dụng</th>
            </tr>
          </thead>
          <tbody>
            {GRID_KEYS.map(([k, v]) => (
              <tr key={k}>
                <td>
                  <kbd>{k}</kbd>
                </td>
                <td>{v}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>Ô tìm kiếm không cần gõ dấu: “hoa binh” tìm thấy “Hòa Bình”. Tiền có thể xem theo đồng, nghìn đồng hoặc triệu đồng.</p>
      </>
    ),
  },
  {
    id: 'nhap',
    title: 'Nhập bảng tính cũ và “Cần xem lại”',
    body: (
      <>
        <ol>
          <li>
            Vào <a href="#/nhap">Nhập dữ liệu</a>, chọn hoặc kéo thả tệp. Chương trình tự nhận ra trang tính, dòng tiêu đề, các cột và năm
            số liệu; có thể đổi cột hoặc năm trước khi nhập.
          </li>
          <li>Xem trước: từng dòng ghi rõ sẽ thêm mới, cập nhật, gộp hay bỏ qua (dòng tiêu đề, dòng cộng…).</li>
          <li>Bấm Nhập. Trước mỗi lần nhập có một bản sao lưu; một lần nhập có thể hoàn tác trong Lịch sử nhập.</li>
        </ol>
        <p>
          Ô không đọc được không làm mất cả dòng: dòng vẫn được nhập, ô để trống và chữ gốc được giữ trong{' '}
          <a href="#/xem-lai">Cần xem lại</a>. Ở đó các ô giống nhau được gom thành nhóm để sửa một lần; cách sửa được ghi nhớ cho các lần
          nhập sau.
        </p>
      </>
    ),
  },
  {
    id: 'bao-cao',
    title: 'In và ký báo cáo',
    body: (
      <>
        <ol>
          <li>
            Vào <a href="#/bao-cao">Báo cáo</a>, chọn năm. Số liệu tính đến 31/12 của năm đó, hoặc ngày khác nếu ghi vào ô “Số liệu tính đến
            ngày”.
          </li>
          <li>
            Điền số, ký hiệu, ngày văn bản, nơi nhận và người ký ở phần “Thông tin văn bản”; để trống ngày thì văn bản ghi ngày hôm nay.
          </li>
          <li>Bấm In… để in khổ A4, hoặc lưu PDF, Word (để sửa thêm), Excel. Phụ lục quá dài được lưu thành tệp riêng bên cạnh.</li>
          <li>In, trình ký, đóng dấu như văn bản thường; bản Word dùng khi cần sửa câu chữ.</li>
        </ol>
        <p>
          Biên bản, kế hoạch kiểm tra và báo cáo giám sát in ở trang <a href="#/kiem-tra">Kiểm tra – giám sát</a> theo cùng cách.
        </p>
      </>
    ),
  },
  {
    id: 'sao-luu',
    title: 'Sao lưu và khôi phục',
    body: (
      <>
        <p>
          Mỗi ngày, lần mở đầu tiên chương trình tự sao lưu; trước mỗi lần nhập, hoàn tác nhập, khôi phục hay nâng cấp cũng có một bản sao
          lưu.
        </p>
        <ul>
          <li>
            <a href="#/cai-dat">Sao lưu & cài đặt</a> → Sao lưu ngay: tạo một bản sao lưu thủ công; có thể chép bản đó sang USB.
          </li>
          <li>Khôi phục: chọn một bản trong danh sách; dữ liệu hiện tại được sao lưu trước khi thay.</li>
          <li>Kiểm tra dữ liệu: kiểm tra tệp cơ sở dữ liệu có bị hỏng không.</li>
        </ul>
        <p>Dòng đã xoá nằm trong Thùng rác của từng bảng, khôi phục được bất cứ lúc nào; Ctrl+Z ngay sau khi xoá cũng lấy lại được.</p>
      </>
    ),
  },
];

/** The help topic of each section, opened by F1 there. */
export const TOPIC_OF_SECTION: Record<string, string> = {
  'tong-quan': 'bat-dau',
  'to-chuc': 'bang',
  'so-lieu': 'bang',
  ocop: 'bang',
  nhap: 'nhap',
  'xem-lai': 'nhap',
  'bao-cao': 'bao-cao',
  'kiem-tra': 'bao-cao',
  'cai-dat': 'sao-luu',
  'huong-dan': 'bat-dau',
};
