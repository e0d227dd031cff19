/**
 * The organizations grid's rows from the core's compact list (registry.organizationGrid): the same rows,
 * key for key, as orgGridRow makes from the full OrgRow list, without 50,000 objects of field names crossing
 * the door first.
 */
import type { OrgGridList } from '../../../src-main/contract/index.ts';
import type { CellValue } from '../../../src-main/contract/fields.ts';
import { unpackColumn, type PackedValue } from '../../../src-main/shared/packed-table.ts';
// The grid's pure modules rather than its index: this file is also read by tests outside a browser.
import type { OrgEntry } from '../../grid/books.ts';
import { FIGURE_PREFIX } from '../../grid/registry-rows.ts';
import { keyOfId, type GridRow } from '../../grid/types.ts';

const FIGURES_COLUMN = 'figures.';

/** The grid's cell key of a column of the list: own fields as they are, figures under the grid's prefix. */
function cellKeyOf(column: string): string {
  return column.startsWith(FIGURES_COLUMN) ? FIGURE_PREFIX + column.slice(FIGURES_COLUMN.length) : column;
}

/** A list shared by many rows of the dictionary is copied, so no row's cell is another row's. */
function cellOf(v: PackedValue): CellValue {
  return Array.isArray(v) ? [...(v as readonly string[])] : (v as CellValue);
}

/** The organization pickers' entry of a grid row. */
export function orgEntryOf(id: number, cells: Readonly<Record<string, CellValue>>): OrgEntry {
  const text = (v: CellValue | undefined) => (typeof v === 'string' ? v : null);
  return { id, name: text(cells.name) ?? '', regCode: text(cells.regCode), type: text(cells.type) ?? '' };
}

export function orgGridRows(list: OrgGridList): GridRow[] {
  const { count, columns } = list.rows;
  const idColumn = columns.id;
  if (!idColumn) return [];
  const ids = unpackColumn(idColumn, count);
  const cellColumns = Object.entries(columns)
    .filter(([key]) => key !== 'id')
    .map(([key, column]) => [cellKeyOf(key), unpackColumn(column, count)] as const);
  const rows = new Array<GridRow>(count);
  for (let i = 0; i < count; i++) {
    const id = ids[i] as number;
    const cells: Record<string, CellValue> = {};
    for (const [key, values] of cellColumns) cells[key] = cellOf(values[i] ?? null);
    rows[i] = { key: keyOfId(id), id, cells };
  }
  return rows;
}
