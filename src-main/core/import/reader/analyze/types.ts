/**
 * What analyzing a workbook gives back: per sheet, the entity it holds, the year, the mapping of its
 * columns with a confidence each, and every row with its kind, context, values and cell errors.
 * Plain data (no classes, no Maps) so it crosses a worker boundary and IPC unchanged.
 */
import type { CellValue, ImportEntity } from '../../../../contract/fields.ts';
import type { FigurePeriod, OrgType } from '../../../../contract/vocab.ts';
import type { MoneyUnit } from '../../../../shared/index.ts';
import type { TextEncoding } from '../text/index.ts';
import type { AddressPart } from '../mapping/dictionary.ts';
import type { ReadLimits } from '../read/limits.ts';
import type { WorkbookFormat } from '../read/model.ts';
import type { RowKind, SectionContext } from '../layout/rows.ts';
import type { BlankKind } from '../values/blanks.ts';
import type { VocabularyAliases } from '../values/aliases.ts';

export type { AddressPart, BlankKind, RowKind, SectionContext };

/**
 * What a column feeds: a field of the sheet's entity, a piece of the address, the row number; or no field:
 * 'keep' (its cells are kept with each row, as written, for the clerk to see or map later) or 'ignore'
 * (the clerk chose to leave the column out).
 */
export type ColumnTarget =
  { kind: 'field'; field: string } | { kind: 'address'; part: AddressPart } | { kind: 'rowNumber' } | { kind: 'keep' } | { kind: 'ignore' };

export interface ColumnAnalysis {
  /** Physical column, 0-based; `letter` is how Excel names it ("C"). */
  index: number;
  letter: string;
  /** Header rows joined: "Kết quả SXKD năm 2024 › Doanh thu (tr.đ)"; "" when the column has none. */
  header: string;
  target: ColumnTarget;
  /** The field key when `target` is a field, for convenience. */
  field: string | null;
  /** 0..1: how sure the mapping is (1 for a remembered or clerk-chosen mapping). */
  confidence: number;
  source: 'auto' | 'remembered' | 'override';
  /** Money unit values are given in (converted to đồng); null for other fields or when unknown. */
  unit: MoneyUnit | null;
  /** Year the header names ("Doanh thu năm 2023"), when it names one. */
  year: number | null;
  /** Encoding of the column's text: 'tcvn3'/'vni' when legacy text was converted. */
  encoding: TextEncoding;
  /** Other plausible targets, best first, for the mapping dropdown. */
  alternatives: { target: ColumnTarget; score: number }[];
  note?: string;
}

export interface RowAddress {
  full?: string;
  street?: string;
  commune?: string;
  district?: string;
  province?: string;
  communeCode?: string;
  districtCode?: string;
  provinceCode?: string;
}

export interface RowAnalysis {
  /** Row number as Excel shows it (1-based). */
  sourceRow: number;
  kind: RowKind;
  /** Section heading or total label. */
  label?: string;
  /** Context from the section rows above (district, sector …). */
  context: SectionContext;
  /** Field key → value; null is blank (never the same as 0). Only mapped or inferred fields appear. */
  values: Record<string, CellValue>;
  /** Field key → why the cell could not be read. Such a field is absent from `values`. */
  cellErrors: Record<string, string>;
  /**
   * Field key → the cell's text as written, for cells in error and for fields read through a code list
   * whose text is not the code's own label. Absent when there is none (most rows of a large sheet).
   */
  raw?: Record<string, string>;
  /** Field key → why a cell that was read should still be looked at (a sector not in the list, taken as "Khác"). */
  flags?: Record<string, string>;
  /** [header, text] of the row's cells in columns no field takes, kept as written. */
  extras?: [string, string][];
  /** The day the row's status began, when its notes say ("Giải thể ngày 15/8/2024"). */
  statusDate?: string;
  /** Field key → kind of blank, for cells that were "-", "x", "N/A" or a stray 0 (see values/blanks.ts). */
  blanks: Record<string, BlankKind>;
  /** Fields whose value was not in a cell but inferred (type from "HTX …" in the name, the sheet's year). */
  inferred: string[];
  /** Address pieces as the file writes them, from address columns. */
  address: RowAddress;
  /** Row (sourceRow) of an earlier record in this sheet with the same code, or the same name and place. */
  duplicateOf?: number;
  /** The row says it is a duplicate ("Trùng" in its notes). */
  markedDuplicate?: boolean;
}

export interface TotalCheck {
  /** Row of the total (1-based). */
  sourceRow: number;
  label: string;
  /** 'sum' compares a column's total with the sum of the records; 'count' a stated count ("Số lượng: 63"). */
  kind: 'sum' | 'count';
  field: string | null;
  stated: number;
  computed: number;
  records: number;
  /** First and last record rows the total covers. */
  fromRow: number | null;
  toRow: number | null;
  ok: boolean;
}

export type YearSource = 'option' | 'header' | 'title' | 'sheetName';

export interface SheetAnalysis {
  name: string;
  index: number;
  hidden: boolean;
  entity: ImportEntity | null;
  /** For organization sheets listing one type only (a sheet of tổ hợp tác): that type. */
  orgType: OrgType | null;
  /** 0..1: how sure the entity and the mapping are, as a whole. */
  confidence: number;
  year: number | null;
  yearSource: YearSource | null;
  period: FigurePeriod | null;
  /** Title lines above the table. */
  title: string[];
  /** Header rows, 1-based; empty when no table was found. */
  headerRows: number[];
  columnNumberRow: number | null;
  /** Row where the signature block or notes start (1-based), when found. */
  footerRow: number | null;
  columns: ColumnAnalysis[];
  /** Fingerprint of the header's shape: the same for files laid out alike, whatever their year. */
  shape: string;
  /** Required fields of the entity no column maps to. */
  missingRequired: string[];
  /** Values implied for every row (the sheet's year, a sheet of one organization type). */
  defaults: Record<string, CellValue>;
  rows: RowAnalysis[];
  totalsCheck: TotalCheck[];
  warnings: string[];
  /** The mapping in the form options.mappings takes, to remember for files of this shape. */
  mapping: SavedMapping;
  /** The date the list is of ("… ĐẾN 31/12/2024", "NĂM 2024", the clerk's year), when it gives one. */
  listDate: string | null;
  /** Rows of the sheet that are not records, with why (title, header, section, total, blank, signature). */
  excluded: ExcludedRow[];
  /** Rows from the first to the last that holds anything. */
  sourceRows: number;
  /** Indexes of the columns no field takes that hold something in a record: kept with the rows. */
  keptColumns: number[];
  /** Set when the sheet's rows are not what its columns suggest (a list of communes taken for organizations). */
  notRegistry: string | null;
}

export interface ExcludedRow {
  sourceRow: number;
  reason: string;
}

export interface WorkbookAnalysis {
  fileName: string;
  format: WorkbookFormat;
  date1904: boolean;
  sheets: SheetAnalysis[];
  warnings: string[];
}

/** A mapping to reuse for sheets of the same shape (what the wizard remembers). */
export interface SavedMapping {
  entity: ImportEntity | null;
  orgType?: OrgType | null;
  /** Column index → target. */
  columns: Record<number, ColumnTarget>;
  /** Column index → unit, for money columns whose unit the clerk chose. */
  units?: Record<number, MoneyUnit>;
}

/** The clerk's choices for one sheet, from the wizard; each one replaces what analysis found. */
export interface SheetOverride {
  skip?: boolean;
  entity?: ImportEntity | null;
  orgType?: OrgType | null;
  year?: number;
  /** Header rows, 1-based. */
  headerRows?: number[];
  columns?: Record<number, ColumnTarget>;
  units?: Record<number, MoneyUnit>;
}

export interface AnalyzeOptions {
  /** Name of the file, for messages and the result. */
  fileName?: string;
  /** Year the figures belong to, as the clerk or `--year` gives it; it wins over the file's own. */
  year?: number;
  /** Remembered mappings by shape signature. */
  mappings?: Record<string, SavedMapping>;
  /** The clerk's readings of free texts met before (see values/aliases.ts). */
  aliases?: VocabularyAliases;
  /** Choices per sheet name. */
  sheets?: Record<string, SheetOverride>;
  limits?: Partial<ReadLimits>;
  /** Progress callback: phase label, done and total units. */
  onProgress?: (progress: AnalyzeProgress) => void;
}

export interface AnalyzeProgress {
  phase: 'read' | 'sheet';
  done: number;
  total: number;
  /** Vietnamese, for the status line: "Đang đọc tệp…", "Đang phân tích trang “DS HTX”". */
  label: string;
}
