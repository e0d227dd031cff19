/**
 * A list of the BCĐ's workspace as rows of the shared grid: loaded, reloaded when the BCĐ's data, the registry
 * or an import changes (the grid's own saves excepted), and the grid's edits sent through the list's own
 * calls — a create, an update of the whole item (the grid sends only the cells that changed), a delete and
 * the restore its undo asks for. A refusal comes back on the cells the core named.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CellValue } from '../../../src-main/contract/fields.ts';
import type { ApiError, OpResult, RegistryOp, Result } from '../../../src-main/contract/index.ts';
import { client } from '../../api/client.ts';
import { EchoFilter, gridServices, keyOfId, type ApplyFn, type GridRow } from '../../grid/index.ts';

export type Cells = Record<string, CellValue>;

export interface ListSource {
  rows: GridRow[] | undefined;
  error: string | undefined;
  apply: ApplyFn;
}

/** How one list is read, written and shown as cells. */
export interface ListIo<T extends { id: number }> {
  load(): Promise<Result<T[]>>;
  cells(item: T): Cells;
  save(id: number | undefined, cells: Cells): Promise<Result<T>>;
  remove(id: number): Promise<Result<unknown>>;
  restore(id: number): Promise<Result<unknown>>;
  /** The list names organizations: typed or pasted names are looked up in the directory. */
  names?: boolean;
}

export const str = (v: CellValue | undefined): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);
export const num = (v: CellValue | undefined): number | null => (typeof v === 'number' ? v : null);

/** A refusal as the grid shows it: the message, and each cell's own message where the core named the cell. */
function refused(error: ApiError, op: RegistryOp): OpResult {
  const details = Array.isArray(error.details) ? (error.details as { path?: unknown; message?: unknown }[]) : [];
  const fieldErrors: Record<string, string> = {};
  for (const d of details) if (typeof d.path === 'string' && typeof d.message === 'string') fieldErrors[d.path] = d.message;
  return {
    ok: false,
    message: error.message,
    fieldErrors,
    ...(op.kind === 'create' ? { tempId: op.tempId } : 'id' in op ? { id: op.id } : {}),
  };
}

async function applyOne<T extends { id: number }>(io: ListIo<T>, known: Map<number, Cells>, op: RegistryOp): Promise<OpResult> {
  let r: Result<unknown>;
  switch (op.kind) {
    case 'create':
      r = await io.save(undefined, op.values);
      break;
    case 'update':
      r = await io.save(op.id, { ...known.get(op.id), ...op.changes });
      break;
    case 'delete':
      r = await io.remove(op.id);
      break;
    case 'restore':
      r = await io.restore(op.id);
      break;
    default:
      return { ok: false, message: 'Thao tác này không dùng cho bảng hỗ trợ.', fieldErrors: {} };
  }
  if (!r.ok) return refused(r.error, op);
  const saved = r.value as Partial<T>;
  const id = typeof saved.id === 'number' ? saved.id : 'id' in op ? op.id : 0;
  if ((op.kind === 'create' || op.kind === 'update') && typeof saved.id === 'number') known.set(id, io.cells(saved as T));
  return { ok: true, id, row: null, ...(op.kind === 'create' ? { tempId: op.tempId } : {}) };
}

/** `io` must keep its identity while its list stays the same (made with useMemo): a new one loads anew. */
export function useListSource<T extends { id: number }>(io: ListIo<T>): ListSource {
  const [state, setState] = useState<{ rows?: GridRow[]; error?: string }>({});
  const known = useRef(new Map<number, Cells>());
  const seq = useRef(0);
  const echo = useRef(new EchoFilter());

  const reload = useCallback(() => {
    const mine = ++seq.current;
    void io.load().then((r) => {
      if (mine !== seq.current) return;
      if (!r.ok) return setState({ error: r.error.message });
      known.current = new Map(r.value.map((item) => [item.id, io.cells(item)]));
      setState({ rows: r.value.map((item) => ({ key: keyOfId(item.id), id: item.id, cells: known.current.get(item.id) ?? {} })) });
    });
  }, [io]);

  useEffect(() => {
    setState({});
    reload();
    // Names typed or pasted into the organization column are looked up in the directory.
    if (io.names === true) void gridServices().orgsReady();
  }, [io, reload]);

  useEffect(
    () =>
      client.onEvent('data.changed', (p) => {
        // The grid's own edits are already on screen; other windows' and imports' changes are loaded.
        if (p.area === 'bcd' && echo.current.consume()) return;
        if (p.area === 'bcd' || p.area === 'imports' || p.area === 'database' || p.area === 'registry') reload();
      }),
    [reload],
  );

  const apply = useCallback<ApplyFn>(
    async (batch) => {
      const results: OpResult[] = [];
      for (const op of batch.ops) {
        const token = echo.current.begin();
        const r = await applyOne(io, known.current, op);
        echo.current.end(token, r.ok);
        results.push(r);
      }
      return results;
    },
    [io],
  );

  return { rows: state.rows, error: state.error, apply };
}
