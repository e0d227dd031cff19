/**
 * Redrawing cells (range highlight, pending and refused marks, new labels) while a cell is being edited
 * can take the keyboard focus away from its editor mid-word: AG Grid's focus events arrive a moment late
 * and a redraw then lands on the edited cell. So redraws wait while anything is being edited and happen,
 * all at once, when editing stops.
 */
import type { GridApi, RefreshCellsParams } from 'ag-grid-community';
import type { GridRow } from './types.ts';

const deferred = new WeakSet<GridApi<GridRow>>();

export function refreshCellsSafely(api: GridApi<GridRow>, params: RefreshCellsParams<GridRow> = {}): void {
  if (api.getEditingCells().length > 0) {
    deferred.add(api);
    return;
  }
  api.refreshCells(params);
}

/** Called when editing stops: the redraws put off meanwhile happen now. */
export function flushDeferredRefresh(api: GridApi<GridRow>): void {
  if (!deferred.has(api)) return;
  deferred.delete(api);
  api.refreshCells();
}
