/**
 * Undo and redo of SAVED edits. Each step holds the ops that undo it and the ops that do it again, both
 * sent through registry.apply like any edit, so an undo is itself validated, audited and broadcast.
 * A paste, a fill or a clear of many cells is one step. Pure: no grid, no network.
 */
import type { OpResult, RegistryOp } from '../../src-main/contract/index.ts';
import type { GridEntity } from './types.ts';
import type { CellValue } from '../../src-main/contract/fields.ts';

/** Ops for one entity, sent in one registry.apply call. */
export interface OpBatch {
  entity: GridEntity;
  ops: RegistryOp[];
}

export interface UndoStep {
  /** Vietnamese, for the buttons' tooltips and messages: "Dán 15 ô". */
  label: string;
  undo: OpBatch[];
  redo: OpBatch[];
}

const LIMIT = 200;

export class UndoStack {
  private readonly done: UndoStep[] = [];
  private readonly undone: UndoStep[] = [];

  /** A new edit: it can be undone, and whatever was undone before can no longer be redone. */
  record(step: UndoStep): void {
    if (step.undo.length === 0) return;
    this.done.push(step);
    if (this.done.length > LIMIT) this.done.shift();
    this.undone.length = 0;
  }

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  peekUndo(): UndoStep | undefined {
    return this.done[this.done.length - 1];
  }

  peekRedo(): UndoStep | undefined {
    return this.undone[this.undone.length - 1];
  }

  /** Takes the step to undo; the caller reports back with undoApplied or drops it if the core refused. */
  takeUndo(): UndoStep | undefined {
    return this.done.pop();
  }

  takeRedo(): UndoStep | undefined {
    return this.undone.pop();
  }

  /** The undo went through: the step can now be redone. */
  undoApplied(step: UndoStep): void {
    this.undone.push(step);
  }

  /** The redo went through: the step can be undone again (without clearing the other redo steps). */
  redoApplied(step: UndoStep): void {
    this.done.push(step);
  }

  clear(): void {
    this.done.length = 0;
    this.undone.length = 0;
  }
}

/** What a cell held before an op changed it, by field key; for creates and deletes nothing is needed. */
export type Before = Record<string, CellValue>;

/**
 * The op that undoes `op` and the op that redoes it, given the core's answer. A created row is undone by
 * deleting it (soft) and redone by restoring the same row, so its id, audit trail and links survive.
 * Null when the op failed: nothing was saved, so there is nothing to undo.
 */
export function inverseOf(op: RegistryOp, result: OpResult, before: Before): { undo: RegistryOp; redo: RegistryOp } | null {
  if (!result.ok) return null;
  switch (op.kind) {
    case 'update': {
      const old: Record<string, CellValue> = {};
      for (const key of Object.keys(op.changes)) old[key] = before[key] ?? null;
      return { undo: { kind: 'update', id: op.id, changes: old }, redo: op };
    }
    case 'create':
      return { undo: { kind: 'delete', id: result.id }, redo: { kind: 'restore', id: result.id } };
    case 'delete':
      return { undo: { kind: 'restore', id: op.id }, redo: op };
    case 'restore':
      return { undo: { kind: 'delete', id: op.id }, redo: op };
    case 'upsertFigures': {
      const old: Record<string, CellValue> = {};
      for (const key of Object.keys(op.changes)) old[key] = before[key] ?? null;
      return { undo: { ...op, changes: old }, redo: op };
    }
  }
}

/**
 * The undo step of one saved batch: inverses in reverse order (the last change is undone first), redo ops
 * in the original order. `befores[i]` belongs to `ops[i]`.
 */
export function stepOf(
  label: string,
  entity: GridEntity,
  ops: readonly RegistryOp[],
  results: readonly OpResult[],
  befores: readonly Before[],
): UndoStep {
  const undo: RegistryOp[] = [];
  const redo: RegistryOp[] = [];
  ops.forEach((op, i) => {
    const result = results[i];
    if (!result) return;
    const inv = inverseOf(op, result, befores[i] ?? {});
    if (!inv) return;
    undo.unshift(inv.undo);
    redo.push(inv.redo);
  });
  return { label, undo: undo.length ? [{ entity, ops: undo }] : [], redo: redo.length ? [{ entity, ops: redo }] : [] };
}
