/**
 * A sheet as a grid of cells before it is saved by ExcelJS or SheetJS: the writer builds grids, the saver
 * turns them into a file. Text cells remember whether they are the clerk's typing (so a legacy font applies).
 */

export type ErrorText = '#REF!' | '#VALUE!' | '#N/A' | '#DIV/0!';

export type Cell =
  | { kind: 'blank' }
  | { kind: 'text'; text: string; bold?: boolean }
  | { kind: 'number'; value: number; numFmt?: string }
  | { kind: 'error'; error: ErrorText }
  | { kind: 'formula'; formula: string; result: number };

/** How the text of one cell is stored: Unicode (NFC or NFD), or legacy bytes with the font that shows them. */
export type CellEncoding = 'unicode' | 'nfd' | 'tcvn3' | 'tcvn3-capitals' | 'vni';

export interface Merge {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

export interface Grid {
  name: string;
  rows: Cell[][];
  /** Encoding of each text cell, by "r,c"; absent = Unicode NFC. */
  encodings: Map<string, CellEncoding>;
  merges: Merge[];
  /** Column widths in characters (cosmetic; ExcelJS only). */
  widths: number[];
}

export const BLANK: Cell = { kind: 'blank' };

export function text(t: string, bold = false): Cell {
  return bold ? { kind: 'text', text: t, bold } : { kind: 'text', text: t };
}

export function num(value: number, numFmt?: string): Cell {
  return numFmt === undefined ? { kind: 'number', value } : { kind: 'number', value, numFmt };
}

export function newGrid(name: string): Grid {
  return { name, rows: [], encodings: new Map(), merges: [], widths: [] };
}

/** Appends a row and returns its index. */
export function addRow(g: Grid, cells: Cell[] = []): number {
  g.rows.push(cells);
  return g.rows.length - 1;
}

export function setCell(g: Grid, r: number, c: number, cell: Cell, encoding?: CellEncoding): void {
  const row = g.rows[r] ?? [];
  while (row.length < c) row.push(BLANK);
  row[c] = cell;
  g.rows[r] = row;
  if (encoding !== undefined && encoding !== 'unicode') g.encodings.set(`${r},${c}`, encoding);
}

export function merge(g: Grid, r1: number, c1: number, r2: number, c2: number): void {
  if (r1 === r2 && c1 === c2) return;
  g.merges.push({ r1, c1, r2, c2 });
}

export function columnCount(g: Grid): number {
  return Math.max(0, ...g.rows.map((r) => r.length));
}
