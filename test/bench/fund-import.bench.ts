import * as XLSX from '@e965/xlsx';
import { afterAll, beforeAll, describe, test } from 'vitest';
import type { ImportRunResult } from '../../src-main/contract/index.ts';
import { generateSchedule } from '../../src-main/core/fund/schedule.ts';
import { formatVnDate } from '../../src-main/shared/index.ts';
import { measure, record } from './measure.ts';
import { disposeSeeded, prng, seedLargeRegistry } from './seed.ts';
import type { App } from '../../src-main/core/app.ts';

/**
 * The fund's Excel ledger at scale (issue 14): 20,000 contracts of the 50,000-organization database (matched
 * by registration code, as a ledger that gives one), each disbursed on its contract row, and a movements sheet
 * with its first 12 monthly instalments repaid (240,000 rows) — dates as dd/mm/yyyy text, amounts in đồng.
 * Committed in one call through the contract (what `kttt import --yes` does): read, match, post under the
 * fund's rules, write. Then the aging of the imported book is checked.
 */
/** KTTT_BENCH_LEDGER_LOANS gives a smaller ledger for a quick look (a profile); the figures are of 20,000. */
const LOANS = Number(process.env.KTTT_BENCH_LEDGER_LOANS ?? 20_000);
const PAID = 12;

let seeded: { app: App; dir: string };
let ledger: Uint8Array;
beforeAll(async () => {
  seeded = await seedLargeRegistry(LOANS < 20_000 ? LOANS * 3 : 50_000, LOANS < 20_000 ? 1 : 10, 2024);
  const s = seeded.app.ctx.conn.sqlite;
  const orgs = s
    .prepare("select name, reg_code from organizations where type in ('HTX', 'LHHTX') and reg_code is not null order by id limit ?")
    .all(LOANS) as { name: string; reg_code: string }[];
  const rnd = prng(11);
  const contracts: (string | number)[][] = [];
  const entries: (string | number)[][] = [];
  orgs.forEach((o, i) => {
    const start = `2023-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    const amount = 100_000_000 + Math.floor(rnd() * 900) * 1_000_000;
    const no = `${String(i + 1)}/HĐTD`;
    contracts.push([i + 1, o.name, o.reg_code, no, formatVnDate(start), amount, '4,8', 24, formatVnDate(start), amount]);
    const schedule = generateSchedule(
      { startOn: start, termMonths: 24, periodMonths: 1, graceMonths: 0, method: 'equal_principal', ratePpm: 48_000 },
      [{ on: start, amount }],
    );
    for (const r of schedule.slice(0, PAID)) entries.push([entries.length + 1, no, formatVnDate(r.dueOn), r.principal, r.interest]);
  });
  const wb = XLSX.utils.book_new();
  const title = ['QUỸ HỖ TRỢ PHÁT TRIỂN HỢP TÁC XÃ TỈNH'];
  XLSX.utils.book_append_sheet(
    wb,
    XLSX.utils.aoa_to_sheet([
      title,
      ['SỔ THEO DÕI CHO VAY', null],
      [
        'STT',
        'Tên HTX',
        'Mã số HTX',
        'Số HĐ',
        'Ngày ký HĐ',
        'Số tiền vay (đồng)',
        'Lãi suất (%/năm)',
        'Thời hạn vay (tháng)',
        'Ngày giải ngân',
        'Số tiền giải ngân (đồng)',
      ],
      ...contracts,
    ]),
    'HĐ vay',
  );
  XLSX.utils.book_append_sheet(
    wb,
    XLSX.utils.aoa_to_sheet([
      title,
      ['SỔ CHI TIẾT THU NỢ', null],
      ['STT', 'Số HĐ', 'Ngày thu nợ', 'Thu gốc (đồng)', 'Thu lãi (đồng)'],
      ...entries,
    ]),
    'Thu nợ',
  );
  ledger = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }) as Uint8Array;
  record({ name: 'fund ledger', loans: orgs.length, movementRows: entries.length, bytes: ledger.length });
}, 1_800_000);
afterAll(async () => {
  await disposeSeeded(seeded);
});

describe('importing the fund ledger at 50,000 organizations', () => {
  test('20,000 contracts and 240,000 repayments committed through the contract, then the aging', async () => {
    let result: ImportRunResult | undefined;
    await measure(
      'imports.run (commit) fund ledger 20,000 loans + 240,000 repayments',
      async () => {
        const r = await seeded.app.call('imports.run', {
          fileName: 'so-theo-doi-cho-vay.xlsx',
          contentBase64: Buffer.from(ledger).toString('base64'),
          commit: true,
          allRows: false,
        });
        if (!r.ok) throw new Error(r.error.message);
        result = r.value;
      },
      { iterations: 1, warmup: 0 },
    );
    const counts = result?.batch?.counts;
    if (!counts || counts.new !== LOANS * (1 + PAID)) throw new Error(`unexpected counts ${JSON.stringify(counts)}`);
    const aging = await seeded.app.call('fund.aging', { asOf: '2024-06-30' });
    if (!aging.ok || aging.value.length !== LOANS) throw new Error('the imported loans are not all on the aging');
    record({ name: 'fund ledger import counts', ...counts, overdue: aging.value.filter((r) => r.daysOverdue > 0).length });
  }, 3_600_000);
});
