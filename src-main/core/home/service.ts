import type { HomeAlert, HomeOverview, HomeTrendPoint, WorkingYears } from '../../contract/home.ts';
import { ORG_TYPES, type OrgType } from '../../contract/vocab.ts';
import { localIsoDate } from '../../shared/calendar.ts';
import type { CoreContext } from '../context.ts';
import { writeTransaction } from '../db/transaction.ts';
import { indicatorsOnly } from '../reports/data/indicators.ts';
import { activeTotalsOn } from '../reports/data/repository.ts';
import { getSettings } from '../settings/service.ts';
import { readSetting, writeSetting } from '../settings/repository.ts';
import { alertSources } from './alert-sources.ts';
import { organizationCount, yearsWithFigures } from './repository.ts';

/** Where the settings table keeps the last annual report made: { year, at }. */
const ANNUAL_REPORT_MADE = 'home.annualReportMade';

/** Every page opens on the latest year with figures; on a database without any, on the current year. */
export async function workingYears(ctx: CoreContext): Promise<WorkingYears> {
  const years = await yearsWithFigures(ctx.db);
  return { years, initial: years[0] ?? ctx.now().getFullYear() };
}

/**
 * The home page's first screen: the latest year's headline figures and the checklist. The year before comes
 * in a second call, so that the first figures show within a second on a large province.
 */
export async function homeOverview(ctx: CoreContext): Promise<HomeOverview> {
  const years = await yearsWithFigures(ctx.db);
  const year = years[0] ?? null;
  const settings = await getSettings(ctx);
  const organizations = await organizationCount(ctx.db);
  const current = year === null ? null : await indicatorsOnly(ctx.db, year);
  return {
    year,
    current,
    years,
    organizations,
    checklist: {
      settings: settings.officeName.trim() !== '' && settings.provinceCode !== '',
      organizations: organizations > 0,
      figures: year !== null,
      annualReport: (await readSetting(ctx.db, ANNUAL_REPORT_MADE)) !== undefined,
    },
  };
}

/** The `span` years ending with `year`, oldest first: active organizations by type, people, mean revenue per HTX. */
export async function homeTrend(ctx: CoreContext, year: number, span: number): Promise<HomeTrendPoint[]> {
  const points: HomeTrendPoint[] = [];
  for (let y = year - span + 1; y <= year; y++) {
    const rows = await activeTotalsOn(ctx.db, `${String(y)}-12-31`, y);
    const active = { HTX: 0, LHHTX: 0, QTDND: 0, THT: 0, total: 0 };
    let members = 0;
    let membersN = 0;
    let workers = 0;
    let workersN = 0;
    for (const r of rows) {
      if ((ORG_TYPES as readonly string[]).includes(r.type)) active[r.type as OrgType] += Number(r.n);
      active.total += Number(r.n);
      members += Number(r.members_sum ?? 0);
      membersN += Number(r.members_n);
      workers += Number(r.workers_sum ?? 0);
      workersN += Number(r.workers_n);
    }
    const htx = rows.find((r) => r.type === 'HTX');
    const avgRevenuePerHtx = htx && Number(htx.revenue_n) > 0 ? Math.round(Number(htx.revenue_sum) / Number(htx.revenue_n)) : null;
    // A year nobody reported is "no figures", not "0 members".
    points.push({ year: y, active, members: membersN ? members : null, workers: workersN ? workers : null, avgRevenuePerHtx });
  }
  return points;
}

/** Every feature's alerts on the as-of date (today unless given), in the order of alertSources. */
export async function homeAlerts(ctx: CoreContext, asOf?: string): Promise<HomeAlert[]> {
  const day = asOf ?? localIsoDate(ctx.now());
  const all: HomeAlert[] = [];
  for (const source of alertSources) all.push(...(await source(ctx, day)));
  return all;
}

/** An annual report was printed or saved: the checklist's last step ticks itself. */
export async function markAnnualReportMade(ctx: CoreContext, year: number): Promise<void> {
  const at = ctx.now().toISOString();
  await writeTransaction(ctx, async (tx) => writeSetting(tx.db, ANNUAL_REPORT_MADE, { year, at }, at));
}
