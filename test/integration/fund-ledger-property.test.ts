import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FundAgingRow, FundLoanDto, FundRepaymentMethod } from '../../src-main/contract/fund-dto.ts';
import type { App } from '../../src-main/core/app.ts';
import { formatNumber } from '../../src-main/shared/index.ts';
import { borrowerHtx } from '../helpers/fund.ts';
import { contractsSheet, entriesSheet, type LedgerContractRow, type LedgerEntryRow } from '../helpers/fund-ledger.ts';
import { bytesOf, workbookOf } from '../helpers/import-fixtures.ts';
import { value } from '../helpers/registry.ts';
import { openTestApp } from '../helpers/temp.ts';

/**
 * Ledgers generated from known loans: each loan is typed in one book, paid in random ways (on time, late,
 * short, skipping, ahead) under the fund's own rules; what was posted is written into an Excel ledger the way
 * an office writes one (amounts as numbers, as "1.234.567" or "1.234.567 đ", dates as dd/mm/yyyy text, the
 * first disbursement on the contract's row or on the movements sheet). Imported into an empty book, the
 * ledger must give the same aging on any date.
 */
const NOW = new Date(2027, 0, 1, 9, 0, 0);
const vn = (iso: string) => iso.split('-').reverse().join('/');
const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const METHOD_TEXT: Record<FundRepaymentMethod, string> = {
  equal_principal: 'Gốc trả đều, lãi theo dư nợ',
  annuity: 'Trả đều gốc và lãi (niên kim)',
  maturity: 'Gốc trả một lần khi đến hạn',
};

const loanArb = fc.record({
  method: fc.constantFrom<FundRepaymentMethod>('equal_principal', 'annuity', 'maturity'),
  periodMonths: fc.constantFrom(1 as const, 3 as const),
  termMonths: fc.integer({ min: 3, max: 15 }),
  millions: fc.integer({ min: 10, max: 900 }),
  rateTenths: fc.integer({ min: 12, max: 96 }),
  startDay: fc.integer({ min: 0, max: 300 }),
  firstOnContractRow: fc.boolean(),
  behaviour: fc.array(fc.constantFrom('exact', 'late', 'short', 'skip', 'ahead'), { minLength: 15, maxLength: 15 }),
  amountStyle: fc.array(fc.constantFrom('number', 'grouped', 'unit'), { minLength: 16, maxLength: 16 }),
});

type LoanSpec = typeof loanArb extends fc.Arbitrary<infer V> ? V : never;

function written(n: number, style: string): number | string {
  if (style === 'number') return n;
  return style === 'grouped' ? formatNumber(n) : `${formatNumber(n)} đ`;
}

interface Typed {
  contract: LedgerContractRow;
  entries: LedgerEntryRow[];
}

/** Types the loan and pays it as `behaviour` says; returns the ledger rows of what was posted. */
async function typeAndPay(app: App, org: number, borrower: string, no: number, l: LoanSpec): Promise<Typed> {
  const contractOn = addDays('2024-01-02', l.startDay);
  const amount = l.millions * 1_000_000;
  const ratePercent = l.rateTenths / 10;
  const contractNo = `${String(no)}/HĐTD-Q`;
  const a = await value(
    app.call('fund.saveApplication', {
      organizationId: org,
      appliedOn: contractOn,
      purpose: 'Vốn',
      totalInvestment: amount * 2,
      ownCapital: amount,
      amountRequested: amount,
      termRequested: l.termMonths,
    }),
  );
  await value(app.call('fund.appraise', { id: a.id, appraisedBy: 'CB', appraisedOn: contractOn, opinion: 'Khả thi', planFeasible: true }));
  await value(app.call('fund.decide', { id: a.id, approve: true, decisionNo: '1/QĐ', decisionOn: contractOn }));
  const loan: FundLoanDto = await value(
    app.call('fund.signContract', {
      id: a.id,
      contractNo,
      contractOn,
      amount,
      ratePercent,
      overdueRatePercent: Math.round(ratePercent * 1.5 * 10_000) / 10_000,
      termMonths: l.termMonths,
      periodMonths: l.periodMonths,
      graceMonths: 0,
      method: l.method,
    }),
  );
  const disbursedOn = addDays(contractOn, 3);
  let page = await value(app.call('fund.disburse', { loanId: loan.id, onDate: disbursedOn, amount }));
  const entries: LedgerEntryRow[] = [];
  if (!l.firstOnContractRow)
    entries.push({ contractNo, borrower, onDate: vn(disbursedOn), disbursed: written(amount, l.amountStyle[15] ?? 'number') });
  const schedule = page.schedule;
  for (let i = 0; i < schedule.length; i++) {
    const due = schedule[i];
    const how = l.behaviour[i] ?? 'exact';
    if (due === undefined || how === 'skip') continue;
    const onDate = how === 'late' ? addDays(due.dueOn, 17) : how === 'ahead' ? addDays(due.dueOn, -9) : due.dueOn;
    if (onDate > '2026-12-31' || onDate <= disbursedOn) continue;
    const last = page.repayments.at(-1)?.onDate;
    if (last !== undefined && onDate < last) continue;
    const owed = await value(app.call('fund.previewRepayment', { loanId: loan.id, onDate, amount: 1 }));
    const wanted = how === 'short' ? Math.floor((due.principal + due.interest) / 2) : due.principal + due.interest;
    const pay = Math.min(wanted, owed.payable);
    if (pay <= 0) continue;
    page = await value(app.call('fund.repay', { loanId: loan.id, onDate, amount: pay }));
    const posted = page.repayments.at(-1);
    entries.push({
      contractNo,
      onDate: vn(onDate),
      principal: written(posted?.principal ?? 0, l.amountStyle[i] ?? 'number'),
      interest: written((posted?.interest ?? 0) + (posted?.penalty ?? 0), 'number'),
    });
  }
  const contract: LedgerContractRow = {
    borrower,
    contractNo,
    contractOn: vn(contractOn),
    amountMillions: l.millions,
    rate: formatNumber(ratePercent, { decimals: 1 }),
    termMonths: l.termMonths,
    periodMonths: l.periodMonths,
    method: METHOD_TEXT[l.method],
    ...(l.firstOnContractRow ? { disbursedOn: vn(disbursedOn), disbursed: written(amount, l.amountStyle[15] ?? 'number') } : {}),
  };
  return { contract, entries };
}

const agingOf = (rows: FundAgingRow[]) =>
  rows
    .map((r) => [r.contractNo, r.principalOutstanding, r.principalOverdue, r.interestOverdue, r.daysOverdue, r.group])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])));

describe('a ledger generated from known loans', () => {
  it('imports to the aging the loans have in the book they were typed in, on any date', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(loanArb, { minLength: 1, maxLength: 3 }),
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 3, maxLength: 3 }),
        async (loans, probes) => {
          const typed = await openTestApp({ now: () => NOW });
          const imported = await openTestApp({ now: () => NOW });
          const names = ['HTX Nông nghiệp Tân Lập', 'HTX Dịch vụ Mường Khến', 'HTX Mây tre đan Mai Châu'];
          const rows: Typed[] = [];
          for (let i = 0; i < loans.length; i++) {
            const name = names[i] as string;
            const org = await borrowerHtx(typed, name);
            await borrowerHtx(imported, name);
            rows.push(await typeAndPay(typed, org, name, i + 1, loans[i] as LoanSpec));
          }
          const bytes = bytesOf(
            workbookOf([contractsSheet(rows.map((r) => r.contract)), entriesSheet(rows.flatMap((r) => r.entries))]),
            'xlsx',
          );
          const preview = await value(
            imported.call('imports.open', { fileName: 'so-vay.xlsx', contentBase64: Buffer.from(bytes).toString('base64') }),
          );
          await value(imported.call('imports.commit', { jobId: preview.jobId }));
          const flagged = preview.sheets.flatMap((s) =>
            s.rows.filter((r) => r.flags.length > 0 && r.fate !== 'excluded').map((r) => r.flags),
          );
          expect(flagged.flat().filter((f) => !f.reason.startsWith('Sổ ghi gốc'))).toEqual([]);
          for (const p of probes) {
            const asOf = addDays('2024-01-01', p);
            expect(agingOf(await value(imported.call('fund.aging', { asOf }))), asOf).toEqual(
              agingOf(await value(typed.call('fund.aging', { asOf }))),
            );
          }
          await typed.close();
          await imported.close();
        },
      ),
      { numRuns: 12 },
    );
  }, 300_000);
});
