import type { CellValue, Entity } from './fields.ts';

/** What happens to one row of a legacy spreadsheet when the import is committed. */
export const ROW_FATES = ['new', 'update', 'unchanged', 'skipped', 'error'] as const;
export type RowFate = (typeof ROW_FATES)[number];
export const ROW_FATE_LABEL: Record<RowFate, string> = {
  new: 'Thêm mới',
  update: 'Cập nhật',
  unchanged: 'Không đổi',
  skipped: 'Bỏ qua',
  error: 'Lỗi',
};

export interface PreviewColumn {
  index: number;
  /** Joined header, e.g. "Kết quả SXKD năm 2024 › Doanh thu (tr.đ)". */
  header: string;
  /** Field key of contract/fields.ts, or null when the column is not imported. */
  field: string | null;
  /** 0–1. */
  confidence: number;
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
  /** Why skipped or in error; for updates, a short summary. */
  reason: string | null;
  values: Record<string, CellValue>;
  cellErrors: Record<string, string>;
  changes: FieldChange[];
  matchedId: number | null;
  matchedName: string | null;
}

export interface PreviewSheet {
  name: string;
  entity: Entity | null;
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
}

export interface ImportPreview {
  jobId: string;
  fileName: string;
  fileHash: string;
  /** Set when this very file was imported before (and not undone). */
  previousImport: { batchId: number; committedAt: string } | null;
  sheets: PreviewSheet[];
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
  sheets: { name: string; entity: Entity | null; year: number | null }[];
}

export interface UndoReport {
  batchId: number;
  reverted: number;
  /** Rows edited after the import; left as they are now. */
  keptBecauseChangedSince: number;
}
