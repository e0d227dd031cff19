import type { HomeChecklist } from '../../../src-main/contract/home.ts';

const STEPS: { key: keyof HomeChecklist; text: string; href: string; link: string; hint: string }[] = [
  {
    key: 'settings',
    text: 'Khai báo thông tin cơ quan',
    href: '#/cai-dat',
    link: 'Mở Sao lưu & cài đặt',
    hint: 'Tên cơ quan, tỉnh, người ký: in trên mọi báo cáo.',
  },
  {
    key: 'organizations',
    text: 'Nhập các bảng tính cũ, hoặc gõ danh sách tổ chức',
    href: '#/nhap',
    link: 'Nhập dữ liệu',
    hint: 'Kéo tệp Excel (.xls, .xlsx, .ods, .csv) vào trang Nhập dữ liệu; hoặc gõ thẳng vào bảng Tổ chức KTTT.',
  },
  {
    key: 'figures',
    text: 'Nhập số liệu hằng năm',
    href: '#/so-lieu',
    link: 'Mở Số liệu hằng năm',
    hint: 'Chọn năm: mỗi tổ chức đang hoạt động có một dòng để gõ hoặc dán cột số liệu từ Excel.',
  },
  {
    key: 'annualReport',
    text: 'Làm báo cáo tổng kết năm',
    href: '#/bao-cao',
    link: 'Mở Báo cáo',
    hint: 'Xem trước, in, hoặc lưu PDF, Word, Excel.',
  },
];

/** A new office's first steps, each ticked by the data itself (not by a click), with a link to where it is done. */
export function Checklist({ done }: { done: HomeChecklist }) {
  const next = STEPS.find((s) => !done[s.key])?.key;
  return (
    <section className="panel home-checklist" aria-labelledby="home-checklist-title">
      <h2 id="home-checklist-title">Bắt đầu</h2>
      <ol>
        {STEPS.map((s) => (
          <li key={s.key} className={done[s.key] ? 'done' : s.key === next ? 'next' : ''} data-step={s.key}>
            <span className="home-tick" aria-label={done[s.key] ? 'Đã xong' : 'Chưa làm'}>
              {done[s.key] ? '✓' : '○'}
            </span>
            <span>
              <strong>{s.text}</strong> — <a href={s.href}>{s.link}</a>
              <br />
              <span className="muted">{s.hint}</span>
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
