import { afterAll, beforeAll, describe, test } from 'vitest';
import type { MethodName, InputOf, Result } from '../../src-main/contract/index.ts';
import { closeReportBench, MONITORING_AS_OF, openReportBench, timed, YEAR, type ReportBench } from './report-setup.ts';

/**
 * The lists the app serves that registry-core.bench.ts does not measure, on the 50,000-organization database
 * with its OCOP products, certifications, meetings, a year of inspections and a recycle bin
 * (seed-reports.ts), each through the contract. Targets: a grid's list of one row per organization in under
 * 250 ms as for the organizations grid (issue 3), smaller lists in under 100 ms, lists computed from the
 * whole registry (indicators, monitoring) in under 1 s like the report model.
 */
let bench: ReportBench;
beforeAll(async () => {
  bench = await openReportBench();
}, 600_000);
afterAll(async () => {
  await closeReportBench(bench);
});

interface ListCase<M extends MethodName> {
  method: M;
  input: () => InputOf<M>;
  label: string;
  targetMs: number;
  /** How many items the answer must have at least: a list that came back empty measured nothing. */
  atLeast: number;
  count: (value: unknown) => number;
}

const length = (v: unknown): number => (Array.isArray(v) ? v.length : 0);

function listCase<M extends MethodName>(c: ListCase<M>): ListCase<MethodName> {
  return c as unknown as ListCase<MethodName>;
}

const CASES: ListCase<MethodName>[] = [
  listCase({
    method: 'registry.organizationNames',
    input: () => ({}),
    label: 'organization directory (pickers)',
    targetMs: 250,
    atLeast: 50_000,
    count: length,
  }),
  listCase({
    method: 'registry.listFigures',
    input: () => ({ year: YEAR }),
    label: `figures of ${YEAR}`,
    targetMs: 250,
    atLeast: 45_000,
    count: length,
  }),
  listCase({ method: 'registry.listOcop', input: () => ({}), label: 'OCOP products', targetMs: 100, atLeast: 6_000, count: length }),
  listCase({
    method: 'registry.listCertifications',
    input: () => ({}),
    label: 'certifications',
    targetMs: 100,
    atLeast: 7_500,
    count: length,
  }),
  listCase({ method: 'registry.recycleBin', input: () => ({}), label: 'recycle bin', targetMs: 100, atLeast: 2_000, count: length }),
  listCase({
    method: 'registry.stats',
    input: () => ({ year: YEAR }),
    label: `registry stats ${YEAR}`,
    targetMs: 100,
    atLeast: 1,
    count: (v) => (v && typeof v === 'object' && 'total' in v ? Number(v.total) : 0),
  }),
  listCase({
    method: 'reports.indicators',
    input: () => ({ year: YEAR }),
    label: `indicators ${YEAR}`,
    targetMs: 1_000,
    atLeast: 40_000,
    count: (v) =>
      v && typeof v === 'object' && 'active' in v && v.active && typeof v.active === 'object' && 'total' in v.active
        ? Number(v.active.total)
        : 0,
  }),
  listCase({
    method: 'monitoring.lists',
    input: () => ({ asOf: MONITORING_AS_OF }),
    label: `monitoring lists as of ${MONITORING_AS_OF}`,
    targetMs: 1_000,
    atLeast: 10_000,
    count: (v) =>
      v && typeof v === 'object' && 'lists' in v && v.lists && typeof v.lists === 'object'
        ? Object.values(v.lists).reduce((s: number, l) => s + length(l), 0)
        : 0,
  }),
  listCase({
    method: 'inspections.listRecords',
    input: () => ({ from: `${YEAR}-01-01`, to: `${YEAR}-12-31` }),
    label: `inspection records of ${YEAR}`,
    targetMs: 250,
    atLeast: 3_000,
    count: length,
  }),
  listCase({
    method: 'inspections.listRecommendations',
    input: () => ({ asOf: MONITORING_AS_OF }),
    label: 'recommendations and their follow-up',
    targetMs: 250,
    atLeast: 3_000,
    count: length,
  }),
  listCase({
    method: 'inspections.listMeetings',
    input: () => ({ fiscalYear: YEAR - 1 }),
    label: `members' meetings of ${YEAR - 1}`,
    targetMs: 250,
    atLeast: 30_000,
    count: length,
  }),
  listCase({
    method: 'inspections.listPlans',
    input: () => ({ year: YEAR }),
    label: `inspection plans of ${YEAR}`,
    targetMs: 100,
    atLeast: 1,
    count: length,
  }),
  listCase({
    method: 'inspections.periodReport',
    input: () => ({ from: `${YEAR}-01-01`, to: `${YEAR}-12-31` }),
    label: `inspection period data ${YEAR}`,
    targetMs: 1_000,
    atLeast: 3_000,
    count: (v) => (v && typeof v === 'object' && 'inspections' in v ? Number(v.inspections) : 0),
  }),
  // The home page: its figures must show within 1 s of opening; the trend and the alerts follow.
  listCase({
    method: 'home.overview',
    input: () => ({}),
    label: 'home page figures (latest year and the year before)',
    targetMs: 1_000,
    atLeast: 40_000,
    count: (v) => (v && typeof v === 'object' && 'organizations' in v ? Number(v.organizations) : 0),
  }),
  listCase({
    method: 'home.years',
    input: () => ({}),
    label: 'years with figures',
    targetMs: 100,
    atLeast: 1,
    count: (v) => length((v as { years?: unknown }).years),
  }),
  listCase({
    method: 'home.trend',
    input: () => ({ year: YEAR, span: 5 }),
    label: 'home page five-year trend',
    targetMs: 1_000,
    atLeast: 5,
    count: length,
  }),
  listCase({
    method: 'home.alerts',
    input: () => ({ asOf: MONITORING_AS_OF }),
    label: `home page alerts as of ${MONITORING_AS_OF}`,
    targetMs: 1_000,
    atLeast: 8,
    count: length,
  }),
  listCase({
    method: 'registry.figureSheet',
    input: () => ({ year: YEAR }),
    label: `empty rows of the ${YEAR} figures sheet`,
    targetMs: 250,
    atLeast: 1,
    count: length,
  }),
];

describe('lists at 50,000 organizations, through the contract', () => {
  for (const c of CASES) {
    test(`${c.method}: ${c.label}`, async () => {
      await timed(
        `list: ${c.method} — ${c.label}`,
        async () => {
          const res = (await bench.app.call(c.method, c.input())) as Result<unknown>;
          if (!res.ok) throw new Error(res.error.message);
          const n = c.count(res.value);
          if (n < c.atLeast) throw new Error(`${n} items, expected at least ${c.atLeast}`);
        },
        { runs: 10, warmup: 2, targetMs: c.targetMs },
      );
    }, 1_800_000);
  }
});
