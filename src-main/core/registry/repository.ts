import type { DirectSql } from '../db/direct.ts';
import { assertSqlNames, insertSql } from '../db/insert-many.ts';
import type { Db } from '../db/types.ts';

/**
 * The only place with registry SQL. Functions take `db` or a transaction (the per-row writes take the
 * connection's direct form, inside a transaction); values are always bound.
 */
export type RowTable = 'organizations' | 'yearly_figures' | 'ocop_products' | 'certifications';
export type ColumnValues = Record<string, string | number | null>;

export function listOrganizationsWithFigures(db: Db, year: number) {
  return db
    .selectFrom('organizations as o')
    .leftJoin('yearly_figures as f', (j) =>
      j.onRef('f.organization_id', '=', 'o.id').on('f.year', '=', year).on('f.period', '=', 'Y').on('f.deleted_at', 'is', null),
    )
    .where('o.deleted_at', 'is', null)
    .selectAll('o')
    .select([
      'f.id as f_id',
      'f.members',
      'f.workers',
      'f.regular_workers',
      'f.revenue',
      'f.profit',
      'f.avg_income',
      'f.charter_capital_end',
      'f.budget_paid',
    ])
    .orderBy('o.name')
    .orderBy('o.id')
    .execute();
}
/** The organizations grid's columns of every live organization, in the grid's first order. */
export function liveOrganizationsForGrid(db: Db) {
  return db
    .selectFrom('organizations')
    .where('deleted_at', 'is', null)
    .select([
      'id',
      'type',
      'name',
      'short_name',
      'reg_code',
      'founded_on',
      'registered_by',
      'status',
      'status_since',
      'street',
      'commune_code',
      'legacy_address',
      'sectors',
      'model',
      'charter_capital',
      'head_name',
      'phone',
      'email',
      'notes',
    ])
    .orderBy('name')
    .orderBy('id')
    .execute();
}

/** Whole-year figures of `year`, one row per organization (the grid joins them by organization id). */
export function wholeYearFigures(db: Db, year: number) {
  return db
    .selectFrom('yearly_figures')
    .where('year', '=', year)
    .where('period', '=', 'Y')
    .where('deleted_at', 'is', null)
    .select([
      'organization_id',
      'members',
      'workers',
      'regular_workers',
      'revenue',
      'profit',
      'avg_income',
      'charter_capital_end',
      'budget_paid',
    ])
    .execute();
}

export type OrgWithFigures = Awaited<ReturnType<typeof listOrganizationsWithFigures>>[number];

export function organizationNames(db: Db) {
  return db
    .selectFrom('organizations')
    .select(['id', 'name', 'reg_code', 'type', 'commune_code'])
    .where('deleted_at', 'is', null)
    .orderBy('name')
    .orderBy('id')
    .execute();
}

export function getOrganization(db: Db, id: number) {
  return db.selectFrom('organizations').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findLiveOrgByRegCode(db: Db, regCode: string, exceptId: number | null) {
  let q = db.selectFrom('organizations').select(['id', 'name']).where('reg_code', '=', regCode).where('deleted_at', 'is', null);
  if (exceptId !== null) q = q.where('id', '!=', exceptId);
  return q.executeTakeFirst();
}

export function liveOrganizationExists(db: Db, id: number) {
  return db.selectFrom('organizations').select('id').where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
}

export async function getRow(db: Db, table: RowTable, id: number): Promise<ColumnValues | undefined> {
  return (await db.selectFrom(table).selectAll().where('id', '=', id).executeTakeFirst()) as ColumnValues | undefined;
}

/** SQL texts by column list, as a tree with one level per column: no key string to build per row. */
interface SqlNode {
  next: Map<string, SqlNode>;
  text?: string;
}
const sqlTrees = new Map<string, SqlNode>();

function updateSql(table: RowTable, cols: readonly string[]): string {
  assertSqlNames(cols);
  return `update "${table}" set ${cols.map((c) => `"${c}" = ?`).join(', ')} where "id" = ?`;
}

/** The SQL of an insert or update of these columns, made once per column list: an import writes the same columns 100,000 times. */
function sqlFor(kind: 'insert' | 'update', table: RowTable, cols: readonly string[]): string {
  const rootKey = `${kind} ${table}`;
  let node: SqlNode = sqlTrees.get(rootKey) ?? { next: new Map() };
  sqlTrees.set(rootKey, node);
  for (const c of cols) {
    const child: SqlNode = node.next.get(c) ?? { next: new Map() };
    node.next.set(c, child);
    node = child;
  }
  node.text ??= kind === 'insert' ? insertSql(table, cols) : updateSql(table, cols);
  return node.text;
}

/**
 * Insert and update of one row, run directly on the connection (see db/direct.ts): these run once per row
 * of an import (100,000 times), where building the query through Kysely's builder costs more than
 * SQLite's work. Inside the caller's transaction only.
 */
export function insertRow(direct: DirectSql, table: RowTable, values: ColumnValues): number {
  const cols = Object.keys(values);
  return direct.run(
    sqlFor('insert', table, cols),
    cols.map((c) => values[c] ?? null),
  ).lastInsertRowid;
}

export function updateRow(direct: DirectSql, table: RowTable, id: number, values: ColumnValues): void {
  const cols = Object.keys(values);
  direct.run(sqlFor('update', table, cols), [...cols.map((c) => values[c] ?? null), id]);
}

export function statusHistoryOf(db: Db, organizationId: number) {
  return db
    .selectFrom('status_history')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .orderBy('from_date')
    .orderBy('id')
    .execute();
}

export interface StatusEntryValues {
  organizationId: number;
  status: string;
  /** The start, or the day the status was known to hold when `startUnknown`. */
  fromDate: string;
  toDate: string | null;
  note: string | null;
  at: string;
  startUnknown: boolean;
}

export function insertStatus(direct: DirectSql, v: StatusEntryValues): void {
  direct.run(
    'insert into status_history (organization_id, status, from_date, to_date, note, recorded_at, start_unknown) values (?, ?, ?, ?, ?, ?, ?)',
    [v.organizationId, v.status, v.fromDate, v.toDate, v.note, v.at, v.startUnknown ? 1 : 0],
  );
}

/** The first two entries of an organization's history, by the day each is in force from. */
export function firstStatusEntries(db: Db, organizationId: number) {
  return db
    .selectFrom('status_history')
    .select(['id', 'status', 'from_date', 'start_unknown'])
    .where('organization_id', '=', organizationId)
    .orderBy('from_date')
    .orderBy('id')
    .limit(2)
    .execute();
}

/** Gives a history entry a known start (a founding date learnt later). */
export async function setStatusStart(db: Db, id: number, fromDate: string): Promise<void> {
  await db.updateTable('status_history').set({ from_date: fromDate, start_unknown: 0 }).where('id', '=', id).execute();
}

/** Moves the day an entry of unknown start is known to hold from (an older list showed it too). */
export async function setStatusKnownFrom(db: Db, id: number, knownOn: string): Promise<void> {
  await db.updateTable('status_history').set({ from_date: knownOn }).where('id', '=', id).where('start_unknown', '=', 1).execute();
}

export function findFigures(db: Db, organizationId: number, year: number, period: string) {
  return db
    .selectFrom('yearly_figures')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('year', '=', year)
    .where('period', '=', period)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}

export function listFigures(db: Db, filter: { year?: number; organizationId?: number; id?: number }) {
  let q = db
    .selectFrom('yearly_figures as f')
    .innerJoin('organizations as o', 'o.id', 'f.organization_id')
    .where('f.deleted_at', 'is', null)
    .where('o.deleted_at', 'is', null)
    .selectAll('f')
    .select(['o.name as org_name', 'o.type as org_type']);
  if (filter.year !== undefined) q = q.where('f.year', '=', filter.year);
  if (filter.organizationId !== undefined) q = q.where('f.organization_id', '=', filter.organizationId);
  if (filter.id !== undefined) q = q.where('f.id', '=', filter.id);
  return q.orderBy('o.name').orderBy('f.year', 'desc').orderBy('f.period').execute();
}
export type FigureJoined = Awaited<ReturnType<typeof listFigures>>[number];

export function listOcop(db: Db, filter: { organizationId?: number; id?: number } = {}) {
  let q = db
    .selectFrom('ocop_products as p')
    .leftJoin('organizations as o', 'o.id', 'p.organization_id')
    .leftJoin('external_owners as e', 'e.id', 'p.external_owner_id')
    .where('p.deleted_at', 'is', null)
    // Products of an organization in the recycle bin leave the lists with it (as they leave the report).
    .where((eb) => eb.or([eb('p.organization_id', 'is', null), eb('o.deleted_at', 'is', null)]))
    .selectAll('p')
    .select(['o.name as org_name', 'e.name as ext_name', 'e.kind as ext_kind']);
  if (filter.organizationId !== undefined) q = q.where('p.organization_id', '=', filter.organizationId);
  if (filter.id !== undefined) q = q.where('p.id', '=', filter.id);
  return q.orderBy('p.name').orderBy('p.id').execute();
}
export type OcopJoined = Awaited<ReturnType<typeof listOcop>>[number];

export function listCertifications(db: Db, filter: { organizationId?: number; id?: number } = {}) {
  let q = db
    .selectFrom('certifications as c')
    .innerJoin('organizations as o', 'o.id', 'c.organization_id')
    .where('c.deleted_at', 'is', null)
    .where('o.deleted_at', 'is', null)
    .selectAll('c')
    .select(['o.name as org_name']);
  if (filter.organizationId !== undefined) q = q.where('c.organization_id', '=', filter.organizationId);
  if (filter.id !== undefined) q = q.where('c.id', '=', filter.id);
  return q.orderBy('o.name').orderBy('c.id').execute();
}
export type CertJoined = Awaited<ReturnType<typeof listCertifications>>[number];

/** An external OCOP owner by its normalized name: found, or created once. */
export async function externalOwnerId(db: Db, name: string, nameKey: string, kind: string, at: string): Promise<number> {
  const found = await db.selectFrom('external_owners').select('id').where('name_key', '=', nameKey).executeTakeFirst();
  if (found) return found.id;
  const r = await db.insertInto('external_owners').values({ name, name_key: nameKey, kind, created_at: at }).executeTakeFirstOrThrow();
  return Number(r.insertId);
}

export async function deletedRows(db: Db) {
  const orgs = await db
    .selectFrom('organizations')
    .select(['id', 'name as label', 'deleted_at'])
    .where('deleted_at', 'is not', null)
    .execute();
  const figures = await db
    .selectFrom('yearly_figures as f')
    .innerJoin('organizations as o', 'o.id', 'f.organization_id')
    .select(['f.id', 'o.name', 'f.year', 'f.period', 'f.deleted_at'])
    .where('f.deleted_at', 'is not', null)
    .execute();
  const ocop = await db
    .selectFrom('ocop_products')
    .select(['id', 'name as label', 'deleted_at'])
    .where('deleted_at', 'is not', null)
    .execute();
  const certs = await db
    .selectFrom('certifications as c')
    .innerJoin('organizations as o', 'o.id', 'c.organization_id')
    .select(['c.id', 'o.name', 'c.kind', 'c.deleted_at'])
    .where('c.deleted_at', 'is not', null)
    .execute();
  return { orgs, figures, ocop, certs };
}

export function auditOf(db: Db, entity: string, entityIds: string[]) {
  if (entityIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('audit_log')
    .selectAll()
    .where('entity', '=', entity)
    .where('entity_id', 'in', entityIds)
    .orderBy('id', 'desc')
    .limit(500)
    .execute();
}

/**
 * The imports that added these rows: an import's new rows are in its batch (as ranges of ids), not in the
 * audit log. One query for the ranges that can hold any of the ids; which id each holds is sorted out here.
 */
export async function importsOf(db: Db, entity: string, entityIds: string[]) {
  const ids = entityIds.map(Number);
  if (ids.length === 0) return [];
  const ranges = await db
    .selectFrom('import_changes as c')
    .innerJoin('import_batches as b', 'b.id', 'c.batch_id')
    .select(['c.entity', 'c.entity_id', 'c.last_entity_id', 'b.id as batch_id', 'b.file_name', 'b.committed_at', 'b.who'])
    .where('c.entity', '=', entity)
    .where('c.action', '=', 'insert')
    .where('c.entity_id', '<=', Math.max(...ids))
    .where((eb) => eb(eb.fn.coalesce('c.last_entity_id', 'c.entity_id'), '>=', Math.min(...ids)))
    .execute();
  return ranges.flatMap(({ last_entity_id, entity_id, ...r }) =>
    ids.filter((id) => id >= entity_id && id <= (last_entity_id ?? entity_id)).map((id) => ({ ...r, entity_id: id })),
  );
}

export function countByTypeAndStatus(db: Db) {
  return db
    .selectFrom('organizations')
    .select(['type', 'status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('deleted_at', 'is', null)
    .groupBy(['type', 'status'])
    .orderBy('type')
    .orderBy('status')
    .execute();
}

/**
 * Organizations with whole-year figures for `year`: each organization is looked up once in the figures' key
 * index, where counting the distinct organizations of a join sorted 50,000 rows (twice as long).
 */
export async function countWithFigures(db: Db, year: number): Promise<number> {
  const r = await db
    .selectFrom('organizations as o')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('o.deleted_at', 'is', null)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('yearly_figures as f')
          .select('f.id')
          .whereRef('f.organization_id', '=', 'o.id')
          .where('f.year', '=', year)
          .where('f.period', '=', 'Y')
          .where('f.deleted_at', 'is', null),
      ),
    )
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

/** The status of today, kept on the organization's row so that lists need no history lookup. */
export async function setCurrentStatus(
  db: Db,
  organizationId: number,
  now: { status: string; since: string | null; until: string | null },
  at: string,
): Promise<void> {
  await db
    .updateTable('organizations')
    .set({ status: now.status, status_since: now.since, status_until: now.until, updated_at: at })
    .where('id', '=', organizationId)
    .execute();
}

export function externalOwner(db: Db, id: number) {
  return db.selectFrom('external_owners').select(['name', 'kind']).where('id', '=', id).executeTakeFirst();
}

/** Deletes a row of the recycle bin for good (only a row already in the bin: deleted_at set). True when one was. */
export async function purgeDeletedRow(db: Db, table: RowTable, id: number): Promise<boolean> {
  if (table === 'organizations') {
    // Its own status history goes with it; anything else that names it (figures, products, inspections) stops it.
    const inBin = await db
      .selectFrom('organizations')
      .select('id')
      .where('id', '=', id)
      .where('deleted_at', 'is not', null)
      .executeTakeFirst();
    if (!inBin) return false;
    await db.deleteFrom('status_history').where('organization_id', '=', id).execute();
  }
  const r = await db.deleteFrom(table).where('id', '=', id).where('deleted_at', 'is not', null).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}
