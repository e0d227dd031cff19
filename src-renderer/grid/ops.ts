/**
 * From cell edits to registry ops. A saved row's edits become one `update` (and, on the organizations
 * grid, one `upsertFigures` for the chosen year's figure columns); a draft row becomes one `create` with
 * all its values. Each planned op remembers which column each of its fields came from, so the core's
 * fieldErrors land on the right cells, and what the cells held before, for undo. Pure.
 */
import type { RegistryOp } from '../../src-main/contract/index.ts';
import type { CellValue } from '../../src-main/contract/fields.ts';
import type { GridField, GridRow } from './types.ts';
import type { Before } from './undo.ts';
import { isBlankValue } from '../../src-main/contract/fields.ts';

export interface PlannedOp {
  op: RegistryOp;
  rowKey: string;
  /** Field key of the op → column id of the grid. */
  colOf: Record<string, string>;
  before: Before;
}

export interface RowPlan {
  ops: PlannedOp[];
  /** Figure cells of a draft row: sent once the row exists and has an id. */
  deferredFigures: Record<string, CellValue>;
}

/**
 * Ops for one row. `before` is the row as it was, `after` its cells with the edits applied and
 * `changed` the column ids that changed.
 */
export function planRow(
  before: GridRow,
  after: Readonly<Record<string, CellValue>>,
  changed: readonly string[],
  fields: ReadonlyMap<string, GridField>,
  figureYear: number | undefined,
): RowPlan {
  const ops: PlannedOp[] = [];
  const deferredFigures: Record<string, CellValue> = {};
  if (before.id === null) {
    const values: Record<string, CellValue> = {};
    const colOf: Record<string, string> = {};
    for (const [colId, field] of fields) {
      const v = after[colId];
      if (field.spec.readOnly || isBlankValue(v) || v === undefined) continue;
      if (field.target === 'figures') deferredFigures[colId] = v;
      else {
        values[field.spec.key] = v;
        colOf[field.spec.key] = colId;
      }
    }
    ops.push({ op: { kind: 'create', tempId: before.key, values }, rowKey: before.key, colOf, before: {} });
    return { ops, deferredFigures };
  }
  const row = { changes: {} as Record<string, CellValue>, before: {} as Before, colOf: {} as Record<string, string> };
  const fig = { changes: {} as Record<string, CellValue>, before: {} as Before, colOf: {} as Record<string, string> };
  for (const colId of changed) {
    const field = fields.get(colId);
    if (!field || field.spec.readOnly) continue;
    const key = field.spec.key;
    const part = field.target === 'figures' ? fig : row;
    part.changes[key] = after[colId] ?? null;
    part.before[key] = before.cells[colId] ?? null;
    part.colOf[key] = colId;
  }
  const rowChanges = row.changes;
  const figChanges = fig.changes;
  if (Object.keys(rowChanges).length) {
    ops.push({ op: { kind: 'update', id: before.id, changes: rowChanges }, rowKey: before.key, colOf: row.colOf, before: row.before });
  }
  if (Object.keys(figChanges).length && figureYear !== undefined) {
    ops.push({
      op: { kind: 'upsertFigures', organizationId: before.id, year: figureYear, period: 'Y', changes: figChanges },
      rowKey: before.key,
      colOf: fig.colOf,
      before: fig.before,
    });
  }
  return { ops, deferredFigures };
}

/** The figures of a row that has just been created, keyed by field. */
export function figureOp(
  rowKey: string,
  organizationId: number,
  year: number,
  cells: Readonly<Record<string, CellValue>>,
  fields: ReadonlyMap<string, GridField>,
): PlannedOp | null {
  const changes: Record<string, CellValue> = {};
  const colOf: Record<string, string> = {};
  const before: Before = {};
  for (const [colId, v] of Object.entries(cells)) {
    const field = fields.get(colId);
    if (!field || field.target !== 'figures') continue;
    changes[field.spec.key] = v;
    colOf[field.spec.key] = colId;
    before[field.spec.key] = null;
  }
  if (!Object.keys(changes).length) return null;
  return { op: { kind: 'upsertFigures', organizationId, year, period: 'Y', changes }, rowKey, colOf, before };
}
