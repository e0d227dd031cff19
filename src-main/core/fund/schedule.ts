/**
 * The repayment schedule a credit contract gives (docs/fund.md): due dates every `periodMonths` from the first
 * disbursement to maturity; no principal during the grace period; the principal of each instalment by the
 * contract's method, from the balance the schedule projects (disbursements, less the principal of earlier
 * instalments and of prepayments); the interest of each instalment by actual days / 365 on that projected
 * balance (interest.ts). The schedule is a pure function of the contract and its dated events, so a
 * prepayment, a later disbursement or a rescheduling makes a new version from its date without touching
 * the instalments before it.
 */
import { addDays, addMonths } from '../inspections/dates.ts';
import { balanceDays, interestOf, RATE_SCALE } from './interest.ts';

export const REPAYMENT_METHODS = ['equal_principal', 'annuity', 'maturity'] as const;
export type RepaymentMethod = (typeof REPAYMENT_METHODS)[number];

export interface ScheduleTerms {
  /** The first disbursement: interest runs from it, due dates count from it. */
  startOn: string;
  termMonths: number;
  periodMonths: number;
  graceMonths: number;
  method: RepaymentMethod;
  ratePpm: number;
}

/** A change of the projected balance on a date: a disbursement (+) or a prepayment of principal (−). */
export interface BalanceEvent {
  on: string;
  amount: number;
}

/**
 * A rescheduling or extension decided on `on`: the term becomes `termMonths` (from the start), and what was
 * due before and is still unpaid that day (beyond `paidPrincipal` and `paidInterest`, the totals paid by
 * then) moves to the instalments after it.
 */
export interface Reschedule {
  on: string;
  termMonths: number;
  paidPrincipal: number;
  paidInterest: number;
}

export interface Instalment {
  seq: number;
  dueOn: string;
  principal: number;
  interest: number;
  /** Principal of this and every earlier instalment; likewise interest. */
  cumPrincipal: number;
  cumInterest: number;
  /** The balance the schedule projects once this instalment is paid. */
  balanceAfter: number;
}

export function maturityOf(startOn: string, termMonths: number): string {
  return addMonths(startOn, termMonths);
}

/** Due dates from the start: every period, the last one at maturity. */
export function dueDates(startOn: string, termMonths: number, periodMonths: number): string[] {
  const out: string[] = [];
  for (let m = periodMonths; m < termMonths; m += periodMonths) out.push(addMonths(startOn, m));
  out.push(maturityOf(startOn, termMonths));
  return out;
}

/** The level instalment of an annuity on `balance` over `count` periods of `periodMonths` at the contract's nominal rate, to the đồng. */
export function levelPayment(balance: number, count: number, ratePpm: number, periodMonths: number): number {
  const r = (ratePpm / RATE_SCALE) * (periodMonths / 12);
  if (r === 0) return Math.ceil(balance / count);
  return Math.round((balance * r) / (1 - Math.pow(1 + r, -count)));
}

function principalOf(terms: ScheduleTerms, balance: number, remaining: number, interest: number, last: boolean): number {
  if (last) return balance;
  switch (terms.method) {
    case 'maturity':
      return 0;
    case 'equal_principal':
      return Math.floor(balance / remaining);
    case 'annuity':
      return Math.min(balance, Math.max(0, levelPayment(balance, remaining, terms.ratePpm, terms.periodMonths) - interest));
  }
}

/** Takes `excess` off the given field of the rows, latest first: what was scheduled before a rescheduling but not paid. */
function trimBackwards(rows: { principal: number; interest: number }[], field: 'principal' | 'interest', excess: number): void {
  let left = excess;
  for (let i = rows.length - 1; i >= 0 && left > 0; i--) {
    const row = rows[i];
    if (!row) continue;
    const take = Math.min(row[field], left);
    row[field] -= take;
    left -= take;
  }
}

interface Draft {
  dueOn: string;
  principal: number;
  interest: number;
  balanceAfter: number;
}

export function generateSchedule(
  terms: ScheduleTerms,
  events: readonly BalanceEvent[],
  reschedules: readonly Reschedule[] = [],
): Instalment[] {
  const sorted = [...events].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  const pending = [...reschedules].sort((a, b) => (a.on < b.on ? -1 : 1));
  let dates = dueDates(terms.startOn, terms.termMonths, terms.periodMonths);
  const graceEnd = addMonths(terms.startOn, terms.graceMonths);
  const rows: Draft[] = [];
  let balance = 0;
  let carriedInterest = 0;
  let next = 0;
  let prev = terms.startOn;
  for (let i = 0; i < dates.length; i++) {
    const due = dates[i] ?? '';
    const resched = pending[0];
    if (resched && resched.on < due) {
      pending.shift();
      const scheduledPrincipal = rows.reduce((s, r) => s + r.principal, 0);
      const scheduledInterest = rows.reduce((s, r) => s + r.interest, 0);
      const unpaidPrincipal = Math.max(0, scheduledPrincipal - resched.paidPrincipal);
      const unpaidInterest = Math.max(0, scheduledInterest - resched.paidInterest);
      trimBackwards(rows, 'principal', unpaidPrincipal);
      trimBackwards(rows, 'interest', unpaidInterest);
      balance += unpaidPrincipal;
      carriedInterest += unpaidInterest;
      const kept = dates.slice(0, i);
      dates = [...kept, ...dueDates(terms.startOn, resched.termMonths, terms.periodMonths).filter((d) => d > resched.on)];
      i -= 1;
      continue;
    }
    const segments: { from: string; balance: number }[] = [{ from: prev, balance }];
    while (next < sorted.length && (sorted[next]?.on ?? '') < due) {
      const e = sorted[next++];
      if (!e) break;
      balance += e.amount;
      segments.push({ from: e.on < prev ? prev : e.on, balance });
    }
    const interest = interestOf(balanceDays(segments, due), terms.ratePpm) + carriedInterest;
    carriedInterest = 0;
    const last = i === dates.length - 1;
    const principal = due <= graceEnd && !last ? 0 : principalOf(terms, balance, dates.length - i, interest, last);
    balance -= principal;
    rows.push({ dueOn: due, principal, interest, balanceAfter: balance });
    prev = due;
  }
  let cumPrincipal = 0;
  let cumInterest = 0;
  return rows.map((r, i) => {
    cumPrincipal += r.principal;
    cumInterest += r.interest;
    return {
      seq: i + 1,
      dueOn: r.dueOn,
      principal: r.principal,
      interest: r.interest,
      cumPrincipal,
      cumInterest,
      balanceAfter: r.balanceAfter,
    };
  });
}

/** The day after `iso`: an instalment unpaid at the end of its due date is overdue from then. */
const nextDays = new Map<string, string>();
/**
 * The day after a date. Memoized: the penalty of a loan's position walks every due date of its schedule, and
 * posting a ledger of ten years asks for a position at each of its repayments — the same few hundred dates.
 */
export function dayAfter(iso: string): string {
  let next = nextDays.get(iso);
  if (next === undefined) {
    if (nextDays.size > 100_000) nextDays.clear();
    next = addDays(iso, 1);
    nextDays.set(iso, next);
  }
  return next;
}
