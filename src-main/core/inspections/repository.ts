import type { Db } from '../db/types.ts';

/**
 * SQL of checklist templates, plans, members' meetings and the organization lookups they share.
 * Functions take `db` or a transaction; every value is bound. Records and follow-up are in
 * records/repository.ts, the monitoring queries in monitoring/repository.ts.
 */

/** SQLite caps the bound parameters of one statement; long id lists are read in slices of this size. */
const SLICE = 500;

export async function inSlices<T>(ids: readonly number[], read: (slice: number[]) => Promise<T[]>): Promise<T[]> {
  const unique = [...new Set(ids)];
  const out: T[] = [];
  for (let i = 0; i < unique.length; i += SLICE) out.push(...(await read(unique.slice(i, i + SLICE))));
  return out;
}

// ---------- organizations ----------

function orgSlice(db: Db, ids: number[]) {
  return db.selectFrom('organizations').select(['id', 'name', 'type', 'commune_code', 'deleted_at']).where('id', 'in', ids).execute();
}
export type OrgRefRow = Awaited<ReturnType<typeof orgSlice>>[number];

export function orgRows(db: Db, ids: readonly number[]): Promise<OrgRefRow[]> {
  return inSlices(ids, (slice) => orgSlice(db, slice));
}

export function liveOrganization(db: Db, id: number) {
  return db.selectFrom('organizations').selectAll().where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
}

export function wholeYearFigures(db: Db, organizationId: number, year: number) {
  return db
    .selectFrom('yearly_figures')
    .select(['members', 'workers', 'revenue'])
    .where('organization_id', '=', organizationId)
    .where('year', '=', year)
    .where('period', '=', 'Y')
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}

// ---------- checklist templates ----------

export function listTemplateRows(db: Db) {
  return db
    .selectFrom('checklist_templates as t')
    .selectAll('t')
    .select((eb) =>
      eb
        .selectFrom('inspection_records as r')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('r.template_id', '=', 't.id')
        .where('r.deleted_at', 'is', null)
        .as('records_using'),
    )
    .orderBy('t.version', 'desc')
    .execute();
}
export type TemplateRow = Awaited<ReturnType<typeof listTemplateRows>>[number];

export function templateItemRows(db: Db, templateIds: readonly number[]) {
  if (templateIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('checklist_items')
    .selectAll()
    .where('template_id', 'in', [...templateIds])
    .orderBy('template_id')
    .orderBy('position')
    .execute();
}
export type TemplateItemRow = Awaited<ReturnType<typeof templateItemRows>>[number];

export function getTemplateRow(db: Db, id: number) {
  return db.selectFrom('checklist_templates').selectAll().where('id', '=', id).executeTakeFirst();
}

export function latestTemplateRow(db: Db) {
  return db.selectFrom('checklist_templates').selectAll().orderBy('version', 'desc').limit(1).executeTakeFirst();
}

export async function insertTemplate(db: Db, v: { version: number; note: string | null; at: string; who: string }): Promise<number> {
  const r = await db
    .insertInto('checklist_templates')
    .values({ version: v.version, note: v.note, created_at: v.at, created_by: v.who })
    .executeTakeFirstOrThrow();
  return Number(r.insertId);
}

export async function insertTemplateItems(
  db: Db,
  templateId: number,
  items: readonly { code: string; title: string; guidance: string | null; legalBasis: string | null }[],
): Promise<void> {
  await db
    .insertInto('checklist_items')
    .values(
      items.map((it, i) => ({
        template_id: templateId,
        position: i + 1,
        code: it.code,
        title: it.title,
        guidance: it.guidance,
        legal_basis: it.legalBasis,
      })),
    )
    .execute();
}

/** The newest wording of each item code, for labelling failures counted across versions. */
export function latestItemTitles(db: Db) {
  return db
    .selectFrom('checklist_items as i')
    .innerJoin('checklist_templates as t', 't.id', 'i.template_id')
    .select(['i.code', 'i.title', 't.version'])
    .orderBy('t.version', 'desc')
    .execute();
}

// ---------- plans ----------

export function listPlanRows(db: Db, filter: { year?: number; id?: number }) {
  let q = db.selectFrom('inspection_plans').selectAll().where('deleted_at', 'is', null);
  if (filter.year !== undefined) q = q.where('year', '=', filter.year);
  if (filter.id !== undefined) q = q.where('id', '=', filter.id);
  return q.orderBy('year', 'desc').orderBy('issued_on', 'desc').orderBy('id', 'desc').execute();
}
export type PlanRow = Awaited<ReturnType<typeof listPlanRows>>[number];

/** Items of the plans with the live biên bản that carried each visit out (the earliest if several). */
export function planItemRows(db: Db, planIds: readonly number[]) {
  if (planIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('inspection_plan_items as i')
    .selectAll('i')
    .select((eb) =>
      eb
        .selectFrom('inspection_records as r')
        .select((e) => e.fn.min<number>('r.id').as('rid'))
        .whereRef('r.plan_item_id', '=', 'i.id')
        .where('r.deleted_at', 'is', null)
        .as('record_id'),
    )
    .where('i.plan_id', 'in', [...planIds])
    .orderBy('i.plan_id')
    .orderBy('i.position')
    .execute();
}
export type PlanItemRow = Awaited<ReturnType<typeof planItemRows>>[number];

export function getPlanItemRow(db: Db, id: number) {
  return db
    .selectFrom('inspection_plan_items as i')
    .innerJoin('inspection_plans as p', 'p.id', 'i.plan_id')
    .select([
      'i.id',
      'i.organization_id',
      'i.planned_date',
      'p.deleted_at as plan_deleted_at',
      'p.number as plan_number',
      'p.title as plan_title',
    ])
    .where('i.id', '=', id)
    .executeTakeFirst();
}

export async function insertPlan(
  db: Db,
  values: {
    year: number;
    number: string | null;
    title: string;
    issued_on: string | null;
    team: string;
    content: string;
    note: string | null;
    at: string;
  },
): Promise<number> {
  const { at, ...rest } = values;
  const r = await db
    .insertInto('inspection_plans')
    .values({ ...rest, created_at: at, updated_at: at })
    .executeTakeFirstOrThrow();
  return Number(r.insertId);
}

export async function updatePlan(
  db: Db,
  id: number,
  values: Partial<{
    year: number;
    number: string | null;
    title: string;
    issued_on: string | null;
    team: string;
    content: string;
    note: string | null;
    updated_at: string;
    deleted_at: string | null;
  }>,
): Promise<void> {
  await db.updateTable('inspection_plans').set(values).where('id', '=', id).execute();
}

export async function insertPlanItem(
  db: Db,
  v: { planId: number; position: number; organizationId: number; plannedDate: string; team: string | null; note: string | null },
): Promise<void> {
  await db
    .insertInto('inspection_plan_items')
    .values({
      plan_id: v.planId,
      position: v.position,
      organization_id: v.organizationId,
      planned_date: v.plannedDate,
      team: v.team,
      note: v.note,
    })
    .execute();
}

export async function updatePlanItem(
  db: Db,
  id: number,
  v: { position: number; organizationId: number; plannedDate: string; team: string | null; note: string | null },
): Promise<void> {
  await db
    .updateTable('inspection_plan_items')
    .set({ position: v.position, organization_id: v.organizationId, planned_date: v.plannedDate, team: v.team, note: v.note })
    .where('id', '=', id)
    .execute();
}

/** Removes plan items; links from deleted biên bản are cleared first so the foreign key holds. */
export async function deletePlanItems(db: Db, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('inspection_records')
    .set({ plan_item_id: null })
    .where('plan_item_id', 'in', [...ids])
    .where('deleted_at', 'is not', null)
    .execute();
  await db
    .deleteFrom('inspection_plan_items')
    .where('id', 'in', [...ids])
    .execute();
}

// ---------- members' meetings ----------

export function listMeetingRows(db: Db, filter: { organizationId?: number; fiscalYear?: number; id?: number }) {
  let q = db
    .selectFrom('members_meetings as m')
    .innerJoin('organizations as o', 'o.id', 'm.organization_id')
    .selectAll('m')
    // The organization's reference comes with its meeting: one query for the list, not one more per slice of ids.
    .select(['o.name as org_name', 'o.type as org_type', 'o.commune_code as org_commune_code'])
    .where('m.deleted_at', 'is', null)
    .where('o.deleted_at', 'is', null);
  if (filter.organizationId !== undefined) q = q.where('m.organization_id', '=', filter.organizationId);
  if (filter.fiscalYear !== undefined) q = q.where('m.fiscal_year', '=', filter.fiscalYear);
  if (filter.id !== undefined) q = q.where('m.id', '=', filter.id);
  return q.orderBy('m.fiscal_year', 'desc').orderBy('o.name').execute();
}
export type MeetingRow = Awaited<ReturnType<typeof listMeetingRows>>[number];

export function getMeetingRow(db: Db, id: number) {
  return db.selectFrom('members_meetings').selectAll().where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
}

export function findMeeting(db: Db, organizationId: number, fiscalYear: number) {
  return db
    .selectFrom('members_meetings')
    .select(['id', 'held_on'])
    .where('organization_id', '=', organizationId)
    .where('fiscal_year', '=', fiscalYear)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}

export async function insertMeeting(
  db: Db,
  v: { organizationId: number; fiscalYear: number; heldOn: string; note: string | null; at: string },
): Promise<number> {
  const r = await db
    .insertInto('members_meetings')
    .values({
      organization_id: v.organizationId,
      fiscal_year: v.fiscalYear,
      held_on: v.heldOn,
      note: v.note,
      created_at: v.at,
      updated_at: v.at,
    })
    .executeTakeFirstOrThrow();
  return Number(r.insertId);
}

export async function updateMeeting(
  db: Db,
  id: number,
  values: Partial<{
    organization_id: number;
    fiscal_year: number;
    held_on: string;
    note: string | null;
    updated_at: string;
    deleted_at: string | null;
  }>,
): Promise<void> {
  await db.updateTable('members_meetings').set(values).where('id', '=', id).execute();
}
