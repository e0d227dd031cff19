import { TERMINAL_STATUSES } from '../../contract/vocab.ts';
import type { YearlyFiguresTable } from '../db/schema.ts';
import { insertMany } from '../db/insert-many.ts';
import type { Db } from '../db/types.ts';

/** SQL of the yearly collection: who is expected to report, their figures, and the register of reports received. */

export interface ExpectedOrg {
  id: number;
  type: string;
  name: string;
  reg_code: string | null;
  street: string | null;
  legacy_address: string | null;
  commune_code: string | null;
  status: string;
  sectors: string;
}

/**
 * Organizations expected to report for a period ending on `periodEnd`: not dissolved, bankrupt, revoked or
 * ended, and founded by then (a founding date of a year alone, "2015", compares before any day of 2015's end).
 */
export function expectedOrganizations(db: Db, periodEnd: string, communeCodes?: readonly string[]) {
  let q = db
    .selectFrom('organizations')
    .select(['id', 'type', 'name', 'reg_code', 'street', 'legacy_address', 'commune_code', 'status', 'sectors'])
    .where('deleted_at', 'is', null)
    .where('status', 'not in', [...TERMINAL_STATUSES])
    .where((eb) => eb.or([eb('founded_on', 'is', null), eb('founded_on', '<=', periodEnd)]));
  if (communeCodes !== undefined && communeCodes.length > 0) q = q.where('commune_code', 'in', [...communeCodes]);
  return q.orderBy('commune_code').orderBy('name').orderBy('id').execute() as Promise<ExpectedOrg[]>;
}

export type FigureValues = Pick<
  YearlyFiguresTable,
  | 'organization_id'
  | 'members'
  | 'workers'
  | 'regular_workers'
  | 'revenue'
  | 'profit'
  | 'avg_income'
  | 'charter_capital_end'
  | 'budget_paid'
>;

export function figuresOfPeriod(db: Db, year: number, period: string): Promise<FigureValues[]> {
  return db
    .selectFrom('yearly_figures')
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
    .where('deleted_at', 'is', null)
    .where('year', '=', year)
    .where('period', '=', period)
    .execute();
}

/** The reports received for a period; one recorded by an import since undone was taken back with it. */
export function receiptsOf(db: Db, year: number, period: string) {
  return db
    .selectFrom('report_receipts as r')
    .leftJoin('import_batches as b', 'b.id', 'r.import_batch_id')
    .select(['r.organization_id', 'r.received_on', 'r.channel', 'r.entered_by', 'r.note', 'r.import_batch_id'])
    .where('r.year', '=', year)
    .where('r.period', '=', period)
    .where((eb) => eb.or([eb('b.status', 'is', null), eb('b.status', '!=', 'undone')]))
    .execute();
}

export interface ReceiptWrite {
  organizationId: number;
  year: number;
  period: string;
  receivedOn: string;
  channel: string;
  enteredBy: string;
  note: string | null;
  importBatchId: number | null;
  at: string;
}

/** Records a report received; a second receipt of the same report replaces the first (the latest word counts). */
export async function upsertReceipt(db: Db, r: ReceiptWrite): Promise<void> {
  await db
    .insertInto('report_receipts')
    .values({
      organization_id: r.organizationId,
      year: r.year,
      period: r.period,
      received_on: r.receivedOn,
      channel: r.channel,
      entered_by: r.enteredBy,
      note: r.note,
      import_batch_id: r.importBatchId,
      created_at: r.at,
      updated_at: r.at,
    })
    .onConflict((oc) =>
      oc.columns(['organization_id', 'year', 'period']).doUpdateSet({
        received_on: r.receivedOn,
        channel: r.channel,
        entered_by: r.enteredBy,
        note: r.note,
        import_batch_id: r.importBatchId,
        updated_at: r.at,
      }),
    )
    .execute();
}

const RECEIPT_COLUMNS = [
  'organization_id',
  'year',
  'period',
  'received_on',
  'channel',
  'entered_by',
  'note',
  'import_batch_id',
  'created_at',
  'updated_at',
] as const;

/**
 * Records the reports a template import brought, replacing earlier receipts of the same organizations and
 * period: a few statements for a commune of thousands, not an upsert each.
 */
export async function replaceReceipts(db: Db, year: number, period: string, rows: readonly ReceiptWrite[]): Promise<void> {
  const ids = rows.map((r) => r.organizationId);
  for (let i = 0; i < ids.length; i += 500)
    await db
      .deleteFrom('report_receipts')
      .where('year', '=', year)
      .where('period', '=', period)
      .where('organization_id', 'in', ids.slice(i, i + 500))
      .execute();
  await insertMany(
    db,
    'report_receipts',
    RECEIPT_COLUMNS,
    rows.map((r) => [r.organizationId, year, period, r.receivedOn, r.channel, r.enteredBy, r.note, r.importBatchId, r.at, r.at]),
  );
}

export function receiptOf(db: Db, organizationId: number, year: number, period: string) {
  return db
    .selectFrom('report_receipts')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('year', '=', year)
    .where('period', '=', period)
    .executeTakeFirst();
}

export async function deleteReceipt(db: Db, organizationId: number, year: number, period: string): Promise<void> {
  await db
    .deleteFrom('report_receipts')
    .where('organization_id', '=', organizationId)
    .where('year', '=', year)
    .where('period', '=', period)
    .execute();
}

export function organizationById(db: Db, id: number) {
  return db
    .selectFrom('organizations')
    .select(['id', 'type', 'name', 'commune_code'])
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}

/** The organizations an import added (its insert ranges): those a commune wrote in below its list. */
export async function organizationsAddedBy(db: Db, batchId: number): Promise<number[]> {
  const ranges = await db
    .selectFrom('import_changes')
    .select(['entity_id', 'last_entity_id'])
    .where('batch_id', '=', batchId)
    .where('entity', '=', 'organizations')
    .where('action', '=', 'insert')
    .execute();
  return ranges.flatMap((r) => Array.from({ length: (r.last_entity_id ?? r.entity_id) - r.entity_id + 1 }, (_, i) => r.entity_id + i));
}

/** How many organizations expected to report for a period have not (the home page's alert needs the count alone). */
export async function countNotReported(db: Db, year: number, period: string, periodEnd: string): Promise<number> {
  const r = await db
    .selectFrom('organizations as o')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('o.deleted_at', 'is', null)
    .where('o.status', 'not in', [...TERMINAL_STATUSES])
    .where((eb) => eb.or([eb('o.founded_on', 'is', null), eb('o.founded_on', '<=', periodEnd)]))
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('report_receipts as r')
            .leftJoin('import_batches as b', 'b.id', 'r.import_batch_id')
            .select('r.id')
            .whereRef('r.organization_id', '=', 'o.id')
            .where('r.year', '=', year)
            .where('r.period', '=', period)
            .where((eb) => eb.or([eb('b.status', 'is', null), eb('b.status', '!=', 'undone')])),
        ),
      ),
    )
    .executeTakeFirstOrThrow();
  return Number(r.n);
}
