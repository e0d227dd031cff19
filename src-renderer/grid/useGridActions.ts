import { useCallback, type Dispatch, type RefObject, type SetStateAction } from 'react';
import type { GridApi } from 'ag-grid-community';
import type { MoneyUnit } from '../../src-main/shared/vn-money.ts';
import type { StatusMessage } from './controller.ts';
import type { ToolbarProps } from './GridToolbar.tsx';
import { forgetLayout, saveUnit } from './persist.ts';
import type { GridAdapter, GridRow } from './types.ts';
import type { GridParts } from './useGridParts.ts';

/** The toolbar's props except those the page decorates it with (its label and extra controls). */
export type GridToolbarModel = Omit<ToolbarProps, 'label' | 'extra'>;

interface ActionsHost {
  parts: GridParts;
  adapter: GridAdapter;
  rootRef: RefObject<HTMLDivElement | null>;
  recount(): void;
  setStatus(msg: StatusMessage): void;
  setTick: Dispatch<SetStateAction<number>>;
  canAddRows: boolean;
  unit: MoneyUnit;
  setUnit(unit: MoneyUnit): void;
  query: string;
  setQuery(query: string, atOnce: boolean): void;
  counts: { shown: number; total: number };
}

/**
 * Puts the keyboard focus on a cell of a row just added, once the row is drawn (React draws it a frame
 * or two later). Focusing a cell that is not drawn yet goes wrong twice over: the browser focus stays on
 * the button that was clicked, and AG Grid moves the focus to the cell later by itself — by then perhaps
 * out of an editor the clerk has started typing in.
 */
function focusWhenDrawn(api: GridApi<GridRow>, root: HTMLElement, rowKey: string, colId: string, tries = 30): void {
  const index = api.getRowNode(rowKey)?.rowIndex;
  if (index === null || index === undefined) return;
  if (root.querySelector(`.ag-row[row-index="${String(index)}"] .ag-cell[col-id="${colId}"]`)) {
    api.setFocusedCell(index, colId);
    return;
  }
  if (tries > 0) requestAnimationFrame(() => focusWhenDrawn(api, root, rowKey, colId, tries - 1));
}

/** Adding and deleting rows: a draft row focused where typing starts, or the selected rows after a confirmation. */
function useRowActions({ parts, rootRef, recount, setStatus }: ActionsHost): { onAdd(): void; onDelete(): void } {
  const { controller, selection } = parts;
  const onAdd = useCallback(() => {
    const api = controller.api;
    const row = controller.addDraft();
    recount();
    const first = selection.columns.find((c) => !controller.field(c)?.spec.readOnly);
    const index = api?.getRowNode(row.key)?.rowIndex;
    if (api && index !== null && index !== undefined) api.ensureIndexVisible(index);
    if (api && first && rootRef.current) focusWhenDrawn(api, rootRef.current, row.key, first);
    setStatus({ kind: 'info', text: 'Đã thêm một dòng mới; dòng được lưu khi nhập đủ các ô bắt buộc.' });
  }, [controller, selection, recount, rootRef, setStatus]);

  const onDelete = useCallback(() => {
    const api = controller.api;
    const rect = selection.current();
    if (!api || !rect) {
      setStatus({ kind: 'error', text: 'Hãy chọn dòng cần xóa.' });
      return;
    }
    const keys: string[] = [];
    for (let i = rect.top; i <= rect.bottom; i++) {
      const key = api.getDisplayedRowAtIndex(i)?.data?.key;
      if (key) keys.push(key);
    }
    const focused = api.getFocusedCell();
    const col = focused?.column.getColId() ?? selection.columns[0];
    const refocus = () => {
      // The deleted rows held the focus; without this it would fall to the page, out of reach of the keys.
      const count = api.getDisplayedRowCount();
      if (count > 0 && col) api.setFocusedCell(Math.min(rect.top, count - 1), col);
    };
    if (!window.confirm(`Xóa ${String(keys.length)} dòng? Có thể khôi phục trong Thùng rác hoặc bằng Hoàn tác.`)) {
      refocus();
      return;
    }
    void controller.deleteRows(keys).then(() => {
      recount();
      refocus();
    });
  }, [controller, selection, recount, setStatus]);
  return { onAdd, onDelete };
}

/** What the toolbar shows and does: search, money unit, add/delete, undo/redo and the column chooser. */
export function useGridActions(host: ActionsHost): GridToolbarModel {
  const { parts, adapter, recount, setTick } = host;
  const { controller, selection } = parts;
  const { onAdd, onDelete } = useRowActions(host);
  // Read once per render, as the column chooser is drawn: the grid is not there on the first one.
  const api: GridApi<GridRow> | null = controller.api;
  return {
    search: host.query,
    onSearch: host.setQuery,
    hasMoney: adapter.fields.some((f) => f.spec.kind === 'money'),
    unit: host.unit,
    onUnit: (u) => {
      host.setUnit(u);
      saveUnit(adapter.gridId, u);
    },
    canAdd: host.canAddRows,
    onAdd,
    onDelete,
    undoLabel: controller.undo.peekUndo()?.label,
    redoLabel: controller.undo.peekRedo()?.label,
    onUndo: () => void controller.undoLast().then(recount),
    onRedo: () => void controller.redoLast().then(recount),
    fields: adapter.fields,
    isVisible: (colId) => api?.getColumn(colId)?.isVisible() ?? true,
    onToggleColumn: (colId, visible) => {
      api?.setColumnsVisible([colId], visible);
      setTick((t) => t + 1);
    },
    onResetLayout: () => {
      forgetLayout(adapter.gridId);
      api?.resetColumnState();
      selection.syncColumns();
      setTick((t) => t + 1);
    },
    shown: host.counts.shown,
    total: host.counts.total,
    pending: controller.pendingCount,
  };
}
