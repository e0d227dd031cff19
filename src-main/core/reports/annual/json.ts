/**
 * The report's JSON: the indicators of year N with exactly the keys of indicators.md, nested as the dots say
 * (`active.total`, `newInYear.HTX`, `ocop.kttt.4` …), money in đồng, blanks as null. Built key by key in the
 * documented order, so a wider object passed in cannot leak extra keys into a public format.
 */
import type { AnnualIndicators, ByOrgType, StarCounts } from './input.ts';

/** In the order of ORG_TYPES, which is the order indicators.md lists the types. */
function byType<T>(v: ByOrgType<T>): ByOrgType<T> {
  return { HTX: v.HTX, LHHTX: v.LHHTX, QTDND: v.QTDND, THT: v.THT };
}

function stars(s: StarCounts): StarCounts {
  return { 3: s[3], 4: s[4], 5: s[5] };
}

export function canonicalIndicators(i: AnnualIndicators): AnnualIndicators {
  return {
    active: { total: i.active.total, ...byType(i.active) },
    newInYear: byType(i.newInYear),
    dissolvedInYear: byType(i.dissolvedInYear),
    members: i.members,
    workers: i.workers,
    avgRevenuePerHtx: i.avgRevenuePerHtx,
    avgProfitPerHtx: i.avgProfitPerHtx,
    avgIncomePerWorkerMonth: i.avgIncomePerWorkerMonth,
    ocop: { kttt: stars(i.ocop.kttt), other: stars(i.ocop.other) },
    certifiedHtxShare: i.certifiedHtxShare,
    notReported: byType(i.notReported),
  };
}

export function renderIndicatorsJson(indicators: AnnualIndicators): string {
  return `${JSON.stringify(canonicalIndicators(indicators), null, 2)}\n`;
}
