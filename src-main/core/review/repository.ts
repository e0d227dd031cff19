import type { Db } from '../db/types.ts';

/** SQL of "Cần xem lại": the cells imports flagged, and the clerk's remembered readings of free texts. */

export async function countOpen(db: Db): Promise<number> {
  const r = await db
    .selectFrom('review_flags')
    .select(db.fn.countAll<number>().as('n'))
    .where('resolved_at', 'is', null)
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

/** Open flags grouped by field and text, the largest groups first; of one import when `batchId` is given. */
export function openGroups(db: Db, batchId?: number) {
  let q = db
    .selectFrom('review_flags')
    .select([
      'entity',
      'field',
      'text_key',
      db.fn.min('raw_text').as('raw_text'),
      db.fn.min('reason').as('reason'),
      db.fn.countAll<number>().as('n'),
    ])
    .where('resolved_at', 'is', null);
  if (batchId !== undefined) q = q.where('batch_id', '=', batchId);
  return q.groupBy(['entity', 'field', 'text_key']).orderBy('n', 'desc').orderBy('field').orderBy('text_key').execute();
}

export interface FlagFilter {
  entity?: string;
  field?: string;
  textKey?: string;
  batchId?: number;
  ids?: readonly number[];
}

/** Open flags, with the organization's name and the file they came from. */
export function openFlags(db: Db, filter: FlagFilter, limit = 100_000) {
  let q = db
    .selectFrom('review_flags as f')
    .leftJoin('organizations as o', 'o.id', 'f.organization_id')
    .leftJoin('import_batches as b', 'b.id', 'f.batch_id')
    .selectAll('f')
    .select(['o.name as org_name', 'b.file_name'])
    .where('f.resolved_at', 'is', null);
  if (filter.entity !== undefined) q = q.where('f.entity', '=', filter.entity);
  if (filter.field !== undefined) q = q.where('f.field', '=', filter.field);
  if (filter.textKey !== undefined) q = q.where('f.text_key', '=', filter.textKey);
  if (filter.batchId !== undefined) q = q.where('f.batch_id', '=', filter.batchId);
  if (filter.ids !== undefined) q = q.where('f.id', 'in', [...filter.ids]);
  return q.orderBy('f.id').limit(limit).execute();
}
export type OpenFlag = Awaited<ReturnType<typeof openFlags>>[number];

export async function resolveFlags(db: Db, ids: readonly number[], at: string, who: string, resolution: string): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('review_flags')
    .set({ resolved_at: at, resolved_by: who, resolution })
    .where('id', 'in', [...ids])
    .execute();
}

export async function rememberAlias(
  db: Db,
  a: { field: string; textKey: string; raw: string; value: string; at: string; who: string },
): Promise<void> {
  await db
    .insertInto('vocabulary_aliases')
    .values({ field: a.field, text_key: a.textKey, raw_text: a.raw, value: a.value, created_at: a.at, created_by: a.who })
    .onConflict((oc) =>
      oc.columns(['field', 'text_key']).doUpdateSet({ raw_text: a.raw, value: a.value, created_at: a.at, created_by: a.who }),
    )
    .execute();
}

/** Closes the open flags of the given fields of one row: the clerk has now given those cells a value. */
export async function resolveFlagsOfRow(
  db: Db,
  row: { entity: string; entityId: number; fields: readonly string[] },
  at: string,
  who: string,
): Promise<void> {
  if (row.fields.length === 0) return;
  await db
    .updateTable('review_flags')
    .set({ resolved_at: at, resolved_by: who, resolution: '"edited"' })
    .where('entity', '=', row.entity)
    .where('entity_id', '=', row.entityId)
    .where('field', 'in', [...row.fields])
    .where('resolved_at', 'is', null)
    .execute();
}
