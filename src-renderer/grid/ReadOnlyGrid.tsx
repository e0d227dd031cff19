/**
 * A grid of rows no one edits in place — a loan book's loans, schedules and posted entries — with the
 * registry grids' Excel habits: a range selected by mouse drag, Shift+click or Shift+arrows, Ctrl+A, Ctrl+C
 * copying the range as Excel takes it (each cell as shown: 1.580.000, 31/12/2024), Ctrl+Home / Ctrl+End,
 * filters and sorting on every column, the row count, and the list saved as CSV. A posted entry is put right
 * by its own reversal, never by typing over it.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { ColDef, GridApi, SuppressKeyboardEventParams } from 'ag-grid-community';
import { formatNumber } from '../../src-main/shared/index.ts';
import { guardFormulaText, writeTsv } from './clipboard.ts';
import { RangeSelection } from './selection.ts';
import { GRID_LOCALE, GRID_THEME, setupAgGrid } from './setup.ts';
import type { GridRow } from './types.ts';

setupAgGrid();

export interface ReadOnlyGridProps<T> {
  rows: readonly T[];
  columns: ColDef<T>[];
  /** The region's name, as a screen reader and the tests find it: "Lịch trả nợ". */
  label: string;
  /** File name of "Lưu danh sách (CSV)", without extension; no button when absent. */
  csvName?: string;
  quickFilter?: string;
  /** Double click or Enter on a row. */
  onOpen?: (row: T) => void;
  className?: string;
  /** Controls shown before the row count, in the grid's own toolbar. */
  toolbar?: ReactNode;
}

const DEFAULT_COL: ColDef = { sortable: true, resizable: true, filter: true, editable: false };

/** The selected cells as Excel's clipboard text, each as the grid shows it; text that looks like a formula stays text. */
function rangeTsv<T>(api: GridApi<T>, selection: RangeSelection): string | null {
  const rect = selection.current();
  if (!rect) return null;
  const lines: string[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const node = api.getDisplayedRowAtIndex(r);
    const line: string[] = [];
    for (let c = rect.left; c <= rect.right; c++) {
      const colKey = selection.columns[c];
      const shown = node && colKey ? api.getCellValue({ rowNode: node, colKey, useFormatter: true }) : '';
      line.push(typeof shown === 'number' ? String(shown) : guardFormulaText(shown == null ? '' : String(shown)));
    }
    lines.push(line);
  }
  return writeTsv(lines);
}

function jump<T>(api: GridApi<T>, selection: RangeSelection, to: 'first' | 'last'): void {
  const cols = selection.columns;
  const count = api.getDisplayedRowCount();
  const col = to === 'first' ? cols[0] : cols[cols.length - 1];
  if (count === 0 || !col) return;
  const row = to === 'first' ? 0 : count - 1;
  api.ensureIndexVisible(row);
  api.ensureColumnVisible(col);
  api.setFocusedCell(row, col);
}

/** The keys of a read-only grid: Shift+arrows grow the range, Ctrl+A selects all, Ctrl+Home/End jump, Enter opens the row. */
function keysOf<T>(api: { current: GridApi<T> | null }, selection: RangeSelection, open: { current: ((row: T) => void) | undefined }) {
  return (params: SuppressKeyboardEventParams<T>): boolean => {
    const e = params.event;
    const grid = api.current;
    if (e.type !== 'keydown' || !grid) return false;
    const handled = (run: () => void): true => {
      e.preventDefault();
      run();
      return true;
    };
    const ctrl = e.ctrlKey || e.metaKey;
    const move: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    const step = move[e.key];
    if (e.shiftKey && !ctrl && !e.altKey && step) return handled(() => selection.extendBy(step[0], step[1]));
    if (ctrl && !e.altKey && e.key.toLowerCase() === 'a') return handled(() => selection.selectAll());
    if (ctrl && !e.altKey && (e.key === 'Home' || e.key === 'End'))
      return handled(() => jump(grid, selection, e.key === 'Home' ? 'first' : 'last'));
    const onOpen = open.current;
    if (!ctrl && !e.shiftKey && e.key === 'Enter' && onOpen && params.data) return handled(() => onOpen(params.data as T));
    return false;
  };
}

/** Mouse ranges on the grid, and whatever copies while the grid has the focus (Ctrl+C, the Edit menu, a test's event). */
function useRangeAndCopy<T>(
  root: { current: HTMLDivElement | null },
  api: { current: GridApi<T> | null },
  selection: RangeSelection,
  onCopied: () => void,
): void {
  useEffect(() => {
    const el = root.current;
    if (!el) return;
    const detach = selection.attachMouse(el);
    const onCopy = (e: ClipboardEvent) => {
      const active = document.activeElement;
      if (!api.current || !active || !el.contains(active)) return;
      const tsv = rangeTsv(api.current, selection);
      if (tsv === null) return;
      e.clipboardData?.setData('text/plain', tsv);
      e.preventDefault();
      onCopied();
    };
    document.addEventListener('copy', onCopy);
    return () => {
      detach();
      document.removeEventListener('copy', onCopy);
    };
  }, [root, api, selection, onCopied]);
}

export function ReadOnlyGrid<T>({ rows, columns, label, csvName, quickFilter, onOpen, className, toolbar }: ReadOnlyGridProps<T>) {
  const api = useRef<GridApi<T> | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const open = useRef(onOpen);
  open.current = onOpen;
  const [shown, setShown] = useState(rows.length);
  const [copied, setCopied] = useState(false);
  // The selection is kept in displayed coordinates; it reads the grid's columns and rows through the api.
  const selection = useMemo(() => new RangeSelection(() => api.current as GridApi<GridRow> | null), []);
  const markCopied = useCallback(() => setCopied(true), []);
  useRangeAndCopy(root, api, selection, markCopied);
  const columnDefs = useMemo(() => {
    const onKey = keysOf(api, selection, open);
    return columns.map((c): ColDef<T> => ({
      ...c,
      suppressKeyboardEvent: onKey,
      cellClassRules: { ...c.cellClassRules, 'kttt-range': (p) => selection.contains(p.node.rowIndex, p.column.getColId()) },
    }));
  }, [columns, selection]);

  return (
    <div role="region" aria-label={label} ref={root}>
      <div className="toolbar kttt-grid-toolbar">
        {toolbar}
        <span className="muted kttt-count" aria-live="polite">
          {formatNumber(shown)} dòng{copied ? ' — đã chép vùng chọn, dán được vào Excel' : ''}
        </span>
        {csvName && (
          <button type="button" className="secondary" onClick={() => api.current?.exportDataAsCsv({ fileName: `${csvName}.csv` })}>
            Lưu danh sách (CSV)
          </button>
        )}
      </div>
      <div className={className ?? 'insp-grid'}>
        <AgGridReact<T>
          theme={GRID_THEME}
          localeText={GRID_LOCALE}
          rowData={rows as T[]}
          columnDefs={columnDefs}
          defaultColDef={DEFAULT_COL as ColDef<T>}
          quickFilterText={quickFilter ?? ''}
          onGridReady={(e) => {
            api.current = e.api;
            selection.syncColumns();
            setShown(e.api.getDisplayedRowCount());
          }}
          onRowDataUpdated={(e) => {
            selection.reset();
            setShown(e.api.getDisplayedRowCount());
          }}
          onModelUpdated={(e) => setShown(e.api.getDisplayedRowCount())}
          onCellFocused={(e) => {
            setCopied(false);
            selection.onFocused(e.rowIndex ?? null, typeof e.column === 'object' && e.column ? e.column.getColId() : null);
          }}
          onSortChanged={() => selection.reset()}
          onFilterChanged={() => selection.reset()}
          onDisplayedColumnsChanged={() => selection.reset()}
          onRowDoubleClicked={(e) => {
            if (onOpen && e.data) onOpen(e.data);
          }}
        />
      </div>
    </div>
  );
}
