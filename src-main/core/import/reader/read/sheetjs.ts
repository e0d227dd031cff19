/**
 * The one place that calls SheetJS (@e965/xlsx, the maintained 0.20 build — never the `xlsx` 0.18 npm
 * package). It reads with options chosen for import, maps SheetJS's exceptions (plain strings, TypeErrors
 * from deep inside a truncated file) to our error codes, and converts SheetJS's objects to the neutral model.
 */
import * as XLSX from '@e965/xlsx';
import { WorkbookReadError } from './errors.ts';
import type { Cell, CellType, MergeRange, Sheet } from './model.ts';

/**
 * - dense: rows as arrays, far less memory than one key per cell on 100,000-row sheets;
 * - cellNF: keep number formats (a date-formatted number is a date; "0000000000" pads a code);
 * - cellDates off: dates stay Excel serials, converted by our own code with the workbook's 1904 flag;
 * - cellFormula/cellHTML off: only values are imported, and both cost memory;
 * - raw (text formats only): keep "1.580" and "15/03/2019" as typed — SheetJS would read them the
 *   American way (1.58, 15 March being month 15) — our parsers read them day-first and Vietnamese-style.
 */
function options(raw: boolean): XLSX.ParsingOptions {
  return { dense: true, cellNF: true, cellDates: false, cellFormula: false, cellHTML: false, cellStyles: false, raw, WTF: false };
}

function messageOf(thrown: unknown): string {
  if (typeof thrown === 'string') return thrown;
  if (thrown instanceof Error) return thrown.message;
  return String(thrown);
}

/** Map a SheetJS exception to our error; `fallback` says what an unexplained failure most likely means. */
export function readErrorFrom(thrown: unknown, fallback: 'corrupt' | 'truncated' | 'not-spreadsheet'): WorkbookReadError {
  if (thrown instanceof WorkbookReadError) return thrown;
  const detail = messageOf(thrown);
  if (thrown instanceof RangeError && /memory|allocation|array length/i.test(detail))
    return new WorkbookReadError('out-of-memory', undefined, detail);
  if (/password|encrypt/i.test(detail)) return new WorkbookReadError('encrypted', undefined, detail);
  if (/truncated|file size .*</i.test(detail)) return new WorkbookReadError('truncated', undefined, detail);
  if (/cannot find workbook stream|unsupported zip file/i.test(detail)) return new WorkbookReadError('not-spreadsheet', undefined, detail);
  if (/numbers|unsupported file|not supported/i.test(detail)) return new WorkbookReadError('unsupported', undefined, detail);
  return new WorkbookReadError(fallback, undefined, detail);
}

export function readBytes(bytes: Uint8Array, fallback: 'corrupt' | 'truncated' | 'not-spreadsheet'): XLSX.WorkBook {
  try {
    // SheetJS's 'buffer' type wants a Node Buffer; wrap without copying.
    return XLSX.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { ...options(false), type: 'buffer' });
  } catch (thrown) {
    throw readErrorFrom(thrown, fallback);
  }
}

export function readText(text: string): XLSX.WorkBook {
  try {
    return XLSX.read(text, { ...options(true), type: 'string' });
  } catch (thrown) {
    throw readErrorFrom(thrown, 'corrupt');
  }
}

/** Fields of SheetJS's workbook that its types leave loose; read through narrow guards. */
export function workbookFlags(wb: XLSX.WorkBook): { date1904: boolean; codepage: number | undefined } {
  const date1904 = wb.Workbook?.WBProps?.date1904 === true;
  const props: unknown = wb.Props;
  let codepage: number | undefined;
  if (typeof props === 'object' && props !== null && 'CodePage' in props && typeof props.CodePage === 'number') {
    codepage = props.CodePage;
  }
  return { date1904, codepage };
}

function hiddenOf(wb: XLSX.WorkBook, index: number): 0 | 1 | 2 {
  const h = wb.Workbook?.Sheets?.[index]?.Hidden;
  return h === 1 || h === 2 ? h : 0;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;

function convertCell(c: XLSX.CellObject): Cell | null {
  const v = c.v;
  let type: CellType;
  let value: number | string | boolean;
  switch (c.t) {
    case 'n':
      if (typeof v !== 'number') return null;
      type = 'n';
      value = v;
      break;
    case 'b':
      type = 'b';
      value = v === true;
      break;
    case 'e':
      type = 'e';
      value = c.w ?? '#LỖI';
      break;
    case 'd':
      // Only plain-text formats give 'd' with cellDates off; keep the calendar day as written.
      type = 'd';
      value = v instanceof Date ? v.toISOString().slice(0, 10) : String(v ?? '');
      if (!ISO_DAY.test(value)) return null;
      break;
    case 's':
      if (v === undefined || v === null) return null;
      type = 's';
      value = String(v);
      break;
    default:
      return null; // 'z': a stub with nothing in it
  }
  const text = type === 's' ? (value as string) : (c.w ?? String(value));
  if (type === 's' && text === '') return null;
  const cell: Cell = { type, value, text };
  if (c.z !== undefined && c.z !== 'General' && typeof c.z === 'string') cell.format = c.z;
  return cell;
}

function mergesOf(ws: XLSX.WorkSheet): MergeRange[] {
  const merges = ws['!merges'] ?? [];
  return merges.filter((m) => m.e.r > m.s.r || m.e.c > m.s.c).map((m) => ({ r1: m.s.r, c1: m.s.c, r2: m.e.r, c2: m.e.c }));
}

export interface ConvertBudget {
  /** Cells still allowed; decremented as cells are converted. */
  cellsLeft: number;
  /** Columns read in each row; the cells beyond are left out. */
  maxColumns: number;
}

/**
 * Convert one SheetJS sheet. Returns the sheet and whether the cell budget ran out inside it (the caller
 * warns; a workbook of 10 million cells is not a clerk's table).
 */
export function convertSheet(wb: XLSX.WorkBook, index: number, budget: ConvertBudget): { sheet: Sheet; cut: boolean; columnsCut: boolean } {
  const name = wb.SheetNames[index] ?? `Sheet${String(index + 1)}`;
  const ws = wb.Sheets[name];
  const sheet: Sheet = { name, hidden: hiddenOf(wb, index), rows: [], columnCount: 0, merges: [] };
  if (ws === undefined) return { sheet, cut: false, columnsCut: false };
  const data: unknown = ws['!data'];
  if (!Array.isArray(data)) return { sheet, cut: false, columnsCut: false };
  let columnsCut = false;
  sheet.merges = mergesOf(ws);
  let cut = false;
  let lastNonEmpty = -1;
  for (let r = 0; r < data.length; r++) {
    const source: unknown = data[r];
    const row: (Cell | null)[] = [];
    if (Array.isArray(source)) {
      if (source.length > budget.maxColumns) columnsCut = true;
      const width = Math.min(source.length, budget.maxColumns);
      for (let c = 0; c < width; c++) {
        const cellObject: unknown = source[c];
        const cell = isCellObject(cellObject) ? convertCell(cellObject) : null;
        row[c] = cell;
        if (cell !== null) budget.cellsLeft--;
      }
      while (row.length > 0 && row[row.length - 1] == null) row.pop();
    }
    sheet.rows[r] = row;
    // Drop SheetJS's copy of the row at once: on a 100,000-row sheet the two copies would double the peak.
    data[r] = undefined;
    if (row.length > 0) {
      lastNonEmpty = r;
      if (row.length > sheet.columnCount) sheet.columnCount = row.length;
    }
    if (budget.cellsLeft <= 0) {
      cut = true;
      break;
    }
  }
  sheet.rows.length = lastNonEmpty + 1;
  // Dense arrays from SheetJS may have holes; make every row a real array so later code can index safely.
  for (let r = 0; r < sheet.rows.length; r++) if (sheet.rows[r] === undefined) sheet.rows[r] = [];
  return { sheet, cut, columnsCut };
}

function isCellObject(value: unknown): value is XLSX.CellObject {
  return typeof value === 'object' && value !== null && 't' in value;
}
