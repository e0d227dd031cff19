import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../db/types.ts';
import type { LinkageContractsTable, SupportActivitiesTable, SupportRecordsTable } from '../../db/schema-bcd.ts';

/** SQL of the support given: support records, activities and their organizations, linkage contracts. */

type Span = { from: string; to: string };

export function supportRows(db: Db, filter: Partial<Span> & { id?: number }) {
  let q = db.selectFrom('support_records').selectAll().where('deleted_at', 'is', null);
  if (filter.from) q = q.where('granted_on', '>=', filter.from);
  if (filter.to) q = q.where('granted_on', '<=', filter.to);
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

export function linkageRows(db: Db, filter: Partial<Span> & { id?: number }) {
  let q = db.selectFrom('linkage_contracts').selectAll().where('deleted_at', 'is', null);
  if (filter.from) q = q.where('signed_on', '>=', filter.from);
  if (filter.to) q = q.where('signed_on', '<=', filter.to);
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
