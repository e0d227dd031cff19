import { describe, expect, it } from 'vitest';
import { computeIndicators, weightedIncome } from '../../src-main/core/reports/data/indicators.ts';
import { apply, createRow, value } from '../helpers/registry.ts';
import { openTestApp } from '../helpers/temp.ts';
import type { App } from '../../src-main/core/app.ts';

const NOW = new Date(2025, 5, 15, 9, 0, 0);

async function org(app: App, type: string, name: string, foundedOn: string): Promise<number> {
  return createRow(app, 'organizations', { type, name, foundedOn });
}

async function figures(app: App, id: number, changes: Record<string, number | null>, year = 2024): Promise<void> {
  const [r] = await apply(app, 'figures', [{ kind: 'upsertFigures', organizationId: id, year, period: 'Y', changes }]);
  if (!r?.ok) throw new Error(JSON.stringify(r));
}

/** A small province whose every figure is known by hand (see the comments). */
async function handBuilt() {
  const app = await openTestApp({ now: () => NOW });
  const a = await org(app, 'HTX', 'HTX A', '2015-04-01'); // active, reports revenue 2 tỷ, profit 200 tr, income 5 tr × 10 LĐTX
  const b = await org(app, 'HTX', 'HTX B', '2024-03-10'); // new in 2024, active, reports revenue 1 tỷ only (profit blank), income 3 tr × 30 LĐTX
  const c = await org(app, 'HTX', 'HTX C', '2016-01-01'); // active, reports nothing → notReported
  const d = await org(app, 'HTX', 'HTX D', '2017-01-01'); // suspended over 31/12/2024 → not active
  const e = await org(app, 'HTX', 'HTX E', '2018-01-01'); // suspended Mar–Jun 2024, resumed → active; figures all blank → notReported
  const f = await org(app, 'HTX', 'HTX F', '2010-01-01'); // dissolved 2024-09-30 → not active, dissolvedInYear
  const q = await org(app, 'QTDND', 'Quỹ TDND G', '2005-01-01'); // active, 120 members
  const t = await org(app, 'THT', 'Tổ hợp tác H', '2024-05-05'); // new in 2024, active, 7 members, 9 workers
  await figures(app, a, {
    members: 50,
    workers: 20,
    regularWorkers: 10,
    revenue: 2_000_000_000,
    profit: 200_000_000,
    avgIncome: 5_000_000,
  });
  await figures(app, b, { members: 10, workers: 40, regularWorkers: 30, revenue: 1_000_000_000, avgIncome: 3_000_000 });
  await figures(app, d, { members: 99, revenue: 9_000_000_000 });
  await figures(app, e, { members: null });
  await figures(app, q, { members: 120 });
  await figures(app, t, { members: 7, workers: 9 });
  await value(app.call('registry.setStatus', { organizationId: d, status: 'tam_ngung', fromDate: '2024-10-01', toDate: '2025-03-31' }));
  await value(app.call('registry.setStatus', { organizationId: e, status: 'tam_ngung', fromDate: '2024-03-01', toDate: '2024-06-30' }));
  await value(app.call('registry.setStatus', { organizationId: f, status: 'da_giai_the', fromDate: '2024-09-30' }));
  // OCOP: valid 4★ of A (2023), expired 3★ of A (2021-01 → ended 2023-12-31), 3★ of B with year only 2024,
  // 5★ of an enterprise (external), 3★ of a household recognized in 2025 (after the as-of date).
  await createRow(app, 'ocop', { name: 'Chè', organizationId: a, stars: 4, decisionDate: '2023-02-01' });
  await createRow(app, 'ocop', { name: 'Miến', organizationId: a, stars: 3, decisionDate: '2021-01-01' });
  await createRow(app, 'ocop', { name: 'Mật ong', organizationId: b, stars: 3, recognitionYear: 2024 });
  await createRow(app, 'ocop', { name: 'Rượu', externalOwnerName: 'Công ty CP Rượu Việt', stars: 5, decisionDate: '2024-04-01' });
  await createRow(app, 'ocop', { name: 'Bánh', externalOwnerName: 'Hộ bà Lan', stars: 3, decisionDate: '2025-02-01' });
  // Certifications: A holds a valid VietGAP; C's expired in 2024; B holds only an "other" kind (not counted).
  await createRow(app, 'certifications', { organizationId: a, kind: 'vietgap', issuedOn: '2024-01-01', expiresOn: '2025-12-31' });
  await createRow(app, 'certifications', { organizationId: c, kind: 'attp', issuedOn: '2021-01-01', expiresOn: '2024-06-30' });
  await createRow(app, 'certifications', { organizationId: b, kind: 'khac', issuedOn: '2024-01-01' });
  return app;
}

describe('annual indicators', () => {
  it('count only organizations active on the as-of date, and new and dissolved ones by year', async () => {
    const app = await handBuilt();
    const { indicators: i } = await computeIndicators(app.ctx.db, 2024);
    expect(i.active).toEqual({ HTX: 4, LHHTX: 0, QTDND: 1, THT: 1, total: 6 }); // A, B, C, E + G + H
    expect(i.newInYear).toEqual({ HTX: 1, LHHTX: 0, QTDND: 0, THT: 1 });
    expect(i.dissolvedInYear).toEqual({ HTX: 1, LHHTX: 0, QTDND: 0, THT: 0 });
  });

  it('sum members and workers over active organizations and average money over the HTX that reported it', async () => {
    const app = await handBuilt();
    const { indicators: i } = await computeIndicators(app.ctx.db, 2024);
    expect(i.members).toBe(50 + 10 + 120 + 7); // D is suspended: its 99 do not count
    expect(i.workers).toBe(20 + 40 + 9);
    expect(i.avgRevenuePerHtx).toBe(1_500_000_000); // (2 tỷ + 1 tỷ) / 2 — C and E did not report, not zeros
    expect(i.avgProfitPerHtx).toBe(200_000_000); // B left profit blank: only A counts
    expect(i.avgIncomePerWorkerMonth).toBe(3_500_000); // (5 tr × 10 + 3 tr × 30) / 40
  });

  it('count valid OCOP products by owner and stars, and the share of certified HTX', async () => {
    const app = await handBuilt();
    const { indicators: i } = await computeIndicators(app.ctx.db, 2024);
    expect(i.ocop).toEqual({ kttt: { 3: 1, 4: 1, 5: 0 }, other: { 3: 0, 4: 0, 5: 1 } });
    expect(i.certifiedHtxShare).toBe(1 / 4); // A of A, B, C, E
    expect(i.notReported).toEqual({ HTX: 2, LHHTX: 0, QTDND: 0, THT: 0 }); // C and E
  });

  it('move with the as-of date', async () => {
    const app = await handBuilt();
    const { indicators: i } = await computeIndicators(app.ctx.db, 2024, '2024-05-01');
    // On 1 May 2024: E suspended, D and F active, B and G active, H not yet founded.
    expect(i.active).toEqual({ HTX: 5, LHHTX: 0, QTDND: 1, THT: 0, total: 6 });
  });

  it('weight income by regular workers, falling back to the plain mean when nobody reported them', () => {
    expect(weightedIncome([])).toBeNull();
    expect(
      weightedIncome([
        { avg_income: 4_000_000, regular_workers: null },
        { avg_income: 6_000_000, regular_workers: null },
      ]),
    ).toBe(5_000_000);
    expect(
      weightedIncome([
        { avg_income: 4_000_000, regular_workers: 1 },
        { avg_income: 6_000_000, regular_workers: 3 },
        { avg_income: 9_000_000, regular_workers: null },
      ]),
    ).toBe(5_500_000);
  });
});
