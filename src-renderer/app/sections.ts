/** The left navigation: every section of the app, in the order clerks use them. */
export interface Section {
  id: string;
  label: string;
  /** What the section is for, shown while it is not built yet and as a tooltip. */
  summary: string;
}

export const SECTIONS: readonly Section[] = [
  { id: 'tong-quan', label: 'Tổng quan', summary: 'Số liệu chính năm gần nhất, việc cần chú ý, các bước bắt đầu.' },
  { id: 'to-chuc', label: 'Tổ chức KTTT', summary: 'Danh sách HTX, liên hiệp HTX, quỹ tín dụng nhân dân và tổ hợp tác.' },
  { id: 'so-lieu', label: 'Số liệu hằng năm', summary: 'Thành viên, lao động, doanh thu, lợi nhuận, thu nhập theo từng năm.' },
  { id: 'ocop', label: 'Sản phẩm OCOP', summary: 'Sản phẩm OCOP, hạng sao và giấy chứng nhận.' },
  { id: 'nhap', label: 'Nhập dữ liệu', summary: 'Nhập các bảng tính Excel cũ (.xls, .xlsx, .ods, .csv).' },
  {
    id: 'thu-thap',
    label: 'Thu thập số liệu',
    summary: 'Gửi mẫu báo cáo cho xã, phường; nhận lại tệp đã điền; theo dõi tổ chức đã và chưa báo cáo.',
  },
  { id: 'xem-lai', label: 'Cần xem lại', summary: 'Các ô trong tệp đã nhập chưa đọc được: sửa theo nhóm, ghi nhớ cho các lần nhập sau.' },
  { id: 'bao-cao', label: 'Báo cáo', summary: 'Báo cáo tổng kết năm và thống kê, in A4, xuất PDF, Word, Excel.' },
  { id: 'kiem-tra', label: 'Kiểm tra – giám sát', summary: 'Kế hoạch, biên bản kiểm tra và danh sách giám sát.' },
  {
    id: 'ban-chi-dao',
    label: 'Ban Chỉ đạo',
    summary: 'Thành viên, cuộc họp, kế hoạch và nhiệm vụ, chỉ tiêu, chính sách hỗ trợ, nội dung báo cáo tổng kết.',
  },
  {
    id: 'quy-htpt',
    label: 'Quỹ hỗ trợ phát triển HTX',
    summary: 'Cho vay của Quỹ: hồ sơ, hợp đồng, giải ngân, thu nợ, nợ quá hạn và báo cáo.',
  },
  { id: 'cai-dat', label: 'Sao lưu & cài đặt', summary: 'Thông tin cơ quan, sao lưu, khôi phục và kiểm tra dữ liệu.' },
  { id: 'huong-dan', label: 'Hướng dẫn', summary: 'Hướng dẫn ngắn cho từng trang (phím F1): bảng, nhập dữ liệu, in báo cáo, sao lưu.' },
];

export const DEFAULT_SECTION = 'tong-quan';

export function sectionFromHash(hash: string): string {
  const id = hash.replace(/^#\/?/, '').split('/')[0] ?? '';
  return SECTIONS.some((s) => s.id === id) ? id : DEFAULT_SECTION;
}
