import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { ColDef } from 'ag-grid-community';
import type { MoneyUnit } from '../../src-main/shared/vn-money.ts';
import { buildColumns, rowNumberColumn } from './columns.ts';
import type { StatusMessage } from './controller.ts';
import { loadLayout } from './persist.ts';
import { refreshCellsSafely } from './refresh.ts';
import { onRestored } from './restored.ts';
import { gridServices, type GridServices } from './services.ts';
import type { ApplyFn, GridAdapter, GridRow } from './types.ts';
import { useGridParts, type GridParts } from './useGridParts.ts';
import { useGridActions, type GridToolbarModel } from './useGridActions.ts';
import { useGridEvents, type GridEvents } from './useGridEvents.ts';
import type { ValueContext } from './values.ts';

/** What the grid's behaviour depends on; the rest of RegistryGridProps only decorates the view. */
export interface RegistryGridInput {
  adapter: GridAdapter;
  /** Rows from the core; undefined while loading. */
  rows: readonly GridRow[] | undefined;
  onApply: ApplyFn;
  canAddRows?: boolean;
  onOpenRow?: (row: GridRow) => void;
}

/** Everything the view draws: refs for its elements, the toolbar, the status line and AG Grid's inputs. */
export interface RegistryGridModel {
  rootRef: RefObject<HTMLDivElement | null>;
  copyRef: RefObject<HTMLTextAreaElement | null>;
  pasteRef: RefObject<HTMLTextAreaElement | null>;
  toolbar: GridToolbarModel;
  status: StatusMessage | null;
  columnDefs: ColDef<GridRow>[];
  events: GridEvents;
}

const SEARCH_PAUSE_MS = 80;

interface SyncHost {
  parts: GridParts;
  adapter: GridAdapter;
  rows: readonly GridRow[] | undefined;
  services: GridServices;
  recount(): void;
  query: string;
  /** True when the query came in one piece (pasted, cleared): searched without the typing pause. */
  queryAtOnce: RefObject<boolean>;
  rootRef: RefObject<HTMLDivElement | null>;
  copyRef: RefObject<HTMLTextAreaElement | null>;
  pasteRef: RefObject<HTMLTextAreaElement | null>;
}

/** Keeps the parts in step with the page: its fields and rows, the commune names, the DOM and the search box. */
function useGridSync({ parts, adapter, rows, services, recount, query, queryAtOnce, rootRef, copyRef, pasteRef }: SyncHost): void {
  const { controller, selection, search, interaction } = parts;
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
    // Commune names may arrive after the first rows: redraw the labels and rebuild search keys then, if a
    // name shown changed (the organizations list brings its own names, so its 50,000 keys usually stand).
    void services.communesReady().then(() => {
      if (!live || !controller.api || !search.labelsChanged()) return;
      search.setFields(controller.fields.size ? [...controller.fields.values()] : adapter.fields);
      refreshCellsSafely(controller.api, { force: true });
      // A search typed before the names came filtered on the codes shown then: filter again on the names.
      if (search.active) controller.api.onFilterChanged();
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
  }, [selection, interaction, rootRef, copyRef, pasteRef]);

  useEffect(() => {
    // A short pause lets a fast typist finish a word before 50,000 rows are filtered; a text pasted or
    // cleared is searched at once. Only a real change of the query filters again: AG Grid ends any edit in
    // progress when it filters.
    const apply = () => {
      if (search.setQuery(query)) controller.api?.onFilterChanged();
    };
    if (queryAtOnce.current) {
      apply();
      return;
    }
    // Not on opening (the query is empty then): folding must not compete with the first rows being drawn.
    if (query.trim() !== '') search.hurry();
    const t = setTimeout(apply, SEARCH_PAUSE_MS);
    return () => clearTimeout(t);
  }, [query, queryAtOnce, search, controller]);
}

/** The search box's text, and whether its last change came in one piece (see GridToolbar's insertedAtOnce). */
function useSearchQuery() {
  const [query, setQueryText] = useState('');
  const queryAtOnce = useRef(false);
  const setQuery = useCallback((q: string, atOnce: boolean) => {
    queryAtOnce.current = atOnce;
    setQueryText(q);
  }, []);
  return { query, queryAtOnce, setQuery };
}

/**
 * State, data and handlers of the registry grid (RegistryGrid.tsx draws them): the working parts, the
 * money unit, the search text, the row counts and the status line.
 */
export function useRegistryGrid(input: RegistryGridInput): RegistryGridModel {
  const { adapter, rows, onOpenRow, canAddRows = true } = input;
  const services = gridServices();
  const [unit, setUnit] = useState<MoneyUnit>(() => loadLayout(adapter.gridId)?.unit ?? 'dong');
  const unitRef = useRef(unit);
  unitRef.current = unit;
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const [, setTick] = useState(0);
  const { query, queryAtOnce, setQuery } = useSearchQuery();
  const [counts, setCounts] = useState({ shown: 0, total: 0 });
  // The rows may arrive before AG Grid is ready (the list is asked for early); the grid takes the latest.
  const rowsRef = useRef(rows);
  rowsRef.current = rows;
  const rootRef = useRef<HTMLDivElement>(null);
  const copyRef = useRef<HTMLTextAreaElement>(null);
  const pasteRef = useRef<HTMLTextAreaElement>(null);

  const ctx = useCallback((): ValueContext => ({ unit: unitRef.current, communes: services.communes, orgs: services.orgs }), [services]);
  const parts = useGridParts({ adapter, onApply: input.onApply, canAddRows, ctx, services, setStatus, setTick });
  const { controller, selection, interaction } = parts;

  const recount = useCallback(() => {
    const api = controller.api;
    if (!api) return;
    const shown = api.getDisplayedRowCount();
    const total = controller.allRows().length;
    // Same numbers, same object: a new one would re-render the grid after every model update.
    setCounts((c) => (c.shown === shown && c.total === total ? c : { shown, total }));
  }, [controller]);

  useGridSync({ parts, adapter, rows, services, recount, query, queryAtOnce, rootRef, copyRef, pasteRef });

  const columnDefs = useMemo<ColDef<GridRow>[]>(
    () => [
      rowNumberColumn(onOpenRow),
      ...buildColumns(adapter.fields, {
        controller,
        selection,
        services,
        ctx,
        onKey: interaction.onKey,
        takeTypedAhead: interaction.takeTypedAhead,
      }),
    ],
    // unit: headers name the money unit
    [adapter.fields, onOpenRow, controller, selection, services, ctx, interaction, unit],
  );

  useEffect(() => {
    if (controller.api) refreshCellsSafely(controller.api, { force: true });
  }, [unit, controller]);

  useEffect(
    () =>
      onRestored(({ entity, ids }) => {
        if (entity !== adapter.entity || ids.length === 0) return;
        controller.undo.record({
          label: `Khôi phục ${String(ids.length)} dòng từ Thùng rác`,
          undo: [{ entity, ops: ids.map((id) => ({ kind: 'delete' as const, id })) }],
          redo: [{ entity, ops: ids.map((id) => ({ kind: 'restore' as const, id })) }],
        });
        setTick((t) => t + 1);
      }),
    [adapter.entity, controller],
  );

  const events = useGridEvents({ parts, adapter, rowsRef, recount, ctx, services, setStatus });
  const toolbar = useGridActions({
    parts,
    adapter,
    rootRef,
    recount,
    setStatus,
    setTick,
    canAddRows,
    unit,
    setUnit,
    query,
    setQuery,
    counts,
  });
  interaction.actions = {
    addRow: toolbar.onAdd,
    deleteRows: toolbar.onDelete,
    openRow: onOpenRow
      ? () => {
          const api = controller.api;
          const focused = api?.getFocusedCell();
          const row = focused ? api?.getDisplayedRowAtIndex(focused.rowIndex)?.data : undefined;
          if (row) onOpenRow(row);
        }
      : undefined,
    toToolbar: (which) => focusToolbar(rootRef.current, which),
  };
  return { rootRef, copyRef, pasteRef, toolbar, status, columnDefs, events };
}

/** Puts the keyboard on the toolbar's first or last control, so every button is reachable without a mouse. */
function focusToolbar(root: HTMLElement | null, which: 'first' | 'last'): void {
  const controls = [
    ...(root?.querySelectorAll<HTMLElement>('.kttt-grid-toolbar :is(input, select, button, a[href]):not([disabled])') ?? []),
  ];
  (which === 'first' ? controls[0] : controls[controls.length - 1])?.focus();
}
