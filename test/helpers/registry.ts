import type { CellValue, Entity, OpResult, RegistryOp, Result } from '../../src-main/contract/index.ts';
import type { App } from '../../src-main/core/app.ts';

/** Calls registry.apply and returns its per-op results, failing the test on a transport error. */
export async function apply(app: App, entity: Entity, ops: RegistryOp[]): Promise<OpResult[]> {
  const r = await app.call('registry.apply', { entity, ops });
  if (!r.ok) throw new Error(`registry.apply refused: ${JSON.stringify(r.error)}`);
  return r.value.results;
}

/** Creates one row and returns its id; fails the test if the core refused it. */
export async function createRow(app: App, entity: Entity, values: Record<string, CellValue>): Promise<number> {
  const [r] = await apply(app, entity, [{ kind: 'create', tempId: 't', values }]);
  if (!r?.ok) throw new Error(`create refused: ${JSON.stringify(r)}`);
  return r.id;
}

/** The value of a call's result, failing the test on an error value. */
export async function value<T>(p: Promise<Result<T>>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}
