import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../db/types.ts';
import type { LinkageContractsTable, SupportActivitiesTable, SupportRecordsTable } from '../../db/schema-bcd.ts';

/** SQL of the support given: support records, activities and their organizations, linkage contracts. */

type Span = { from: string; to: string };

type Filter = Partial<Span> & { id?: number; undated?: boolean };

export function supportRows(db: Db, filter: Filter) {
  let q = db.selectFrom('support_records').selectAll().where('deleted_at', 'is', null);
  const { from, to } = filter;
  if (from !== undefined && to !== undefined)
    q = q.where((eb) => {
      const inYear = eb.and([eb('granted_on', '>=', from), eb('granted_on', '<=', to)]);
      return filter.undated === true ? eb.or([inYear, eb('granted_on', 'is', null)]) : inYear;
    });
  if (filter.id !== undefined) q = q.where('id', '=', filter.id);
  return q.orderBy('granted_on').orderBy('id').execute();
}

export async function insertSupport(db: Db, row: Insertable<SupportRecordsTable>): Promise<number> {
  return (await db.insertInto('support_records').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateSupport(db: Db, id: number, values: Updateable<SupportRecordsTable>): Promise<void> {
  await db.updateTable('support_records').set(values).where('id', '=', id).execute();
}

export function activityRows(db: Db, filter: Partial<Span> & { id?: number }) {
  let q = db
    .selectFrom('support_activities as s')
    .leftJoin('bcd_agencies as a', 'a.id', 's.agency_id')
    .selectAll('s')
    .select('a.name as agency')
    .where('s.deleted_at', 'is', null);
  if (filter.from) q = q.where('s.held_from', '>=', filter.from);
  if (filter.to) q = q.where('s.held_from', '<=', filter.to);
  if (filter.id !== undefined) q = q.where('s.id', '=', filter.id);
  return q.orderBy('s.held_from').orderBy('s.id').execute();
}

export function activityOrganizationRows(db: Db, activityIds: readonly number[]) {
  if (activityIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('support_activity_organizations')
    .selectAll()
    .where('activity_id', 'in', [...activityIds])
    .execute();
}

export async function insertActivity(db: Db, row: Insertable<SupportActivitiesTable>): Promise<number> {
  return (await db.insertInto('support_activities').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateActivity(db: Db, id: number, values: Updateable<SupportActivitiesTable>): Promise<void> {
  await db.updateTable('support_activities').set(values).where('id', '=', id).execute();
}

export async function replaceActivityOrganizations(
  db: Db,
  activityId: number,
  rows: ReadonlyArray<{ organizationId: number; trainees: number | null }>,
): Promise<void> {
  await db.deleteFrom('support_activity_organizations').where('activity_id', '=', activityId).execute();
  if (rows.length > 0)
    await db
      .insertInto('support_activity_organizations')
      .values(rows.map((r) => ({ activity_id: activityId, organization_id: r.organizationId, trainees: r.trainees })))
      .execute();
}

export function linkageRows(db: Db, filter: Filter) {
  let q = db.selectFrom('linkage_contracts').selectAll().where('deleted_at', 'is', null);
  const { from, to } = filter;
  if (from !== undefined && to !== undefined)
    q = q.where((eb) => {
      const inYear = eb.and([eb('signed_on', '>=', from), eb('signed_on', '<=', to)]);
      return filter.undated === true ? eb.or([inYear, eb('signed_on', 'is', null)]) : inYear;
    });
  if (filter.id !== undefined) q = q.where('id', '=', filter.id);
  return q.orderBy('signed_on').orderBy('id').execute();
}

export async function insertLinkage(db: Db, row: Insertable<LinkageContractsTable>): Promise<number> {
  return (await db.insertInto('linkage_contracts').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateLinkage(db: Db, id: number, values: Updateable<LinkageContractsTable>): Promise<void> {
  await db.updateTable('linkage_contracts').set(values).where('id', '=', id).execute();
}

export function liveOrganizationIds(db: Db, ids: readonly number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('organizations')
    .select('id')
    .where('id', 'in', [...ids])
    .where('deleted_at', 'is', null)
    .execute();
}

// ---------- what an import of the support given needs ----------

/** What tells an imported support record from one already stored (a file imported twice adds nothing). */
export function supportKeys(db: Db) {
  return db
    .selectFrom('support_records')
    .select(['id', 'organization_id', 'policy', 'decision', 'granted_on', 'kind', 'amount', 'source_texts'])
    .where('deleted_at', 'is', null)
    .execute();
}

export function linkageKeys(db: Db) {
  return db
    .selectFrom('linkage_contracts')
    .select(['id', 'organization_id', 'partner', 'product', 'signed_on', 'source_texts'])
    .where('deleted_at', 'is', null)
    .execute();
}

export function activityKeys(db: Db) {
  return db.selectFrom('support_activities').select(['id', 'kind', 'title', 'held_from']).where('deleted_at', 'is', null).execute();
}

export function participantKeys(db: Db) {
  return db
    .selectFrom('support_activity_organizations as p')
    .innerJoin('support_activities as a', 'a.id', 'p.activity_id')
    .select(['p.activity_id', 'p.organization_id'])
    .where('a.deleted_at', 'is', null)
    .execute();
}

export async function insertParticipant(db: Db, activityId: number, organizationId: number, trainees: number | null): Promise<void> {
  await db
    .insertInto('support_activity_organizations')
    .values({ activity_id: activityId, organization_id: organizationId, trainees })
    .execute();
}

export async function deleteParticipant(db: Db, activityId: number, organizationId: number): Promise<void> {
  await db
    .deleteFrom('support_activity_organizations')
    .where('activity_id', '=', activityId)
    .where('organization_id', '=', organizationId)
    .execute();
}

/** Adds people to an activity's count of participants and keeps the names of participants the registry lacks. */
export async function addToActivity(db: Db, id: number, people: number | null, sourceTexts: string | null, at: string): Promise<void> {
  let q = db.updateTable('support_activities').set({ updated_at: at }).where('id', '=', id);
  if (people !== null) q = q.set((eb) => ({ participants: eb(eb.fn.coalesce('participants', eb.lit(0)), '+', people) }));
  if (sourceTexts !== null) q = q.set({ source_texts: sourceTexts });
  await q.execute();
}

export function activitySourceTexts(db: Db, id: number) {
  return db.selectFrom('support_activities').select('source_texts').where('id', '=', id).executeTakeFirst();
}

export type SupportTable = 'support_records' | 'support_activities' | 'linkage_contracts';

/** When a row was last changed and whether it is in the recycle bin: what undoing an import looks at. */
export function rowStamp(db: Db, table: SupportTable, id: number) {
  return db.selectFrom(table).select(['updated_at', 'deleted_at']).where('id', '=', id).executeTakeFirst();
}

export async function softDeleteRow(db: Db, table: SupportTable, id: number, at: string): Promise<void> {
  await db.updateTable(table).set({ deleted_at: at, updated_at: at }).where('id', '=', id).execute();
}

export async function restoreRow(db: Db, table: SupportTable, id: number, at: string): Promise<void> {
  await db.updateTable(table).set({ deleted_at: null, updated_at: at }).where('id', '=', id).execute();
}
