/**
 * Where a loan stands on a date (docs/fund.md): what the schedule made due by then, what was paid (reversals
 * included), what is due and unpaid, since when, its debt group, the penalty interest on overdue principal,
 * and how a new repayment on that date is allocated: penalty, then interest, then principal.
 */
import { daysBetween } from '../inspections/dates.ts';
import { balanceDays, interestOf } from './interest.ts';
import { dayAfter, type Instalment } from './schedule.ts';

export interface PostedDisbursement {
  on: string;
  amount: number;
}

/** A repayment as posted: its parts sum to its amount; a reversal carries the negated parts of what it reverses. */
export interface PostedRepayment {
  on: string;
  penalty: number;
  interest: number;
  principal: number;
}

/** Lower bounds of days overdue of groups 2 to 5 (TT 11/2021: 10, 90, 180, 360). */
export type GroupThresholds = readonly [number, number, number, number];
export const DEFAULT_GROUP_THRESHOLDS: GroupThresholds = [10, 90, 180, 360];

export function debtGroup(daysOverdue: number, thresholds: GroupThresholds): 1 | 2 | 3 | 4 | 5 {
  if (daysOverdue >= thresholds[3]) return 5;
  if (daysOverdue >= thresholds[2]) return 4;
  if (daysOverdue >= thresholds[1]) return 3;
  if (daysOverdue >= thresholds[0]) return 2;
  return 1;
}

export interface LoanPosition {
  asOf: string;
  disbursed: number;
  principalPaid: number;
  interestPaid: number;
  penaltyPaid: number;
  /** Disbursed less principal repaid. */
  principalOutstanding: number;
  /** Due on or before asOf and unpaid. */
  principalDue: number;
  interestDue: number;
  /** Accrued on overdue principal at the overdue rate, less what was paid of it. */
  penaltyDue: number;
  /** Due before asOf and unpaid: the part of the above past its date. */
  principalOverdue: number;
  interestOverdue: number;
  /** The oldest instalment not fully paid whose date has passed; null when nothing is overdue. */
  overdueSince: string | null;
  daysOverdue: number;
  group: 1 | 2 | 3 | 4 | 5;
  /** Interest of the running period up to asOf on the actual balance, not yet due. */
  accruedInterest: number;
  /** The next instalment after asOf. */
  nextDue: Instalment | null;
}

function sumUpTo<T extends { on: string }>(items: readonly T[], asOf: string, value: (t: T) => number): number {
  let s = 0;
  for (const it of items) if (it.on <= asOf) s += value(it);
  return s;
}

/** The last instalment due on or before `date` (strictly before with `strict`), by its cumulative totals. */
function cumulativeAt(schedule: readonly Instalment[], date: string, strict: boolean): { principal: number; interest: number } {
  let principal = 0;
  let interest = 0;
  for (const row of schedule) {
    if (strict ? row.dueOn >= date : row.dueOn > date) break;
    principal = row.cumPrincipal;
    interest = row.cumInterest;
  }
  return { principal, interest };
}

/** Penalty accrued to `asOf` on principal overdue (from the day after its due date) at the overdue rate. */
export function penaltyAccrued(
  schedule: readonly Instalment[],
  repayments: readonly PostedRepayment[],
  asOf: string,
  overdueRatePpm: number,
): number {
  if (overdueRatePpm === 0) return 0;
  const changes: { on: string; delta: number }[] = [];
  for (const row of schedule) if (row.principal !== 0) changes.push({ on: dayAfter(row.dueOn), delta: row.principal });
  for (const r of repayments) if (r.principal !== 0) changes.push({ on: r.on, delta: -r.principal });
  changes.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  const segments: { from: string; balance: number }[] = [];
  let owed = 0;
  for (const c of changes) {
    if (c.on >= asOf) break;
    owed += c.delta;
    segments.push({ from: c.on, balance: Math.max(0, owed) });
  }
  return interestOf(balanceDays(segments, asOf), overdueRatePpm);
}

/** Interest on the actual balance from the last due date (or the first disbursement) to asOf. */
function accruedSince(
  schedule: readonly Instalment[],
  disbursements: readonly PostedDisbursement[],
  repayments: readonly PostedRepayment[],
  asOf: string,
  ratePpm: number,
): number {
  const first = disbursements.reduce<string | null>((m, d) => (m === null || d.on < m ? d.on : m), null);
  if (first === null || first >= asOf) return 0;
  const lastDue = schedule.filter((r) => r.dueOn <= asOf).at(-1)?.dueOn ?? first;
  const changes = [
    ...disbursements.map((d) => ({ on: d.on, delta: d.amount })),
    ...repayments.map((r) => ({ on: r.on, delta: -r.principal })),
  ].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  let balance = 0;
  const segments: { from: string; balance: number }[] = [];
  for (const c of changes) {
    if (c.on >= asOf) break;
    balance += c.delta;
    if (c.on >= lastDue) segments.push({ from: c.on, balance });
  }
  const opening = changes.filter((c) => c.on < lastDue).reduce((s, c) => s + c.delta, 0);
  return interestOf(balanceDays([{ from: lastDue, balance: opening }, ...segments], asOf), ratePpm);
}

export function loanPosition(input: {
  schedule: readonly Instalment[];
  disbursements: readonly PostedDisbursement[];
  repayments: readonly PostedRepayment[];
  ratePpm: number;
  overdueRatePpm: number;
  asOf: string;
  thresholds: GroupThresholds;
}): LoanPosition {
  const { schedule, disbursements, repayments, asOf } = input;
  const disbursed = sumUpTo(disbursements, asOf, (d) => d.amount);
  const principalPaid = sumUpTo(repayments, asOf, (r) => r.principal);
  const interestPaid = sumUpTo(repayments, asOf, (r) => r.interest);
  const penaltyPaid = sumUpTo(repayments, asOf, (r) => r.penalty);
  const dueBy = cumulativeAt(schedule, asOf, false);
  const pastBy = cumulativeAt(schedule, asOf, true);
  const oldest = schedule.find((r) => r.dueOn < asOf && (r.cumPrincipal > principalPaid || r.cumInterest > interestPaid)) ?? null;
  const daysOverdue = oldest ? daysBetween(oldest.dueOn, asOf) : 0;
  const paidSoFar = repayments.filter((r) => r.on <= asOf);
  const interestDue = Math.max(0, dueBy.interest - interestPaid);
  return {
    asOf,
    disbursed,
    principalPaid,
    interestPaid,
    penaltyPaid,
    principalOutstanding: disbursed - principalPaid,
    principalDue: Math.max(0, dueBy.principal - principalPaid),
    interestDue,
    penaltyDue: Math.max(0, penaltyAccrued(schedule, paidSoFar, asOf, input.overdueRatePpm) - penaltyPaid),
    principalOverdue: Math.max(0, pastBy.principal - principalPaid),
    interestOverdue: Math.max(0, pastBy.interest - interestPaid),
    overdueSince: oldest?.dueOn ?? null,
    daysOverdue,
    group: debtGroup(daysOverdue, input.thresholds),
    accruedInterest: Math.max(
      0,
      accruedSince(schedule, disbursements, paidSoFar, asOf, input.ratePpm) - Math.max(0, interestPaid - dueBy.interest),
    ),
    nextDue: schedule.find((r) => r.dueOn > asOf) ?? null,
  };
}

export interface Allocation {
  penalty: number;
  interest: number;
  principal: number;
  /** The part of `principal` paid before it was due: the schedule is made again from this date. */
  prepaid: number;
}

/** The most a repayment on the position's date can be: every đồng owed, and the principal not yet due. */
export function payableOn(p: LoanPosition): number {
  return p.penaltyDue + p.interestDue + p.accruedInterest + p.principalOutstanding;
}

/** Interest first (penalty, then interest due, then interest accrued), then principal (due, then ahead of its date). */
export function allocateRepayment(p: LoanPosition, amount: number): Allocation | null {
  if (amount > payableOn(p)) return null;
  let left = amount;
  const take = (cap: number): number => {
    const t = Math.min(cap, left);
    left -= t;
    return t;
  };
  const penalty = take(p.penaltyDue);
  const interest = take(p.interestDue);
  const principalDue = take(p.principalDue);
  const accrued = take(p.accruedInterest);
  const prepaid = take(p.principalOutstanding - p.principalDue);
  return { penalty, interest: interest + accrued, principal: principalDue + prepaid, prepaid };
}
