/**
 * Finding the table in a sheet: the title block above it, the header rows (one to three, with merged
 * group headers), an optional column-number row, and one name per column built from the header rows
 * ("Kết quả SXKD năm 2024 › Doanh thu (tr.đ)").
 */
import { headerScore, isKnownHeader } from '../mapping/map-columns.ts';
import { type SheetGrid, mergeAt, originalAt, rowPieces, shownText, textAt } from './grid.ts';
import { columnNumberToken, isTitleText, sectionMarker, splitSectionLabel } from './patterns.ts';
import { decodeTcvn3, decodeVni, isByteString } from '../text/index.ts';
import { detectMoneyUnit } from '../../../../shared/vn-money.ts';

export interface TableColumn {
  /** Physical column, 0-based. */
  index: number;
  /** Header texts from the top header row down, consecutive repeats removed. */
  path: string[];
  /** The path joined with " › "; "" for a column without a header. */
  header: string;
  /** Columns to the right covered by this column's merged header: values typed there belong here. */
  spans: number[];
}

export interface TableLayout {
  /** Text lines above the header (0-based rows), for the title and the year. */
  titleLines: { row: number; text: string }[];
  headerRows: number[];
  columnNumberRow: number | null;
  /** First row after the header block. */
  dataStart: number;
  columns: TableColumn[];
}

const SCAN_ROWS = 80;
const NUMERIC = /^[-+(]?\d[\d.,\s]*%?\)?$/;

/**
 * Header text of a cell. A header need not be in its column's encoding: retyped in Unicode above a TCVN3
 * column ("Tên" over "T©n LËp", which the column would make "Tờn"), or typed in TCVN3 over data pasted in
 * VNI. Of the text as converted, as read, and its TCVN3 and VNI readings, the one that reads best as a
 * header is the header.
 */
function headerText(grid: SheetGrid, r: number, c: number): string {
  const m = mergeAt(grid, r, c);
  const [row, col] = m === undefined ? [r, c] : [m.r1, m.c1];
  const converted = textAt(grid, row, col);
  const original = originalAt(grid, row, col);
  const legacy = isByteString(original);
  if (original === converted && !legacy) return converted;
  const readings = [original, ...(legacy ? [decodeTcvn3(original), decodeVni(original)] : [])];
  let best = converted;
  let bestScore = headerScore(converted);
  for (const reading of readings) {
    const score = headerScore(reading);
    if (score > bestScore || (score === bestScore && unitBreaksTie(score, reading, best))) [best, bestScore] = [reading, score];
  }
  return best;
}

/**
 * Between two readings of a known header that score alike, the one that names a money unit wins: "Doanh thu
 * (trñ)" is TCVN3 "(trủ)" or VNI "(trđ)", and only "trđ" is a unit — the other would leave every amount of
 * the column unread. Not for a header no reading knows (score 0): there the converted text stands, or TCVN3
 * "Số THT (tổ)" would become VNI "(tỉ)", a unit by chance.
 */
function unitBreaksTie(score: number, reading: string, best: string): boolean {
  return score > 0 && detectMoneyUnit(reading) !== undefined && detectMoneyUnit(best) === undefined;
}

interface RowStats {
  pieces: ReturnType<typeof rowPieces>;
  known: number;
  numeric: number;
  titleLike: boolean;
}

function statsOf(grid: SheetGrid, r: number): RowStats {
  const pieces = rowPieces(grid, r);
  let known = 0;
  let numeric = 0;
  for (const p of pieces) {
    if (NUMERIC.test(p.text)) numeric++;
    else if (isKnownHeader(headerText(grid, r, p.c))) known++;
  }
  // A title line: one or two pieces, each a title phrase or spread over much of the table's width.
  const wide = pieces.some((p) => p.width >= Math.max(3, grid.colCount * 0.4));
  const titleLike = pieces.length <= 2 && (pieces.length === 1 || wide || pieces.every((p) => isTitleText(p.text)));
  return { pieces, known, numeric, titleLike };
}

/** The first row that reads as column headers: several pieces, some of them known header words. */
function findHeaderStart(grid: SheetGrid, stats: RowStats[]): number | undefined {
  const limit = Math.min(grid.rowCount, SCAN_ROWS);
  for (let r = 0; r < limit; r++) {
    const s = stats[r];
    if (s === undefined || s.titleLike || s.pieces.length < 2) continue;
    if (s.known >= 2 || (s.known >= 1 && s.pieces.length >= 3 && s.numeric === 0)) return r;
  }
  // No known words (a table of something else): the first row of two or more text pieces followed by
  // a row of as many pieces.
  for (let r = 0; r < limit; r++) {
    const s = stats[r];
    const next = stats[r + 1];
    if (s === undefined || s.titleLike || s.pieces.length < 2 || s.numeric > 0) continue;
    if (next !== undefined && next.pieces.length >= Math.min(2, s.pieces.length)) return r;
  }
  return undefined;
}

/** Column numbers (1 2 3 …, (1) (2) …, A B C …): most pieces are tokens and numbers go up. */
export function isColumnNumberRow(pieces: RowStats['pieces'], columnCount: number): boolean {
  if (pieces.length < Math.min(3, columnCount)) return false;
  const tokens = pieces.map((p) => columnNumberToken(p.text));
  const hits = tokens.filter((t) => t !== undefined);
  if (hits.length < pieces.length * 0.8) return false;
  const numbers = hits.filter((t): t is number => typeof t === 'number');
  for (let i = 1; i < numbers.length; i++) if ((numbers[i] ?? 0) <= (numbers[i - 1] ?? 0)) return false;
  // A data row of small numbers (1 | 2 | 3) would also pass if its numbers rose by chance; column numbers
  // start at 1 or at a letter.
  return typeof hits[0] === 'string' || hits[0] === 1 || (numbers[0] ?? 99) <= 2;
}

/** Whether row r continues the header block that starts at `top` and so far ends at r - 1. */
function continuesHeader(grid: SheetGrid, stats: RowStats[], top: number, r: number): boolean {
  const s = stats[r];
  if (s === undefined || s.pieces.length === 0 || s.numeric > 0) return false;
  if (isColumnNumberRow(s.pieces, grid.colCount)) return false;
  // A section heading right under the header ("A | Lĩnh vực nông nghiệp", "I. Huyện …") starts the data.
  const first = s.pieces[0]?.text ?? '';
  if (s.pieces.length <= 2 && (sectionMarker(first) !== undefined || splitSectionLabel(first) !== undefined)) return false;
  // Merges: a header cell above reaching down into this row, or a group header above spanning columns
  // that this row fills in.
  for (let c = 0; c < grid.colCount; c++) {
    const m = mergeAt(grid, r - 1, c);
    if (m !== undefined && m.r1 >= top && m.r2 >= r) return true;
  }
  const above = stats[r - 1];
  for (const p of s.pieces) {
    const over = mergeAt(grid, r - 1, p.c);
    if (over !== undefined && over.c2 > over.c1 && over.r2 === r - 1 && !p.merged) return true;
  }
  // Without merges (CSV, or merges lost by BIFF5): sub-headers under columns the row above left empty,
  // next to a group header, and words that read as headers.
  if (above === undefined) return false;
  const underEmpty = s.pieces.filter((p) => textAt(grid, r - 1, p.c) === '' && above.pieces.some((a) => a.c < p.c));
  return underEmpty.length > 0 && s.known >= 1 && s.pieces.length < Math.max(2, above.pieces.length + underEmpty.length);
}

function headerPath(grid: SheetGrid, headerRows: number[], c: number, groupFill: boolean): string[] {
  const path: string[] = [];
  for (const r of headerRows) {
    let text = headerText(grid, r, c);
    if (text === '' && groupFill && r !== headerRows[headerRows.length - 1]) text = groupToLeft(grid, headerRows, r, c);
    if (text !== '' && path[path.length - 1] !== text) path.push(text);
  }
  return path;
}

/**
 * A group header written once over several sub-headers without a merge ("Lao động", "", under which
 * "Tổng số", "Thường xuyên"): an empty header cell takes the nearest group text to its left, as long as
 * every column between has a sub-header below.
 */
function groupToLeft(grid: SheetGrid, headerRows: number[], r: number, c: number): string {
  const below = headerRows.filter((h) => h > r);
  const hasSub = (col: number): boolean => below.some((h) => shownText(grid, h, col) !== '');
  if (!hasSub(c)) return '';
  for (let x = c - 1; x >= 0; x--) {
    if (!hasSub(x)) return '';
    const t = headerText(grid, r, x);
    if (t !== '') return t;
  }
  return '';
}

/** Find the table of a sheet; undefined when no row reads as a header. */
export function findTable(grid: SheetGrid, forcedHeaderRows?: readonly number[]): TableLayout | undefined {
  const scan = Math.min(grid.rowCount, SCAN_ROWS + 4);
  const stats: RowStats[] = [];
  for (let r = 0; r < scan; r++) stats.push(statsOf(grid, r));
  let headerRows: number[];
  if (forcedHeaderRows !== undefined && forcedHeaderRows.length > 0) {
    headerRows = [...forcedHeaderRows].sort((a, b) => a - b);
  } else {
    const top = findHeaderStart(grid, stats);
    if (top === undefined) return undefined;
    headerRows = [top];
    while (headerRows.length < 3 && continuesHeader(grid, stats, top, top + headerRows.length)) headerRows.push(top + headerRows.length);
  }
  const last = headerRows[headerRows.length - 1] ?? 0;
  let dataStart = last + 1;
  let columnNumberRow: number | null = null;
  const nextPieces = rowPieces(grid, dataStart);
  if (isColumnNumberRow(nextPieces, grid.colCount)) {
    columnNumberRow = dataStart;
    dataStart++;
  }
  const titleLines: { row: number; text: string }[] = [];
  for (let r = 0; r < (headerRows[0] ?? 0); r++) {
    const line = rowPieces(grid, r)
      .map((p) => p.text)
      .join(' ');
    if (line !== '') titleLines.push({ row: r, text: line });
  }
  const hasMerges = headerRows.some((r) => (grid.mergesByRow.get(r)?.length ?? 0) > 0);
  const columns: TableColumn[] = [];
  for (let c = 0; c < grid.colCount; c++) {
    // A column whose bottom header cell is the right part of a horizontal merge belongs to the column
    // where that merge starts ("Mã" merged over A:B in the GSO lists).
    const m = mergeAt(grid, last, c);
    if (m !== undefined && m.c1 < c) {
      columns.find((col) => col.index === m.c1)?.spans.push(c);
      continue;
    }
    const path = headerPath(grid, headerRows, c, !hasMerges);
    columns.push({ index: c, path, header: path.join(' › '), spans: [] });
  }
  return { titleLines, headerRows, columnNumberRow, dataStart, columns };
}
