/**
 * The neutral workbook model the importer works on. SheetJS objects never leave read/: every later stage
 * (layout, text, mapping, values) sees only these plain, structured-cloneable types, so the parse can run
 * in a worker and hand its result back, and tests can build workbooks by hand.
 */

/** What the bytes turned out to be. */
export type WorkbookFormat =
  | 'xls' // BIFF2–BIFF8, with or without an OLE container
  | 'xlsx' // OOXML, transitional or strict (also .xlsm)
  | 'xlsb'
  | 'ods'
  | 'csv' // delimited text: .csv, .txt, "Unicode Text"
  | 'html' // an HTML table saved as .xls by a web export
  | 'xml'; // SpreadsheetML 2003 and other XML SheetJS understands

/** How a text file's bytes were decoded. */
export type TextFileEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'bytes';

/**
 * Cell types, as Excel has them: number, string, boolean, date (only ISO-dated cells of OOXML/ODS; Excel
 * itself stores dates as numbers with a date format), error (#N/A, #DIV/0! …).
 */
export type CellType = 'n' | 's' | 'b' | 'd' | 'e';

export interface Cell {
  type: CellType;
  /** Raw value: the number, the text as read (not yet converted from TCVN3/VNI), the boolean, an ISO date, or the error text. */
  value: number | string | boolean;
  /** Text as Excel shows it (formatted number, "#DIV/0!"); equals the value for strings. */
  text: string;
  /** Number format code, when the file gives one other than General. */
  format?: string;
  /** Name of the cell's font, when the file and the reader give it (".VnTimeH", "VNI-Times", "Arial"). */
  font?: string;
}

/** A merged range, 0-based and inclusive, as in the file. */
export interface MergeRange {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

export interface Sheet {
  name: string;
  /** 0 visible, 1 hidden, 2 very hidden (only reachable through VBA). */
  hidden: 0 | 1 | 2;
  /** rows[r][c], 0-based; a missing or null cell is empty. Trailing empty rows are dropped. */
  rows: (Cell | null)[][];
  /** Number of columns of the widest row. */
  columnCount: number;
  merges: MergeRange[];
}

export interface Workbook {
  format: WorkbookFormat;
  /** BIFF version of an .xls (2, 3, 4, 5 or 8), when known. */
  biff?: number;
  /** Excel's 1904 date system (old Mac workbooks): serials count from 1904-01-01. */
  date1904: boolean;
  /**
   * Windows code page of legacy 8-bit text: strings of such a workbook hold the bytes as characters
   * (Latin-1 or Windows-1252 reading) and are decoded by the text stage — as TCVN3/VNI when they read as
   * such, otherwise with this code page (1258 for Vietnamese Windows).
   */
  codepage?: number;
  /** For text files: how the bytes were decoded. */
  textEncoding?: TextFileEncoding;
  sheets: Sheet[];
  /** Problems met while reading that did not stop it (Vietnamese). */
  warnings: string[];
}

/** Column letters as Excel shows them: 0 → "A", 27 → "AB". */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
