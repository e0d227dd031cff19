import { describe, expect, it } from 'vitest';
import type { GridApi, RowDataTransaction } from 'ag-grid-community';
import type { OpResult, RegistryOp, RegistryRow } from '../../src-main/contract/index.ts';
import { ORG_FIELDS, type CellValue } from '../../src-main/contract/fields.ts';
import { GridController, type StatusMessage } from '../../src-renderer/grid/controller.ts';
import type { GridAdapter, GridRow } from '../../src-renderer/grid/types.ts';
import type { OpBatch } from '../../src-renderer/grid/undo.ts';

/** Just enough of AG Grid's API for the controller: the rows it was given, by key. */
function fakeApi() {
  const rows = new Map<string, GridRow>();
  const api = {
    rows,
    setGridOption(_: 'rowData', data: GridRow[]) {
      rows.clear();
      for (const r of data) rows.set(r.key, r);
    },
    applyTransaction(t: RowDataTransaction<GridRow>) {
      for (const r of t.remove ?? []) rows.delete(r.key);
      for (const r of [...(t.update ?? []), ...(t.add ?? [])]) rows.set(r.key, r);
      return null;
    },
    getRowNode: (key: string) => (rows.has(key) ? { data: rows.get(key), updateData: (r: GridRow) => rows.set(r.key, r) } : undefined),
    refreshCells: () => undefined,
    getEditingCells: () => [],
  };
  return api;
}

/** A tiny stand-in core: keeps rows by id, refuses duplicate codes, answers like registry.apply. */
function fakeCore() {
  const store = new Map<number, Record<string, CellValue>>();
  const deleted = new Set<number>();
  const calls: OpBatch[] = [];
  let nextId = 100;
  /** The fake answers with its stored values; the adapter below reads them back as cells. */
  const rowOf = (id: number) => ({ id, ...store.get(id) }) as unknown as RegistryRow;
  const apply = async (batch: OpBatch): Promise<OpResult[]> => {
    calls.push(batch);
    return batch.ops.map((op: RegistryOp): OpResult => {
      if (op.kind === 'update') {
        const dup = op.changes.regCode === 'DUP';
        if (dup) return { ok: false, id: op.id, message: 'Mã số HTX đã có.', fieldErrors: { regCode: 'Mã số HTX đã có.' } };
        store.set(op.id, { ...store.get(op.id), ...op.changes });
        return { ok: true, id: op.id, row: rowOf(op.id) };
      }
      if (op.kind === 'create') {
        if (op.values.regCode === 'DUP')
          return { ok: false, tempId: op.tempId, message: 'Mã số HTX đã có.', fieldErrors: { regCode: 'Mã số HTX đã có.' } };
        if (!op.values.name)
          return {
            ok: false,
            tempId: op.tempId,
            message: 'Tên: không được để trống.',
            fieldErrors: { name: 'Tên tổ chức: không được để trống.' },
          };
        const id = nextId++;
        store.set(id, { ...op.values });
        return { ok: true, id, tempId: op.tempId, row: rowOf(id) };
      }
      if (op.kind === 'delete') {
        deleted.add(op.id);
        return { ok: true, id: op.id, row: null };
      }
      if (op.kind === 'restore') {
        deleted.delete(op.id);
        return { ok: true, id: op.id, row: rowOf(op.id) };
      }
      return { ok: false, message: 'không hỗ trợ', fieldErrors: {} };
    });
  };
  return { store, deleted, calls, apply };
}

const adapter: GridAdapter = {
  entity: 'organizations',
  gridId: 'test',
  fields: ORG_FIELDS.map((spec) => ({ colId: spec.key, spec })),
  defaults: { type: 'HTX', status: 'dang_hoat_dong' },
  fromServer: (r, current) => {
    const { id, ...cells } = r as unknown as { id: number } & Record<string, CellValue>;
    return { key: current?.key ?? `id:${String(id)}`, id, cells: { ...current?.cells, ...cells } };
  },
};

function setup() {
  const core = fakeCore();
  core.store.set(1, { name: 'HTX A', regCode: '111', type: 'HTX', status: 'dang_hoat_dong' });
  const messages: StatusMessage[] = [];
  const c = new GridController(adapter, { apply: core.apply, status: (m) => messages.push(m), changed: () => undefined });
  const api = fakeApi();
  c.api = api as unknown as GridApi<GridRow>;
  c.setServerRows([{ key: 'id:1', id: 1, cells: { name: 'HTX A', regCode: '111', type: 'HTX', status: 'dang_hoat_dong' } }]);
  return { core, c, api, messages };
}

describe('the grid controller', () => {
  it('shows an edit at once, saves it, and undoes and redoes it through the core', async () => {
    const { core, c, api } = setup();
    const saving = c.commit([{ rowKey: 'id:1', colId: 'name', value: 'HTX B' }], [], 'Sửa tên');
    expect(api.rows.get('id:1')?.cells.name).toBe('HTX B');
    expect(c.isPending('id:1', 'name')).toBe(true);
    await saving;
    expect(c.isPending('id:1', 'name')).toBe(false);
    expect(core.store.get(1)?.name).toBe('HTX B');
    await c.undoLast();
    expect(core.store.get(1)?.name).toBe('HTX A');
    expect(api.rows.get('id:1')?.cells.name).toBe('HTX A');
    await c.redoLast();
    expect(core.store.get(1)?.name).toBe('HTX B');
  });

  it('rolls back a refused edit and puts the reason on the cell', async () => {
    const { c, api, messages } = setup();
    await c.commit([{ rowKey: 'id:1', colId: 'regCode', value: 'DUP' }], [], 'Sửa mã');
    expect(api.rows.get('id:1')?.cells.regCode).toBe('111');
    expect(c.errorAt('id:1', 'regCode')).toBe('Mã số HTX đã có.');
    expect(messages.at(-1)?.kind).toBe('error');
    expect(c.undo.canUndo).toBe(false);
  });

  it('pastes new rows as one step; one undo deletes them all and redo restores the same rows', async () => {
    const { core, c, api } = setup();
    await c.commit([{ rowKey: 'id:1', colId: 'name', value: 'HTX A1' }], [{ name: 'HTX C' }, { name: 'HTX D' }], 'Dán 3 ô');
    expect([...api.rows.values()].map((r) => r.cells.name)).toEqual(['HTX A1', 'HTX C', 'HTX D']);
    expect([...api.rows.values()].every((r) => r.id !== null)).toBe(true);
    expect(core.calls).toHaveLength(1);
    await c.undoLast();
    expect(core.calls).toHaveLength(2);
    expect(core.deleted).toEqual(new Set([100, 101]));
    expect([...api.rows.values()].map((r) => r.cells.name)).toEqual(['HTX A']);
    await c.redoLast();
    expect(core.deleted.size).toBe(0);
    expect(api.rows.size).toBe(3);
  });

  it('keeps a new row without its required cells as a marked draft; the edit that completes it creates it once', async () => {
    const { core, c, api, messages } = setup();
    await c.commit([], [{ regCode: '222' }], 'Dán 1 ô');
    const draft = [...api.rows.values()].find((r) => r.id === null);
    expect(draft?.cells.regCode).toBe('222');
    expect(draft && c.errorAt(draft.key, 'name')).toBe('Cần nhập “Tên tổ chức” để lưu dòng mới.');
    expect(core.calls).toHaveLength(0);
    expect(messages.at(-1)).toEqual({ kind: 'info', text: 'Dòng mới chưa được lưu: còn thiếu “Tên tổ chức”.' });
    if (!draft) return;
    // Two quick edits of the draft: the first creates it, the second updates the created row.
    const first = c.commit([{ rowKey: draft.key, colId: 'name', value: 'HTX E' }], [], 'Sửa tên');
    const second = c.commit([{ rowKey: draft.key, colId: 'shortName', value: 'E' }], [], 'Sửa tên tắt');
    await Promise.all([first, second]);
    const creates = core.calls.flatMap((b) => b.ops).filter((o) => o.kind === 'create');
    expect(creates).toHaveLength(1);
    expect(c.errorAt(draft.key, 'name')).toBeUndefined();
    expect(api.rows.get(draft.key)?.id).toBe(100);
    expect(core.store.get(100)).toMatchObject({ name: 'HTX E', shortName: 'E', regCode: '222' });
  });

  it('keeps a new row the core refuses as a draft, with the reason on the cell', async () => {
    const { c, api } = setup();
    await c.commit([], [{ name: 'HTX F', regCode: 'DUP' }], 'Dán 2 ô');
    const row = [...api.rows.values()].find((r) => r.cells.name === 'HTX F');
    expect(row?.id).toBeNull();
    expect(row?.cells.regCode).toBe('DUP');
    expect(row && c.errorAt(row.key, 'regCode')).toBe('Mã số HTX đã có.');
    expect(c.undo.canUndo).toBe(false);
  });

  it('does not let an earlier answer overwrite a later edit of the same cell still on its way', async () => {
    const { c, api } = setup();
    const a = c.commit([{ rowKey: 'id:1', colId: 'name', value: 'Một' }], [], 'a');
    const b = c.commit([{ rowKey: 'id:1', colId: 'name', value: 'Hai' }], [], 'b');
    await a;
    expect(api.rows.get('id:1')?.cells.name).toBe('Hai');
    await b;
    expect(api.rows.get('id:1')?.cells.name).toBe('Hai');
  });

  it('deletes rows softly and brings them back with undo', async () => {
    const { core, c, api } = setup();
    await c.deleteRows(['id:1']);
    expect(api.rows.size).toBe(0);
    expect(core.deleted.has(1)).toBe(true);
    await c.undoLast();
    expect(api.rows.get('id:1')?.cells.name).toBe('HTX A');
  });
});
