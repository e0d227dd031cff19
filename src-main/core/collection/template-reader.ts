import { COLLECTION_PERIODS } from '../../contract/collection.ts';
import { ORG_FIELDS, type FieldSpec } from '../../contract/fields.ts';
import type { PreviewColumn } from '../../contract/import-dto.ts';
import type { Cell, Sheet, Workbook } from '../import/reader/read/model.ts';
import { convertCell } from '../import/reader/values/convert.ts';
import type { StagedRow, StagedSheet } from '../import/staged.ts';
import {
  DATA_SHEET,
  FIRST_DATA_ROW,
  KEY_MARKER,
  KEY_SHEET,
  TEMPLATE_VERSION,
  cellText,
  keyChecksum,
  lockedHash,
  templateColumns,
  type KeyHeader,
  type KeyRow,
  type TemplateColumn,
} from './layout.ts';
import { isLockedRole } from './template-writer.ts';

/** What a workbook turned out to be: not a template, a template that cannot be trusted, or one read by its key. */
export type TemplateReading =
  | { kind: 'none' }
  | { kind: 'damaged'; reason: string }
  | { kind: 'template'; header: KeyHeader; sheet: StagedSheet; reportedIds: number[]; warnings: string[] };

const field = (key: string): FieldSpec => ORG_FIELDS.find((f) => f.key === key) as FieldSpec;
const STATUS = field('status');
const SECTORS = field('sectors');
const STATUS_DATE: FieldSpec = { key: 'statusDate', label: 'Từ ngày', kind: 'date' };
const NAME = field('name');
const REG_CODE = field('regCode');
const TYPE = field('type');
const STREET = field('street');

const textOf = (c: Cell | null | undefined): string => (c ? (c.type === 's' ? String(c.value) : c.text) : '');
const rawOf = (c: Cell | null | undefined): string | number | null =>
  c === null || c === undefined ? null : c.type === 'n' ? (c.value as number) : textOf(c);

function readKey(sheet: Sheet): { header: KeyHeader; rows: KeyRow[] } | string {
  const first = sheet.rows[0] ?? [];
  if (textOf(first[0]) !== KEY_MARKER) return 'khóa của mẫu không còn nguyên';
  let header: KeyHeader;
  try {
    header = JSON.parse(textOf(first[1])) as KeyHeader;
  } catch {
    return 'khóa của mẫu không đọc được';
  }
  if (header.version !== TEMPLATE_VERSION) return `mẫu phiên bản ${String(header.version)} không được hỗ trợ`;
  if (!COLLECTION_PERIODS.includes(header.period)) return 'khóa của mẫu ghi kỳ báo cáo không hợp lệ';
  const rows: KeyRow[] = sheet.rows.slice(1, 1 + header.rows).map((r) => ({
    sheetRow: Number(rawOf(r[0])),
    organizationId: Number(rawOf(r[1])),
    lockedHash: textOf(r[2]),
    statusText: cellText(textOf(r[3])),
    sectorText: cellText(textOf(r[4])),
  }));
  const { checksum, ...head } = header;
  if (rows.length !== header.rows || keyChecksum(head, rows) !== checksum) return 'khóa của mẫu đã bị sửa (mã kiểm tra không khớp)';
  return { header, rows };
}

interface Ctx {
  cols: TemplateColumn[];
  date1904: boolean;
}

/** One cell read for a field the way the import reads it: a text where a number belongs is an error on the cell, never 0. */
function put(row: StagedRow, f: FieldSpec, cell: Cell | null | undefined, ctx: Ctx): void {
  const text = textOf(cell).trim();
  if (cell === null || cell === undefined || text === '') return;
  const r = convertCell(cell, text, { field: f, date1904: ctx.date1904, unit: 'dong' });
  if (!r.ok) {
    row.cellErrors[f.key] = r.error;
    (row.raw ??= {})[f.key] = text;
    return;
  }
  if (r.value === null) return;
  if (f.key === 'statusDate') row.statusDate = String(r.value);
  else row.values[f.key] = r.value;
  if (f.kind === 'enum' || f.kind === 'multiEnum') (row.raw ??= {})[f.key] = text;
  if (r.review !== undefined) (row.flags ??= {})[f.key] = r.review;
}

/** The answers of a row: figures always, status and sector only when the commune changed what was written. */
function answers(cells: readonly (Cell | null)[], ctx: Ctx, key: KeyRow | undefined, row: StagedRow): void {
  ctx.cols.forEach((c, j) => {
    const cell = cells[j];
    if (c.role === 'answer' && c.field) put(row, c.field, cell, ctx);
    else if (c.role === 'statusDate') put(row, STATUS_DATE, cell, ctx);
    else if (c.role === 'status' && cellText(textOf(cell)) !== (key?.statusText ?? '')) put(row, STATUS, cell, ctx);
    else if (c.role === 'sector' && cellText(textOf(cell)) !== (key?.sectorText ?? '')) put(row, SECTORS, cell, ctx);
  });
}

const hasAnswer = (row: StagedRow): boolean =>
  Object.keys(row.values).length > 0 || Object.keys(row.cellErrors).length > 0 || row.statusDate !== undefined;

function previewColumns(cols: readonly TemplateColumn[]): PreviewColumn[] {
  const key = (c: TemplateColumn): string | null =>
    c.role === 'answer' && c.field
      ? c.field.key
      : ((
          { name: 'name', regCode: 'regCode', type: 'type', address: 'street', status: 'status', sector: 'sectors' } as Record<
            string,
            string
          >
        )[c.role] ?? null);
  return cols.map((c, index) => {
    const f = key(c);
    return {
      index,
      header: c.header,
      use: f ? 'field' : c.role === 'tt' ? 'rowNumber' : 'ignore',
      field: f,
      label: f ? c.header : c.role === 'previous' ? 'Số liệu cùng kỳ năm trước (đối chiếu)' : 'Không dùng',
      confidence: f ? 1 : null,
      unit: c.field?.kind === 'money' ? 'dong' : null,
    };
  });
}

/** A row the commune added below the organizations: a new organization, named and placed by what it wrote. */
function newRow(cells: readonly (Cell | null)[], ctx: Ctx, sourceRow: number, communeCode: string | null): StagedRow | null {
  const row: StagedRow = { sourceRow, values: {}, cellErrors: {}, context: {} };
  ctx.cols.forEach((c, j) => {
    const cell = cells[j];
    if (c.role === 'name') put(row, NAME, cell, ctx);
    else if (c.role === 'regCode') put(row, REG_CODE, cell, ctx);
    else if (c.role === 'type') put(row, TYPE, cell, ctx);
    else if (c.role === 'address') put(row, STREET, cell, ctx);
  });
  answers(cells, ctx, undefined, row);
  if (Object.keys(row.values).length === 0 && Object.keys(row.cellErrors).length === 0) return null;
  if (communeCode !== null) row.values.communeCode = communeCode;
  if (row.values.status === undefined && row.cellErrors.status === undefined) row.values.status = 'dang_hoat_dong';
  return row;
}

export interface ReadTemplateOptions {
  /** The day the file is read: statuses it gives held then. */
  today: string;
}

/**
 * Reads a workbook as a collection template by its hidden key, without any mapping. A key that fails its
 * checksum, or a row whose locked cells were edited, makes the whole file untrustworthy ('damaged'): it is then
 * read as an ordinary spreadsheet by the caller, never merged by its key.
 */
export function readTemplate(wb: Workbook, options: ReadTemplateOptions): TemplateReading {
  const keySheet = wb.sheets.find((s) => s.name === KEY_SHEET);
  if (!keySheet) return { kind: 'none' };
  const key = readKey(keySheet);
  if (typeof key === 'string') return { kind: 'damaged', reason: key };
  const data = wb.sheets.find((s) => s.name === DATA_SHEET);
  if (!data) return { kind: 'damaged', reason: `không còn trang "${DATA_SHEET}"` };
  const { header } = key;
  const cols = templateColumns(header.year, header.period);
  const ctx: Ctx = { cols, date1904: wb.date1904 };
  const idCol = cols.findIndex((c) => c.role === 'id');
  const keyById = new Map(key.rows.map((k) => [k.organizationId, k]));
  const seen = new Set<number>();
  const rows: StagedRow[] = [];
  const reportedIds: number[] = [];
  const altered: number[] = [];
  for (let r = FIRST_DATA_ROW - 1; r < data.rows.length; r++) {
    const cells = data.rows[r] ?? [];
    const sourceRow = r + 1;
    const id = rawOf(cells[idCol]);
    const k = typeof id === 'number' ? keyById.get(id) : undefined;
    if (id !== null && id !== '' && k === undefined) altered.push(sourceRow);
    if (k === undefined) {
      const added = id === null || id === '' ? newRow(cells, ctx, sourceRow, communeOf(header.scope)) : null;
      if (added) rows.push(added);
      continue;
    }
    const locked = lockedHash(cols.flatMap((c, j) => (isLockedRole(c.role) ? [cellText(rawOf(cells[j]))] : [])));
    if (locked !== k.lockedHash || seen.has(k.organizationId)) {
      altered.push(sourceRow);
      continue;
    }
    seen.add(k.organizationId);
    const row: StagedRow = { sourceRow, values: {}, cellErrors: {}, context: {}, organizationId: k.organizationId };
    answers(cells, ctx, k, row);
    if (!hasAnswer(row)) continue;
    row.values.name = textOf(cells[cols.findIndex((c) => c.role === 'name')]);
    rows.push(row);
    reportedIds.push(k.organizationId);
  }
  if (altered.length > 0)
    return {
      kind: 'damaged',
      reason: `ô khóa (tên, mã, địa chỉ, số liệu năm trước) đã bị sửa ở dòng ${altered.slice(0, 10).join(', ')}${altered.length > 10 ? '…' : ''}`,
    };
  const missing = key.rows.filter((k) => !seen.has(k.organizationId));
  const warnings =
    missing.length > 0 ? [`${missing.length} tổ chức có trong mẫu đã bị xóa khỏi tệp: chưa ghi nhận báo cáo của các tổ chức này.`] : [];
  const sheet: StagedSheet = {
    name: DATA_SHEET,
    entity: 'organizations',
    entityConfidence: 1,
    year: header.year,
    period: header.period,
    columns: previewColumns(cols),
    rows,
    warnings,
    totalsMismatches: [],
    signature: `kttt-template-v${TEMPLATE_VERSION}`,
    savedMapping: null,
    refusal: null,
    listDate: options.today,
    excluded: [],
    sourceRows: rows.length,
    keptColumns: [],
  };
  return { kind: 'template', header, sheet, reportedIds, warnings };
}

/** The commune a template was made for, which the organizations a commune adds are in. */
function communeOf(scope: string): string | null {
  return /^\d{5}$/.test(scope) ? scope : null;
}
