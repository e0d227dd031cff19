import * as XLSX from '@e965/xlsx';
import { tcvn3, workbookOf, type Aoa } from '../../helpers/import-fixtures.ts';

const STATUSES = ['Đang hoạt động', 'Tạm ngừng hoạt động', 'Đang hoạt động', 'Ngừng hoạt động'];
const SECTORS = ['Nông nghiệp', 'Dịch vụ', 'Thương mại', 'Vận tải'];
const vn = (n: number) => n.toLocaleString('de-DE'); // 1.234.567,5: the Vietnamese way, as text

/**
 * A legacy-style list of `rows` organizations, 20 columns: a title block, a two-row header, TCVN3 text in
 * the name, address, status, head and sector columns, and numbers typed as Vietnamese text.
 */
export function legacyXlsx(rows: number): Uint8Array {
  const t = tcvn3;
  const aoa: Aoa = [
    [t('UBND TỈNH PHÚ THỌ'), null, null, null, null, null, null, null, t('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')],
    [t('DANH SÁCH HỢP TÁC XÃ TRÊN ĐỊA BÀN TỈNH ĐẾN 31/12/2024')],
    [],
    [t('TT'), t('Tên hợp tác xã'), t('Mã số HTX'), t('Địa chỉ'), t('Ngày thành lập'), t('Tình trạng'), t('Thành viên'), t('Lao động'), null, t('Kết quả SXKD năm 2024 (triệu đồng)'), null, t('Thu nhập BQ LĐTX (triệu đồng/tháng)'), t('Vốn điều lệ (triệu đồng)'), t('Nộp ngân sách (triệu đồng)'), t('Giám đốc'), t('Điện thoại'), t('Email'), t('Lĩnh vực'), t('Tên viết tắt'), t('Ghi chú')],
    [null, null, null, null, null, null, null, t('Tổng số'), t('Thường xuyên'), t('Doanh thu'), t('Lợi nhuận'), null, null, null, null, null, null, null, null, null],
  ];
  for (let i = 1; i <= rows; i++) {
    aoa.push([
      i,
      t(`Hợp tác xã Nông nghiệp Dịch vụ Tân Phú số ${i}`),
      String(2_500_000_000 + i),
      t(`Xóm ${i % 30}, xã Thanh Sơn, huyện Thanh Sơn`),
      `${String(1 + (i % 28)).padStart(2, '0')}/${String(1 + (i % 12)).padStart(2, '0')}/${2000 + (i % 24)}`,
      t(STATUSES[i % STATUSES.length] ?? ''),
      vn(7 + (i % 300)),
      vn(10 + (i % 80)),
      vn(5 + (i % 40)),
      vn(Math.round(150 + (i % 5000) * 1.37 * 10) / 10),
      vn(Math.round((i % 300) * 1.1 * 10) / 10),
      vn(Math.round((3 + (i % 7) * 0.45) * 100) / 100),
      vn(100 + (i % 2000)),
      vn(i % 90),
      t(`Nguyễn Văn Hùng ${i}`),
      `0210${String(i).padStart(6, '0')}`,
      `htx${i}@example.vn`,
      t(SECTORS[i % SECTORS.length] ?? ''),
      `HTX TP${i}`,
      i % 97 === 0 ? t('Đã đối chiếu') : null,
    ]);
  }
  // Compressed, as Excel saves it.
  const out: unknown = XLSX.write(workbookOf([{ name: 'DS HTX', rows: aoa, merges: ['H4:I4', 'J4:K4', 'A4:A5', 'B4:B5'] }]), { type: 'buffer', bookType: 'xlsx', compression: true });
  if (!(out instanceof Uint8Array)) throw new Error('SheetJS did not return a buffer');
  return out;
}
