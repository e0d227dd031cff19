/**
 * A loan's book as the services read it: its row and every entry posted on it, the schedule derived from them,
 * and its position on a date. Reversals are entries of their own with the negated amounts and the value date of
 * what they reverse, so sums by date are right without looking at which entry reversed which.
 */
import type { Db } from '../db/types.ts';
import { maturityOf } from './schedule.ts';
import {
  generateSchedule,
  type BalanceEvent,
  type Instalment,
  type RepaymentMethod,
  type Reschedule,
  type ScheduleTerms,
} from './schedule.ts';
import { loanPosition, type GroupThresholds, type LoanPosition } from './position.ts';
import {
  disbursementRows,
  loanRows,
  repaymentRows,
  rescheduleRows,
  scheduleRows,
  type DisbursementRow,
  type LoanRow,
  type RepaymentRow,
  type RescheduleRow,
  type ScheduleRow,
} from './repository.ts';

export interface LoanBook {
  loan: LoanRow;
  disbursements: DisbursementRow[];
  repayments: RepaymentRow[];
  reschedules: RescheduleRow[];
  /** Stored schedule rows of every version, by effective_from then seq. */
  schedule: ScheduleRow[];
}

export async function loadBooks(db: Db, loans: readonly LoanRow[]): Promise<Map<number, LoanBook>> {
  const ids = loans.map((l) => l.id);
  const books = new Map<number, LoanBook>(
    loans.map((l) => [l.id, { loan: l, disbursements: [], repayments: [], reschedules: [], schedule: [] }]),
  );
  for (let i = 0; i < ids.length; i += 500) {
    const slice = ids.slice(i, i + 500);
    for (const d of await disbursementRows(db, slice)) books.get(d.loan_id)?.disbursements.push(d);
    for (const r of await repaymentRows(db, slice)) books.get(r.loan_id)?.repayments.push(r);
    for (const r of await rescheduleRows(db, slice)) books.get(r.loan_id)?.reschedules.push(r);
    for (const s of await scheduleRows(db, slice)) books.get(s.loan_id)?.schedule.push(s);
  }
  return books;
}

export async function loadBook(db: Db, loanId: number): Promise<LoanBook | undefined> {
  const [loan] = await loanRows(db, { id: loanId });
  return loan ? (await loadBooks(db, [loan])).get(loanId) : undefined;
}

/** Entries still standing: neither a reversal nor reversed. */
export function standing<T extends { id: number; reverses_id: number | null }>(rows: readonly T[]): T[] {
  const reversed = new Set(rows.flatMap((r) => (r.reverses_id === null ? [] : [r.reverses_id])));
  return rows.filter((r) => r.reverses_id === null && !reversed.has(r.id));
}

export function reversedBy<T extends { id: number; reverses_id: number | null }>(rows: readonly T[]): Map<number, number> {
  return new Map(rows.flatMap((r) => (r.reverses_id === null ? [] : [[r.reverses_id, r.id] as const])));
}

/** The first disbursement still standing: interest and due dates count from it. */
export function startOf(book: LoanBook): string | null {
  return standing(book.disbursements).reduce<string | null>((m, d) => (m === null || d.on_date < m ? d.on_date : m), null);
}

export function termsOf(book: LoanBook, startOn: string): ScheduleTerms {
  const l = book.loan;
  return {
    startOn,
    termMonths: l.term_months ?? 0,
    periodMonths: l.period_months ?? 1,
    graceMonths: l.grace_months ?? 0,
    method: (l.method ?? 'equal_principal') as RepaymentMethod,
    ratePpm: l.rate_ppm ?? 0,
  };
}

/** The term in force: the contract's, or the latest rescheduling's. */
export function currentTermMonths(book: LoanBook): number {
  return book.reschedules.at(-1)?.term_months ?? book.loan.term_months ?? 0;
}

export function maturityOfBook(book: LoanBook): string | null {
  const start = startOf(book);
  return start === null ? null : maturityOf(start, currentTermMonths(book));
}

/** The schedule versions the loan's entries give: one from the start, and one from each rescheduling. */
export function scheduleVersions(book: LoanBook): { from: string; rows: Instalment[] }[] {
  const start = startOf(book);
  if (start === null) return [];
  const terms = termsOf(book, start);
  const events: BalanceEvent[] = [
    ...standing(book.disbursements).map((d) => ({ on: d.on_date, amount: d.amount })),
    ...standing(book.repayments)
      .filter((r) => r.prepaid > 0)
      .map((r) => ({ on: r.on_date, amount: -r.prepaid })),
  ];
  const reschedules: Reschedule[] = book.reschedules.map((r) => ({
    on: r.on_date,
    termMonths: r.term_months,
    paidPrincipal: r.paid_principal,
    paidInterest: r.paid_interest,
  }));
  const versions = [{ from: start, rows: generateSchedule(terms, events) }];
  for (let k = 1; k <= reschedules.length; k++) {
    const r = reschedules[k - 1];
    if (r) versions.push({ from: r.on, rows: generateSchedule(terms, events, reschedules.slice(0, k)) });
  }
  return versions;
}

/** The stored schedule in force on `asOf` (the latest version taking effect by then; the first one before the start). */
export function scheduleOn(book: LoanBook, asOf: string): Instalment[] {
  const froms = [...new Set(book.schedule.map((s) => s.effective_from))].sort();
  const from = froms.filter((f) => f <= asOf).at(-1) ?? froms[0];
  return book.schedule
    .filter((s) => s.effective_from === from)
    .map((s) => ({
      seq: s.seq,
      dueOn: s.due_on,
      principal: s.principal,
      interest: s.interest,
      cumPrincipal: s.cum_principal,
      cumInterest: s.cum_interest,
      balanceAfter: s.balance_after,
    }));
}

export function positionOf(book: LoanBook, asOf: string, thresholds: GroupThresholds): LoanPosition {
  return loanPosition({
    schedule: scheduleOn(book, asOf),
    disbursements: book.disbursements.map((d) => ({ on: d.on_date, amount: d.amount })),
    repayments: book.repayments.map((r) => ({ on: r.on_date, penalty: r.penalty, interest: r.interest, principal: r.principal })),
    ratePpm: book.loan.rate_ppm ?? 0,
    overdueRatePpm: book.loan.overdue_rate_ppm ?? 0,
    asOf,
    thresholds,
  });
}
