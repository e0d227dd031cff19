/**
 * What a workbook states of the truth: the truth with every fact the layout leaves out blanked (no founding
 * column → founding unknown; no revenue column → no revenue; THT on their own sheet have no income column…).
 * The oracle is computed from this, so a layout never expects a figure it did not write.
 */
import type { Layout } from './layout.ts';
import type { Figures, Truth, TruthOcop, TruthOrg } from './model.ts';

const BLANK = { kind: 'blank' } as const;

function statedOrg(org: TruthOrg, layout: Layout, thtApart: boolean): TruthOrg {
  const c = layout.columns;
  const onThtSheet = thtApart && org.type === 'THT';
  const f = org.figures;
  const figures: Figures = {
    members: c.members ? f.members : BLANK,
    workers: c.workers ? f.workers : BLANK,
    regularWorkers: c.regularWorkers ? f.regularWorkers : BLANK,
    revenue: c.revenue ? f.revenue : BLANK,
    profit: c.profit ? f.profit : BLANK,
    avgIncome: c.income && !onThtSheet ? f.avgIncome : BLANK,
  };
  return {
    ...org,
    regCode: c.regCode && org.type !== 'THT' ? org.regCode : null,
    founded: c.founded ? org.founded : { kind: 'unknown' },
    certificates: c.certificates && !onThtSheet ? org.certificates : [],
    figures,
  };
}

function statedOcop(p: TruthOcop, layout: Layout): TruthOcop {
  if (layout.ocop.decision !== 'year' || p.decided.kind === 'year') return p;
  return { ...p, decided: { kind: 'year', y: p.decided.date.y } };
}

export function statedTruth(truth: Truth, layout: Layout): Truth {
  const thtApart = layout.thtSheet && truth.orgs.some((o) => o.type === 'THT');
  return { ...truth, orgs: truth.orgs.map((o) => statedOrg(o, layout, thtApart)), ocop: truth.ocop.map((p) => statedOcop(p, layout)) };
}
