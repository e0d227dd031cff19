import { afterAll, beforeAll, describe, test } from 'vitest';
import type { FundAgingRow } from '../../src-main/contract/fund-dto.ts';
import { record } from './measure.ts';
import { closeReportBench, openReportBench, timed, type ReportBench } from './report-setup.ts';
import { seedFundLoans, type FundSeed } from './seed-fund.ts';

/**
 * The fund's loan book at scale (issue 14): 20,000 loans of the 50,000-organization database, each with 10
 * years of monthly instalments and repayments (2,4 million of each). Target: the aging of every loan on any
 * date in under 300 ms; the lists and the period report computed from it in under 1 s like the other reports.
 */
let bench: ReportBench;
let seed: FundSeed;
beforeAll(async () => {
  bench = await openReportBench();
  seed = seedFundLoans(bench.app, 20_000);
  record({ name: 'fund seed', ...seed });
}, 900_000);
afterAll(async () => {
  await closeReportBench(bench);
});

async function agingOn(asOf: string): Promise<FundAgingRow[]> {
  const r = await bench.app.call('fund.aging', { asOf });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('fund at 20,000 loans × 10 years', () => {
  for (const asOf of ['2018-06-30', '2022-12-31', '2025-01-15']) {
    test(`aging as of ${asOf} (target 300 ms)`, async () => {
      const rows = await agingOn(asOf);
      const overdue = rows.filter((r) => r.daysOverdue > 0).length;
      if (rows.length < 10_000) throw new Error(`only ${String(rows.length)} loans on the aging`);
      if (asOf >= '2022-12-31' && overdue === 0) throw new Error('no overdue loan found');
      await timed(`fund.aging ${asOf} (${String(rows.length)} loans, ${String(overdue)} overdue)`, () => agingOn(asOf), {
        runs: 5,
        targetMs: 300,
      });
    }, 300_000);
  }

  test('the loans grid as of a date (target 500 ms)', async () => {
    await timed('fund.loans 2022-12-31', () => bench.app.call('fund.loans', { asOf: '2022-12-31' }), { runs: 5, targetMs: 500 });
  }, 300_000);

  test('due in the next 30 days (target 300 ms)', async () => {
    await timed('fund.dueSoon 2022-12-01', () => bench.app.call('fund.dueSoon', { asOf: '2022-12-01', days: 30 }), {
      runs: 5,
      targetMs: 300,
    });
  }, 300_000);

  test('the fund report of a year as HTML (target 1 s)', async () => {
    const request = { kind: 'report', from: '2022-01-01', to: '2022-12-31', asOf: '2022-12-31' } as const;
    await timed('fund.documentHtml report 2022', () => bench.app.call('fund.documentHtml', request), { runs: 3, targetMs: 1000 });
  }, 300_000);
});
