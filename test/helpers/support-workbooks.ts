/**
 * Workbooks of the support given as a province's departments send them, written by ExcelJS: a title block
 * ("UBND TỈNH … / DANH SÁCH HỢP TÁC XÃ ĐƯỢC HỖ TRỢ NĂM 2024"), a two-row merged header, a column-number row,
 * amounts typed as text ("1.200.000 đ") beside real numbers, dates typed as dd/mm/yyyy text, a total row and
 * a signature.
 */
import ExcelJS from 'exceljs';

export type Row = (string | number | Date | null)[];

export interface SupportRow {
  org: string;
  code?: string;
  commune?: string;
  policy: string;
  decision?: string;
  date: string | Date | null;
  kind: string;
  amount: string | number | null;
  source: string;
}

function titleBlock(ws: ExcelJS.Worksheet, title: string, width: number): void {
  ws.addRow(['UBND TỈNH PHÚ THỌ']);
  ws.addRow(['SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG']);
  ws.addRow([]);
  ws.addRow([title]);
  ws.mergeCells(4, 1, 4, width);
  ws.addRow(['(Kèm theo Báo cáo số 123/BC-SNN ngày 10/01/2025)']);
  ws.mergeCells(5, 1, 5, width);
}

/** "Danh sách HTX được hỗ trợ": STT | Tên HTX | Mã số HTX | Xã | Chính sách / Quyết định / Ngày (merged group) | Hình thức | Kinh phí (đồng) | Nguồn. */
export function supportSheet(wb: ExcelJS.Workbook, rows: readonly SupportRow[], name = 'HTX duoc ho tro'): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  titleBlock(ws, 'DANH SÁCH HỢP TÁC XÃ ĐƯỢC HỖ TRỢ NĂM 2024', 10);
  ws.addRow([
    'STT',
    'Tên hợp tác xã',
    'Mã số HTX',
    'Xã, phường',
    'Chính sách hỗ trợ',
    null,
    null,
    'Hình thức hỗ trợ',
    'Kinh phí hỗ trợ (đồng)',
    'Nguồn kinh phí',
  ]);
  ws.addRow([null, null, null, null, 'Tên chính sách, chương trình', 'Số quyết định', 'Ngày quyết định', null, null, null]);
  ws.mergeCells('E6:G6');
  for (const col of ['A', 'B', 'C', 'D', 'H', 'I', 'J']) ws.mergeCells(`${col}6:${col}7`);
  ws.addRow(['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)']);
  rows.forEach((r, i) => {
    const row = ws.addRow([
      i + 1,
      r.org,
      r.code ?? null,
      r.commune ?? null,
      r.policy,
      r.decision ?? null,
      r.date,
      r.kind,
      r.amount,
      r.source,
    ]);
    if (r.date instanceof Date) row.getCell(7).numFmt = 'dd/mm/yyyy';
    if (r.code !== undefined) row.getCell(3).numFmt = '@';
  });
  ws.addRow([null, 'Tổng cộng', null, null, null, null, null, null, null, null]);
  ws.addRow([]);
  ws.addRow([null, null, null, null, null, null, null, 'NGƯỜI LẬP BIỂU', null, 'GIÁM ĐỐC']);
  return ws;
}

export interface TraineeRow {
  title: string;
  from: string;
  org: string;
  trainees: number | null;
  kind?: string;
}

/** "Danh sách đơn vị cử học viên": one row per organization sending people to a course or a fair. */
export function traineesSheet(wb: ExcelJS.Workbook, rows: readonly TraineeRow[], name = 'Hoc vien'): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  titleBlock(ws, 'DANH SÁCH ĐƠN VỊ THAM GIA CÁC LỚP BỒI DƯỠNG, HỘI CHỢ NĂM 2024', 6);
  ws.addRow(['STT', 'Tên lớp, hội chợ', 'Loại hoạt động', 'Ngày tổ chức', 'Đơn vị tham gia', 'Số học viên']);
  rows.forEach((r, i) => ws.addRow([i + 1, r.title, r.kind ?? null, r.from, r.org, r.trainees]));
  return ws;
}

export interface LinkageRow {
  org: string;
  partner: string;
  product: string;
  value: string | number | null;
  signed: string;
  ends?: string;
}

export function linkagesSheet(wb: ExcelJS.Workbook, rows: readonly LinkageRow[], name = 'Lien ket'): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  titleBlock(ws, 'DANH SÁCH HỢP ĐỒNG LIÊN KẾT SẢN XUẤT, TIÊU THỤ SẢN PHẨM NĂM 2024', 7);
  ws.addRow(['STT', 'Tên HTX', 'Doanh nghiệp liên kết', 'Sản phẩm liên kết', 'Giá trị hợp đồng (triệu đồng)', 'Ngày ký', 'Ngày hết hạn']);
  rows.forEach((r, i) => ws.addRow([i + 1, r.org, r.partner, r.product, r.value, r.signed, r.ends ?? null]));
  return ws;
}

export async function xlsxBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export const newWorkbook = (): ExcelJS.Workbook => new ExcelJS.Workbook();
