import type { ReactNode } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { ColDef, GetRowIdParams } from 'ag-grid-community';
import { GridToolbar } from './GridToolbar.tsx';
import { GRID_LOCALE, GRID_THEME, setupAgGrid } from './setup.ts';
import type { GridRow } from './types.ts';
import { useRegistryGrid, type RegistryGridInput } from './useRegistryGrid.ts';
import './grid.css';

export interface RegistryGridProps extends RegistryGridInput {
  /** Name of the table for screen readers and messages: "Tổ chức KTTT". */
  label: string;
  loadError?: string | undefined;
  toolbarExtra?: ReactNode;
}

setupAgGrid();

const DEFAULT_COL_DEF: ColDef<GridRow> = { sortable: true, resizable: true };
const rowIdOf = (p: GetRowIdParams<GridRow>) => p.data.key;
/** What an empty grid says: how rows get in, with the way there. */
function EmptyGrid() {
  return (
    <div className="kttt-grid-empty" role="note">
      <p>Chưa có dòng nào.</p>
      <p>
        Bấm <strong>Thêm dòng</strong> rồi gõ, dán một bảng từ Excel (Ctrl+V), hoặc <a href="#/nhap">nhập bảng tính cũ</a>. Phím tắt:{' '}
        <a href="#/huong-dan/bang">Hướng dẫn</a> (F1).
      </p>
    </div>
  );
}

const HELP =
  'Gõ để sửa ô, Enter xuống dòng, Tab sang phải; Ctrl+C / Ctrl+V chép – dán với Excel; Ctrl+Z hoàn tác; Ctrl+D điền xuống; F1 hướng dẫn.';

/**
 * The registry grid: columns and editors from the field specs, Excel habits, optimistic saving through
 * onApply, undo/redo, search, filters and a remembered layout. Every registry page uses it. This file
 * only draws; useRegistryGrid holds the state and the handlers.
 */
export function RegistryGrid(props: RegistryGridProps) {
  const grid = useRegistryGrid(props);
  const { status } = grid;
  return (
    <div className="kttt-grid" ref={grid.rootRef}>
      <GridToolbar label={props.label} extra={props.toolbarExtra} {...grid.toolbar} />
      {props.loadError && <p className="error-text">{props.loadError}</p>}
      <div className="kttt-grid-body" aria-label={`Bảng ${props.label}`}>
        <AgGridReact<GridRow>
          theme={GRID_THEME}
          localeText={GRID_LOCALE}
          columnDefs={grid.columnDefs}
          defaultColDef={DEFAULT_COL_DEF}
          getRowId={rowIdOf}
          readOnlyEdit
          enterNavigatesVertically
          enterNavigatesVerticallyAfterEdit
          stopEditingWhenCellsLoseFocus
          maintainColumnOrder
          suppressDragLeaveHidesColumns
          animateRows={false}
          tooltipShowDelay={300}
          loading={props.rows === undefined && !props.loadError}
          noRowsOverlayComponent={EmptyGrid}
          {...grid.events}
        />
      </div>
      <div className={`kttt-grid-status ${status ? `is-${status.kind}` : ''}`} role="status" aria-live="polite">
        {status?.text ?? HELP}
      </div>
      <textarea ref={grid.copyRef} className="kttt-clipboard" tabIndex={-1} aria-hidden="true" readOnly />
      <textarea ref={grid.pasteRef} className="kttt-clipboard" tabIndex={-1} aria-hidden="true" />
    </div>
  );
}
