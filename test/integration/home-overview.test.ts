// The home page's data through the contract: the latest year with figures, the headline figures beside the
// year before, the five-year trend that says "no figures" rather than 0, the checklist ticking itself, and
// every feature's alerts counted on the as-of date.
import { describe, expect, it } from 'vitest';
import { apply, createRow, value } from '../helpers/registry.ts';
import { openTestApp } from '../helpers/temp.ts';
import type { App } from '../../src-main/core/app.ts';

const NOW = new Date(2025, 5, 15, 9, 0, 0);

async function figures(app: App, id: number, year: number, changes: Record<string, number | null>): Promise<void> {
  const [r] = await apply(app, 'figures', [{ kind: 'upsertFigures', organizationId: id, year, period: 'Y', changes }]);
  if (!r?.ok) throw new Error(JSON.stringify(r));
}

describe('home page data', () => {
  it('on a new database: no year, the current year to open on, nothing ticked', async () => {
    const app = await openTestApp({ now: () => NOW });
    const o = await value(app.call('home.overview', {}));
    expect(o).toMatchObject({ year: null, current: null, years: [], organizations: 0 });
    expect(o.checklist).toEqual({ settings: false, organizations: false, figures: false, annualReport: false });
    expect(await value(app.call('home.years', {}))).toEqual({ years: [], initial: 2025 });
  });

  it('opens on the latest year with figures, with the year before beside it, and ticks the checklist as the office works', async () => {
    const app = await openTestApp({ now: () => NOW });
    await value(app.call('settings.set', { officeName: 'Liên minh HTX tỉnh Thử', provinceCode: '01' }));
    const a = await createRow(app, 'organizations', { type: 'HTX', name: 'HTX An', foundedOn: '2015-01-01' });
    const b = await createRow(app, 'organizations', { type: 'HTX', name: 'HTX Bình', foundedOn: '2022-06-01' });
    await figures(app, a, 2022, { members: 10 });
    await figures(app, a, 2023, { members: 12, revenue: 1_000_000_000 });
    await figures(app, b, 2023, { members: 8, revenue: 3_000_000_000 });
    // A row of 2024 with every figure blank is not "figures of 2024".
    await figures(app, a, 2024, { members: null });

    expect(await value(app.call('home.years', {}))).toEqual({ years: [2023, 2022], initial: 2023 });
    const o = await value(app.call('home.overview', {}));
    expect(o.year).toBe(2023);
    expect(o.current?.members).toBe(20);
    expect(o.current?.avgRevenuePerHtx).toBe(2_000_000_000);
    expect(o.years).toEqual([2023, 2022]);
    expect((await value(app.call('reports.indicators', { year: 2022 }))).members).toBe(10);
    expect(o.checklist).toEqual({ settings: true, organizations: true, figures: true, annualReport: false });

    await value(app.call('reports.annualFile', { year: 2023, format: 'xlsx' }));
    expect((await value(app.call('home.overview', {}))).checklist.annualReport).toBe(true);
  });

  it('draws five years, oldest first, with null (not 0) for a year nobody reported', async () => {
    const app = await openTestApp({ now: () => NOW });
    const a = await createRow(app, 'organizations', { type: 'HTX', name: 'HTX An', foundedOn: '2015-01-01' });
    const t = await createRow(app, 'organizations', { type: 'THT', name: 'Tổ hợp tác Cầu', foundedOn: '2021-01-01' });
    await figures(app, a, 2023, { members: 12, workers: 5, revenue: 600_000_000 });
    await figures(app, t, 2023, { members: 7 });
    const trend = await value(app.call('home.trend', { year: 2023, span: 5 }));
    expect(trend.map((p) => p.year)).toEqual([2019, 2020, 2021, 2022, 2023]);
    expect(trend.map((p) => p.active.total)).toEqual([1, 1, 2, 2, 2]);
    expect(trend[3]).toMatchObject({ members: null, workers: null, avgRevenuePerHtx: null });
    expect(trend[4]).toMatchObject({ members: 19, workers: 5, avgRevenuePerHtx: 600_000_000 });
    // The same numbers the annual report counts.
    const i = await value(app.call('reports.indicators', { year: 2023 }));
    expect(trend[4]?.active).toEqual(i.active);
    expect(trend[4]?.members).toBe(i.members);
  });

  it('counts every alert source on the as-of date, each opening its list', async () => {
    const app = await openTestApp({ now: () => NOW });
    const a = await createRow(app, 'organizations', { type: 'HTX', name: 'HTX An', foundedOn: '2015-01-01' });
    await createRow(app, 'certifications', { organizationId: a, kind: 'vietgap', issuedOn: '2022-01-01', expiresOn: '2025-01-31' });
    const alerts = await value(app.call('home.alerts', { asOf: '2025-06-15' }));
    const byKey = new Map(alerts.map((x) => [x.key, x]));
    expect(byKey.get('monitoring.notReported')).toMatchObject({ count: 1, label: 'Chưa báo cáo số liệu năm 2024' });
    expect(byKey.get('monitoring.certificationsExpired')).toMatchObject({
      count: 1,
      severity: 'danger',
      target: { section: 'kiem-tra', path: 'giam-sat/certificationsExpired' },
    });
    expect(byKey.get('review.open')?.count).toBe(0);
    for (const x of alerts) expect(x.label).not.toMatch(/[a-z]+\.[a-z]+/i);
  });
});
