import { useCallback, useEffect, useState } from 'react';
import type { EventPayloads, InputOf, MethodName, OutputOf } from '../../src-main/contract/index.ts';
import { client } from './client.ts';

type Area = EventPayloads['data.changed']['area'];

export interface Loaded<T> {
  data: T | undefined;
  error: string | undefined;
  loading: boolean;
  reload(): void;
}

/** Calls a method and keeps its answer; calls again when one of `areas` reports a change. */
export function useApi<M extends MethodName>(method: M, input: InputOf<M>, areas: Area[] = []): Loaded<OutputOf<M>> {
  const [state, setState] = useState<{ data?: OutputOf<M>; error?: string; loading: boolean }>({ loading: true });
  const [tick, setTick] = useState(0);
  const key = JSON.stringify(input);
  const reload = useCallback(() => setTick((t) => t + 1), []);

  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    void client.call(method, JSON.parse(key) as InputOf<M>).then((r) => {
      if (!live) return;
      setState(r.ok ? { data: r.value, loading: false } : { error: r.error.message, loading: false });
    });
    return () => {
      live = false;
    };
  }, [method, key, tick]);

  const areaKey = areas.join(',');
  useEffect(() => {
    if (!areaKey) return;
    const watched = new Set(areaKey.split(','));
    return client.onEvent('data.changed', (p) => {
      if (watched.has(p.area)) reload();
    });
  }, [areaKey, reload]);

  return { data: state.data, error: state.error, loading: state.loading, reload };
}
