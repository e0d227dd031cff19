/**
 * Rectangular cell ranges, as Excel selects them: an anchor (where the selection started, which keeps the
 * focus) and a far corner moved by Shift+arrows or a mouse drag. Positions are in displayed coordinates —
 * row index after sort and filter, column index in the displayed column order — so a range is dropped
 * whenever sort, filter or column order changes. Pure functions, unit-tested.
 */

export interface CellPos {
  row: number;
  col: number;
}

export interface CellRange {
  anchor: CellPos;
  corner: CellPos;
}

export interface Rect {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface Bounds {
  rows: number;
  cols: number;
}

export function single(pos: CellPos): CellRange {
  return { anchor: { ...pos }, corner: { ...pos } };
}

export function rectOf(range: CellRange): Rect {
  return {
    top: Math.min(range.anchor.row, range.corner.row),
    bottom: Math.max(range.anchor.row, range.corner.row),
    left: Math.min(range.anchor.col, range.corner.col),
    right: Math.max(range.anchor.col, range.corner.col),
  };
}

export function rectRows(r: Rect): number {
  return r.bottom - r.top + 1;
}

export function rectCols(r: Rect): number {
  return r.right - r.left + 1;
}

export function contains(r: Rect, row: number, col: number): boolean {
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}

function clamp(n: number, max: number): number {
  return Math.max(0, Math.min(max, n));
}

/** Shift+arrow: moves the far corner by one cell, never outside the grid. */
export function extend(range: CellRange, dRow: number, dCol: number, bounds: Bounds): CellRange {
  return {
    anchor: range.anchor,
    corner: { row: clamp(range.corner.row + dRow, bounds.rows - 1), col: clamp(range.corner.col + dCol, bounds.cols - 1) },
  };
}

/** Mouse drag or Shift+click: the corner jumps to the given cell. */
export function extendTo(range: CellRange, pos: CellPos): CellRange {
  return { anchor: range.anchor, corner: { ...pos } };
}

/** Every cell of a rectangle, row by row. */
export function* cellsOf(r: Rect): Generator<CellPos> {
  for (let row = r.top; row <= r.bottom; row++) {
    for (let col = r.left; col <= r.right; col++) yield { row, col };
  }
}

/**
 * Ctrl+D: with several rows selected, the first row's values go down into the others; with one row
 * selected, the row above comes down into it (Excel's rule). Null when there is nothing to copy from.
 */
export function fillDownPlan(r: Rect): { sourceRow: number; targetRows: number[] } | null {
  if (r.bottom > r.top) {
    const targetRows: number[] = [];
    for (let row = r.top + 1; row <= r.bottom; row++) targetRows.push(row);
    return { sourceRow: r.top, targetRows };
  }
  return r.top > 0 ? { sourceRow: r.top - 1, targetRows: [r.top] } : null;
}

export interface PasteTarget {
  row: number;
  col: number;
  /** Row and column in the pasted block. */
  blockRow: number;
  blockCol: number;
}

/**
 * Where each pasted cell lands. The block goes at the selection's top-left cell; when the selection is
 * larger than the block and a whole multiple of it (a single copied cell over a selected column, say),
 * the block is repeated to fill the selection, as Excel does. Rows past the end are returned too: the
 * caller turns them into new rows. Columns past the last are returned so the caller can report them.
 */
export function pasteTargets(selection: Rect, blockRows: number, blockCols: number): PasteTarget[] {
  const selRows = rectRows(selection);
  const selCols = rectCols(selection);
  const tile = (selRows > blockRows || selCols > blockCols) && selRows % blockRows === 0 && selCols % blockCols === 0;
  const rows = tile ? selRows : blockRows;
  const cols = tile ? selCols : blockCols;
  const out: PasteTarget[] = [];
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      out.push({ row: selection.top + i, col: selection.left + j, blockRow: i % blockRows, blockCol: j % blockCols });
    }
  }
  return out;
}

/** Excel-style name of a column for messages: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
