import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ratePpmOfPercent, roundHalfUp, simpleInterest } from '../../src-main/core/fund/interest.ts';
import {
  allocateRepayment,
  DEFAULT_GROUP_THRESHOLDS,
  debtGroup,
  loanPosition,
  type PostedRepayment,
} from '../../src-main/core/fund/position.ts';
import { generateSchedule, REPAYMENT_METHODS, type ScheduleTerms } from '../../src-main/core/fund/schedule.ts';

/** Days between two ISO dates counted independently of the code under test: from the epoch day numbers of Date.parse. */
const days = (from: string, to: string): number => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

/** Independent interest: exact rational in BigInt, rounded half up (balance × days × percent / 100 / 365). */
function oracleInterest(balance: number, from: string, to: string, percentTimes10000: number): number {
  const n = BigInt(balance) * BigInt(days(from, to)) * BigInt(percentTimes10000);
  const d = 365n * 1_000_000n;
  const q = n / d;
  return Number(2n * (n - q * d) >= d ? q + 1n : q);
}

const terms = (over: Partial<ScheduleTerms> = {}): ScheduleTerms => ({
  startOn: '2025-01-15',
  termMonths: 12,
  periodMonths: 1,
  graceMonths: 0,
  method: 'equal_principal',
  ratePpm: 48_000,
  ...over,
});

describe('the interest rule on worked examples (docs/fund.md)', () => {
  it('100.000.000 đ at 4,8 %/năm for 31 days is 407.671 đ (407.671,23 rounded)', () => {
    expect(simpleInterest(100_000_000, '2025-01-15', '2025-02-15', 48_000)).toBe(407_671);
  });
  it('500.000.000 đ at 4,8 %/năm over a quarter of 90 days is 5.917.808 đ', () => {
    expect(simpleInterest(500_000_000, '2025-01-15', '2025-04-15', 48_000)).toBe(5_917_808);
  });
  it('a leap year still counts 365 days a year: 29/02/2024 is one more day of interest', () => {
    expect(simpleInterest(365_000_000, '2024-02-01', '2024-03-01', 100_000)).toBe(2_900_000);
  });
  it('rounds half up to the đồng', () => {
    expect(roundHalfUp(5n, 2n)).toBe(3n);
    expect(roundHalfUp(4n, 3n)).toBe(1n);
    expect(roundHalfUp(5n, 3n)).toBe(2n);
  });
  it('takes a rate typed in percent with up to four decimals, and refuses finer ones', () => {
    expect(ratePpmOfPercent(4.8)).toBe(48_000);
    expect(ratePpmOfPercent(0.4 * 12)).toBe(48_000);
    expect(ratePpmOfPercent(7.12345)).toBeUndefined();
  });
});

describe('schedules on worked examples', () => {
  it('equal principal: the balance shared over the instalments left, the odd đồng in the last; the first interest is 31 days', () => {
    const s = generateSchedule(terms(), [{ on: '2025-01-15', amount: 100_000_000 }]);
    expect(s).toHaveLength(12);
    expect(s[0]).toMatchObject({ dueOn: '2025-02-15', principal: 8_333_333, interest: 407_671 });
    expect(s[11]).toMatchObject({ dueOn: '2026-01-15', principal: 8_333_334, balanceAfter: 0 });
    expect(s[1]?.interest).toBe(oracleInterest(100_000_000 - 8_333_333, '2025-02-15', '2025-03-15', 48_000));
  });
  it('at maturity with quarterly interest and a grace period: principal only at the end', () => {
    const s = generateSchedule(terms({ termMonths: 24, periodMonths: 3, method: 'maturity', graceMonths: 6 }), [
      { on: '2025-01-15', amount: 500_000_000 },
    ]);
    expect(s).toHaveLength(8);
    expect(s.slice(0, 7).every((r) => r.principal === 0)).toBe(true);
    expect(s[7]).toMatchObject({ dueOn: '2027-01-15', principal: 500_000_000 });
    expect(s[0]?.interest).toBe(5_917_808);
  });
  it('annuity: instalments nearly level, the principal summing to the amount', () => {
    const s = generateSchedule(terms({ method: 'annuity' }), [{ on: '2025-01-15', amount: 120_000_000 }]);
    const totals = s.map((r) => r.principal + r.interest);
    expect(Math.max(...totals) - Math.min(...totals)).toBeLessThan(60_000);
    expect(s.at(-1)?.cumPrincipal).toBe(120_000_000);
  });
  it('grace: no principal in the first 3 months, then the balance shared over the 9 left', () => {
    const s = generateSchedule(terms({ graceMonths: 3 }), [{ on: '2025-01-15', amount: 90_000_000 }]);
    expect(s.slice(0, 3).map((r) => r.principal)).toEqual([0, 0, 0]);
    expect(s[3]?.principal).toBe(10_000_000);
  });
  it('a second disbursement mid-period accrues interest from its own date', () => {
    const s = generateSchedule(terms({ method: 'maturity' }), [
      { on: '2025-01-15', amount: 100_000_000 },
      { on: '2025-02-01', amount: 50_000_000 },
    ]);
    const expected = Number(
      roundHalfUp((100_000_000n * 31n + 50_000_000n * BigInt(days('2025-02-01', '2025-02-15'))) * 48_000n, 365n * 1_000_000n),
    );
    expect(s[0]?.interest).toBe(expected);
    expect(s.at(-1)?.cumPrincipal).toBe(150_000_000);
  });
  it('a rescheduling moves the unpaid instalments after its date and lengthens the term', () => {
    const base = terms();
    const events = [{ on: '2025-01-15', amount: 120_000_000 }];
    const before = generateSchedule(base, events);
    const paidInterest = (before[0]?.interest ?? 0) + (before[1]?.interest ?? 0);
    const s = generateSchedule(base, events, [{ on: '2025-05-01', termMonths: 18, paidPrincipal: 20_000_000, paidInterest }]);
    expect(s).toHaveLength(18);
    expect(s[2]?.cumPrincipal).toBe(20_000_000);
    expect(s[2]?.cumInterest).toBe(paidInterest);
    expect(s.at(-1)?.cumPrincipal).toBe(120_000_000);
    expect(s.at(-1)?.dueOn).toBe('2026-07-15');
  });
});

describe('debt groups', () => {
  it('follow the thresholds 10, 90, 180, 360 days by default', () => {
    expect([0, 9, 10, 89, 90, 179, 180, 359, 360, 2000].map((d) => debtGroup(d, DEFAULT_GROUP_THRESHOLDS))).toEqual([
      1, 1, 2, 2, 3, 3, 4, 4, 5, 5,
    ]);
  });
});

const contractArb = fc.record({
  amount: fc.integer({ min: 1, max: 5_000_000_000 }),
  termMonths: fc.integer({ min: 1, max: 60 }),
  periodMonths: fc.constantFrom(1, 3, 6, 12),
  graceMonths: fc.integer({ min: 0, max: 24 }),
  method: fc.constantFrom(...REPAYMENT_METHODS),
  ratePpm: fc.integer({ min: 0, max: 200_000 }),
  startDay: fc.integer({ min: 0, max: 3650 }),
});

function startOf(day: number): string {
  return new Date(Date.UTC(2018, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
}

describe('properties of random contracts', () => {
  it('the principal sums to the amount, balances never go negative, interest matches an independent day count', () => {
    fc.assert(
      fc.property(contractArb, (c) => {
        const t = terms({ ...c, startOn: startOf(c.startDay) });
        const s = generateSchedule(t, [{ on: t.startOn, amount: c.amount }]);
        expect(s.reduce((sum, r) => sum + r.principal, 0)).toBe(c.amount);
        let balance = c.amount;
        let prev = t.startOn;
        for (const r of s) {
          expect(r.principal).toBeGreaterThanOrEqual(0);
          expect(Number.isInteger(r.interest)).toBe(true);
          expect(r.interest).toBe(oracleInterest(balance, prev, r.dueOn, c.ratePpm));
          balance -= r.principal;
          expect(balance).toBeGreaterThanOrEqual(0);
          expect(r.balanceAfter).toBe(balance);
          prev = r.dueOn;
        }
        expect(balance).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it('paying the schedule exactly on its dates leaves nothing overdue on any date, and the loan ends at 0', () => {
    fc.assert(
      fc.property(contractArb, fc.integer({ min: 0, max: 2000 }), (c, probeDay) => {
        const t = terms({ ...c, startOn: startOf(c.startDay) });
        const disbursements = [{ on: t.startOn, amount: c.amount }];
        const s = generateSchedule(t, disbursements);
        const repayments: PostedRepayment[] = s.map((r) => ({ on: r.dueOn, penalty: 0, interest: r.interest, principal: r.principal }));
        const probe = startOf(c.startDay + probeDay);
        const common = {
          schedule: s,
          disbursements,
          repayments,
          ratePpm: c.ratePpm,
          overdueRatePpm: 72_000,
          thresholds: DEFAULT_GROUP_THRESHOLDS,
        };
        const p = loanPosition({ ...common, asOf: probe });
        expect(p.principalOverdue).toBe(0);
        expect(p.interestOverdue).toBe(0);
        expect(p.penaltyDue).toBe(0);
        expect(p.daysOverdue).toBe(0);
        expect(p.principalOutstanding).toBeGreaterThanOrEqual(0);
        const end = loanPosition({ ...common, asOf: s.at(-1)?.dueOn ?? probe });
        expect(end.principalOutstanding).toBe(0);
        expect(end.interestDue).toBe(0);
      }),
      { numRuns: 200 },
    );
  });

  it('a repayment is allocated penalty, interest, then principal, and never above what is owed', () => {
    fc.assert(
      fc.property(contractArb, fc.integer({ min: 1, max: 2000 }), fc.integer({ min: 1, max: 10_000_000_000 }), (c, lateDays, amount) => {
        const t = terms({ ...c, startOn: startOf(c.startDay) });
        const disbursements = [{ on: t.startOn, amount: c.amount }];
        const s = generateSchedule(t, disbursements);
        const asOf = startOf(c.startDay + lateDays);
        const p = loanPosition({
          schedule: s,
          disbursements,
          repayments: [],
          ratePpm: c.ratePpm,
          overdueRatePpm: 72_000,
          asOf,
          thresholds: DEFAULT_GROUP_THRESHOLDS,
        });
        const a = allocateRepayment(p, amount);
        if (a === null) {
          expect(amount).toBeGreaterThan(p.penaltyDue + p.interestDue + p.accruedInterest + p.principalOutstanding);
          return;
        }
        expect(a.penalty + a.interest + a.principal).toBe(amount);
        if (a.principal > 0) expect(a.penalty).toBe(p.penaltyDue);
        if (a.principal > 0) expect(a.interest).toBeGreaterThanOrEqual(p.interestDue);
        expect(a.principal).toBeLessThanOrEqual(p.principalOutstanding);
      }),
      { numRuns: 300 },
    );
  });
});

describe('overdue on a worked example', () => {
  it('an instalment unpaid 45 days is group 2, with penalty interest on its principal from the day after it fell due', () => {
    const t = terms({ ratePpm: 48_000 });
    const disbursements = [{ on: '2025-01-15', amount: 120_000_000 }];
    const s = generateSchedule(t, disbursements);
    const p = loanPosition({
      schedule: s,
      disbursements,
      repayments: [],
      ratePpm: 48_000,
      overdueRatePpm: 72_000,
      asOf: '2025-04-01',
      thresholds: DEFAULT_GROUP_THRESHOLDS,
    });
    expect(p.overdueSince).toBe('2025-02-15');
    expect(p.daysOverdue).toBe(45);
    expect(p.group).toBe(2);
    expect(p.principalOverdue).toBe(20_000_000);
    const owedDays = 10_000_000n * BigInt(days('2025-02-16', '2025-03-16')) + 20_000_000n * BigInt(days('2025-03-16', '2025-04-01'));
    expect(p.penaltyDue).toBe(Number(roundHalfUp(owedDays * 72_000n, 365n * 1_000_000n)));
  });
});

describe('properties with several disbursements, prepayments and a rescheduling', () => {
  it('principal sums to disbursed less prepaid, balances stay ≥ 0, and instalments before an event are unchanged', () => {
    fc.assert(
      fc.property(
        contractArb,
        fc.array(fc.record({ day: fc.integer({ min: 1, max: 400 }), amount: fc.integer({ min: 1, max: 1_000_000_000 }) }), {
          maxLength: 3,
        }),
        fc.integer({ min: 1, max: 600 }),
        fc.integer({ min: 0, max: 100 }),
        (c, extra, prepayDay, prepayShare) => {
          const t = terms({ ...c, startOn: startOf(c.startDay) });
          const maturity = s0(t).at(-1)?.dueOn ?? t.startOn;
          const later = extra.map((e) => ({ on: startOf(c.startDay + e.day), amount: e.amount })).filter((e) => e.on < maturity);
          const events = [{ on: t.startOn, amount: c.amount }, ...later];
          const base = generateSchedule(t, events);
          const prepayOn = startOf(c.startDay + prepayDay);
          const before = base.filter((r) => r.dueOn <= prepayOn).at(-1)?.balanceAfter ?? c.amount;
          const prepaid = prepayOn < maturity ? Math.floor((before * prepayShare) / 100) : 0;
          const withPrepay = generateSchedule(t, prepaid > 0 ? [...events, { on: prepayOn, amount: -prepaid }] : events);
          const disbursed = events.reduce((s, e) => s + e.amount, 0);
          expect(base.reduce((s, r) => s + r.principal, 0)).toBe(disbursed);
          expect(withPrepay.reduce((s, r) => s + r.principal, 0)).toBe(disbursed - prepaid);
          for (const r of withPrepay) expect(r.balanceAfter).toBeGreaterThanOrEqual(0);
          const firstEvent = [...later.map((e) => e.on), ...(prepaid > 0 ? [prepayOn] : [])].sort()[0];
          if (firstEvent !== undefined) {
            const untouched = generateSchedule(t, [{ on: t.startOn, amount: c.amount }]).filter((r) => r.dueOn <= firstEvent);
            expect(withPrepay.slice(0, untouched.length)).toEqual(untouched);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a rescheduling keeps the principal summing to the amount and the instalments before it paid as they were paid', () => {
    fc.assert(
      fc.property(contractArb, fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 36 }), (c, onDay, moreMonths) => {
        const t = terms({ ...c, startOn: startOf(c.startDay) });
        const events = [{ on: t.startOn, amount: c.amount }];
        const base = generateSchedule(t, events);
        const on = startOf(c.startDay + onDay);
        if (on >= (base.at(-1)?.dueOn ?? on)) return;
        const paidRows = base.filter((r) => r.dueOn < on).slice(0, -1);
        const paidPrincipal = paidRows.at(-1)?.cumPrincipal ?? 0;
        const paidInterest = paidRows.at(-1)?.cumInterest ?? 0;
        const s = generateSchedule(t, events, [{ on, termMonths: c.termMonths + moreMonths, paidPrincipal, paidInterest }]);
        expect(s.reduce((sum, r) => sum + r.principal, 0)).toBe(c.amount);
        const before = s.filter((r) => r.dueOn < on);
        expect(before.at(-1)?.cumPrincipal ?? 0).toBe(paidPrincipal);
        expect(before.at(-1)?.cumInterest ?? 0).toBe(paidInterest);
        expect(s.at(-1)?.dueOn).toBe(generateSchedule({ ...t, termMonths: c.termMonths + moreMonths }, events).at(-1)?.dueOn);
      }),
      { numRuns: 200 },
    );
  });
});

function s0(t: ScheduleTerms) {
  return generateSchedule(t, [{ on: t.startOn, amount: 1 }]);
}
