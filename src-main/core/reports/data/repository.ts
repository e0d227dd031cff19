import { sql } from 'kysely';
import type { FigurePeriod } from '../../../contract/vocab.ts';
import type { Db } from '../../db/types.ts';

/**
 * Statistics SQL. The status on the as-of date is the latest history entry in force by then (begun, or known
 * to hold when its start is unknown); a suspension whose end date has passed counts as active again (same
 * rule as registry/status.ts statusOn).
 * The latest entry is found per organization through the index on (organization_id, from_date), whose
 * entries end with the rowid (= id, the tie-break): one short index search each. A window function
 * numbering every entry of the history sorted the whole table instead, three times slower at 50,000.
 */
const statusOnDate = (asOf: string) => sql`
  select o.id, o.type, o.name, o.commune_code, o.sectors,
         case when l.status = 'tam_ngung' and l.to_date is not null and l.to_date < ${asOf} then 'dang_hoat_dong' else l.status end as status
  from organizations o
  join status_history l on l.id = (
    select h.id from status_history h
    where h.organization_id = o.id and h.from_date <= ${asOf}
    order by h.from_date desc, h.id desc limit 1)
  where o.deleted_at is null`;

export interface ActiveByType {
  type: string;
  /** Active organizations of the type on the as-of date. */
  n: number;
  /** HTX only: sum and count of the whole-year revenues they reported (null and 0 when none did). */
  revenue_sum: number | null;
  revenue_n: number;
}

/**
 * The active organizations of organizationsWithFigures counted by type, with the revenue the HTX reported
 * summed: all the five-year series reads of a year, without sending 50,000 rows to JavaScript for each
 * year. Revenues are integer đồng, so SQLite's integer sum equals the sum of the rows. Figures are looked up
 * for the HTX alone: the series averages their revenue only.
 */
export async function activeByTypeOn(db: Db, asOf: string, year: number): Promise<ActiveByType[]> {
  const r = await sql<ActiveByType>`
    select s.type, count(*) as n, sum(f.revenue) as revenue_sum, count(f.revenue) as revenue_n
    from (${statusOnDate(asOf)}) s
    left join yearly_figures f on s.type = 'HTX' and f.organization_id = s.id and f.year = ${year} and f.period = 'Y' and f.deleted_at is null
    where s.status = 'dang_hoat_dong'
    group by s.type`.execute(db);
  return r.rows;
}

export interface ActiveTotals extends ActiveByType {
  /** Sums over the organizations of the type that reported the figure, and how many did. */
  members_sum: number | null;
  members_n: number;
  workers_sum: number | null;
  workers_n: number;
}

/**
 * activeByTypeOn with the members and workers of every active organization summed as well (the home page's
 * trend): the same organizations and revenues, and the people counts the indicators add up.
 */
export async function activeTotalsOn(db: Db, asOf: string, year: number): Promise<ActiveTotals[]> {
  const r = await sql<ActiveTotals>`
    select s.type, count(*) as n,
           sum(case when s.type = 'HTX' then f.revenue end) as revenue_sum, count(case when s.type = 'HTX' then f.revenue end) as revenue_n,
           sum(f.members) as members_sum, count(f.members) as members_n, sum(f.workers) as workers_sum, count(f.workers) as workers_n
    from (${statusOnDate(asOf)}) s
    left join yearly_figures f on f.organization_id = s.id and f.year = ${year} and f.period = 'Y' and f.deleted_at is null
    where s.status = 'dang_hoat_dong'
    group by s.type`.execute(db);
  return r.rows;
}

/**
 * The organizations active on the as-of date that have no whole-year figures row for `year`: the empty
 * rows of the yearly figures sheet, by name.
 */
export async function activeWithoutFigures(db: Db, asOf: string, year: number): Promise<{ id: number; name: string; type: string }[]> {
  const r = await sql<{ id: number; name: string; type: string }>`
    select s.id, s.name, s.type from (${statusOnDate(asOf)}) s
    where s.status = 'dang_hoat_dong'
      and not exists (select 1 from yearly_figures f
                      where f.organization_id = s.id and f.year = ${year} and f.period = 'Y' and f.deleted_at is null)
    order by s.name, s.id`.execute(db);
  return r.rows;
}

/** The whole-year figures of an organization that the indicators are computed from (nulls where not reported). */
export interface OrgYearFigures {
  id: number;
  type: string;
  members: number | null;
  workers: number | null;
  regular_workers: number | null;
  revenue: number | null;
  profit: number | null;
  avg_income: number | null;
  /** 1 when the organization has a whole-year figures row with at least one value. */
  reported: number;
}

/** With what the report's tables and appendix print of the organization. */
export interface ActiveFigures extends OrgYearFigures {
  name: string;
  commune_code: string | null;
  sectors: string;
}

/** An organization with its status on the as-of date and, when active, its whole-year figures. */
export type WithStatus<T> = T & { status: string };

const figuresOn = (asOf: string, year: number, named: boolean, period: FigurePeriod = 'Y') => sql`
    select s.id, s.type, ${named ? sql`s.name, s.commune_code, s.sectors,` : sql``} s.status,
           f.members, f.workers, f.regular_workers, f.revenue, f.profit, f.avg_income,
           case when f.id is not null and coalesce(f.members, f.workers, f.regular_workers, f.revenue, f.profit, f.avg_income, f.charter_capital_end, f.budget_paid) is not null then 1 else 0 end as reported
    from (${statusOnDate(asOf)}) s
    left join yearly_figures f on s.status = 'dang_hoat_dong' and f.organization_id = s.id and f.year = ${year} and f.period = ${period} and f.deleted_at is null
    ${named ? sql`order by s.name, s.id` : sql``}`;

/**
 * Organizations with a status on the as-of date, by name, with their whole-year figures of `year` when they
 * are active then. The inactive ones come too, without figures: the report counts them by status, which a
 * second pass over the history would otherwise read again.
 */
export async function organizationsWithFigures(db: Db, asOf: string, year: number): Promise<WithStatus<ActiveFigures>[]> {
  return (await sql<WithStatus<ActiveFigures>>`${figuresOn(asOf, year, true)}`.execute(db)).rows;
}

/**
 * The same rows with the figures alone, in no order: what the indicators of a year need, read faster. `period`
 * 'H1' gives the half-year figures (the six-month review).
 */
export async function figuresOfOrganizationsOn(
  db: Db,
  asOf: string,
  year: number,
  period: FigurePeriod = 'Y',
): Promise<WithStatus<OrgYearFigures>[]> {
  return (await sql<WithStatus<OrgYearFigures>>`${figuresOn(asOf, year, false, period)}`.execute(db)).rows;
}

export async function foundedIn(db: Db, year: number): Promise<{ type: string; n: number }[]> {
  const r = await sql<{ type: string; n: number }>`
    select type, count(*) as n from organizations
    where deleted_at is null and substr(founded_on, 1, 4) = ${String(year)}
    group by type`.execute(db);
  return r.rows;
}

/** Organizations whose status became dissolved, bankrupt, revoked or ended on a known date in `year`. */
export async function endedIn(db: Db, year: number, terminal: readonly string[]): Promise<{ type: string; n: number }[]> {
  const r = await sql<{ type: string; n: number }>`
    select o.type, count(distinct o.id) as n
    from status_history h join organizations o on o.id = h.organization_id
    where o.deleted_at is null and h.status in (${sql.join(terminal)}) and h.start_unknown = 0
      and h.from_date >= ${`${year}-01-01`} and h.from_date <= ${`${year}-12-31`}
    group by o.type`.execute(db);
  return r.rows;
}

export interface OcopDetail {
  org_type: string | null;
  ext_kind: string | null;
  stars: number;
  n: number;
}

/** Valid OCOP products on the as-of date by the owner's type (organization type or external owner kind) and stars. */
export async function validOcopByOwner(db: Db, asOf: string): Promise<OcopDetail[]> {
  const r = await sql<OcopDetail>`
    select o.type as org_type, case when p.organization_id is null then e.kind end as ext_kind, p.stars, count(*) as n
    from ocop_products p
    left join organizations o on o.id = p.organization_id
    left join external_owners e on e.id = p.external_owner_id
    where p.deleted_at is null and (p.organization_id is null or o.deleted_at is null)
      and coalesce(p.decision_date, p.recognition_year || '-01-01') is not null
      and coalesce(p.decision_date, p.recognition_year || '-01-01') <= ${asOf}
      and date(coalesce(p.decision_date, p.recognition_year || '-01-01'), '+36 months') > ${asOf}
    group by org_type, ext_kind, p.stars`.execute(db);
  return r.rows;
}

/**
 * (organization, kind) pairs of counted certifications in force on the as-of date. A certificate known only
 * from a list (no issue or expiry date, valid on the list's date) counts in the year of that list.
 */
export async function certificationKindsInForce(
  db: Db,
  asOf: string,
  kinds: readonly string[],
): Promise<{ organization_id: number; kind: string }[]> {
  const r = await sql<{ organization_id: number; kind: string }>`
    select distinct organization_id, kind from certifications
    where deleted_at is null and kind in (${sql.join(kinds)})
      and (issued_on is null or issued_on <= ${asOf}) and (expires_on is null or expires_on >= ${asOf})
      and (valid_on is null or issued_on is not null or expires_on is not null or substr(valid_on, 1, 4) = ${asOf.slice(0, 4)})`.execute(
    db,
  );
  return r.rows;
}
