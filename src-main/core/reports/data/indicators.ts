import type { ByType, Indicators, OrgType } from '../../../contract/index.ts';
import { COUNTED_CERT_KINDS, ORG_TYPES, TERMINAL_STATUSES } from '../../../contract/vocab.ts';
import type { Db } from '../../db/types.ts';
import { activeByTypeOn, activeWithFigures, certificationKindsInForce, endedIn, foundedIn, validOcopByOwner, type ActiveFigures, type OcopDetail } from './repository.ts';

const zeroByType = (): ByType => ({ HTX: 0, LHHTX: 0, QTDND: 0, THT: 0 });

function byType(rows: { type: string; n: number }[]): ByType {
  const out = zeroByType();
  for (const r of rows) if ((ORG_TYPES as readonly string[]).includes(r.type)) out[r.type as OrgType] += Number(r.n);
  return out;
}

function sumOf(rows: ActiveFigures[], key: 'members' | 'workers'): number {
  return rows.reduce((s, r) => s + (r[key] ?? 0), 0);
}

/** Mean over the HTX that reported the value; null when none did (a blank is not a zero). */
function meanOfReported(htx: ActiveFigures[], key: 'revenue' | 'profit'): number | null {
  const values = htx.map((r) => r[key]).filter((v): v is number => v !== null);
  return values.length ? Math.round(values.reduce((s, v) => s + v, 0) / values.length) : null;
}

/**
 * Average monthly income of regular workers over active HTX that reported it, weighted by their regular
 * workers. HTX that reported income but not their regular workers cannot be weighted: they count only when
 * no HTX reported both, and then the plain mean is used.
 */
export function weightedIncome(htx: readonly Pick<ActiveFigures, 'avg_income' | 'regular_workers'>[]): number | null {
  const withIncome = htx.filter((r) => r.avg_income !== null);
  if (withIncome.length === 0) return null;
  const weighted = withIncome.filter((r) => r.regular_workers !== null && r.regular_workers > 0);
  if (weighted.length === 0) return Math.round(withIncome.reduce((s, r) => s + (r.avg_income ?? 0), 0) / withIncome.length);
  const people = weighted.reduce((s, r) => s + (r.regular_workers ?? 0), 0);
  return Math.round(weighted.reduce((s, r) => s + (r.avg_income ?? 0) * (r.regular_workers ?? 0), 0) / people);
}

export interface IndicatorDetail {
  indicators: Indicators;
  /** The active organizations with their figures, for the report's tables and appendix. */
  active: ActiveFigures[];
  /** The rows the OCOP and certification indicators were counted from, which the report's tables break down. */
  ocop: OcopDetail[];
  certifications: { organization_id: number; kind: string }[];
}

/** Computes every figure of indicators.md for year N as of a date (31/12/N unless the clerk picks another). */
export async function computeIndicators(db: Db, year: number, asOf = `${year}-12-31`): Promise<IndicatorDetail> {
  const active = await activeWithFigures(db, asOf, year);
  const activeByType = byType(active.map((r) => ({ type: r.type, n: 1 })));
  const htx = active.filter((r) => r.type === 'HTX');
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
  const notReported = byType(active.filter((r) => !r.reported).map((r) => ({ type: r.type, n: 1 })));
  const indicators: Indicators = {
    year,
    asOf,
    active: { ...activeByType, total: active.length },
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
  return { indicators, active, ocop: ocopRows, certifications };
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
