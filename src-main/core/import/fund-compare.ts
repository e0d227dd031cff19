/**
 * A contract the loan book already holds, met again in a ledger (the same number, the same borrower), whose terms
 * the file writes otherwise. The stored contract is not overwritten — it was signed, and its schedule and entries
 * follow it — and the file's value is not dropped either: each differing cell waits in "Cần xem lại" with both
 * values, for the credit officer to check against the signed contract. Only terms the row writes are compared:
 * a term the ledger leaves blank was taken by default, not read, and a cell already flagged has its own flag.
 */
import { FUND_REPAYMENT_METHOD_LABEL, FUND_REPAYMENT_METHODS } from '../../contract/fund-dto.ts';
import { importFieldLabel } from '../../contract/fields.ts';
import { formatNumber, formatVnDate } from '../../shared/index.ts';
import type { LoanBook } from '../fund/book.ts';
import { percentOfRatePpm, ratePpmOfPercent } from '../fund/interest.ts';
import { money, type ContractRead } from './fund-rows.ts';
import type { Flag } from './plan.ts';
import type { StagedRow } from './staged.ts';

/** One term as the file and the loan book have it, each shown as a clerk reads it (null: the book has none). */
interface Term {
  field: string;
  file: string;
  stored: string | null;
  differs: boolean;
}

const rate = (ppm: number | null) => (ppm === null ? null : `${formatNumber(percentOfRatePpm(ppm), { maxDecimals: 4 })}%/năm`);
const months = (n: number | null) => (n === null ? null : `${String(n)} tháng`);
/** Whether the row wrote a value the term was read from (else the import took a default for it). */
const wrote = (row: StagedRow, field: string): boolean => {
  const v = row.values[field];
  if (field === 'method') return FUND_REPAYMENT_METHODS.some((m) => m === v);
  if (field === 'periodMonths' || field === 'graceMonths') return typeof v === 'number';
  return (typeof v === 'string' && v.trim() !== '') || typeof v === 'number';
};

/** The terms of the row that the loan's stored contract says otherwise. */
function differingTerms(row: StagedRow, c: ContractRead, book: LoanBook): Term[] {
  const l = book.loan;
  const fileRate = ratePpmOfPercent(c.ratePercent) ?? null;
  const fileOverdue = ratePpmOfPercent(c.overdueRatePercent) ?? null;
  // A rescheduling changes the term in force: a ledger that writes the new term agrees with the book.
  const terms = new Set([l.term_months, ...book.reschedules.map((r) => r.term_months)]);
  const method = FUND_REPAYMENT_METHODS.find((m) => m === l.method);
  const all: (Term & { written: boolean })[] = [
    {
      field: 'contractOn',
      file: formatVnDate(c.contractOn),
      stored: l.contract_on === null ? null : formatVnDate(l.contract_on),
      differs: c.contractOn !== l.contract_on,
      written: true,
    },
    {
      field: 'amount',
      file: money(c.amount),
      stored: l.amount === null ? null : money(l.amount),
      differs: c.amount !== l.amount,
      written: true,
    },
    { field: 'ratePercent', file: rate(fileRate) ?? '', stored: rate(l.rate_ppm), differs: fileRate !== l.rate_ppm, written: true },
    {
      field: 'overdueRatePercent',
      file: rate(fileOverdue) ?? '',
      stored: rate(l.overdue_rate_ppm),
      differs: fileOverdue !== l.overdue_rate_ppm,
      written: wrote(row, 'overdueRatePercent'),
    },
    {
      field: 'termMonths',
      file: months(c.termMonths) ?? '',
      stored:
        [...terms]
          .map(months)
          .filter((t) => t !== null)
          .join(', sau điều chỉnh ') || null,
      differs: !terms.has(c.termMonths),
      written: true,
    },
    {
      field: 'periodMonths',
      file: months(c.periodMonths) ?? '',
      stored: months(l.period_months),
      differs: c.periodMonths !== l.period_months,
      written: wrote(row, 'periodMonths'),
    },
    {
      field: 'graceMonths',
      file: months(c.graceMonths) ?? '',
      stored: months(l.grace_months),
      differs: c.graceMonths !== l.grace_months,
      written: wrote(row, 'graceMonths'),
    },
    {
      field: 'method',
      file: FUND_REPAYMENT_METHOD_LABEL[c.method].toLowerCase(),
      stored: method === undefined ? null : FUND_REPAYMENT_METHOD_LABEL[method].toLowerCase(),
      differs: c.method !== l.method,
      written: wrote(row, 'method'),
    },
  ];
  return all.filter((t) => t.written && t.differs);
}

/**
 * Flags each term of a contract row that differs from the loan it names; `where` says what holds that loan ("đang
 * lưu trong sổ cho vay", or an earlier row of the file). Returns the labels of the differing terms, for the row's reason.
 */
export function flagDifferingTerms(row: StagedRow, c: ContractRead, book: LoanBook, flags: Map<string, Flag>, where: string): string[] {
  const labels: string[] = [];
  for (const t of differingTerms(row, c, book)) {
    if (flags.has(t.field)) continue;
    const label = importFieldLabel('fundLoans', t.field);
    labels.push(label.toLowerCase());
    flags.set(t.field, {
      // The cell's own text, else the value as a clerk reads it (never an ISO date or a code).
      raw: row.raw?.[t.field] ?? t.file,
      reason: `${label} khác hợp đồng ${c.contractNo} ${where}: tệp ghi ${t.file}, hợp đồng ghi ${t.stored ?? 'để trống'}. Hợp đồng không bị sửa theo tệp; hãy đối chiếu với hợp đồng gốc.`,
    });
  }
  return labels;
}
