import { describe, expect, it } from 'vitest';
import type { FundLoanSummary } from '../../src-main/contract/fund-dto.ts';
import type { ImportPreview, ReviewItem } from '../../src-main/contract/index.ts';
import type { App } from '../../src-main/core/app.ts';
import { borrowerHtx } from '../helpers/fund.ts';
import { contractsSheet, TAN_LAP_CONTRACT, type LedgerContractRow } from '../helpers/fund-ledger.ts';
import { bytesOf, workbookOf } from '../helpers/import-fixtures.ts';
import { value } from '../helpers/registry.ts';
import { openTestApp } from '../helpers/temp.ts';

/**
 * A ledger brought in again whose contract terms differ from the contract the loan book holds under the same
 * number: the stored contract is not overwritten, the file's value is not dropped — each differing cell waits in
 * "Cần xem lại" with both values. Terms the ledger leaves blank were defaults, never read, and are not compared.
 */
const NOW = new Date(2025, 5, 15, 9, 0, 0);

const LOAN_1 = TAN_LAP_CONTRACT;
const LOAN_2: LedgerContractRow = {
  borrower: 'HTX Dịch vụ Mường Khến',
  contractNo: '02/2023/HĐTD',
  contractOn: '01/02/2023',
  amountMillions: 300,
  rate: '0,4%/tháng',
  termMonths: 24,
  periodMonths: 3,
  method: 'Trả đều gốc và lãi (niên kim)',
};

async function importLedger(app: App, fileName: string, rows: LedgerContractRow[]): Promise<{ preview: ImportPreview; batchId: number }> {
  const bytes = bytesOf(workbookOf([contractsSheet(rows)]), 'xlsx');
  const preview = await value(app.call('imports.open', { fileName, contentBase64: Buffer.from(bytes).toString('base64') }));
  const batch = await value(app.call('imports.commit', { jobId: preview.jobId }));
  return { preview, batchId: batch.id };
}

async function bookWithTwoLoans(): Promise<{ app: App; loanId: (no: string) => Promise<number> }> {
  const app = await openTestApp({ now: () => NOW });
  await borrowerHtx(app, 'HTX Nông nghiệp Tân Lập');
  await borrowerHtx(app, 'Hợp tác xã Dịch vụ Mường Khến');
  await importLedger(app, 'so-vay-2023.xlsx', [LOAN_1, LOAN_2]);
  const loanId = async (no: string) => {
    const loans = await value<FundLoanSummary[]>(app.call('fund.loans', { asOf: '2023-12-31' }));
    return loans.find((l) => l.contractNo === no)?.id ?? 0;
  };
  return { app, loanId };
}

describe('a ledger whose contract terms differ from the stored contract', () => {
  it('flags each differing term for review with both values, and leaves the stored contract and its schedule as they were', async () => {
    const { app, loanId } = await bookWithTwoLoans();
    const id1 = await loanId(LOAN_1.contractNo);
    const before = await value(app.call('fund.loan', { id: id1, asOf: '2023-12-31' }));

    const changed: LedgerContractRow = {
      ...LOAN_1,
      contractOn: '12/01/2023',
      amountMillions: 150,
      rate: '5,4',
      termMonths: 18,
      method: 'Trả đều gốc và lãi (niên kim)',
    };
    const { preview, batchId } = await importLedger(app, 'so-vay-2023 (sửa).xlsx', [changed, LOAN_2]);
    const rows = preview.sheets[0]?.rows ?? [];
    const row1 = rows.find((r) => r.sourceRow === 6);
    expect(row1?.fate).toBe('unchanged');
    expect(row1?.reason).toMatch(/Khác hợp đồng đang lưu trong sổ cho vay .*chờ xem lại/);
    const reasons = Object.fromEntries((row1?.flags ?? []).map((f) => [f.field, f.reason]));
    expect(Object.keys(reasons).sort()).toEqual(['amount', 'contractOn', 'method', 'ratePercent', 'termMonths']);
    expect(reasons.amount).toContain('tệp ghi 150.000.000 đồng, hợp đồng ghi 120.000.000 đồng');
    expect(reasons.ratePercent).toContain('tệp ghi 5,4%/năm, hợp đồng ghi 4,8%/năm');
    expect(reasons.termMonths).toContain('tệp ghi 18 tháng, hợp đồng ghi 12 tháng');
    expect(reasons.contractOn).toContain('tệp ghi 12/01/2023, hợp đồng ghi 10/01/2023');
    expect(reasons.method).toContain('tệp ghi trả đều gốc và lãi (niên kim), hợp đồng ghi gốc trả đều, lãi theo dư nợ');
    // The same contract written the same way is not flagged, and neither is a term the ledger leaves blank.
    expect(rows.find((r) => r.sourceRow === 7)?.flags ?? []).toEqual([]);

    const after = await value(app.call('fund.loan', { id: id1, asOf: '2023-12-31' }));
    expect([after.amount, after.ratePercent, after.termMonths, after.contractOn, after.method]).toEqual([
      120_000_000,
      4.8,
      12,
      '2023-01-10',
      'equal_principal',
    ]);
    expect(after.schedule).toEqual(before.schedule);
    expect(after.disbursements).toHaveLength(1);

    const items = await value<ReviewItem[]>(app.call('review.items', { batchId }));
    const flagged = items.filter((i) => i.sheet === 'HĐ vay' && i.sourceRow === 6).map((i) => [i.field, i.raw]);
    expect(flagged.sort()).toEqual([
      ['amount', '150.000.000 đồng'],
      ['contractOn', '12/01/2023'],
      ['method', 'trả đều gốc và lãi (niên kim)'],
      ['ratePercent', '5,4%/năm'],
      ['termMonths', '18 tháng'],
    ]);
    expect(items.every((i) => i.reason.includes('Hợp đồng không bị sửa theo tệp'))).toBe(true);
  });

  it('takes the term in force after a rescheduling as agreeing, and flags a second row of the same file that differs from the first', async () => {
    const { app, loanId } = await bookWithTwoLoans();
    const id1 = await loanId(LOAN_1.contractNo);
    await value(
      app.call('fund.reschedule', {
        loanId: id1,
        kind: 'extension',
        onDate: '2023-12-01',
        decisionNo: '5/QĐ-GH',
        decisionOn: '2023-12-01',
        termMonths: 18,
      }),
    );
    const loan3: LedgerContractRow = { ...LOAN_2, contractNo: '03/2024/HĐTD', contractOn: '05/01/2024' };
    const { preview } = await importLedger(app, 'so-vay-2024.xlsx', [
      { ...LOAN_1, termMonths: 18 },
      loan3,
      { ...loan3, amountMillions: 350 },
    ]);
    const rows = preview.sheets[0]?.rows ?? [];
    expect(rows.find((r) => r.sourceRow === 6)?.flags ?? []).toEqual([]);
    const twice = rows.find((r) => r.sourceRow === 8);
    expect(twice?.fate).toBe('merged');
    expect(twice?.flags.map((f) => [f.field, f.reason])).toEqual([
      ['amount', expect.stringContaining('đã ghi sổ từ dòng trên của tệp: tệp ghi 350.000.000 đồng, hợp đồng ghi 300.000.000 đồng')],
    ]);
  });
});
