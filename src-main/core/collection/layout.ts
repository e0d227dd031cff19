import { createHash } from 'node:crypto';
import { COLLECTION_PERIOD_LABEL, type CollectionPeriod } from '../../contract/collection.ts';
import { FIGURE_VALUE_FIELDS, type FieldSpec } from '../../contract/fields.ts';

/**
 * The layout of a collection template, shared by the writer and the reader: where each column is, what the
 * hidden key holds, and how its checksum is made. A template is read back by this layout alone, without any
 * mapping; a change here that moves a column needs a new TEMPLATE_VERSION.
 */
export const TEMPLATE_VERSION = 1;
export const INSTRUCTIONS_SHEET = 'Hướng dẫn';
export const DATA_SHEET = 'Số liệu';
/** Very hidden: the key that says which organization each row is, and for which year and period. */
export const KEY_SHEET = 'kttt_khoa';
/** First row of the key sheet: the marker, then the header JSON. Rows below: one per pre-filled organization. */
export const KEY_MARKER = 'KTTT-MAU-BAO-CAO';

/** Rows of the data sheet (1-based, as Excel numbers them). */
export const TITLE_ROW = 1;
export const SUBTITLE_ROW = 2;
export const NOTE_ROW = 3;
export const HEADER_ROW = 4;
export const FIRST_DATA_ROW = 5;
/** Empty rows after the organizations, for ones the commune adds. */
export const ROWS_FOR_NEW = 30;

export type ColumnRole =
  'id' | 'tt' | 'name' | 'regCode' | 'type' | 'address' | 'commune' | 'status' | 'statusDate' | 'sector' | 'previous' | 'answer';

export interface TemplateColumn {
  role: ColumnRole;
  header: string;
  width: number;
  /** For figures: the field of FIGURE_VALUE_FIELDS. */
  field?: FieldSpec;
}

/** The columns, left to right: identity (locked), status and sector (answers), then each figure's reference and answer. */
export function templateColumns(year: number, period: CollectionPeriod): TemplateColumn[] {
  const prev = period === 'Y' ? `năm ${year - 1}` : `6 tháng ${year - 1}`;
  const cur = period === 'Y' ? `năm ${year}` : `6 tháng ${year}`;
  const unit = (f: FieldSpec) => (f.kind === 'money' ? ' (đồng)' : '');
  return [
    { role: 'id', header: 'Mã hệ thống', width: 8 },
    { role: 'tt', header: 'TT', width: 6 },
    { role: 'name', header: 'Tên tổ chức', width: 40 },
    { role: 'regCode', header: 'Mã số HTX / MST', width: 16 },
    { role: 'type', header: 'Loại hình', width: 20 },
    { role: 'address', header: 'Địa chỉ', width: 30 },
    { role: 'commune', header: 'Xã/phường', width: 20 },
    { role: 'status', header: 'Tình trạng', width: 22 },
    { role: 'statusDate', header: 'Từ ngày (nếu tình trạng thay đổi)', width: 16 },
    { role: 'sector', header: 'Lĩnh vực', width: 28 },
    ...FIGURE_VALUE_FIELDS.flatMap((f): TemplateColumn[] => [
      { role: 'previous', header: `${f.label}${unit(f)} ${prev}`, width: 14, field: f },
      { role: 'answer', header: `${f.label}${unit(f)} ${cur}`, width: 16, field: f },
    ]),
  ];
}

/** What the key's first row says of the whole file. */
export interface KeyHeader {
  version: number;
  year: number;
  period: CollectionPeriod;
  /** The commune code, 'province', or 'org:<id>'. */
  scope: string;
  rows: number;
  checksum: string;
}

/** One pre-filled organization: its row of the data sheet, id, the hash of its locked cells, and what its answers said. */
export interface KeyRow {
  sheetRow: number;
  organizationId: number;
  lockedHash: string;
  statusText: string;
  sectorText: string;
}

export const periodText = (year: number, period: CollectionPeriod): string =>
  period === 'Y' ? `năm ${year}` : `${COLLECTION_PERIOD_LABEL[period]} ${year}`;

const sha = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** The text a locked cell holds, as both the writer and the reader see it (trimmed, NFC; numbers as digits). */
export function cellText(v: string | number | boolean | null | undefined): string {
  if (v === null || v === undefined) return '';
  return typeof v === 'number' ? String(v) : String(v).normalize('NFC').trim();
}

/** The hash of a row's locked cells: edited, moved or swapped, the row no longer matches its key. */
export function lockedHash(cells: readonly string[]): string {
  return sha(cells.join('\u241f')).slice(0, 16);
}

/** The checksum over everything the key says: a key edited by hand, or cut short, no longer matches it. */
export function keyChecksum(h: Omit<KeyHeader, 'checksum'>, rows: readonly KeyRow[]): string {
  const body = rows.map((r) => [r.sheetRow, r.organizationId, r.lockedHash, r.statusText, r.sectorText].join('\u241f')).join('\n');
  return sha(`${h.version}|${h.year}|${h.period}|${h.scope}|${h.rows}\n${body}`).slice(0, 32);
}
