/**
 * The selected range of cells, which AG Grid Community does not have: kept here in displayed
 * coordinates, drawn through cellClassRules ('kttt-range'), moved by Shift+arrows, mouse drag and
 * Shift+click. AG Grid's focused cell is the anchor (the cell typing goes into), as in Excel.
 */
import type { GridApi } from 'ag-grid-community';
import { contains, extend, extendTo, rectOf, single, type CellPos, type CellRange, type Rect } from './range.ts';
import { refreshCellsSafely } from './refresh.ts';
import { ROW_NUMBER_COL, type GridRow } from './types.ts';

export class RangeSelection {
  private range: CellRange | null = null;
  private box: Rect | null = null;
  private cols: string[] = [];
  private colIndex = new Map<string, number>();
  private dragging = false;
  /** A focus event expected at this cell (Shift+click, focus restored after copy) must keep the range. */
  private keepFor: CellPos | null = null;

  constructor(private readonly getApi: () => GridApi<GridRow> | null) {}

  /** Column order as displayed; called when columns move, show or hide. */
  syncColumns(): void {
    const api = this.getApi();
    if (!api) return;
    // The row-number column is a header, not data: ranges, copy and paste skip it.
    this.cols = (api.getAllDisplayedColumns() ?? []).map((c) => c.getColId()).filter((id) => id !== ROW_NUMBER_COL);
    this.colIndex = new Map(this.cols.map((c, i) => [c, i]));
  }

  get columns(): readonly string[] {
    return this.cols;
  }

  colOf(colId: string): number | undefined {
    return this.colIndex.get(colId);
  }

  get rect(): Rect | null {
    return this.box;
  }

  /** The range, or the focused cell alone when nothing larger is selected. */
  current(): Rect | null {
    if (this.box) return this.box;
    const f = this.getApi()?.getFocusedCell();
    const col = f ? this.colIndex.get(f.column.getColId()) : undefined;
    if (!f || col === undefined || f.rowIndex === null) return null;
    return { top: f.rowIndex, bottom: f.rowIndex, left: col, right: col };
  }

  /** Fast enough for cellClassRules, which run for every drawn cell. */
  contains(rowIndex: number | null, colId: string): boolean {
    if (!this.box || rowIndex === null) return false;
    const col = this.colIndex.get(colId);
    return col !== undefined && contains(this.box, rowIndex, col);
  }

  private set(range: CellRange | null): void {
    const before = this.box;
    this.range = range;
    this.box = range ? rectOf(range) : null;
    const same =
      before &&
      this.box &&
      before.top === this.box.top &&
      before.bottom === this.box.bottom &&
      before.left === this.box.left &&
      before.right === this.box.right;
    const api = this.getApi();
    if (api && !same && (before || this.box)) refreshCellsSafely(api);
  }

  clear(): void {
    this.set(null);
  }

  /**
   * AG Grid reports a focus change (keyboard navigation, a click). The event comes asynchronously, possibly
   * after Shift+arrows have already grown the range from that cell, so focus landing on the range's anchor
   * changes nothing; focus anywhere else starts a new range there.
   */
  onFocused(rowIndex: number | null, colId: string | null): void {
    const col = colId === null ? undefined : this.colIndex.get(colId);
    if (rowIndex === null || col === undefined) {
      this.set(null);
      return;
    }
    const keep = this.keepFor;
    if (keep && keep.row === rowIndex && keep.col === col) {
      this.keepFor = null;
      return;
    }
    if (this.range && this.range.anchor.row === rowIndex && this.range.anchor.col === col) return;
    this.set(single({ row: rowIndex, col }));
  }

  /** Shift+arrow. */
  extendBy(dRow: number, dCol: number): CellPos | null {
    const api = this.getApi();
    const start = this.current();
    if (!api || !start) return null;
    const range = this.range ?? single({ row: start.top, col: start.left });
    const next = extend(range, dRow, dCol, { rows: api.getDisplayedRowCount(), cols: this.cols.length });
    this.set(next);
    const colId = this.cols[next.corner.col];
    api.ensureIndexVisible(next.corner.row);
    if (colId) api.ensureColumnVisible(colId);
    return next.corner;
  }

  selectAll(): void {
    const api = this.getApi();
    if (!api) return;
    const rows = api.getDisplayedRowCount();
    if (rows === 0 || this.cols.length === 0) return;
    this.set({ anchor: { row: 0, col: 0 }, corner: { row: rows - 1, col: this.cols.length - 1 } });
  }

  /** Sort, filter or column order changed: displayed positions mean other cells now. */
  reset(): void {
    this.syncColumns();
    const f = this.getApi()?.getFocusedCell();
    const col = f ? this.colIndex.get(f.column.getColId()) : undefined;
    this.set(!f || f.rowIndex === null || col === undefined ? null : single({ row: f.rowIndex, col }));
  }

  /** The grid is about to refocus this cell itself (after copy or paste): keep the range. */
  keepRangeOnFocusAt(rowIndex: number, colId: string): void {
    const col = this.colIndex.get(colId);
    this.keepFor = col === undefined ? null : { row: rowIndex, col };
  }

  private cellAt(target: EventTarget | null): CellPos | null {
    if (!(target instanceof Element)) return null;
    const cell = target.closest('[col-id]');
    const rowEl = target.closest('[row-index]');
    const colId = cell?.getAttribute('col-id');
    const rowIndex = Number(rowEl?.getAttribute('row-index'));
    if (!cell || !colId || !cell.classList.contains('ag-cell') || !Number.isInteger(rowIndex)) return null;
    const col = this.colIndex.get(colId);
    return col === undefined ? null : { row: rowIndex, col };
  }

  /** Mouse handling on the grid's element; returns the function that removes it. */
  attachMouse(root: HTMLElement): () => void {
    const down = (e: MouseEvent) => {
      if (e.button !== 0) return;
      const pos = this.cellAt(e.target);
      if (!pos) return;
      if (e.shiftKey && this.range) {
        this.keepFor = pos;
        this.set(extendTo(this.range, pos));
        return;
      }
      this.keepFor = null;
      this.dragging = true;
      this.set(single(pos));
    };
    const move = (e: MouseEvent) => {
      if (!this.dragging || !this.range) return;
      if ((e.buttons & 1) === 0) {
        this.dragging = false;
        return;
      }
      const pos = this.cellAt(e.target);
      if (pos && (pos.row !== this.range.corner.row || pos.col !== this.range.corner.col)) {
        this.set(extendTo(this.range, pos));
        // While dragging the text under the pointer must not get selected as well.
        window.getSelection()?.removeAllRanges();
      }
    };
    const up = () => {
      this.dragging = false;
    };
    root.addEventListener('mousedown', down, true);
    root.addEventListener('mousemove', move);
    window.addEventListener('mouseup', up);
    return () => {
      root.removeEventListener('mousedown', down, true);
      root.removeEventListener('mousemove', move);
      window.removeEventListener('mouseup', up);
    };
  }
}
