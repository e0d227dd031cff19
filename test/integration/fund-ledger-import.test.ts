import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FundAgingRow, FundLoanDto, FundLoanSummary, FundRepaymentMethod } from '../../src-main/contract/fund-dto.ts';
import type { ImportBatchDto, ImportPreview, ReviewItem } from '../../src-main/contract/index.ts';
import type { App } from '../../src-main/core/app.ts';
import { runCli } from '../../src-main/cli/main.ts';
import { borrowerHtx } from '../helpers/fund.ts';
import { contractsSheet, entriesSheet, TAN_LAP_CONTRACT, type LedgerContractRow, type LedgerEntryRow } from '../helpers/fund-ledger.ts';
import { bytesOf, workbookOf, type SheetSpec } from '../helpers/import-fixtures.ts';
import { createRow, value } from '../helpers/registry.ts';
import { openTestApp, tempDir } from '../helpers/temp.ts';

const NOW = new Date(2025, 5, 15, 9, 0, 0);
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const xlsx = (sheets: SheetSpec[]) => bytesOf(workbookOf(sheets), 'xlsx');
const iso = (vn: string) => vn.split('/').reverse().join('-');

async function registry(app: App): Promise<Record<string, number>> {
  return {
    tanLap: await borrowerHtx(app, 'HTX Nông nghiệp Tân Lập', { regCode: '5407000123' }),
    muongKhen: await borrowerHtx(app, 'Hợp tác xã Dịch vụ Mường Khến'),
    maiChau: await borrowerHtx(app, 'HTX Mây tre đan Mai Châu'),
  };
}

interface Terms {
  contractNo: string;
  contractOn: string;
  amount: number;
  ratePercent: number;
  termMonths: number;
  periodMonths: 1 | 3;
  method: FundRepaymentMethod;
}

/** The same contract typed by a loan officer: application, appraisal, decision, contract; the overdue rate 150 %. */
async function typedLoan(app: App, organizationId: number, t: Terms): Promise<FundLoanDto> {
  const a = await value(
    app.call('fund.saveApplication', {
      organizationId,
      appliedOn: t.contractOn,
      purpose: 'Vốn lưu động',
      totalInvestment: t.amount * 2,
      ownCapital: t.amount,
      amountRequested: t.amount,
      termRequested: t.termMonths,
    }),
  );
  await value(
    app.call('fund.appraise', { id: a.id, appraisedBy: 'Cán bộ', appraisedOn: t.contractOn, opinion: 'Khả thi', planFeasible: true }),
  );
  await value(app.call('fund.decide', { id: a.id, approve: true, decisionNo: '1/QĐ', decisionOn: t.contractOn }));
  return value(
    app.call('fund.signContract', {
      id: a.id,
      contractNo: t.contractNo,
      contractOn: t.contractOn,
      amount: t.amount,
      ratePercent: t.ratePercent,
      overdueRatePercent: Math.round(t.ratePercent * 1.5 * 10_000) / 10_000,
      termMonths: t.termMonths,
      periodMonths: t.periodMonths,
      graceMonths: 0,
      method: t.method,
    }),
  );
}

const LOAN_1: Terms = {
  contractNo: '01/2023/HĐTD',
  contractOn: '2023-01-10',
  amount: 120_000_000,
  ratePercent: 4.8,
  termMonths: 12,
  periodMonths: 1,
  method: 'equal_principal',
};
const LOAN_2: Terms = {
  contractNo: '02/2023/HĐTD',
  contractOn: '2023-02-01',
  amount: 1_200_000_000,
  ratePercent: 4.8,
  termMonths: 24,
  periodMonths: 3,
  method: 'annuity',
};

const CONTRACTS: LedgerContractRow[] = [
  TAN_LAP_CONTRACT,
  {
    borrower: 'HTX Dịch vụ Mường Khến',
    contractNo: LOAN_2.contractNo,
    contractOn: '01/02/2023',
    amountMillions: '1,2 tỷ',
    rate: '0,4%/tháng',
    termMonths: 24,
    periodMonths: 3,
    method: 'Trả đều gốc và lãi (niên kim)',
    disbursedOn: '05/02/2023',
    disbursed: 600_000_000,
  },
];
const ENTRIES: LedgerEntryRow[] = [
  { contractNo: LOAN_1.contractNo, onDate: '15/02/2023', principal: '10.000.000', interest: 489_205 },
  { contractNo: LOAN_1.contractNo, onDate: '20/03/2023', principal: 10_000_000, interest: 400_000 },
  { contractNo: LOAN_2.contractNo, onDate: '01/03/2023', disbursed: 600_000_000 },
  { contractNo: LOAN_2.contractNo, onDate: '10/05/2023', principal: 150_000_000, interest: 12_000_000 },
  { contractNo: LOAN_1.contractNo, onDate: '15/08/2023', principal: 30_000_000, interest: 1_000_000 },
];

/** What the aging says of a loan, without the ids and codes that differ between two books. */
const agingOf = (rows: FundAgingRow[]) =>
  rows
    .map((r) => ({
      contractNo: r.contractNo,
      o: r.principalOutstanding,
      po: r.principalOverdue,
      io: r.interestOverdue,
      d: r.daysOverdue,
      g: r.group,
    }))
    .sort((a, b) => String(a.contractNo).localeCompare(String(b.contractNo)));

async function importFile(app: App, fileName: string, bytes: Uint8Array): Promise<{ preview: ImportPreview; batch: ImportBatchDto }> {
  const preview = await value(app.call('imports.open', { fileName, contentBase64: b64(bytes) }));
  const batch = await value(app.call('imports.commit', { jobId: preview.jobId }));
  return { preview, batch };
}

describe('importing the fund’s Excel ledger', () => {
  it('reads a title block and merged headers, one sheet per kind, and gives the balances and aging of the same loans typed', async () => {
    const imported = await openTestApp({ now: () => NOW });
    await registry(imported);
    const { preview } = await importFile(
      imported,
      'So theo doi cho vay 2023.xlsx',
      xlsx([contractsSheet(CONTRACTS), entriesSheet(ENTRIES)]),
    );
    expect(preview.sheets.map((s) => [s.name, s.entity, s.refusal])).toEqual([
      ['HĐ vay', 'fundLoans', null],
      ['Giải ngân - thu nợ', 'fundEntries', null],
    ]);
    const amountColumn = preview.sheets[0]?.columns.find((c) => c.field === 'amount');
    expect(amountColumn?.unit).toBe('trieu');

    const typed = await openTestApp({ now: () => NOW });
    const ids = await registry(typed);
    const l1 = await typedLoan(typed, ids.tanLap as number, LOAN_1);
    const l2 = await typedLoan(typed, ids.muongKhen as number, LOAN_2);
    const post = async (loanId: number, kind: 'disburse' | 'repay', onDate: string, amount: number) =>
      value(typed.call(kind === 'disburse' ? 'fund.disburse' : 'fund.repay', { loanId, onDate, amount }));
    await post(l1.id, 'disburse', '2023-01-15', 120_000_000);
    await post(l2.id, 'disburse', '2023-02-05', 600_000_000);
    await post(l1.id, 'repay', '2023-02-15', 10_489_205);
    await post(l2.id, 'disburse', '2023-03-01', 600_000_000);
    await post(l1.id, 'repay', '2023-03-20', 10_400_000);
    await post(l2.id, 'repay', '2023-05-10', 162_000_000);
    await post(l1.id, 'repay', '2023-08-15', 31_000_000);

    for (const asOf of ['2023-02-20', '2023-06-30', '2023-12-31', '2024-09-30', '2025-06-15']) {
      const mine = agingOf(await value(imported.call('fund.aging', { asOf })));
      expect(mine, asOf).toEqual(agingOf(await value(typed.call('fund.aging', { asOf }))));
    }
    const loans = await value<FundLoanSummary[]>(imported.call('fund.loans', { asOf: '2023-06-30' }));
    expect(loans.map((l) => [l.contractNo, l.stage, l.amount, l.ratePercent])).toEqual(
      expect.arrayContaining([
        [LOAN_1.contractNo, 'contracted', 120_000_000, 4.8],
        [LOAN_2.contractNo, 'contracted', 1_200_000_000, 4.8],
      ]),
    );
    const page = await value(
      imported.call('fund.loan', { id: loans.find((l) => l.contractNo === LOAN_2.contractNo)?.id ?? 0, asOf: '2023-06-30' }),
    );
    expect(page.method).toBe('annuity');
    expect(page.conditions.find((c) => c.key === 'ownCapital')?.met).toBeNull();
    expect(page.repayments.map((r) => [r.onDate, r.amount])).toEqual([['2023-05-10', 162_000_000]]);
  });

  it('never loses a row: a borrower not in the registry, namesakes, a repayment above what is owed, bad dates and rates wait in “Cần xem lại”', async () => {
    const app = await openTestApp({ now: () => NOW });
    await registry(app);
    await createRow(app, 'organizations', { type: 'HTX', name: 'HTX Hoa Ban', legacyAddress: 'xã Tân Lạc, huyện Tân Lạc' });
    await createRow(app, 'organizations', { type: 'HTX', name: 'HTX Hoa Ban', legacyAddress: 'xã Đà Bắc, huyện Đà Bắc' });
    const before = (await value(app.call('registry.listOrganizations', {}))).length;
    const contracts: LedgerContractRow[] = [
      ...CONTRACTS,
      { borrower: 'HTX Chưa Đăng Ký', contractNo: '03/2023/HĐTD', contractOn: '01/03/2023', amountMillions: 50, rate: 6, termMonths: 12 },
      { borrower: 'HTX Hoa Ban', contractNo: '04/2023/HĐTD', contractOn: '01/03/2023', amountMillions: 50, rate: 6, termMonths: 12 },
      {
        borrower: 'HTX Mây tre đan Mai Châu',
        contractNo: '05/2023/HĐTD',
        contractOn: '31/02/2023',
        amountMillions: 50,
        rate: 6,
        termMonths: 12,
      },
      {
        borrower: 'HTX Mây tre đan Mai Châu',
        contractNo: '06/2023/HĐTD',
        contractOn: '01/04/2023',
        amountMillions: 50,
        rate: 'sáu phần trăm',
        termMonths: 12,
      },
    ];
    const entries: LedgerEntryRow[] = [
      ...ENTRIES,
      { contractNo: LOAN_2.contractNo, onDate: '01/06/2023', principal: '5.000.000.000' },
      { contractNo: '99/2023/HĐTD', onDate: '01/06/2023', principal: 1_000_000 },
      { contractNo: LOAN_1.contractNo, onDate: '09/2023', principal: 1_000_000 },
      { contractNo: LOAN_1.contractNo, onDate: '01/10/2023', principal: 'một triệu' },
    ];
    const { preview, batch } = await importFile(app, 'so-vay.xlsx', xlsx([contractsSheet(contracts), entriesSheet(entries)]));
    const [loanSheet, entrySheet] = preview.sheets;
    const fateOf = (s: typeof loanSheet, row: number) => s?.rows.find((r) => r.sourceRow === row);
    // Data rows start on row 6 of both sheets.
    expect(contracts.map((_, i) => fateOf(loanSheet, 6 + i)?.fate)).toEqual(['new', 'new', 'excluded', 'excluded', 'excluded', 'excluded']);
    expect(entries.map((_, i) => fateOf(entrySheet, 6 + i)?.fate)).toEqual([
      'new',
      'new',
      'new',
      'new',
      'new',
      'excluded',
      'excluded',
      'excluded',
      'excluded',
    ]);
    expect(fateOf(loanSheet, 8)?.reason).toContain('Không tìm thấy người vay “HTX Chưa Đăng Ký”');
    expect(fateOf(loanSheet, 9)?.reason).toContain('Có 2 tổ chức tên “HTX Hoa Ban”');
    expect(fateOf(loanSheet, 11)?.flags.find((f) => f.field === 'ratePercent')?.reason).toMatch(/Không đọc được lãi suất “sáu phần trăm”/);
    expect(fateOf(entrySheet, 11)?.reason).toMatch(/lớn hơn số còn nợ/);
    expect(batch.reviewOpen).toBeGreaterThanOrEqual(7);

    // Never a silent new organization.
    expect((await value(app.call('registry.listOrganizations', {}))).length).toBe(before);
    const items = await value<ReviewItem[]>(app.call('review.items', { batchId: batch.id }));
    const rowsFlagged = new Set(items.map((i) => `${String(i.sheet)}:${String(i.sourceRow)}`));
    for (const row of [8, 9, 10, 11]) expect(rowsFlagged.has(`HĐ vay:${String(row)}`), `HĐ vay ${String(row)}`).toBe(true);
    for (const row of [11, 12, 13, 14]) expect(rowsFlagged.has(`Giải ngân - thu nợ:${String(row)}`), `thu nợ ${String(row)}`).toBe(true);
    const unmatched = items.find((i) => i.field === 'organizationId' && i.raw === 'HTX Chưa Đăng Ký');
    expect(unmatched?.reason).toContain('03/2023/HĐTD');
    expect(items.every((i) => /[ăâđêôơư]/i.test(i.reason))).toBe(true);

    // A ledger flag is closed as seen: the clerk posts the entry on the fund's page.
    const fixed = await value(app.call('review.fixItem', { id: unmatched?.id ?? 0, value: null }));
    expect(fixed.fixed).toBe(1);
  });

  it('posts nothing twice when the same ledger comes again, and its undo reverses what it posted, never deleting it', async () => {
    const app = await openTestApp({ now: () => NOW });
    await registry(app);
    const bytes = xlsx([contractsSheet(CONTRACTS), entriesSheet(ENTRIES)]);
    const first = await importFile(app, 'so-vay.xlsx', bytes);
    const aging = agingOf(await value(app.call('fund.aging', { asOf: '2023-12-31' })));
    const again = await importFile(app, 'so-vay (2).xlsx', bytes);
    expect(again.batch.counts.new).toBe(0);
    expect(agingOf(await value(app.call('fund.aging', { asOf: '2023-12-31' })))).toEqual(aging);

    const undo = await value(app.call('imports.undo', { batchId: first.batch.id }));
    expect(undo.reverted).toBe(2);
    const loans = await value<FundLoanSummary[]>(app.call('fund.loans', { asOf: '2023-12-31' }));
    expect(loans.map((l) => l.stage)).toEqual(['cancelled', 'cancelled']);
    expect(await value(app.call('fund.aging', { asOf: '2023-12-31' }))).toEqual([]);
    const page = await value(app.call('fund.loan', { id: loans[0]?.id ?? 0, asOf: '2023-12-31' }));
    expect(page.disbursements.length).toBeGreaterThan(0);
    expect(page.disbursements.every((d) => d.reversedBy !== null || d.reversesId !== null)).toBe(true);
    expect(page.history.some((h) => h.text.includes('Hoàn tác lần nhập'))).toBe(true);
  });

  it('posts a ledger of repayments onto a loan typed in KTTT, and names a member borrower by name within the organization', async () => {
    const app = await openTestApp({ now: () => NOW });
    const ids = await registry(app);
    const loan = await typedLoan(app, ids.tanLap as number, LOAN_1);
    await value(app.call('fund.disburse', { loanId: loan.id, onDate: '2023-01-15', amount: 120_000_000 }));
    const known = await value(app.call('fund.saveMember', { organizationId: ids.maiChau as number, fullName: 'Hà Thị Lan' }));
    const contracts: LedgerContractRow[] = [
      {
        borrower: 'HTX Mây tre đan Mai Châu',
        member: 'HÀ THỊ LAN',
        contractNo: '07/2023/HĐTD',
        contractOn: '01/03/2023',
        amountMillions: 30,
        rate: 6,
        termMonths: 12,
        disbursedOn: '02/03/2023',
        disbursed: 30_000_000,
      },
      {
        borrower: 'HTX Mây tre đan Mai Châu',
        member: 'Bùi Văn Tư',
        contractNo: '08/2023/HĐTD',
        contractOn: '01/03/2023',
        amountMillions: 20,
        rate: 6,
        termMonths: 12,
      },
    ];
    const { preview } = await importFile(
      app,
      'so.xlsx',
      xlsx([contractsSheet(contracts), entriesSheet(ENTRIES.filter((e) => e.contractNo === LOAN_1.contractNo))]),
    );
    expect(preview.sheets[1]?.counts.new).toBe(3);
    const page = await value(app.call('fund.loan', { id: loan.id, asOf: '2023-12-31' }));
    expect(page.repayments.map((r) => [r.onDate, r.amount, r.interest])).toEqual([
      ['2023-02-15', 10_489_205, 489_205],
      ['2023-03-20', 10_400_000, expect.any(Number)],
      ['2023-08-15', 31_000_000, expect.any(Number)],
    ]);
    const loans = await value<FundLoanSummary[]>(app.call('fund.loans', { asOf: '2023-12-31' }));
    expect(loans.find((l) => l.contractNo === '07/2023/HĐTD')?.borrowerName).toContain('Hà Thị Lan');
    const members = await value(app.call('fund.members', { organizationId: ids.maiChau as number }));
    expect(members.map((m) => m.fullName).sort()).toEqual(['Bùi Văn Tư', 'Hà Thị Lan']);
    expect(members.find((m) => m.fullName === 'Hà Thị Lan')?.id).toBe(known.id);
    const flags = preview.sheets[0]?.rows.find((r) => r.sourceRow === 7)?.flags ?? [];
    expect(flags.map((f) => f.field)).toContain('memberName');
  });

  it('kttt import previews and commits a ledger from the command line', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'kttt.sqlite');
    const app = await openTestApp({ dbPath: db, now: () => NOW });
    await registry(app);
    await app.close();
    const file = path.join(dir, 'So cho vay.xlsx');
    fs.writeFileSync(file, xlsx([contractsSheet(CONTRACTS), entriesSheet(ENTRIES)]));
    const out: string[] = [];
    const io = { out: (l: string) => out.push(l), err: (l: string) => out.push(l) };
    expect(await runCli(['--db', db, 'import', file, '--yes', '--json'], io, {})).toBe(0);
    const r = JSON.parse(out.join('\n')) as { committed: boolean; batch: ImportBatchDto };
    expect(r.committed).toBe(true);
    expect(r.batch.sheets.map((s) => s.entity)).toEqual(['fundLoans', 'fundEntries']);
    const reopened = await openTestApp({ dbPath: db, now: () => NOW });
    expect((await value(reopened.call('fund.aging', { asOf: iso('31/12/2023') }))).length).toBe(2);
    await reopened.close();
  });
});
