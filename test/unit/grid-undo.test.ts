import { describe, expect, it } from 'vitest';
import type { OpResult, RegistryOp } from '../../src-main/contract/index.ts';
import { inverseOf, stepOf, UndoStack, type UndoStep } from '../../src-renderer/grid/undo.ts';

const ok = (id: number): OpResult => ({ ok: true, id, row: null });
const refused: OpResult = { ok: false, message: 'Mã số đã có.', fieldErrors: { regCode: 'Mã số đã có.' } };

describe('inverse ops of saved edits', () => {
  it('undoes an update with the old values of exactly the changed fields', () => {
    const op: RegistryOp = { kind: 'update', id: 7, changes: { name: 'Mới', revenue: 0 } };
    expect(inverseOf(op, ok(7), { name: 'Cũ', revenue: null, other: 'x' })).toEqual({
      undo: { kind: 'update', id: 7, changes: { name: 'Cũ', revenue: null } },
      redo: op,
    });
  });

  it('undoes a create by deleting the new row and redoes it by restoring the same row', () => {
    const op: RegistryOp = { kind: 'create', tempId: 'new:1', values: { name: 'HTX A' } };
    expect(inverseOf(op, { ok: true, id: 42, tempId: 'new:1', row: null }, {})).toEqual({
      undo: { kind: 'delete', id: 42 },
      redo: { kind: 'restore', id: 42 },
    });
  });

  it('undoes delete with restore and restore with delete', () => {
    expect(inverseOf({ kind: 'delete', id: 3 }, ok(3), {})?.undo).toEqual({ kind: 'restore', id: 3 });
    expect(inverseOf({ kind: 'restore', id: 3 }, ok(3), {})?.undo).toEqual({ kind: 'delete', id: 3 });
  });

  it('undoes figures of a year with the figures they replaced, blanks included', () => {
    const op: RegistryOp = { kind: 'upsertFigures', organizationId: 5, year: 2024, period: 'Y', changes: { members: 12 } };
    expect(inverseOf(op, ok(99), {})?.undo).toEqual({ ...op, changes: { members: null } });
  });

  it('has nothing to undo for a refused op', () => {
    expect(inverseOf({ kind: 'update', id: 1, changes: { regCode: '1' } }, refused, {})).toBeNull();
  });

  it('makes one step of a paste: undo in reverse order, redo in order, refused ops left out', () => {
    const ops: RegistryOp[] = [
      { kind: 'update', id: 1, changes: { name: 'B' } },
      { kind: 'update', id: 2, changes: { regCode: 'dup' } },
      { kind: 'create', tempId: 'new:1', values: { name: 'C' } },
    ];
    const step = stepOf('Dán 3 ô', 'organizations', ops, [ok(1), refused, ok(10)], [{ name: 'A' }, { regCode: null }, {}]);
    expect(step.undo).toEqual([
      {
        entity: 'organizations',
        ops: [
          { kind: 'delete', id: 10 },
          { kind: 'update', id: 1, changes: { name: 'A' } },
        ],
      },
    ]);
    expect(step.redo).toEqual([{ entity: 'organizations', ops: [ops[0], { kind: 'restore', id: 10 }] }]);
  });
});

describe('the undo stack', () => {
  const step = (label: string): UndoStep => ({ label, undo: [{ entity: 'ocop', ops: [{ kind: 'delete', id: 1 }] }], redo: [] });

  it('undoes last first, redoes what was undone, and a new edit forgets the redo steps', () => {
    const s = new UndoStack();
    s.record(step('a'));
    s.record(step('b'));
    const b = s.takeUndo();
    expect(b?.label).toBe('b');
    if (b) s.undoApplied(b);
    expect(s.canRedo).toBe(true);
    const again = s.takeRedo();
    if (again) s.redoApplied(again);
    expect(s.peekUndo()?.label).toBe('b');
    s.takeUndo();
    s.undoApplied(step('b'));
    s.record(step('c'));
    expect(s.canRedo).toBe(false);
    expect(s.peekUndo()?.label).toBe('c');
  });

  it('ignores a step with nothing to undo (every op was refused)', () => {
    const s = new UndoStack();
    s.record({ label: 'x', undo: [], redo: [] });
    expect(s.canUndo).toBe(false);
  });
});
