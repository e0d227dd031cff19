import ExcelJS from 'exceljs';
import type { CollectionPeriod } from '../../contract/collection.ts';
import { ORG_STATUS_LABEL, ORG_TYPE_LABEL, SECTOR_LABEL, type OrgStatus, type OrgType, type Sector } from '../../contract/vocab.ts';
import {
  DATA_SHEET,
  FIRST_DATA_ROW,
  HEADER_ROW,
  INSTRUCTIONS_SHEET,
  KEY_MARKER,
  KEY_SHEET,
  NOTE_ROW,
  ROWS_FOR_NEW,
  SUBTITLE_ROW,
  TEMPLATE_VERSION,
  TITLE_ROW,
  cellText,
  keyChecksum,
  lockedHash,
  periodText,
  templateColumns,
  type KeyRow,
  type TemplateColumn,
} from './layout.ts';

/** An organization as the template shows it, with its figures of the same period a year earlier. */
export interface TemplateOrg {
  id: number;
  type: string;
  name: string;
  regCode: string | null;
  address: string;
  commune: string;
  status: string;
  sectors: string[];
  previous: Record<string, number | null>;
}

export interface TemplateUnit {
  year: number;
  period: CollectionPeriod;
  /** The commune code, 'province' or 'org:<id>'. */
  scope: string;
  /** "Xã Tân Lập" or the province: who fills it in. */
  unitName: string;
  officeName: string;
  orgs: TemplateOrg[];
}

const LISTS_SHEET = 'Danh mục';
const STATUS_LABELS = Object.values(ORG_STATUS_LABEL);
const SECTOR_LABELS = Object.values(SECTOR_LABEL);
const TYPE_LABELS = Object.values(ORG_TYPE_LABEL);
const LOCKED_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } };
const ANSWER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFDE7' } };
const BORDER: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};
const FONT = { name: 'Times New Roman', size: 12 };

function instructions(unit: TemplateUnit): string[] {
  const when = periodText(unit.year, unit.period);
  return [
    `MẪU BÁO CÁO SỐ LIỆU TỔ CHỨC KINH TẾ TẬP THỂ ${when.toUpperCase()}`,
    `Đơn vị điền: ${unit.unitName}. Nơi nhận: ${unit.officeName}.`,
    '',
    'Cách điền:',
    `1. Mở trang "${DATA_SHEET}". Mỗi dòng là một tổ chức đang có trong danh sách của tỉnh.`,
    `2. Điền số liệu ${when} vào các cột nền vàng. Các cột nền xám (tên, mã số, địa chỉ, số liệu cùng kỳ năm trước) chỉ để đối chiếu, không sửa được.`,
    '3. Số người và số tiền ghi bằng chữ số, không ghi chữ ("khoảng", "trên"…). Tiền ghi bằng đồng (ví dụ 1580000000). Lợi nhuận lỗ ghi số âm.',
    '4. Ô không có số liệu để trống; không ghi 0 nếu không biết (0 nghĩa là thật sự bằng không).',
    '5. Tình trạng và lĩnh vực chọn trong danh sách thả xuống. Nếu tình trạng thay đổi, ghi ngày thay đổi (ngày/tháng/năm).',
    `6. Tổ chức mới chưa có trong danh sách: ghi vào các dòng trống phía dưới (tên, loại hình, địa chỉ, số liệu).`,
    '7. Không thêm, xóa hay đổi thứ tự dòng, cột; không đổi tên các trang. Có thể lưu dưới dạng .xlsx hoặc .xls (Excel, LibreOffice, WPS đều được).',
    '8. Gửi lại tệp đã điền cho Liên minh HTX tỉnh qua thư điện tử hoặc USB.',
  ];
}

function addInstructions(wb: ExcelJS.Workbook, unit: TemplateUnit): void {
  const ws = wb.addWorksheet(INSTRUCTIONS_SHEET);
  ws.getColumn(1).width = 120;
  instructions(unit).forEach((line, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = line;
    cell.font = { ...FONT, bold: i === 0 || line === 'Cách điền:' };
    cell.alignment = { wrapText: true, vertical: 'top' };
  });
}

function addLists(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(LISTS_SHEET, { state: 'hidden' });
  STATUS_LABELS.forEach((l, i) => (ws.getCell(i + 1, 1).value = l));
  SECTOR_LABELS.forEach((l, i) => (ws.getCell(i + 1, 2).value = l));
  TYPE_LABELS.forEach((l, i) => (ws.getCell(i + 1, 3).value = l));
}

const listRange = (col: string, n: number) => `'${LISTS_SHEET}'!$${col}$1:$${col}$${n}`;

function validationOf(c: TemplateColumn): ExcelJS.DataValidation | undefined {
  const common = { allowBlank: true, showErrorMessage: true, errorStyle: 'stop', errorTitle: 'Giá trị không hợp lệ' } as const;
  if (c.role === 'status')
    return { ...common, type: 'list', formulae: [listRange('A', STATUS_LABELS.length)], error: 'Chọn tình trạng trong danh sách.' };
  if (c.role === 'sector')
    return { ...common, type: 'list', formulae: [listRange('B', SECTOR_LABELS.length)], error: 'Chọn lĩnh vực trong danh sách.' };
  if (c.role === 'statusDate')
    return {
      ...common,
      type: 'date',
      operator: 'between',
      formulae: [new Date(Date.UTC(1945, 0, 1)), new Date(Date.UTC(2100, 11, 31))],
      error: 'Ghi một ngày (ngày/tháng/năm).',
    };
  if (c.role !== 'answer' || !c.field) return undefined;
  const negative = c.field.allowNegative === true;
  return {
    ...common,
    type: c.field.kind === 'int' ? 'whole' : 'decimal',
    operator: negative ? 'between' : 'greaterThanOrEqual',
    formulae: negative ? [-1e15, 1e15] : [0],
    error: negative ? 'Ghi một số (lỗ ghi số âm).' : 'Ghi một số không âm, bằng chữ số.',
  };
}

const sectorText = (sectors: readonly string[]): string => sectors.map((s) => SECTOR_LABEL[s as Sector] ?? s).join('; ');

/** The cells of a pre-filled row, by column, and those of them that are locked (hashed into the key). */
function rowValues(cols: readonly TemplateColumn[], o: TemplateOrg, tt: number): (string | number | null)[] {
  return cols.map((c): string | number | null => {
    switch (c.role) {
      case 'id':
        return o.id;
      case 'tt':
        return tt;
      case 'name':
        return o.name;
      case 'regCode':
        return o.regCode;
      case 'type':
        return ORG_TYPE_LABEL[o.type as OrgType] ?? o.type;
      case 'address':
        return o.address;
      case 'commune':
        return o.commune;
      case 'status':
        return ORG_STATUS_LABEL[o.status as OrgStatus] ?? o.status;
      case 'sector':
        return sectorText(o.sectors);
      case 'previous':
        return c.field ? (o.previous[c.field.key] ?? null) : null;
      default:
        return null;
    }
  });
}

export const isLockedRole = (role: TemplateColumn['role']): boolean =>
  role !== 'status' && role !== 'statusDate' && role !== 'sector' && role !== 'answer';

function styleCell(cell: ExcelJS.Cell, c: TemplateColumn, editable: boolean): void {
  cell.border = BORDER;
  cell.font = FONT;
  if (editable) {
    cell.protection = { locked: false };
    cell.fill = ANSWER_FILL;
    const v = validationOf(c);
    if (v) cell.dataValidation = v;
  } else cell.fill = LOCKED_FILL;
  if (c.role === 'previous' || c.role === 'answer') cell.numFmt = '#,##0';
  if (c.role === 'statusDate') cell.numFmt = 'dd/mm/yyyy';
  if (c.role === 'regCode') cell.numFmt = '@';
}

function addHeader(ws: ExcelJS.Worksheet, unit: TemplateUnit, cols: readonly TemplateColumn[]): void {
  const when = periodText(unit.year, unit.period);
  ws.getCell(TITLE_ROW, 2).value = `BÁO CÁO SỐ LIỆU TỔ CHỨC KINH TẾ TẬP THỂ ${when.toUpperCase()}`;
  ws.getCell(TITLE_ROW, 2).font = { ...FONT, bold: true, size: 14 };
  ws.getCell(SUBTITLE_ROW, 2).value = `Đơn vị: ${unit.unitName}`;
  ws.getCell(SUBTITLE_ROW, 2).font = { ...FONT, italic: true };
  ws.getCell(NOTE_ROW, 2).value = 'Đơn vị tính tiền: đồng. Ô nền vàng để điền; ô nền xám chỉ để đối chiếu.';
  ws.getCell(NOTE_ROW, 2).font = { ...FONT, italic: true };
  const header = ws.getRow(HEADER_ROW);
  cols.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { ...FONT, bold: true };
    cell.alignment = { wrapText: true, horizontal: 'center', vertical: 'middle' };
    cell.border = BORDER;
    ws.getColumn(i + 1).width = c.width;
  });
  header.height = 48;
  ws.getColumn(1).hidden = true;
}

/** The data sheet: one locked row per organization with answer cells open, then empty rows for new ones. */
function addData(ws: ExcelJS.Worksheet, unit: TemplateUnit, cols: readonly TemplateColumn[]): KeyRow[] {
  const keys: KeyRow[] = [];
  const statusCol = cols.findIndex((c) => c.role === 'status');
  const sectorCol = cols.findIndex((c) => c.role === 'sector');
  unit.orgs.forEach((o, i) => {
    const r = FIRST_DATA_ROW + i;
    const values = rowValues(cols, o, i + 1);
    const row = ws.getRow(r);
    cols.forEach((c, j) => {
      const cell = row.getCell(j + 1);
      const v = values[j];
      if (v !== null && v !== undefined && v !== '') cell.value = v;
      styleCell(cell, c, !isLockedRole(c.role));
    });
    keys.push({
      sheetRow: r,
      organizationId: o.id,
      lockedHash: lockedHash(cols.flatMap((c, j) => (isLockedRole(c.role) ? [cellText(values[j])] : []))),
      statusText: cellText(values[statusCol]),
      sectorText: cellText(values[sectorCol]),
    });
  });
  for (let k = 0; k < ROWS_FOR_NEW; k++) {
    const row = ws.getRow(FIRST_DATA_ROW + unit.orgs.length + k);
    cols.forEach((c, j) => {
      const cell = row.getCell(j + 1);
      const open = c.role !== 'id' && c.role !== 'tt' && c.role !== 'previous';
      styleCell(cell, c, open);
      if (c.role === 'type') cell.dataValidation = { type: 'list', allowBlank: true, formulae: [listRange('C', TYPE_LABELS.length)] };
    });
  }
  return keys;
}

function addKey(wb: ExcelJS.Workbook, unit: TemplateUnit, keys: readonly KeyRow[]): void {
  const ws = wb.addWorksheet(KEY_SHEET, { state: 'veryHidden' });
  const head = { version: TEMPLATE_VERSION, year: unit.year, period: unit.period, scope: unit.scope, rows: keys.length };
  ws.getCell(1, 1).value = KEY_MARKER;
  ws.getCell(1, 2).value = JSON.stringify({ ...head, checksum: keyChecksum(head, keys) });
  keys.forEach((k, i) => {
    const row = ws.getRow(i + 2);
    row.values = [k.sheetRow, k.organizationId, k.lockedHash, k.statusText, k.sectorText];
  });
}

/** One template workbook (.xlsx): instructions, the data sheet with its locked structure, the lists and the key. */
export async function writeTemplate(unit: TemplateUnit): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = unit.officeName || 'KTTT';
  wb.title = `Mẫu báo cáo số liệu ${periodText(unit.year, unit.period)} — ${unit.unitName}`;
  addInstructions(wb, unit);
  const cols = templateColumns(unit.year, unit.period);
  const ws = wb.addWorksheet(DATA_SHEET, {
    views: [{ state: 'frozen', xSplit: 3, ySplit: HEADER_ROW }],
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  addHeader(ws, unit, cols);
  const keys = addData(ws, unit, cols);
  addLists(wb);
  addKey(wb, unit, keys);
  // No password: the lock guards against slips, not against the commune; the key's hashes catch edits anyway.
  await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 1, visibility: 'visible' }];
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
