import type { Entity, OpResult, RegistryRow, SupportEntity } from '../../src-main/contract/index.ts';
import type { CellValue, FieldSpec } from '../../src-main/contract/fields.ts';
import type { OpBatch } from './undo.ts';

/**
 * One row as the grid holds it: stored values by column id. A row typed or pasted but not yet accepted by
 * the core has id null (a draft); its key stays the same once it is saved, so AG Grid keeps its node.
 */
export interface GridRow {
  readonly key: string;
  readonly id: number | null;
  readonly cells: Readonly<Record<string, CellValue>>;
}

/** A column: a field of contract/fields.ts, shown under a column id. */
export interface GridField {
  readonly colId: string;
  readonly spec: FieldSpec;
  /**
   * 'figures': a yearly figure shown on the organizations grid; edits go out as upsertFigures ops for
   * the grid's chosen year. The op's field key is spec.key, the column id is different ("fig.revenue").
   */
  readonly target?: 'figures';
  readonly width?: number;
  readonly pinned?: boolean;
  /** Hidden until the clerk shows it from the "Cột" menu. */
  readonly hidden?: boolean;
}

/** Sends ops through registry.apply; answers one result per op (a transport failure fails them all). */
export type ApplyFn = (batch: OpBatch) => Promise<OpResult[]>;

/** What a grid edits: a registry entity, or a list of the BCĐ's workspace (its own ApplyFn sends the edits). */
export type GridEntity = Entity | SupportEntity | 'bcd';

/** How a page's entity maps onto grid rows. */
export interface GridAdapter {
  readonly entity: GridEntity;
  /** localStorage key of the column layout and money unit. */
  readonly gridId: string;
  readonly fields: readonly GridField[];
  /** A row the core sent back (after an edit, an undo or a restore); null when it is not this grid's. */
  fromServer(row: RegistryRow, current: GridRow | undefined): GridRow | null;
  /** Values a new row starts with (shown in its cells, sent with its create). */
  readonly defaults?: Readonly<Record<string, CellValue>>;
  /** The figures year for 'figures' columns. */
  readonly figureYear?: number;
  /**
   * A row already in the grid that a row not yet saved would duplicate once `colId` takes `value` (the
   * figures sheet: an organization that already has a row in the year), with what to tell the clerk; the
   * grid then goes to that row instead of saving a duplicate.
   */
  existingRowFor?(row: GridRow, colId: string, value: CellValue, rows: Iterable<GridRow>): { row: GridRow; message: string } | null;
}

export type CellKey = string;

export function cellKey(rowKey: string, colId: string): CellKey {
  return `${rowKey}\u0000${colId}`;
}

export function keyOfId(id: number): string {
  return `id:${String(id)}`;
}

/** Column id of the row numbers at the left (not a field). */
export const ROW_NUMBER_COL = '__row';
