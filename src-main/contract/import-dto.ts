import type { CellValue, ImportEntity } from './fields.ts';

/**
 * What happens to one row of a legacy spreadsheet when the import is committed: every row ends in exactly
 * one of these. A record is imported (new, updated, unchanged) or merged into an earlier row of the same
 * organization; a row that is not a record (blank, title, header, section, total, signature, no name) is
 * excluded, with its reason. A cell that cannot be read never refuses its row: it is flagged for review.
 */
export const ROW_FATES = ['new', 'update', 'unchanged', 'merged', 'excluded'] as const;
export type RowFate = (typeof ROW_FATES)[number];
export const ROW_FATE_LABEL: Record<RowFate, string> = {
  new: 'Thêm mới',
  update: 'Cập nhật',
  unchanged: 'Không đổi',
  merged: 'Gộp vào dòng trùng',
  excluded: 'Không phải bản ghi',
};

/** A cell to look at after the import ("Cần xem lại"): its text as written, and why. */
export interface ReviewFlag {
  field: string;
  /** The field's Vietnamese label. */
  label: string;
  raw: string;
  reason: string;
}

/** What a column of a sheet feeds: a field, a piece of the old address, the row number, nothing but kept, or nothing. */
export type ColumnUse = 'field' | 'address' | 'rowNumber' | 'keep' | 'ignore';

export interface PreviewColumn {
  index: number;
  /** Joined header, e.g. "Kết quả SXKD năm 2024 › Doanh thu (tr.đ)". */
  header: string;
  use: ColumnUse;
  /** Field key of contract/fields.ts when `use` is 'field', else null. */
  field: string | null;
  /** What the column feeds, in Vietnamese: "Doanh thu", "Địa chỉ cũ: huyện", "Giữ lại, không dùng". */
  label: string;
  /** 0–1 for a column that feeds a field or the address; null for the others. */
  confidence: number | null;
  /** Money unit read from the header ("trieu", "nghin", …), when any. */
  unit: string | null;
}

export interface FieldChange {
  field: string;
  from: CellValue;
  to: CellValue;
}

export interface PreviewRow {
  /** Row number as Excel shows it. */
  sourceRow: number;
  fate: RowFate;
  /** Why excluded or merged; for updates, a short summary. */
  reason: string | null;
  values: Record<string, CellValue>;
  /** Cells to review: unreadable (left blank) or read only in part. */
  flags: ReviewFlag[];
  changes: FieldChange[];
  matchedId: number | null;
  matchedName: string | null;
}

export interface PreviewSheet {
  name: string;
  entity: ImportEntity | null;
  entityConfidence: number;
  year: number | null;
  columns: PreviewColumn[];
  rows: PreviewRow[];
  counts: Record<RowFate, number>;
  warnings: string[];
  /** Totals rows whose sums do not match the records above them. */
  totalsMismatches: string[];
  /** False when the sheet cannot be imported as it is (entity unknown, no name column…); `refusal` says why. */
  importable: boolean;
  refusal: string | null;
  /** The day the list is of (ISO), when known: statuses read from it held then. */
  listDate: string | null;
  /** Rows from the first to the last that holds anything: the sum of `counts`. */
  sourceRows: number;
  /** Columns with content that no field takes: kept with each row, not used. */
  keptColumns: { index: number; header: string }[];
  /** Rows with at least one flagged cell. */
  flaggedRows: number;
}

export interface ImportPreview {
  jobId: string;
  fileName: string;
  fileHash: string;
  /** Set when this very file was imported before (and not undone). */
  previousImport: { batchId: number; committedAt: string } | null;
  sheets: PreviewSheet[];
}

export interface ImportRunResult {
  committed: boolean;
  /** The import recorded, when committed. */
  batch: ImportBatchDto | null;
  sheets: PreviewSheet[];
  /** Sheets with no table at all (notes, blank sheets), passed over. */
  sheetsWithoutTable: string[];
}

export interface ImportBatchDto {
  id: number;
  fileName: string;
  fileHash: string;
  committedAt: string;
  who: string;
  status: 'committed' | 'undone';
  undoneAt: string | null;
  counts: Record<RowFate, number>;
  sheets: { name: string; entity: ImportEntity | null; year: number | null }[];
  /** Cells of this import still to review. */
  reviewOpen: number;
}

/** One group of "Cần xem lại": the same field and the same text, in however many rows. */
export interface ReviewGroup {
  entity: ImportEntity;
  field: string;
  label: string;
  raw: string;
  /** The folded text the group is known by. */
  textKey: string;
  reason: string;
  count: number;
  /** For a field with a code list: its options, for the one-click fix. */
  options: { value: string; label: string }[] | null;
  multiple: boolean;
}

export interface ReviewItem {
  id: number;
  entity: ImportEntity;
  field: string;
  label: string;
  raw: string;
  /** The group the cell belongs to (with entity and field). */
  textKey: string;
  reason: string;
  organizationId: number | null;
  organizationName: string | null;
  year: number | null;
  sheet: string | null;
  sourceRow: number | null;
  batchId: number | null;
  fileName: string | null;
}

export interface UndoReport {
  batchId: number;
  reverted: number;
  /** Rows edited after the import; left as they are now. */
  keptBecauseChangedSince: number;
}
