import type { ByType, Indicators, OrgType } from '../../../contract/index.ts';
import { COUNTED_CERT_KINDS, ORG_TYPES, TERMINAL_STATUSES } from '../../../contract/vocab.ts';
import type { Db } from '../../db/types.ts';
import {
  activeByTypeOn,
  certificationKindsInForce,
  endedIn,
  figuresOfOrganizationsOn,
  foundedIn,
  organizationsWithFigures,
  validOcopByOwner,
  type ActiveFigures,
  type OcopDetail,
  type OrgYearFigures,
  type WithStatus,
} from './repository.ts';

const zeroByType = (): ByType => ({ HTX: 0, LHHTX: 0, QTDND: 0, THT: 0 });

function byType(rows: { type: string; n: number }[]): ByType {
  const out = zeroByType();
  for (const r of rows) if ((ORG_TYPES as readonly string[]).includes(r.type)) out[r.type as OrgType] += Number(r.n);
  return out;
}

// The sums below are loops rather than map/filter/reduce chains: they run over 50,000 rows several times per
// report, and the arrays the chains built were most of the time. The additions are the same, in the same order.

function countByType(rows: readonly OrgYearFigures[]): ByType {
  const out = zeroByType();
  for (const r of rows) if (r.type in out) out[r.type as OrgType]++;
  return out;
}

function sumOf(rows: readonly OrgYearFigures[], key: 'members' | 'workers'): number {
  let s = 0;
  for (const r of rows) s += r[key] ?? 0;
  return s;
}

/** Mean over the HTX that reported the value; null when none did (a blank is not a zero). */
function meanOfReported(htx: readonly OrgYearFigures[], key: 'revenue' | 'profit'): number | null {
  let s = 0;
  let n = 0;
  for (const r of htx) {
    const v = r[key];
    if (v === null) continue;
    s += v;
    n++;
  }
  return n ? Math.round(s / n) : null;
}

/**
 * Average monthly income of regular workers over active HTX that reported it, weighted by their regular
 * workers. HTX that reported income but not their regular workers cannot be weighted: they count only when
 * no HTX reported both, and then the plain mean is used.
 */
export function weightedIncome(htx: readonly Pick<OrgYearFigures, 'avg_income' | 'regular_workers'>[]): number | null {
  let withIncome = 0;
  let incomes = 0;
  let weighted = 0;
  let people = 0;
  let paid = 0;
  for (const r of htx) {
    if (r.avg_income === null) continue;
    withIncome++;
    incomes += r.avg_income;
    if (r.regular_workers === null || r.regular_workers <= 0) continue;
    weighted++;
    people += r.regular_workers;
    paid += r.avg_income * r.regular_workers;
  }
  if (withIncome === 0) return null;
  if (weighted === 0) return Math.round(incomes / withIncome);
  return Math.round(paid / people);
}

export interface IndicatorDetail {
  indicators: Indicators;
  /** The active organizations with their figures, for the report's tables and appendix. */
  active: ActiveFigures[];
  /** The organizations registered on the as-of date that are not active then, with their status. */
  inactive: { type: string; status: string }[];
  /** The rows the OCOP and certification indicators were counted from, which the report's tables break down. */
  ocop: OcopDetail[];
  certifications: { organization_id: number; kind: string }[];
}

/** The rows of organizations on a date, split into the active ones (and their HTX) and the others. */
function byStatus<T extends OrgYearFigures>(rows: readonly WithStatus<T>[]): { active: T[]; htx: T[]; inactive: WithStatus<T>[] } {
  const active: T[] = [];
  const htx: T[] = [];
  const inactive: WithStatus<T>[] = [];
  for (const r of rows) {
    if (r.status !== 'dang_hoat_dong') inactive.push(r);
    else {
      active.push(r);
      if (r.type === 'HTX') htx.push(r);
    }
  }
  return { active, htx, inactive };
}

/** Every figure of indicators.md from the active organizations of the as-of date and their figures of `year`. */
async function indicatorsFrom(
  db: Db,
  year: number,
  asOf: string,
  active: readonly OrgYearFigures[],
  htx: readonly OrgYearFigures[],
): Promise<Omit<IndicatorDetail, 'active' | 'inactive'>> {
  // The same queries the report's tables use: products by owner, certificates by kind.
  const ocop: Indicators['ocop'] = { kttt: { 3: 0, 4: 0, 5: 0 }, other: { 3: 0, 4: 0, 5: 0 } };
  const ocopRows = await validOcopByOwner(db, asOf);
  for (const r of ocopRows) {
    const stars = String(r.stars) as '3' | '4' | '5';
    const owner = r.org_type ? ocop.kttt : ocop.other;
    if (stars in owner) owner[stars] += Number(r.n);
  }
  const certifications = await certificationKindsInForce(db, asOf, COUNTED_CERT_KINDS);
  const certified = new Set(certifications.map((r) => r.organization_id));
  const notReported = countByType(active.filter((r) => !r.reported));
  const indicators: Indicators = {
    year,
    asOf,
    active: { ...countByType(active), total: active.length },
    newInYear: byType(await foundedIn(db, year)),
    dissolvedInYear: byType(await endedIn(db, year, TERMINAL_STATUSES)),
    members: sumOf(active, 'members'),
    workers: sumOf(active, 'workers'),
    avgRevenuePerHtx: meanOfReported(htx, 'revenue'),
    avgProfitPerHtx: meanOfReported(htx, 'profit'),
    avgIncomePerWorkerMonth: weightedIncome(htx),
    ocop,
    certifiedHtxShare: htx.length ? htx.filter((r) => certified.has(r.id)).length / htx.length : null,
    notReported,
  };
  return { indicators, ocop: ocopRows, certifications };
}

/**
 * Computes every figure of indicators.md for year N as of a date (31/12/N unless the clerk picks another),
 * with the organizations the report's tables and appendix list.
 */
export async function computeIndicators(db: Db, year: number, asOf = `${year}-12-31`): Promise<IndicatorDetail> {
  const { active, htx, inactive } = byStatus(await organizationsWithFigures(db, asOf, year));
  return { ...(await indicatorsFrom(db, year, asOf, active, htx)), active, inactive };
}

/** The indicators alone (the JSON, the previous year of the report): the same figures, from lighter rows. */
export async function indicatorsOnly(db: Db, year: number, asOf = `${year}-12-31`): Promise<Indicators> {
  const { active, htx } = byStatus(await figuresOfOrganizationsOn(db, asOf, year));
  return (await indicatorsFrom(db, year, asOf, active, htx)).indicators;
}

/** What the five-year series draws of a year: active organizations by type, and the HTX's mean revenue. */
export interface SeriesPoint {
  active: ByType & { total: number };
  avgRevenuePerHtx: number | null;
}

/**
 * The `active` and `avgRevenuePerHtx` indicators of computeIndicators(db, year), counted in SQL: the same
 * organizations, the same mean of the revenues reported (rounded the same way), without the other queries.
 */
export async function seriesPoint(db: Db, year: number): Promise<SeriesPoint> {
  const rows = await activeByTypeOn(db, `${year}-12-31`, year);
  const active = byType(rows);
  const htx = rows.find((r) => r.type === 'HTX');
  const avgRevenuePerHtx = htx && htx.revenue_n > 0 ? Math.round(Number(htx.revenue_sum) / htx.revenue_n) : null;
  return { active: { ...active, total: rows.reduce((s, r) => s + Number(r.n), 0) }, avgRevenuePerHtx };
}
