/**
 * A sheet as the layout stage sees it: every cell's text already in Unicode NFC (TCVN3/VNI converted
 * column by column, with each cell's font as a hint), merged ranges looked up by position, and the
 * encoding found in each column.
 *
 * Text conversion comes first because everything after it — finding the header, telling section rows
 * from records, mapping headers to fields — reads words, and "Hîp t¸c x·" is not yet "Hợp tác xã".
 * It runs per physical column over the whole sheet: title rows share a column with the row numbers,
 * which is harmless, since numbers are ASCII and do not vote.
 */
import {
  type ColumnEncoding,
  type FixedColumnTexts,
  type LegacyEncoding,
  fixLegacyColumnTexts,
  fixLegacyText,
  isByteString,
} from '../text/index.ts';
import type { Cell, MergeRange, Sheet, Workbook } from '../read/model.ts';
import { xmlSafeText } from '../../../../shared/xml-text.ts';
import { decodeByteStringWithCodepage } from '../read/text-decode.ts';

/**
 * The grid keeps no copy of the cells: building it sets each string cell's `text` to its Unicode reading
 * (its `value` keeps the text as read), which is what Excel shows with the cell's legacy font.
 */
export interface SheetGrid {
  sheet: Sheet;
  rowCount: number;
  colCount: number;
  /** The text as read, for converted cells of the rows where headers are looked for (key r * colCount + c). */
  original: Map<number, string>;
  encodings: ColumnEncoding[];
  /** Merged ranges per row they touch. */
  mergesByRow: Map<number, MergeRange[]>;
}

/** A column's string cells as read ('' for other cells and gaps), and their fonts when any cell has one. */
interface ColumnText {
  values: string[];
  fonts: (string | undefined)[] | undefined;
}

/**
 * Every column's text, read in one pass over the rows, and the shown text of other cells trimmed on the
 * way. The sheet is stored row by row: reading it once per column would visit each row's cells
 * colCount times, far apart in memory, which on a large sheet costs more than the reading itself.
 */
function readColumns(sheet: Sheet): ColumnText[] {
  const rowCount = sheet.rows.length;
  const columns = Array.from({ length: sheet.columnCount }, (): ColumnText => ({
    values: new Array<string>(rowCount).fill(''),
    fonts: undefined,
  }));
  sheet.rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (cell == null) return;
      if (cell.type !== 's') {
        cell.text = cell.text.trim();
        return;
      }
      const column = columns[c];
      if (column === undefined) return;
      column.values[r] = cell.value.toString();
      if (cell.font !== undefined) (column.fonts ??= new Array<string | undefined>(rowCount))[r] = cell.font;
    });
  });
  return columns;
}

/**
 * The Unicode text of each cell of a column: its conversion, or for 8-bit text that is not TCVN3/VNI,
 * its reading in the workbook's own code page (Windows-1258 for Vietnamese Windows).
 */
function textsOf(values: readonly string[], fixed: Pick<FixedColumnTexts, 'texts' | 'encodings'>, codepage: number | undefined): string[] {
  if (codepage === undefined) return fixed.texts;
  return fixed.texts.map((text, r) => {
    const raw = values[r] ?? '';
    if (fixed.encodings[r] !== 'unicode' || !isByteString(raw)) return text;
    return decodeByteStringWithCodepage(raw, codepage) ?? text;
  });
}

/**
 * The legacy encoding of the sheet as a whole, when its cells mostly agree on one: the hint for columns that
 * have too little text to judge alone (a header over a column of numbers: "Doanh thu (tr.®)", "Ghi chó"
 * over empty cells). Legacy files were typed in one font, header and data alike, so a lone header that reads
 * a little better in the other encoding ("TRÑ": TCVN3 "TRẸ", VNI "TRĐ") does not outvote the sheet.
 */
function sheetLegacy(encodings: readonly ColumnEncoding[]): LegacyEncoding | undefined {
  const cells = { tcvn3: 0, vni: 0 };
  for (const e of encodings) {
    if (e.legacy === undefined || e.confidence < 0.5) continue;
    cells.tcvn3 += e.counts.tcvn3;
    cells.vni += e.counts.vni;
  }
  if (cells.tcvn3 > SHEET_MAJORITY * cells.vni) return 'tcvn3';
  if (cells.vni > SHEET_MAJORITY * cells.tcvn3) return 'vni';
  return undefined;
}

/** How many times more cells one legacy encoding needs than the other to be the sheet's. */
const SHEET_MAJORITY = 3;

/** A column with this few legacy cells (a header over numbers) takes the sheet's encoding when it disagrees. */
const THIN_LEGACY_CELLS = 2;

function isThinLegacy(e: ColumnEncoding): boolean {
  return e.legacy !== undefined && e.counts.tcvn3 + e.counts.vni <= THIN_LEGACY_CELLS;
}

/** Rows whose text as read is kept beside the converted text: where header rows are looked for. */
const ORIGINAL_ROWS = 100;

/**
 * Set each string cell's text to its converted, cleaned text (row by row, like readColumns), and
 * return the text as read of converted cells in the first ORIGINAL_ROWS rows.
 */
function writeTexts(sheet: Sheet, columns: readonly ColumnText[], texts: readonly string[][]): Map<number, string> {
  const original = new Map<number, string>();
  const colCount = columns.length;
  sheet.rows.forEach((row, r) => {
    for (let c = 0; c < colCount; c++) {
      const raw = columns[c]?.values[r] ?? '';
      if (raw === '') continue;
      const text = texts[c]?.[r] ?? raw;
      const cell = row[c];
      if (cell != null) cell.text = cleanText(text);
      if (text !== raw && r < ORIGINAL_ROWS) original.set(r * colCount + c, cleanText(raw.normalize('NFC')));
    }
  });
  return original;
}

/** Build the grid; `codepage` comes from the workbook (8-bit text of old .xls and of CSV read as bytes). */
export function buildGrid(sheet: Sheet, workbook: Pick<Workbook, 'codepage'>): SheetGrid {
  const rowCount = sheet.rows.length;
  const colCount = sheet.columnCount;
  const columns = readColumns(sheet);
  const encodings: ColumnEncoding[] = [];
  const texts: string[][] = [];
  // Columns with legacy evidence of their own are converted at once; the others wait for the sheet's verdict.
  const undecided: { c: number; column: ColumnText; fixed: FixedColumnTexts }[] = [];
  let genuineUnicode = false;
  columns.forEach((column, c) => {
    const { values, fonts } = column;
    const fixed = fixLegacyColumnTexts(values, fonts);
    encodings.push(fixed.column);
    if (fixed.column.counts.unicode > 0 && values.some((v) => v !== '' && !isByteString(v))) genuineUnicode = true;
    const waits = (fixed.column.legacy === undefined && fixed.column.counts.unicode > 0) || isThinLegacy(fixed.column);
    if (waits) undecided.push({ c, column, fixed });
    else texts[c] = textsOf(values, fixed, workbook.codepage);
  });
  const hint = sheetLegacy(encodings);
  for (const { c, column, fixed } of undecided) {
    const { values, fonts } = column;
    const allLegacy = !genuineUnicode;
    // With the sheet's encoding as hint, the column's 8-bit texts are judged again; the rest stay as they are.
    if (hint !== undefined && fixed.column.legacy !== hint) {
      values.forEach((v, r) => {
        const result =
          v === '' || !isByteString(v)
            ? { text: v, encoding: 'unicode' as const }
            : fixLegacyText(v, { encoding: hint, allLegacy, fontName: fonts?.[r] });
        fixed.texts[r] = result.text;
        fixed.encodings[r] = result.encoding;
      });
    }
    texts[c] = textsOf(values, fixed, workbook.codepage);
  }
  const original = writeTexts(sheet, columns, texts);
  const mergesByRow = new Map<number, MergeRange[]>();
  for (const m of sheet.merges) {
    // A merge taller than the sheet's data (a whole-column merge) only matters where there are cells.
    for (let r = m.r1; r <= Math.min(m.r2, rowCount + 1); r++) {
      let list = mergesByRow.get(r);
      if (list === undefined) mergesByRow.set(r, (list = []));
      list.push(m);
    }
  }
  return { sheet, rowCount, colCount, original, encodings, mergesByRow };
}

/** Non-breaking spaces, zero-width characters and line breaks inside a cell become single spaces; XML-unsafe ones go. */
const NEEDS_CLEANING = /[^\S ]|\u00A0| {2}|^ | $|[\u200B-\u200D\u2060\uFEFF]/;

function cleanText(read: string): string {
  // Characters no XML file can hold stop here, so no exported list or report of an imported name is unreadable.
  const text = xmlSafeText(read);
  if (!NEEDS_CLEANING.test(text)) return text;
  return text
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[\s\u00A0]+/g, ' ')
    .trim();
}

/** The text as read, before conversion; equals textAt for cells that were not converted. */
export function originalAt(grid: SheetGrid, r: number, c: number): string {
  return grid.original.get(r * grid.colCount + c) ?? textAt(grid, r, c);
}

export function cellAt(grid: SheetGrid, r: number, c: number): Cell | undefined {
  return grid.sheet.rows[r]?.[c] ?? undefined;
}

export function textAt(grid: SheetGrid, r: number, c: number): string {
  return grid.sheet.rows[r]?.[c]?.text ?? '';
}

export function mergeAt(grid: SheetGrid, r: number, c: number): MergeRange | undefined {
  return grid.mergesByRow.get(r)?.find((m) => c >= m.c1 && c <= m.c2);
}

/** Text shown at (r, c): a merged range shows its top-left cell's text over its whole area. */
export function shownText(grid: SheetGrid, r: number, c: number): string {
  const m = mergeAt(grid, r, c);
  return m === undefined ? textAt(grid, r, c) : textAt(grid, m.r1, m.c1);
}

/**
 * The distinct visible pieces of row r: one per cell or per merged range (at its left column), with the
 * number of columns it covers. What a reader sees on that line of the printed table.
 */
export function rowPieces(grid: SheetGrid, r: number): { c: number; width: number; text: string; merged: boolean }[] {
  const pieces: { c: number; width: number; text: string; merged: boolean }[] = [];
  for (let c = 0; c < grid.colCount; c++) {
    const m = mergeAt(grid, r, c);
    if (m !== undefined) {
      if (c === m.c1) {
        const text = textAt(grid, m.r1, m.c1);
        if (text !== '') pieces.push({ c, width: m.c2 - m.c1 + 1, text, merged: true });
      }
      c = m.c2;
      continue;
    }
    const text = textAt(grid, r, c);
    if (text !== '') pieces.push({ c, width: 1, text, merged: false });
  }
  return pieces;
}

/**
 * Once the records are known, a column of legacy data under a header (or beside a signature block) typed in
 * Unicode is judged again on the records alone: the text around the table must not make its ambiguous cells
 * ("Bò thu hoài GCN", the VNI bytes of "Bị thu hồi GCN") stay as they are. Only columns whose verdict the
 * other rows could have swayed are redone.
 */
export function refineRecordEncodings(grid: SheetGrid, records: readonly number[]): void {
  grid.encodings.forEach((encoding, c) => {
    if (encoding.legacy === undefined || encoding.allLegacy) return;
    const cells = records.map((r) => grid.sheet.rows[r]?.[c]);
    const values = cells.map((cell) => (cell?.type === 's' ? cell.value.toString() : ''));
    const fixed = fixLegacyColumnTexts(
      values,
      cells.map((cell) => cell?.font),
    );
    if (!fixed.column.allLegacy) return;
    grid.encodings[c] = fixed.column;
    fixed.texts.forEach((text, i) => {
      const cell = cells[i];
      if (cell != null && cell.type === 's') cell.text = cleanText(text);
    });
  });
}
