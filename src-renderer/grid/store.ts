/**
 * The rows a registry grid shows, with what the clerk sees on each cell besides its value: a refusal
 * (red, with the reason) or a save still on its way. The base of GridController, kept apart so each file
 * stays readable.
 */
import type { GridApi, IRowNode } from 'ag-grid-community';
import { isBlankValue, type CellValue } from '../../src-main/contract/fields.ts';
import { refreshCellsSafely } from './refresh.ts';
import { cellKey, type CellKey, type GridAdapter, type GridField, type GridRow } from './types.ts';
import { sameValue } from './values.ts';

export interface CellProblem {
  rowKey: string;
  colId: string;
  reason: string;
}

export class RowStore {
  api: GridApi<GridRow> | null = null;
  protected adapter: GridAdapter;
  protected fieldMap: Map<string, GridField>;
  protected readonly byKey = new Map<string, GridRow>();
  /** Rows created here keep their draft key after saving; the core's rows for them are re-keyed. */
  protected readonly keyById = new Map<number, string>();
  protected readonly errors = new Map<CellKey, string>();
  /** Cells shown but not yet confirmed by the core, with the number of the batch that sent them. */
  protected readonly pending = new Map<CellKey, number>();
  private draftSeq = 0;

  constructor(adapter: GridAdapter) {
    this.adapter = adapter;
    this.fieldMap = new Map(adapter.fields.map((f) => [f.colId, f]));
  }

  setAdapter(adapter: GridAdapter): void {
    this.adapter = adapter;
    this.fieldMap = new Map(adapter.fields.map((f) => [f.colId, f]));
  }

  get fields(): ReadonlyMap<string, GridField> {
    return this.fieldMap;
  }

  field(colId: string): GridField | undefined {
    return this.fieldMap.get(colId);
  }

  row(key: string): GridRow | undefined {
    return this.byKey.get(key);
  }

  errorAt(rowKey: string, colId: string): string | undefined {
    return this.errors.get(cellKey(rowKey, colId));
  }

  isPending(rowKey: string, colId: string): boolean {
    return this.pending.has(cellKey(rowKey, colId));
  }

  get pendingCount(): number {
    return this.pending.size;
  }

  /** Rows from the core (first load, another window's change, another year). Unsaved drafts stay. */
  setServerRows(rows: readonly GridRow[]): void {
    // Rows the clerk is typing survive a reload; a sheet's empty rows come again with the list itself.
    const drafts = [...this.byKey.values()].filter((r) => r.id === null && r.key.startsWith('new:'));
    this.byKey.clear();
    for (const r of rows) {
      const key = r.id === null ? r.key : (this.keyById.get(r.id) ?? r.key);
      this.byKey.set(key, key === r.key ? r : { ...r, key });
    }
    for (const d of drafts) this.byKey.set(d.key, d);
    for (const k of [...this.errors.keys()]) {
      const rowKey = k.split('\u0000')[0] ?? '';
      if (this.byKey.get(rowKey)?.id !== null) this.errors.delete(k);
    }
    this.api?.setGridOption('rowData', [...this.byKey.values()]);
  }

  /** The row a row not yet saved would duplicate with `colId` = `value` (see GridAdapter.existingRowFor). */
  existingRowFor(row: GridRow, colId: string, value: CellValue): { row: GridRow; message: string } | null {
    if (row.id !== null || !this.adapter.existingRowFor) return null;
    return this.adapter.existingRowFor(row, colId, value, this.byKey.values());
  }

  /** Puts the focus on a cell of a row, scrolled into view; false when the row is not shown (filtered out). */
  goToRow(key: string, colId: string): boolean {
    const api = this.api;
    const index = api?.getRowNode(key)?.rowIndex;
    if (!api || index === null || index === undefined) return false;
    api.ensureIndexVisible(index, 'middle');
    api.ensureColumnVisible(colId);
    api.setFocusedCell(index, colId);
    return true;
  }

  /** A row added with "Thêm dòng" that holds nothing yet beyond the values every new row starts with. */
  isUntouchedDraft(row: GridRow, except: string): boolean {
    if (row.id !== null || !row.key.startsWith('new:')) return false;
    const defaults = this.adapter.defaults ?? {};
    return Object.entries(row.cells).every(([k, v]) => k === except || isBlankValue(v) || sameValue(v, defaults[k]));
  }

  allRows(): GridRow[] {
    return [...this.byKey.values()];
  }

  /** Marks cells that failed the check before sending: nothing is saved, the old value stays. */
  markProblems(problems: readonly CellProblem[]): void {
    for (const p of problems) this.errors.set(cellKey(p.rowKey, p.colId), p.reason);
    this.refreshRows(new Set(problems.map((p) => p.rowKey)));
  }

  clearProblem(rowKey: string, colId: string): void {
    if (this.errors.delete(cellKey(rowKey, colId))) this.refreshRows(new Set([rowKey]));
  }

  /**
   * "Thêm dòng": an empty row at the end, as the first empty row of a sheet; saved (created) by its first
   * edit, and a block pasted into it runs on into further new rows.
   */
  addDraft(): GridRow {
    const row: GridRow = { key: this.newDraftKey(), id: null, cells: { ...this.adapter.defaults } };
    this.byKey.set(row.key, row);
    this.api?.applyTransaction({ add: [row] });
    return row;
  }

  protected newDraftKey(): string {
    this.draftSeq += 1;
    return `new:${String(this.draftSeq)}`;
  }

  /**
   * Shows new versions of rows already in the grid. Node by node rather than by transaction: a
   * transaction re-runs the row model over all 50,000 rows (15 ms each time), and, as in Excel, an edited
   * row should not jump away under a sort while the clerk works on it.
   */
  protected show(rows: readonly GridRow[]): void {
    const api = this.api;
    if (!api || rows.length === 0) return;
    const missing: GridRow[] = [];
    for (const r of rows) {
      const node = api.getRowNode(r.key);
      if (node) node.updateData(r);
      else missing.push(r);
    }
    if (missing.length) api.applyTransaction({ add: missing });
  }

  /** Redraws cell classes and tooltips (range, error, pending) of the given rows, or of every shown row. */
  refreshRows(keys?: ReadonlySet<string>): void {
    const api = this.api;
    if (!api) return;
    if (keys && keys.size === 0) return;
    const rowNodes = keys ? [...keys].map((k) => api.getRowNode(k)).filter((n): n is IRowNode<GridRow> => !!n) : undefined;
    refreshCellsSafely(api, rowNodes ? { rowNodes } : {});
  }
}

export function sameCells(a: Readonly<Record<string, CellValue>>, b: Readonly<Record<string, CellValue>>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) if (!sameValue(a[k], b[k])) return false;
  return true;
}

export { isBlankValue as isBlankCell } from '../../src-main/contract/fields.ts';
