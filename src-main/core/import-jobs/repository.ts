import { insertMany } from '../db/insert-many.ts';
import type { Db } from '../registry/repository.ts';
import type { ImportChange } from './execute.ts';

/** SQL of the import history: batches, their changes (for undo) and remembered mappings. */
export async function insertBatch(
  db: Db,
  b: { fileName: string; fileHash: string; fileSize: number; sheets: string; counts: string; who: string; at: string },
): Promise<number> {
  const r = await db
    .insertInto('import_batches')
    .values({ file_name: b.fileName, file_hash: b.fileHash, file_size: b.fileSize, sheets: b.sheets, counts: b.counts, status: 'committed', who: b.who, committed_at: b.at, undone_at: null })
    .executeTakeFirstOrThrow();
  return Number(r.insertId);
}

export async function insertChanges(db: Db, batchId: number, changes: readonly ImportChange[]): Promise<void> {
  const rows = changes.map((c) => [batchId, c.entity, c.entityId, c.action, c.before === null ? null : JSON.stringify(c.before), JSON.stringify(c.after)]);
  await insertMany(db, 'import_changes', ['batch_id', 'entity', 'entity_id', 'action', 'before', 'after'], rows);
}

export function listBatches(db: Db) {
  return db.selectFrom('import_batches').selectAll().orderBy('id', 'desc').execute();
}

export function getBatch(db: Db, id: number) {
  return db.selectFrom('import_batches').selectAll().where('id', '=', id).executeTakeFirst();
}

export function committedBatchWithHash(db: Db, hash: string) {
  return db.selectFrom('import_batches').select(['id', 'committed_at']).where('file_hash', '=', hash).where('status', '=', 'committed').orderBy('id', 'desc').executeTakeFirst();
}

export function changesOf(db: Db, batchId: number) {
  return db.selectFrom('import_changes').selectAll().where('batch_id', '=', batchId).orderBy('id', 'desc').execute();
}

export async function markUndone(db: Db, batchId: number, at: string): Promise<void> {
  await db.updateTable('import_batches').set({ status: 'undone', undone_at: at }).where('id', '=', batchId).execute();
}

/** Every remembered mapping by header shape (a few rows: one per kind of file the office imports). */
export async function allRememberedMappings(db: Db): Promise<Record<string, unknown>> {
  const rows = await db.selectFrom('import_mappings').select(['signature', 'mapping']).execute();
  return Object.fromEntries(rows.map((r) => [r.signature, JSON.parse(r.mapping) as unknown]));
}

export async function rememberMapping(db: Db, signature: string, entity: string, mapping: string, at: string): Promise<void> {
  await db
    .insertInto('import_mappings')
    .values({ signature, entity, mapping, updated_at: at })
    .onConflict((oc) => oc.column('signature').doUpdateSet({ entity, mapping, updated_at: at }))
    .execute();
}
