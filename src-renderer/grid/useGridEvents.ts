import { useCallback, type RefObject } from 'react';
import type {
  CellEditRequestEvent,
  CellFocusedEvent,
  ColumnMovedEvent,
  ColumnResizedEvent,
  GridReadyEvent,
  IRowNode,
} from 'ag-grid-community';
import { clearSortLabels } from './columns.ts';
import type { StatusMessage } from './controller.ts';
import { loadLayout, saveColumns } from './persist.ts';
import { flushDeferredRefresh, refreshCellsSafely } from './refresh.ts';
import { lookupCommune, type GridServices } from './services.ts';
import { ROW_NUMBER_COL, type GridAdapter, type GridRow } from './types.ts';
import type { GridParts } from './useGridParts.ts';
import { acceptEditorValue, type ValueContext } from './values.ts';

/** The AG Grid callbacks of a registry grid, spread onto AgGridReact as they are. */
export interface GridEvents {
  onGridReady(e: GridReadyEvent<GridRow>): void;
  onCellEditRequest(e: CellEditRequestEvent<GridRow>): void;
  onCellEditingStopped(): void;
  isExternalFilterPresent(): boolean;
  doesExternalFilterPass(node: IRowNode<GridRow>): boolean;
  onCellFocused(e: CellFocusedEvent<GridRow>): void;
  onSortChanged(): void;
  onFilterChanged(): void;
  onModelUpdated(): void;
  onDisplayedColumnsChanged(): void;
  onColumnMoved(e: ColumnMovedEvent<GridRow>): void;
  onColumnResized(e: ColumnResizedEvent<GridRow>): void;
  onColumnVisible(): void;
  onColumnPinned(): void;
}

interface EventsHost {
  parts: GridParts;
  adapter: GridAdapter;
  rowsRef: RefObject<readonly GridRow[] | undefined>;
  recount(): void;
  ctx(): ValueContext;
  services: GridServices;
  setStatus(msg: StatusMessage): void;
}

type EditHost = Pick<EventsHost, 'ctx' | 'services' | 'setStatus'> & Pick<GridParts, 'controller'>;

/**
 * A value typed in a cell: read by the field's rules (a commune name is looked up first), then saved, or
 * marked refused with the reason while the old value stays.
 */
async function editCell(e: CellEditRequestEvent<GridRow>, { controller, ctx, services, setStatus }: EditHost): Promise<void> {
  const colId = e.column.getColId();
  const field = controller.field(colId);
  const row = e.data;
  if (!field || !row) return;
  let parsed = acceptEditorValue(field.spec, e.newValue, ctx());
  if (parsed.ok === 'lookup') {
    const found = await lookupCommune(services, parsed.text);
    parsed = found.ok ? { ok: true, value: found.code } : { ok: false, reason: found.reason };
  }
  if (parsed.ok === true) {
    const existing = controller.existingRowFor(row, colId, parsed.value);
    if (existing) {
      // Not a second row for the same thing: the clerk is taken to the one there is. A new row that holds
      // nothing else goes away; one with values typed keeps them, unsaved, for the clerk to move or delete.
      if (controller.isUntouchedDraft(row, colId)) await controller.deleteRows([row.key]);
      const shown = controller.goToRow(existing.row.key, colId);
      setStatus({ kind: 'info', text: shown ? existing.message : `${existing.message} Xóa ô tìm kiếm để thấy dòng đó.` });
      return;
    }
    await controller.commit([{ rowKey: row.key, colId, value: parsed.value }], [], `Sửa “${field.spec.label}”`);
  } else {
    controller.markProblems([{ rowKey: row.key, colId, reason: parsed.reason }]);
    setStatus({ kind: 'error', text: `${field.spec.label}: ${parsed.reason} Giá trị cũ được giữ nguyên.` });
  }
}

/**
 * Every callback handed to AG Grid is stable: a new function for isExternalFilterPresent, say, makes the
 * grid filter again, which re-renders, which makes a new function…
 */
export function useGridEvents(host: EventsHost): GridEvents {
  const { parts, adapter, rowsRef, recount, ctx, services, setStatus } = host;
  const { controller, selection, search } = parts;

  const onGridReady = useCallback(
    (e: GridReadyEvent<GridRow>) => {
      controller.api = e.api;
      const saved = loadLayout(adapter.gridId);
      if (saved?.columns.length) e.api.applyColumnState({ state: saved.columns, applyOrder: true });
      selection.syncColumns();
      const first = rowsRef.current;
      if (first) {
        controller.setServerRows(first);
        search.warm(controller.allRows());
      }
      recount();
    },
    [controller, adapter.gridId, selection, search, recount, rowsRef],
  );

  const saveLayout = useCallback(() => {
    const api = controller.api;
    if (api) saveColumns(adapter.gridId, api.getColumnState());
    selection.syncColumns();
  }, [controller, adapter.gridId, selection]);

  const onCellEditRequest = useCallback(
    (e: CellEditRequestEvent<GridRow>) => void editCell(e, { controller, ctx, services, setStatus }),
    // setStatus is React's state setter, the same function for the grid's life.
    [controller, ctx, services, setStatus],
  );

  const isExternalFilterPresent = useCallback(() => search.active, [search]);
  const doesExternalFilterPass = useCallback(
    // A row the clerk is typing stays in view; the empty rows of a sheet are searched like the others.
    (node: IRowNode<GridRow>) =>
      !node.data || (node.data.id === null && node.data.key.startsWith('new:')) || search.matches(node.data, node.sourceRowIndex),
    [search],
  );
  const onCellFocused = useCallback(
    (e: CellFocusedEvent<GridRow>) =>
      selection.onFocused(e.rowIndex, typeof e.column === 'string' ? e.column : (e.column?.getColId() ?? null)),
    [selection],
  );
  const onSortChanged = useCallback(() => {
    clearSortLabels();
    selection.reset();
  }, [selection]);
  const onFilterChanged = useCallback(() => {
    selection.reset();
    recount();
  }, [selection, recount]);
  const onDisplayedColumnsChanged = useCallback(() => selection.syncColumns(), [selection]);
  const onColumnMoved = useCallback((e: ColumnMovedEvent<GridRow>) => e.finished && saveLayout(), [saveLayout]);
  const onColumnResized = useCallback((e: ColumnResizedEvent<GridRow>) => e.finished && saveLayout(), [saveLayout]);
  // The row numbers are positions: after a sort, a filter or a search they are counted again, 1…n.
  const onModelUpdated = useCallback(() => {
    recount();
    if (controller.api) refreshCellsSafely(controller.api, { columns: [ROW_NUMBER_COL] });
  }, [recount, controller]);
  const onCellEditingStopped = useCallback(() => {
    if (controller.api) flushDeferredRefresh(controller.api);
  }, [controller]);

  return {
    onGridReady,
    onCellEditRequest,
    onCellEditingStopped,
    isExternalFilterPresent,
    doesExternalFilterPass,
    onCellFocused,
    onSortChanged,
    onFilterChanged,
    onModelUpdated,
    onDisplayedColumnsChanged,
    onColumnMoved,
    onColumnResized,
    onColumnVisible: saveLayout,
    onColumnPinned: saveLayout,
  };
}
