/**
 * What a clerk arranges stays arranged: column order, width and visibility, and the money unit, per
 * grid, in localStorage. Sort and filters are not kept: opening a grid shows every row in its order.
 */
import type { ColumnState } from 'ag-grid-community';
import type { MoneyUnit } from '../../src-main/shared/vn-money.ts';

const PREFIX = 'kttt.grid.';

export interface SavedLayout {
  columns: Pick<ColumnState, 'colId' | 'width' | 'hide' | 'pinned'>[];
  unit?: MoneyUnit;
}

function read(gridId: string): SavedLayout | null {
  try {
    const raw = localStorage.getItem(PREFIX + gridId);
    if (!raw) return null;
    const v = JSON.parse(raw) as unknown;
    if (typeof v !== 'object' || v === null || !Array.isArray((v as SavedLayout).columns)) return null;
    return v as SavedLayout;
  } catch {
    return null; // a damaged entry only loses the layout
  }
}

export function loadLayout(gridId: string): SavedLayout | null {
  return read(gridId);
}

export function saveColumns(gridId: string, state: readonly ColumnState[]): void {
  const prev = read(gridId);
  const columns = state.map((c) => ({ colId: c.colId, width: c.width, hide: c.hide, pinned: c.pinned }));
  localStorage.setItem(PREFIX + gridId, JSON.stringify({ ...prev, columns }));
}

export function saveUnit(gridId: string, unit: MoneyUnit): void {
  const prev = read(gridId) ?? { columns: [] };
  localStorage.setItem(PREFIX + gridId, JSON.stringify({ ...prev, unit }));
}

export function forgetLayout(gridId: string): void {
  localStorage.removeItem(PREFIX + gridId);
}
