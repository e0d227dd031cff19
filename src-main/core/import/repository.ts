import { insertMany } from '../db/insert-many.ts';
import type { Db } from '../db/types.ts';
import { aliasKey } from './reader/values/aliases.ts';
import type { FlagRecord, ImportChange } from './run.ts';

/** SQL of the import history: batches, their changes (for undo) and remembered mappings. */
export async function insertBatch(
  db: Db,
  b: { fileName: string; fileHash: string; fileSize: number; sheets: string; counts: string; who: string; at: string },
): Promise<number> {
  const r = await db
    .insertInto('import_batches')
    .values({
      file_name: b.fileName,
      file_hash: b.fileHash,
      file_size: b.fileSize,
      sheets: b.sheets,
      counts: b.counts,
      status: 'committed',
      who: b.who,
      committed_at: b.at,
      undone_at: null,
    })
    .executeTakeFirstOrThrow();
  return Number(r.insertId);
}

export async function insertChanges(db: Db, batchId: number, changes: readonly ImportChange[]): Promise<void> {
  // Rows added one after another get consecutive ids: one range per entity records them all (migration 005).
  type Row = [batch: number, entity: string, first: number, last: number | null, action: string, before: string | null, after: string];
  const rows: Row[] = [];
  const openRange = new Map<string, Row>();
  for (const c of changes) {
    const range = c.action === 'insert' ? openRange.get(c.entity) : undefined;
    if (range && (range[3] ?? range[2]) + 1 === c.entityId) {
      range[3] = c.entityId;
      continue;
    }
    const row: Row = [
      batchId,
      c.entity,
      c.entityId,
      null,
      c.action,
      c.before === null ? null : JSON.stringify(c.before),
      JSON.stringify(c.after),
    ];
    rows.push(row);
    if (c.action === 'insert') openRange.set(c.entity, row);
  }
  await insertMany(db, 'import_changes', ['batch_id', 'entity', 'entity_id', 'last_entity_id', 'action', 'before', 'after'], rows);
}

export function listBatches(db: Db) {
  return db.selectFrom('import_batches').selectAll().orderBy('id', 'desc').execute();
}

export function getBatch(db: Db, id: number) {
  return db.selectFrom('import_batches').selectAll().where('id', '=', id).executeTakeFirst();
}

export function committedBatchWithHash(db: Db, hash: string) {
  return db
    .selectFrom('import_batches')
    .select(['id', 'committed_at'])
    .where('file_hash', '=', hash)
    .where('status', '=', 'committed')
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

/** The batch's changes, last first, with each range of added rows given back as one change per row. */
export async function changesOf(db: Db, batchId: number) {
  const stored = await db.selectFrom('import_changes').selectAll().where('batch_id', '=', batchId).orderBy('id', 'desc').execute();
  return stored.flatMap((c) => {
    if (c.last_entity_id === null) return [c];
    const ids = Array.from({ length: c.last_entity_id - c.entity_id + 1 }, (_, i) => (c.last_entity_id ?? c.entity_id) - i);
    return ids.map((id) => ({ ...c, entity_id: id, last_entity_id: null }));
  });
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

/** The live organizations as an import matches rows against them. */
export function organizationsToMatch(db: Db) {
  return db
    .selectFrom('organizations')
    .select(['id', 'name', 'reg_code', 'commune_code', 'legacy_address'])
    .where('deleted_at', 'is', null)
    .orderBy('id')
    .execute();
}

/** Ids of the figures rows of the given years, to find a row's figures without a query each. */
export async function figureIdsOf(db: Db, years: readonly number[]) {
  if (years.length === 0) return [];
  return db
    .selectFrom('yearly_figures')
    .select(['id', 'organization_id', 'year', 'period'])
    .where('deleted_at', 'is', null)
    .where('year', 'in', [...years])
    .execute();
}

export function ocopKeys(db: Db) {
  return db
    .selectFrom('ocop_products as p')
    .leftJoin('external_owners as e', 'e.id', 'p.external_owner_id')
    .select(['p.id', 'p.name', 'p.organization_id', 'e.name_key as ext'])
    .where('p.deleted_at', 'is', null)
    .execute();
}

export function certificationKeys(db: Db) {
  return db
    .selectFrom('certifications')
    .select(['id', 'organization_id', 'kind', 'number', 'product'])
    .where('deleted_at', 'is', null)
    .execute();
}

const flagKey = (f: {
  entity: string;
  entityId: number | null;
  organizationId: number | null;
  year: number | null;
  field: string;
  textKey: string;
}) => `${f.entity}|${String(f.entityId)}|${String(f.organizationId)}|${String(f.year)}|${f.field}|${f.textKey}`;

/**
 * The cells an import flagged, recorded against its batch ("Cần xem lại"). A cell already waiting for review
 * (the same file imported again) is not listed twice.
 */
export async function insertFlags(db: Db, batchId: number, flags: readonly FlagRecord[], at: string): Promise<void> {
  if (flags.length === 0) return;
  const open = await db
    .selectFrom('review_flags')
    .select(['entity', 'entity_id', 'organization_id', 'year', 'field', 'text_key'])
    .where('resolved_at', 'is', null)
    .execute();
  const waiting = new Set(
    open.map((o) =>
      flagKey({
        entity: o.entity,
        entityId: o.entity_id,
        organizationId: o.organization_id,
        year: o.year,
        field: o.field,
        textKey: o.text_key,
      }),
    ),
  );
  const columns = [
    'batch_id',
    'entity',
    'entity_id',
    'organization_id',
    'year',
    'period',
    'field',
    'raw_text',
    'text_key',
    'reason',
    'list_date',
    'sheet',
    'source_row',
    'created_at',
  ];
  const rows = flags.flatMap((f) => {
    const textKey = aliasKey(f.raw);
    if (waiting.has(flagKey({ ...f, textKey }))) return [];
    return [
      [
        batchId,
        f.entity,
        f.entityId,
        f.organizationId,
        f.year,
        f.period,
        f.field,
        f.raw,
        textKey,
        f.reason,
        f.listDate,
        f.sheet,
        f.sourceRow,
        at,
      ],
    ];
  });
  await insertMany(db, 'review_flags', columns, rows);
}

/** Open flags per batch. */
export async function openFlagsByBatch(db: Db): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('review_flags')
    .select(['batch_id', db.fn.countAll<number>().as('n')])
    .where('resolved_at', 'is', null)
    .where('batch_id', 'is not', null)
    .groupBy('batch_id')
    .execute();
  return new Map(rows.map((r) => [Number(r.batch_id), Number(r.n)]));
}

/** An undone import's flags are closed: the rows they point at are gone or back as they were. */
export async function closeFlagsOfBatch(db: Db, batchId: number, at: string, who: string): Promise<void> {
  await db
    .updateTable('review_flags')
    .set({ resolved_at: at, resolved_by: who, resolution: '"undone"' })
    .where('batch_id', '=', batchId)
    .where('resolved_at', 'is', null)
    .execute();
}

/** The clerk's readings of free texts, as the reader takes them (field → text key → value). */
export async function vocabularyAliases(db: Db): Promise<Record<string, Record<string, string | string[]>>> {
  const rows = await db.selectFrom('vocabulary_aliases').select(['field', 'text_key', 'value']).execute();
  const out: Record<string, Record<string, string | string[]>> = {};
  for (const r of rows) (out[r.field] ??= {})[r.text_key] = JSON.parse(r.value) as string | string[];
  return out;
}

/** The runs of ids an undone import added to `entity` (an import's inserts are recorded as runs of consecutive ids). */
function insertsOfUndoneImports(db: Db, entity: 'organizations' | 'figures' | 'ocop' | 'certifications') {
  return db
    .selectFrom('import_changes as c')
    .innerJoin('import_batches as b', 'b.id', 'c.batch_id')
    .where('b.status', '=', 'undone')
    .where('c.action', '=', 'insert')
    .where('c.entity', '=', entity)
    .select(['c.entity_id', 'c.last_entity_id'])
    .as('r');
}

/** Organizations an undone import added that are still in the bin, with what tells one apart. */
export function binnedOrganizationsOfUndoneImports(db: Db) {
  return db
    .selectFrom('organizations as o')
    .innerJoin(insertsOfUndoneImports(db, 'organizations'), (j) =>
      j.on((eb) => eb.between('o.id', eb.ref('r.entity_id'), eb.fn.coalesce('r.last_entity_id', 'r.entity_id'))),
    )
    .where('o.deleted_at', 'is not', null)
    .select(['o.id', 'o.name', 'o.reg_code', 'o.commune_code', 'o.legacy_address'])
    .distinct()
    .execute();
}

/** Figures an undone import added that are still in the bin. */
export function binnedFiguresOfUndoneImports(db: Db) {
  return db
    .selectFrom('yearly_figures as f')
    .innerJoin(insertsOfUndoneImports(db, 'figures'), (j) =>
      j.on((eb) => eb.between('f.id', eb.ref('r.entity_id'), eb.fn.coalesce('r.last_entity_id', 'r.entity_id'))),
    )
    .where('f.deleted_at', 'is not', null)
    .select(['f.id', 'f.organization_id', 'f.year', 'f.period'])
    .distinct()
    .execute();
}

/** OCOP products an undone import added that are still in the bin, keyed as the import keys them. */
export function binnedProductsOfUndoneImports(db: Db) {
  return db
    .selectFrom('ocop_products as p')
    .innerJoin(insertsOfUndoneImports(db, 'ocop'), (j) =>
      j.on((eb) => eb.between('p.id', eb.ref('r.entity_id'), eb.fn.coalesce('r.last_entity_id', 'r.entity_id'))),
    )
    .leftJoin('external_owners as e', 'e.id', 'p.external_owner_id')
    .where('p.deleted_at', 'is not', null)
    .select(['p.id', 'p.name', 'p.organization_id', 'e.name_key as ext'])
    .distinct()
    .execute();
}

/** Certifications an undone import added that are still in the bin, keyed as the import keys them. */
export function binnedCertificationsOfUndoneImports(db: Db) {
  return db
    .selectFrom('certifications as c')
    .innerJoin(insertsOfUndoneImports(db, 'certifications'), (j) =>
      j.on((eb) => eb.between('c.id', eb.ref('r.entity_id'), eb.fn.coalesce('r.last_entity_id', 'r.entity_id'))),
    )
    .where('c.deleted_at', 'is not', null)
    .select(['c.id', 'c.organization_id', 'c.kind', 'c.number', 'c.product'])
    .distinct()
    .execute();
}
