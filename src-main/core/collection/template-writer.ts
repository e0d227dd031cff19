import { PassThrough } from 'node:stream';
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

type Sheet = ExcelJS.Worksheet;

/** ExcelJS keeps a sheet's validations by range; its typings leave the collection out. */
const validationsOf = (ws: Sheet) =>
  (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;

function addInstructions(wb: ExcelJS.stream.xlsx.WorkbookWriter, unit: TemplateUnit): void {
  const ws = wb.addWorksheet(INSTRUCTIONS_SHEET);
  ws.getColumn(1).width = 120;
  instructions(unit).forEach((line, i) => {
    const row = ws.getRow(i + 1);
    const cell = row.getCell(1);
    cell.value = line;
    cell.font = { ...FONT, bold: i === 0 || line === 'Cách điền:' };
    cell.alignment = { wrapText: true, vertical: 'top' };
    row.commit();
  });
  ws.commit();
}

function addLists(wb: ExcelJS.stream.xlsx.WorkbookWriter): void {
  const ws = wb.addWorksheet(LISTS_SHEET, { state: 'hidden' });
  const n = Math.max(STATUS_LABELS.length, SECTOR_LABELS.length, TYPE_LABELS.length);
  for (let i = 0; i < n; i++) {
    const row = ws.getRow(i + 1);
    row.values = [STATUS_LABELS[i] ?? null, SECTOR_LABELS[i] ?? null, TYPE_LABELS[i] ?? null];
    row.commit();
  }
  ws.commit();
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

/** The style every cell of a column takes (Excel applies a column's style to its empty cells as well). */
function columnStyle(c: TemplateColumn): Partial<ExcelJS.Style> {
  const editable = !isLockedRole(c.role);
  const numFmt =
    c.role === 'previous' || c.role === 'answer'
      ? '#,##0'
      : c.role === 'statusDate'
        ? 'dd/mm/yyyy'
        : c.role === 'regCode'
          ? '@'
          : undefined;
  return {
    font: FONT,
    border: BORDER,
    fill: editable ? ANSWER_FILL : LOCKED_FILL,
    ...(editable ? { protection: { locked: false } } : {}),
    ...(numFmt ? { numFmt } : {}),
  };
}

/** Titles and headers: their own style, not their column's (a header is never an answer cell). */
function plainRow(ws: Sheet, r: number, cells: [number, string][], font: Partial<ExcelJS.Font>, header = false): void {
  const row = ws.getRow(r);
  for (const [c, value] of cells) {
    const cell = row.getCell(c);
    cell.value = value;
    cell.style = header ? { font, border: BORDER, alignment: { wrapText: true, horizontal: 'center', vertical: 'middle' } } : { font };
  }
  if (header) row.height = 48;
  row.commit();
}

function addHeader(ws: Sheet, unit: TemplateUnit, cols: readonly TemplateColumn[]): void {
  ws.columns = cols.map((c, i) => ({ key: String(i), width: c.width, style: columnStyle(c), hidden: c.role === 'id' }));
  const when = periodText(unit.year, unit.period);
  plainRow(ws, TITLE_ROW, [[2, `BÁO CÁO SỐ LIỆU TỔ CHỨC KINH TẾ TẬP THỂ ${when.toUpperCase()}`]], { ...FONT, bold: true, size: 14 });
  plainRow(ws, SUBTITLE_ROW, [[2, `Đơn vị: ${unit.unitName}`]], { ...FONT, italic: true });
  plainRow(ws, NOTE_ROW, [[2, 'Đơn vị tính tiền: đồng. Ô nền vàng để điền; ô nền xám chỉ để đối chiếu.']], { ...FONT, italic: true });
  plainRow(
    ws,
    HEADER_ROW,
    cols.map((c, i): [number, string] => [i + 1, c.header]),
    { ...FONT, bold: true },
    true,
  );
}

/** Validation by column range: one rule per column, not one per cell (a commune of 17,000 rows stays light). */
function addValidations(ws: Sheet, cols: readonly TemplateColumn[], lastRow: number, newFrom: number): void {
  cols.forEach((c, j) => {
    const letter = ws.getColumn(j + 1).letter;
    const v = validationOf(c);
    if (v) validationsOf(ws).add(`${letter}${FIRST_DATA_ROW}:${letter}${lastRow}`, v);
    if (c.role === 'type')
      validationsOf(ws).add(`${letter}${newFrom}:${letter}${lastRow}`, {
        type: 'list',
        allowBlank: true,
        formulae: [listRange('C', TYPE_LABELS.length)],
      });
  });
}

const NEW_ROW_OPEN = new Set<TemplateColumn['role']>(['name', 'regCode', 'type', 'address']);

/** The data sheet: one locked row per organization with answer cells open, then empty rows for new ones. */
function addData(ws: Sheet, unit: TemplateUnit, cols: readonly TemplateColumn[]): KeyRow[] {
  const keys: KeyRow[] = [];
  const statusCol = cols.findIndex((c) => c.role === 'status');
  const sectorCol = cols.findIndex((c) => c.role === 'sector');
  const styles = cols.map(columnStyle);
  unit.orgs.forEach((o, i) => {
    const r = FIRST_DATA_ROW + i;
    const values = rowValues(cols, o, i + 1);
    const row = ws.getRow(r);
    values.forEach((v, j) => {
      if (v === null || v === '') return;
      const cell = row.getCell(j + 1);
      cell.value = v;
      // The column's own style object: ExcelJS recognizes an object it has seen and skips working its style out again.
      cell.style = styles[j] ?? {};
    });
    row.commit();
    keys.push({
      sheetRow: r,
      organizationId: o.id,
      lockedHash: lockedHash(cols.flatMap((c, j) => (isLockedRole(c.role) ? [cellText(values[j])] : []))),
      statusText: cellText(values[statusCol]),
      sectorText: cellText(values[sectorCol]),
    });
  });
  const newFrom = FIRST_DATA_ROW + unit.orgs.length;
  const open = cols.map((c) => (NEW_ROW_OPEN.has(c.role) ? { ...columnStyle(c), fill: ANSWER_FILL, protection: { locked: false } } : null));
  for (let k = 0; k < ROWS_FOR_NEW; k++) {
    const row = ws.getRow(newFrom + k);
    open.forEach((style, j) => {
      if (style) row.getCell(j + 1).style = style;
    });
    row.commit();
  }
  addValidations(ws, cols, newFrom + ROWS_FOR_NEW - 1, newFrom);
  return keys;
}

function addKey(wb: ExcelJS.stream.xlsx.WorkbookWriter, unit: TemplateUnit, keys: readonly KeyRow[]): void {
  const ws = wb.addWorksheet(KEY_SHEET, { state: 'veryHidden' });
  const head = { version: TEMPLATE_VERSION, year: unit.year, period: unit.period, scope: unit.scope, rows: keys.length };
  const first = ws.getRow(1);
  first.values = [KEY_MARKER, JSON.stringify({ ...head, checksum: keyChecksum(head, keys) })];
  first.commit();
  keys.forEach((k, i) => {
    const row = ws.getRow(i + 2);
    row.values = [k.sheetRow, k.organizationId, k.lockedHash, k.statusText, k.sectorText];
    row.commit();
  });
  ws.commit();
}

/**
 * One template workbook (.xlsx): instructions, the data sheet with its locked structure, the lists and the
 * key. Written row by row (ExcelJS's streaming writer): a commune of 17,000 organizations in a few seconds.
 */
export async function writeTemplate(unit: TemplateUnit): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (c: Buffer) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  wb.creator = unit.officeName || 'KTTT';
  wb.title = `Mẫu báo cáo số liệu ${periodText(unit.year, unit.period)} — ${unit.unitName}`;
  addInstructions(wb, unit);
  const cols = templateColumns(unit.year, unit.period);
  const ws = wb.addWorksheet(DATA_SHEET, {
    views: [{ state: 'frozen', xSplit: 3, ySplit: HEADER_ROW, activeCell: `D${FIRST_DATA_ROW}` }],
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  // No password: the lock guards against slips, not against the commune; the key's hashes catch edits anyway.
  await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  addHeader(ws, unit, cols);
  const keys = addData(ws, unit, cols);
  ws.commit();
  addLists(wb);
  addKey(wb, unit, keys);
  await wb.commit();
  return new Uint8Array(Buffer.concat(chunks));
}
