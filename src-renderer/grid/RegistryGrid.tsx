import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { CellEditRequestEvent, CellFocusedEvent, ColDef, ColumnMovedEvent, ColumnResizedEvent, GetRowIdParams, GridApi, GridReadyEvent, IRowNode } from 'ag-grid-community';
import type { MoneyUnit } from '../../src-main/shared/vn-money.ts';
import { buildColumns, clearSortLabels, rowNumberColumn } from './columns.ts';
import { GridController, type StatusMessage } from './controller.ts';
import { GridToolbar } from './GridToolbar.tsx';
import { Interaction } from './interaction.ts';
import { forgetLayout, loadLayout, saveColumns, saveUnit } from './persist.ts';
import { flushDeferredRefresh, refreshCellsSafely } from './refresh.ts';
import { RangeSelection } from './selection.ts';
import { RowSearch } from './search.ts';
import { gridServices, lookupCommune } from './services.ts';
import { GRID_LOCALE, GRID_THEME, setupAgGrid } from './setup.ts';
import type { ApplyFn, GridAdapter, GridRow } from './types.ts';
import { acceptEditorValue, type ValueContext } from './values.ts';
import './grid.css';

export interface RegistryGridProps {
  adapter: GridAdapter;
  /** Name of the table for screen readers and messages: "Tổ chức KTTT". */
  label: string;
  /** Rows from the core; undefined while loading. */
  rows: readonly GridRow[] | undefined;
  loadError?: string | undefined;
  onApply: ApplyFn;
  toolbarExtra?: ReactNode;
  canAddRows?: boolean;
  onOpenRow?: (row: GridRow) => void;
}

setupAgGrid();

const DEFAULT_COL_DEF: ColDef<GridRow> = { sortable: true, resizable: true };
const SEARCH_PAUSE_MS = 80;
const rowIdOf = (p: GetRowIdParams<GridRow>) => p.data.key;

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

/**
 * The registry grid: columns and editors from the field specs, Excel habits, optimistic saving through
 * onApply, undo/redo, search, filters and a remembered layout. Every registry page uses it.
 */
export function RegistryGrid(props: RegistryGridProps) {
  const { adapter, rows, onOpenRow, canAddRows = true } = props;
  const services = gridServices();
  const [unit, setUnit] = useState<MoneyUnit>(() => loadLayout(adapter.gridId)?.unit ?? 'dong');
  const unitRef = useRef(unit);
  unitRef.current = unit;
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const [, setTick] = useState(0);
  const [query, setQuery] = useState('');
  const [counts, setCounts] = useState({ shown: 0, total: 0 });
  const applyRef = useRef(props.onApply);
  applyRef.current = props.onApply;
  // The rows may arrive before AG Grid is ready (the list is asked for early); the grid takes the latest.
  const rowsRef = useRef(rows);
  rowsRef.current = rows;
  const rootRef = useRef<HTMLDivElement>(null);
  const copyRef = useRef<HTMLTextAreaElement>(null);
  const pasteRef = useRef<HTMLTextAreaElement>(null);

  const ctx = useCallback((): ValueContext => ({ unit: unitRef.current, communes: services.communes, orgs: services.orgs }), [services]);
  const [core] = useState(() => {
    const controller = new GridController(adapter, { apply: (b) => applyRef.current(b), status: setStatus, changed: () => setTick((t) => t + 1) });
    const selection = new RangeSelection(() => controller.api);
    const search = new RowSearch(ctx);
    const interaction = new Interaction({ api: () => controller.api, controller, selection, ctx, services, status: setStatus, canAddRows });
    return { controller, selection, search, interaction };
  });
  const { controller, selection, search, interaction } = core;

  const recount = useCallback(() => {
    const api = controller.api;
    if (!api) return;
    const shown = api.getDisplayedRowCount();
    const total = controller.allRows().length;
    // Same numbers, same object: a new one would re-render the grid after every model update.
    setCounts((c) => (c.shown === shown && c.total === total ? c : { shown, total }));
  }, [controller]);

  useEffect(() => {
    controller.setAdapter(adapter);
    search.setFields(adapter.fields);
  }, [adapter, controller, search]);

  useEffect(() => {
    if (!rows || !controller.api) return;
    controller.setServerRows(rows);
    search.warm(controller.allRows());
    recount();
  }, [rows, controller, search, recount]);

  useEffect(() => {
    let live = true;
    // Commune names arrive after the first rows: redraw the labels and rebuild search keys then.
    void services.communesReady().then(() => {
      if (!live || !controller.api) return;
      search.setFields(controller.fields.size ? [...controller.fields.values()] : adapter.fields);
      refreshCellsSafely(controller.api, { force: true });
    });
    return () => {
      live = false;
      search.stop();
    };
  }, [services, controller, search, adapter.fields]);

  useEffect(() => {
    const root = rootRef.current;
    const copyArea = copyRef.current;
    const pasteArea = pasteRef.current;
    if (!root || !copyArea || !pasteArea) return;
    const detachMouse = selection.attachMouse(root);
    const detachClipboard = interaction.attach(root, copyArea, pasteArea);
    return () => {
      detachMouse();
      detachClipboard();
    };
  }, [selection, interaction]);

  useEffect(() => {
    // A short pause lets a fast typist finish a word before 50,000 rows are filtered. Only a real change
    // of the query filters again: AG Grid ends any edit in progress when it filters.
    const t = setTimeout(() => {
      if (search.setQuery(query)) controller.api?.onFilterChanged();
    }, SEARCH_PAUSE_MS);
    return () => clearTimeout(t);
  }, [query, search, controller]);

  const colDefs = useMemo<ColDef<GridRow>[]>(
    () => [rowNumberColumn(onOpenRow), ...buildColumns(adapter.fields, { controller, selection, services, ctx, onKey: interaction.onKey, takeTypedAhead: interaction.takeTypedAhead })],
    // unit: headers name the money unit
    [adapter.fields, onOpenRow, controller, selection, services, ctx, interaction, unit],
  );

  useEffect(() => {
    if (controller.api) refreshCellsSafely(controller.api, { force: true });
  }, [unit, controller]);

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
    [controller, adapter.gridId, selection, search, recount],
  );

  const saveLayout = useCallback(() => {
    const api = controller.api;
    if (api) saveColumns(adapter.gridId, api.getColumnState());
    selection.syncColumns();
  }, [controller, adapter.gridId, selection]);

  const onEdit = useCallback(
    async (e: CellEditRequestEvent<GridRow>) => {
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
        await controller.commit([{ rowKey: row.key, colId, value: parsed.value }], [], `Sửa “${field.spec.label}”`);
      } else {
        controller.markProblems([{ rowKey: row.key, colId, reason: parsed.reason }]);
        setStatus({ kind: 'error', text: `${field.spec.label}: ${parsed.reason} Giá trị cũ được giữ nguyên.` });
      }
    },
    [controller, ctx, services],
  );

  const onAdd = useCallback(() => {
    const api = controller.api;
    const row = controller.addDraft();
    recount();
    const first = selection.columns.find((c) => !controller.field(c)?.spec.readOnly);
    const index = api?.getRowNode(row.key)?.rowIndex;
    if (api && index !== null && index !== undefined) api.ensureIndexVisible(index);
    if (api && first && rootRef.current) focusWhenDrawn(api, rootRef.current, row.key, first);
    setStatus({ kind: 'info', text: 'Đã thêm một dòng mới; dòng được lưu khi nhập đủ các ô bắt buộc.' });
  }, [controller, selection, recount]);

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
    if (!window.confirm(`Xóa ${String(keys.length)} dòng? Có thể khôi phục trong Thùng rác hoặc bằng Hoàn tác.`)) return;
    void controller.deleteRows(keys).then(recount);
  }, [controller, selection, recount]);

  // Every prop handed to AG Grid is stable: a new function for isExternalFilterPresent, say, makes the grid
  // filter again, which re-renders, which makes a new function…
  const isExternalFilterPresent = useCallback(() => search.active, [search]);
  const doesExternalFilterPass = useCallback((node: IRowNode<GridRow>) => !node.data || node.data.id === null || search.matches(node.data), [search]);
  const onCellFocused = useCallback(
    (e: CellFocusedEvent<GridRow>) => selection.onFocused(e.rowIndex, typeof e.column === 'string' ? e.column : (e.column?.getColId() ?? null)),
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
  const onCellEditRequest = useCallback((e: CellEditRequestEvent<GridRow>) => void onEdit(e), [onEdit]);
  const onCellEditingStopped = useCallback(() => {
    if (controller.api) flushDeferredRefresh(controller.api);
  }, [controller]);

  const api: GridApi<GridRow> | null = controller.api;
  const hasMoney = adapter.fields.some((f) => f.spec.kind === 'money');

  return (
    <div className="kttt-grid" ref={rootRef}>
      <GridToolbar
        label={props.label}
        search={query}
        onSearch={setQuery}
        hasMoney={hasMoney}
        unit={unit}
        onUnit={(u) => {
          setUnit(u);
          saveUnit(adapter.gridId, u);
        }}
        extra={props.toolbarExtra}
        canAdd={canAddRows}
        onAdd={onAdd}
        onDelete={onDelete}
        undoLabel={controller.undo.peekUndo()?.label}
        redoLabel={controller.undo.peekRedo()?.label}
        onUndo={() => void controller.undoLast().then(recount)}
        onRedo={() => void controller.redoLast().then(recount)}
        fields={adapter.fields}
        isVisible={(colId) => api?.getColumn(colId)?.isVisible() ?? true}
        onToggleColumn={(colId, visible) => {
          api?.setColumnsVisible([colId], visible);
          setTick((t) => t + 1);
        }}
        onResetLayout={() => {
          forgetLayout(adapter.gridId);
          api?.resetColumnState();
          selection.syncColumns();
          setTick((t) => t + 1);
        }}
        shown={counts.shown}
        total={counts.total}
        pending={controller.pendingCount}
      />
      {props.loadError && <p className="error-text">{props.loadError}</p>}
      <div className="kttt-grid-body" aria-label={`Bảng ${props.label}`}>
        <AgGridReact<GridRow>
          theme={GRID_THEME}
          localeText={GRID_LOCALE}
          columnDefs={colDefs}
          defaultColDef={DEFAULT_COL_DEF}
          getRowId={rowIdOf}
          readOnlyEdit
          onCellEditRequest={onCellEditRequest}
          onCellEditingStopped={onCellEditingStopped}
          enterNavigatesVertically
          enterNavigatesVerticallyAfterEdit
          stopEditingWhenCellsLoseFocus
          maintainColumnOrder
          suppressDragLeaveHidesColumns
          animateRows={false}
          tooltipShowDelay={300}
          loading={rows === undefined && !props.loadError}
          isExternalFilterPresent={isExternalFilterPresent}
          doesExternalFilterPass={doesExternalFilterPass}
          onGridReady={onGridReady}
          onCellFocused={onCellFocused}
          onSortChanged={onSortChanged}
          onFilterChanged={onFilterChanged}
          onModelUpdated={recount}
          onDisplayedColumnsChanged={onDisplayedColumnsChanged}
          onColumnMoved={onColumnMoved}
          onColumnResized={onColumnResized}
          onColumnVisible={saveLayout}
          onColumnPinned={saveLayout}
        />
      </div>
      <div className={`kttt-grid-status ${status ? `is-${status.kind}` : ''}`} role="status" aria-live="polite">
        {status?.text ?? 'Gõ để sửa ô, Enter xuống dòng, Tab sang phải; Ctrl+C / Ctrl+V chép – dán với Excel; Ctrl+Z hoàn tác; Ctrl+D điền xuống.'}
      </div>
      <textarea ref={copyRef} className="kttt-clipboard" tabIndex={-1} aria-hidden="true" readOnly />
      <textarea ref={pasteRef} className="kttt-clipboard" tabIndex={-1} aria-hidden="true" />
    </div>
  );
}
