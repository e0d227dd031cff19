/**
 * The annual report's indicators expected from a truth registry, written from docs/indicators.md and the
 * round-trip rules — a pure function of the truth (what the workbook states), never calling the app.
 *
 * As of D = 31/12/N. Every TruthOrg is one organization however many times it is written.
 */
import { ORG_TYPES, TERMINAL_STATUSES, type OrgType } from '../../../src-main/contract/vocab.ts';
import type { Figure, KnownDate, Truth, TruthOcop, TruthOrg, Ymd } from './model.ts';
import { COUNTED_CERT_TEXTS } from './words.ts';

export type ByType = Record<OrgType, number>;
export type Stars = { '3': number; '4': number; '5': number };

/** Exactly the JSON `report annual --format json` writes. */
export interface ExpectedIndicators {
  active: ByType & { total: number };
  newInYear: ByType;
  dissolvedInYear: ByType;
  members: number;
  workers: number;
  avgRevenuePerHtx: number | null;
  avgProfitPerHtx: number | null;
  avgIncomePerWorkerMonth: number | null;
  ocop: { kttt: Stars; other: Stars };
  certifiedHtxShare: number | null;
  notReported: ByType;
}

/** The averages before rounding to the đồng (a tie x,5 may round either way). */
export interface ExactAverages {
  avgRevenuePerHtx: number | null;
  avgProfitPerHtx: number | null;
  avgIncomePerWorkerMonth: number | null;
}

export interface Oracle {
  expected: ExpectedIndicators;
  exact: ExactAverages;
}

function byType(f: (t: OrgType) => number): ByType {
  return { HTX: f('HTX'), LHHTX: f('LHHTX'), QTDND: f('QTDND'), THT: f('THT') };
}

function valueOf(f: Figure): number | null {
  return f.kind === 'value' ? f.value : null;
}

function yearOf(d: KnownDate): number | null {
  return d.kind === 'date' ? d.date.y : d.kind === 'year' ? d.y : null;
}

const isActive = (o: TruthOrg) => o.status === 'dang_hoat_dong';

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((s, v) => s + v, 0) / values.length;
}

/** Rounded to the đồng, halves away from zero. */
export function roundDong(x: number | null): number | null {
  return x === null ? null : Math.sign(x) * Math.round(Math.abs(x));
}

/** Weighted by regular workers where an HTX reported both income and regular workers > 0; else the plain mean. */
function avgIncome(htx: readonly TruthOrg[]): number | null {
  const withIncome = htx.filter((o) => valueOf(o.figures.avgIncome) !== null);
  const weighted = withIncome.filter((o) => (valueOf(o.figures.regularWorkers) ?? 0) > 0);
  if (weighted.length > 0) {
    const w = weighted.reduce((s, o) => s + (valueOf(o.figures.regularWorkers) ?? 0), 0);
    return weighted.reduce((s, o) => s + (valueOf(o.figures.avgIncome) ?? 0) * (valueOf(o.figures.regularWorkers) ?? 0), 0) / w;
  }
  return mean(withIncome.map((o) => valueOf(o.figures.avgIncome) ?? 0));
}

const ymdKey = ({ y, m, d }: Ymd) => y * 10_000 + m * 100 + d;

/** Valid on D: recognised on or before D, and D before the recognition + 36 months (year only: from 1 January). */
export function ocopValidOn(p: TruthOcop, asOf: Ymd): boolean {
  const start: Ymd = p.decided.kind === 'date' ? p.decided.date : { y: p.decided.y, m: 1, d: 1 };
  const end: Ymd = { ...start, y: start.y + 3 };
  return ymdKey(start) <= ymdKey(asOf) && ymdKey(asOf) < ymdKey(end);
}

function stars(products: readonly TruthOcop[]): Stars {
  const n = (s: number) => products.filter((p) => p.stars === s).length;
  return { '3': n(3), '4': n(4), '5': n(5) };
}

const COUNTED = new Set(COUNTED_CERT_TEXTS);

export function oracle(truth: Truth): Oracle {
  const N = truth.year;
  const asOf: Ymd = { y: N, m: 12, d: 31 };
  const orgs = truth.orgs;
  const active = orgs.filter(isActive);
  const activeHtx = active.filter((o) => o.type === 'HTX');
  const count = (list: readonly TruthOrg[]) => (t: OrgType) => list.filter((o) => o.type === t).length;
  const sum = (key: 'members' | 'workers') => active.reduce((s, o) => s + (valueOf(o.figures[key]) ?? 0), 0);
  const money = (key: 'revenue' | 'profit') => mean(activeHtx.map((o) => valueOf(o.figures[key])).filter((v): v is number => v !== null));
  const valid = truth.ocop.filter((p) => ocopValidOn(p, asOf));
  const exact: ExactAverages = {
    avgRevenuePerHtx: money('revenue'),
    avgProfitPerHtx: money('profit'),
    avgIncomePerWorkerMonth: avgIncome(activeHtx),
  };
  const activeByType = byType(count(active));
  const expected: ExpectedIndicators = {
    active: { total: ORG_TYPES.reduce((s, t) => s + activeByType[t], 0), ...activeByType },
    newInYear: byType(count(orgs.filter((o) => yearOf(o.founded) === N))),
    dissolvedInYear: byType(count(orgs.filter((o) => TERMINAL_STATUSES.includes(o.status) && yearOf(o.statusSince) === N))),
    members: sum('members'),
    workers: sum('workers'),
    avgRevenuePerHtx: roundDong(exact.avgRevenuePerHtx),
    avgProfitPerHtx: roundDong(exact.avgProfitPerHtx),
    avgIncomePerWorkerMonth: roundDong(exact.avgIncomePerWorkerMonth),
    ocop: { kttt: stars(valid.filter((p) => p.owner.kind === 'org')), other: stars(valid.filter((p) => p.owner.kind === 'external')) },
    certifiedHtxShare:
      activeHtx.length === 0 ? null : activeHtx.filter((o) => o.certificates.some((c) => COUNTED.has(c))).length / activeHtx.length,
    notReported: byType(count(active.filter((o) => Object.values(o.figures).every((f) => f.kind !== 'value')))),
  };
  return { expected, exact };
}
