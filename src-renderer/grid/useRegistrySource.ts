import { useCallback, useEffect, useRef, useState } from 'react';
import type { OpResult, Result } from '../../src-main/contract/index.ts';
import { isRegistryEntity } from '../../src-main/contract/fields.ts';
import { client } from '../api/client.ts';
import { EchoFilter } from './echo.ts';
import type { ApplyFn, GridRow } from './types.ts';

export interface RegistrySource {
  rows: GridRow[] | undefined;
  error: string | undefined;
  apply: ApplyFn;
  reload(): void;
}

/**
 * Loads a registry list for a grid, reloads it when another view or window changes the registry (or a
 * backup is restored, or an import is committed), and sends the grid's edits.
 * `key` names what is loaded (method and input); a new key loads anew.
 */
export function useRegistrySource<T>(key: string, load: () => Promise<Result<T[]>>, toRow: (item: T) => GridRow): RegistrySource {
  const [state, setState] = useState<{ rows?: GridRow[]; error?: string }>({});
  const echo = useRef(new EchoFilter());
  const loadRef = useRef(load);
  loadRef.current = load;
  const toRowRef = useRef(toRow);
  toRowRef.current = toRow;
  const seq = useRef(0);

  const reload = useCallback(() => {
    const mine = ++seq.current;
    void loadRef.current().then((r) => {
      if (mine !== seq.current) return; // a newer load is on its way
      setState(r.ok ? { rows: r.value.map((v) => toRowRef.current(v)) } : { error: r.error.message });
    });
  }, []);

  useEffect(() => {
    setState({});
    reload();
  }, [key, reload]);

  useEffect(
    () =>
      client.onEvent('data.changed', (p) => {
        if (p.area !== 'registry' && p.area !== 'imports' && p.area !== 'database') return;
        if (p.area === 'registry' && echo.current.consume()) return;
        reload();
      }),
    [reload],
  );

  const apply = useCallback<ApplyFn>(async (batch) => {
    const entity = batch.entity;
    if (entity === 'bcd' || !isRegistryEntity(entity))
      return batch.ops.map((): OpResult => ({ ok: false, message: 'Bảng này không thuộc sổ đăng ký.', fieldErrors: {} }));
    const token = echo.current.begin();
    const r = await client.call('registry.apply', { entity, ops: batch.ops });
    if (!r.ok) {
      echo.current.end(token, false);
      return batch.ops.map((): OpResult => ({ ok: false, message: r.error.message, fieldErrors: {} }));
    }
    echo.current.end(
      token,
      r.value.results.some((x) => x.ok),
    );
    return r.value.results;
  }, []);

  return { rows: state.rows, error: state.error, apply, reload };
}
