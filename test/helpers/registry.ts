import type { ApplyResult, CellValue, Entity, OpResult, RegistryOp } from '../../src-main/contract/index.ts';
import type { App } from '../../src-main/core/app.ts';

/** Calls registry.apply and returns its per-op results, failing the test on a transport error. */
export async function apply(app: App, entity: Entity, ops: RegistryOp[]): Promise<OpResult[]> {
  const r = await app.call('registry.apply', { entity, ops });
  if (!r.ok) throw new Error(`registry.apply refused: ${JSON.stringify(r.error)}`);
  return (r.value as ApplyResult).results;
}

/** Creates one row and returns its id; fails the test if the core refused it. */
export async function createRow(app: App, entity: Entity, values: Record<string, CellValue>): Promise<number> {
  const [r] = await apply(app, entity, [{ kind: 'create', tempId: 't', values }]);
  if (!r?.ok) throw new Error(`create refused: ${JSON.stringify(r)}`);
  return r.id;
}

export async function value<T>(p: Promise<{ ok: boolean; value?: unknown; error?: unknown }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value as T;
}
