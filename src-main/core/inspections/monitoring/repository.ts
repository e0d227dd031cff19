import { sql } from 'kysely';
import type { Db } from '../../db/types.ts';

/**
 * SQL of the monitoring lists. Each query reads one kind of fact for the as-of date; the rules that combine
 * them are plain functions in rules.ts, so each threshold can be tested on both sides.
 */

export interface OrgOnDate {
  id: number;
  type: string;
  name: string;
  commune_code: string | null;
  founded_on: string | null;
  /** The latest status entry in force by the as-of date, as recorded (a passed suspension stays 'tam_ngung'). */
  status: string;
  /** Its start; null when it began on an unknown day. */
  from_date: string | null;
  to_date: string | null;
}

/**
 * Organizations in the registry on the as-of date (not deleted, with a status in force by then). The entry in
 * force is found per organization through the index on (organization_id, from_date), whose entries end
 * with the id that breaks ties: a window numbering the whole history sorted all of it, three times slower.
 */
export async function organizationsOnDate(db: Db, asOf: string): Promise<OrgOnDate[]> {
  const r = await sql<OrgOnDate>`
    select o.id, o.type, o.name, o.commune_code, o.founded_on, l.status, case when l.start_unknown = 1 then null else l.from_date end as from_date, l.to_date
    from organizations o
    join status_history l on l.id = (
      select h.id from status_history h
      where h.organization_id = o.id and h.from_date <= ${asOf}
      order by h.from_date desc, h.id desc limit 1)
    where o.deleted_at is null`.execute(db);
  return r.rows;
}

export interface FigureFact {
  organization_id: number;
  year: number;
  revenue: number | null;
  /**
   * 1 when the whole-year row holds at least one value (same rule as the annual indicators), or when the
   * register of reports received (core/collection) says the year's report came in, figures typed or not.
   */
  reported: number;
}

export async function wholeYearFigureFacts(db: Db, years: readonly number[]): Promise<FigureFact[]> {
  const r = await sql<FigureFact>`
    select f.organization_id, f.year, f.revenue,
           case when coalesce(f.members, f.workers, f.regular_workers, f.revenue, f.profit, f.avg_income, f.charter_capital_end, f.budget_paid) is not null then 1 else 0 end as reported
    from yearly_figures f
    where f.deleted_at is null and f.period = 'Y' and f.year in (${sql.join([...years])})
    union all
    select r.organization_id, r.year, null as revenue, 1 as reported
    from report_receipts r
    left join import_batches b on b.id = r.import_batch_id
    where r.period = 'Y' and r.year in (${sql.join([...years])}) and (b.status is null or b.status <> 'undone')`.execute(db);
  return r.rows;
}

export function meetingsOfYear(db: Db, fiscalYear: number) {
  return db
    .selectFrom('members_meetings')
    .select(['organization_id', 'held_on'])
    .where('fiscal_year', '=', fiscalYear)
    .where('deleted_at', 'is', null)
    .execute();
}

/** OCOP products owned by registered organizations; external owners are not monitored. */
export function organizationOcop(db: Db) {
  return db
    .selectFrom('ocop_products')
    .select(['id', 'organization_id', 'name', 'stars', 'decision_no', 'decision_date', 'recognition_year'])
    .where('deleted_at', 'is', null)
    .where('organization_id', 'is not', null)
    .execute();
}
export type OcopFact = Awaited<ReturnType<typeof organizationOcop>>[number];

export function organizationCertifications(db: Db) {
  return db
    .selectFrom('certifications')
    .select(['id', 'organization_id', 'kind', 'product', 'number', 'issued_on', 'expires_on'])
    .where('deleted_at', 'is', null)
    .execute();
}
export type CertFact = Awaited<ReturnType<typeof organizationCertifications>>[number];
