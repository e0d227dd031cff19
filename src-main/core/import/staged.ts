import type { CellValue, ImportEntity, FigurePeriod, PreviewColumn } from '../../contract/index.ts';

/**
 * A sheet as the importer understood it, before it is matched against the registry. The reader
 * (core/import/reader) produces it; everything after — matching, preview, commit, undo — works on this shape.
 */
export interface StagedRow {
  sourceRow: number;
  /** Field key → value read from the cell (money already in đồng, dates ISO, codes as text). */
  values: Record<string, CellValue>;
  /** Field key → why the cell could not be read; such a cell is never silently blank or 0. */
  cellErrors: Record<string, string>;
  /** Field key → the text written in the cell, for cells in error and fields read through a code list. */
  raw?: Record<string, string>;
  /** Field key → why a cell that was read should still be reviewed. */
  flags?: Record<string, string>;
  /** [header, text] of cells in columns no field takes, kept with the row. */
  extras?: [string, string][];
  /** The day the row's status began, when the file says. */
  statusDate?: string;
  /** From section rows above ("I. Huyện …", "A. NÔNG NGHIỆP"). */
  context: { district?: string; sector?: string };
  /** A note like "Trùng" written in the file. */
  markedDuplicate?: boolean;
  /**
   * The registered organization the row is, when the file says so beyond doubt (a collection template's key):
   * matched by id, and its name, code and type are not taken from the row.
   */
  organizationId?: number;
}

export interface StagedSheet {
  name: string;
  entity: ImportEntity | null;
  entityConfidence: number;
  /** The year the sheet's figures belong to. */
  year: number | null;
  /** Whole year, or a half-year sheet ("6 tháng đầu năm"). */
  period: FigurePeriod;
  columns: PreviewColumn[];
  rows: StagedRow[];
  warnings: string[];
  totalsMismatches: string[];
  /** Shape of the header, to remember the clerk's mapping for files like this one. */
  signature: string;
  /** The mapping to remember under `signature` (the reader's own JSON form). */
  savedMapping: unknown;
  /** Set when the reader could not make sense of the sheet. */
  refusal: string | null;
  /** The date the list is of, when the file or the clerk gives it (a status read from it held then). */
  listDate: string | null;
  /** Rows that are not records, with why. */
  excluded: { sourceRow: number; reason: string }[];
  /** Rows from the first to the last that holds anything: records + excluded. */
  sourceRows: number;
  /** Columns with content that no field takes: kept with each row, not used. */
  keptColumns: { index: number; header: string }[];
}

/** The clerk's choices for one sheet in the wizard; the reader applies them when it reads the file again. */
export interface SheetChoices {
  entity?: ImportEntity | null;
  year?: number | null;
  /** Column index → field key, or null to leave the column out. */
  columns?: Record<number, string | null>;
}
