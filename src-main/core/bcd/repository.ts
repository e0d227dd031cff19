import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../db/types.ts';
import type {
  BcdAgenciesTable,
  BcdMeetingsTable,
  BcdMembersTable,
  BcdPlansTable,
  BcdTaskProgressTable,
  BcdTasksTable,
} from '../db/schema-bcd.ts';

/**
 * SQL of the Steering Committee: agencies, members, meetings, plans, tasks and their progress, targets and the
 * narrative parts of the report. Functions take `db` or a transaction; every value is bound.
 */

// ---------- agencies ----------

export function listAgencyRows(db: Db) {
  return db.selectFrom('bcd_agencies').selectAll().where('deleted_at', 'is', null).orderBy('name').execute();
}

export function getAgencyRow(db: Db, id: number) {
  return db.selectFrom('bcd_agencies').selectAll().where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
}

export function findAgencyByName(db: Db, name: string) {
  return db.selectFrom('bcd_agencies').select(['id']).where('name', '=', name).where('deleted_at', 'is', null).executeTakeFirst();
}

export async function insertAgency(db: Db, row: Insertable<BcdAgenciesTable>): Promise<number> {
  const r = await db.insertInto('bcd_agencies').values(row).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function updateAgency(db: Db, id: number, values: Updateable<BcdAgenciesTable>): Promise<void> {
  await db.updateTable('bcd_agencies').set(values).where('id', '=', id).execute();
}

/** Live tasks each agency leads or takes part in, and its live members. */
export async function agencyUse(db: Db): Promise<Map<number, { tasks: number; members: number }>> {
  const led = await db
    .selectFrom('bcd_tasks as t')
    .innerJoin('bcd_plans as p', 'p.id', 't.plan_id')
    .select(['t.lead_agency_id as agency', (eb) => eb.fn.countAll<number>().as('n')])
    .where('t.deleted_at', 'is', null)
    .where('p.deleted_at', 'is', null)
    .groupBy('t.lead_agency_id')
    .execute();
  const partnered = await db
    .selectFrom('bcd_task_partners as x')
    .innerJoin('bcd_tasks as t', 't.id', 'x.task_id')
    .innerJoin('bcd_plans as p', 'p.id', 't.plan_id')
    .select(['x.agency_id as agency', (eb) => eb.fn.countAll<number>().as('n')])
    .where('t.deleted_at', 'is', null)
    .where('p.deleted_at', 'is', null)
    .groupBy('x.agency_id')
    .execute();
  const members = await db
    .selectFrom('bcd_members')
    .select(['agency_id as agency', (eb) => eb.fn.countAll<number>().as('n')])
    .where('deleted_at', 'is', null)
    .groupBy('agency_id')
    .execute();
  const out = new Map<number, { tasks: number; members: number }>();
  const at = (agency: number) => out.get(agency) ?? out.set(agency, { tasks: 0, members: 0 }).get(agency)!;
  for (const r of [...led, ...partnered]) at(r.agency).tasks += Number(r.n);
  for (const r of members) at(r.agency).members += Number(r.n);
  return out;
}

// ---------- members ----------

export function listMemberRows(db: Db, id?: number) {
  let q = db
    .selectFrom('bcd_members as m')
    .innerJoin('bcd_agencies as a', 'a.id', 'm.agency_id')
    .selectAll('m')
    .select('a.name as agency')
    .where('m.deleted_at', 'is', null);
  if (id !== undefined) q = q.where('m.id', '=', id);
  return q.orderBy('m.role').orderBy('a.name').orderBy('m.id').execute();
}

export async function insertMember(db: Db, row: Insertable<BcdMembersTable>): Promise<number> {
  const r = await db.insertInto('bcd_members').values(row).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export function getMemberRow(db: Db, id: number) {
  return db.selectFrom('bcd_members').selectAll().where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
}

export async function updateMember(db: Db, id: number, values: Updateable<BcdMembersTable>): Promise<void> {
  await db.updateTable('bcd_members').set(values).where('id', '=', id).execute();
}

// ---------- meetings ----------

export function listMeetingRows(db: Db, filter: { from?: string; to?: string; id?: number }) {
  let q = db.selectFrom('bcd_meetings').selectAll().where('deleted_at', 'is', null);
  if (filter.from) q = q.where('held_on', '>=', filter.from);
  if (filter.to) q = q.where('held_on', '<=', filter.to);
  if (filter.id !== undefined) q = q.where('id', '=', filter.id);
  return q.orderBy('held_on').orderBy('id').execute();
}

export async function insertMeeting(db: Db, row: Insertable<BcdMeetingsTable>): Promise<number> {
  const r = await db.insertInto('bcd_meetings').values(row).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function updateMeeting(db: Db, id: number, values: Updateable<BcdMeetingsTable>): Promise<void> {
  await db.updateTable('bcd_meetings').set(values).where('id', '=', id).execute();
}

// ---------- plans ----------

export function listPlanRows(db: Db, filter: { year?: number; id?: number }) {
  let q = db.selectFrom('bcd_plans').selectAll().where('deleted_at', 'is', null);
  if (filter.year !== undefined) q = q.where('year', '=', filter.year);
  if (filter.id !== undefined) q = q.where('id', '=', filter.id);
  return q.orderBy('year', 'desc').orderBy('id').execute();
}
export type PlanRow = Awaited<ReturnType<typeof listPlanRows>>[number];

export async function insertPlan(db: Db, row: Insertable<BcdPlansTable>): Promise<number> {
  const r = await db.insertInto('bcd_plans').values(row).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function updatePlan(db: Db, id: number, values: Updateable<BcdPlansTable>): Promise<void> {
  await db.updateTable('bcd_plans').set(values).where('id', '=', id).execute();
}

// ---------- tasks ----------

/** Live tasks of live plans, with their lead agency's name and plan year; filtered by plan, year or id. */
export function listTaskRows(db: Db, filter: { planId?: number; year?: number; id?: number; openWithDeadlineBy?: string }) {
  let q = db
    .selectFrom('bcd_tasks as t')
    .innerJoin('bcd_plans as p', 'p.id', 't.plan_id')
    .innerJoin('bcd_agencies as a', 'a.id', 't.lead_agency_id')
    .selectAll('t')
    .select(['a.name as lead_agency', 'p.year as plan_year'])
    .where('t.deleted_at', 'is', null)
    .where('p.deleted_at', 'is', null);
  if (filter.planId !== undefined) q = q.where('t.plan_id', '=', filter.planId);
  if (filter.year !== undefined) q = q.where('p.year', '=', filter.year);
  if (filter.id !== undefined) q = q.where('t.id', '=', filter.id);
  if (filter.openWithDeadlineBy !== undefined)
    q = q.where('t.status', '<>', 'hoan_thanh').where('t.deadline', 'is not', null).where('t.deadline', '<=', filter.openWithDeadlineBy);
  return q.orderBy('p.year').orderBy('t.plan_id').orderBy('t.position').orderBy('t.id').execute();
}
export type TaskRow = Awaited<ReturnType<typeof listTaskRows>>[number];

export function partnerRows(db: Db, taskIds: readonly number[]) {
  if (taskIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('bcd_task_partners as x')
    .innerJoin('bcd_agencies as a', 'a.id', 'x.agency_id')
    .select(['x.task_id', 'a.id', 'a.name'])
    .where('x.task_id', 'in', [...taskIds])
    .orderBy('a.name')
    .execute();
}

export function progressRows(db: Db, taskIds: readonly number[]) {
  if (taskIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('bcd_task_progress')
    .selectAll()
    .where('task_id', 'in', [...taskIds])
    .where('deleted_at', 'is', null)
    .orderBy('reported_on')
    .orderBy('id')
    .execute();
}

export async function nextTaskPosition(db: Db, planId: number): Promise<number> {
  const r = await db
    .selectFrom('bcd_tasks')
    .select((eb) => eb.fn.max('position').as('p'))
    .where('plan_id', '=', planId)
    .executeTakeFirst();
  return Number(r?.p ?? 0) + 1;
}

export async function insertTask(db: Db, row: Insertable<BcdTasksTable>): Promise<number> {
  const r = await db.insertInto('bcd_tasks').values(row).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function updateTask(db: Db, id: number, values: Updateable<BcdTasksTable>): Promise<void> {
  await db.updateTable('bcd_tasks').set(values).where('id', '=', id).execute();
}

export async function updatePlanTasks(db: Db, planId: number, values: Updateable<BcdTasksTable>): Promise<void> {
  await db.updateTable('bcd_tasks').set(values).where('plan_id', '=', planId).where('deleted_at', 'is', null).execute();
}

export async function replacePartners(db: Db, taskId: number, agencyIds: readonly number[]): Promise<void> {
  await db.deleteFrom('bcd_task_partners').where('task_id', '=', taskId).execute();
  if (agencyIds.length > 0)
    await db
      .insertInto('bcd_task_partners')
      .values(agencyIds.map((agency_id) => ({ task_id: taskId, agency_id })))
      .execute();
}

export async function insertProgress(db: Db, row: Insertable<BcdTaskProgressTable>): Promise<number> {
  const r = await db.insertInto('bcd_task_progress').values(row).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export function getProgressRow(db: Db, id: number) {
  return db.selectFrom('bcd_task_progress').selectAll().where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
}

export async function deleteProgressRow(db: Db, id: number, at: string): Promise<void> {
  await db.updateTable('bcd_task_progress').set({ deleted_at: at }).where('id', '=', id).execute();
}

// ---------- targets and narratives ----------

export function targetRows(db: Db, years: readonly number[]) {
  return db
    .selectFrom('bcd_targets')
    .selectAll()
    .where('year', 'in', [...years])
    .orderBy('year')
    .orderBy('indicator')
    .execute();
}

export async function upsertTarget(db: Db, row: { year: number; indicator: string; value: number; document: string | null; at: string }) {
  await db
    .insertInto('bcd_targets')
    .values({ year: row.year, indicator: row.indicator, value: row.value, document: row.document, updated_at: row.at })
    .onConflict((oc) => oc.columns(['year', 'indicator']).doUpdateSet({ value: row.value, document: row.document, updated_at: row.at }))
    .execute();
}

export async function deleteTarget(db: Db, year: number, indicator: string): Promise<void> {
  await db.deleteFrom('bcd_targets').where('year', '=', year).where('indicator', '=', indicator).execute();
}

export function narrativeRows(db: Db, year: number) {
  return db.selectFrom('bcd_narratives').select(['part', 'content']).where('year', '=', year).execute();
}

export async function upsertNarrative(db: Db, year: number, part: string, content: string, at: string): Promise<void> {
  await db
    .insertInto('bcd_narratives')
    .values({ year, part, content, updated_at: at })
    .onConflict((oc) => oc.columns(['year', 'part']).doUpdateSet({ content, updated_at: at }))
    .execute();
}
