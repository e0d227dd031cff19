import type { App } from '../../src-main/core/app.ts';
import { generateSchedule } from '../../src-main/core/fund/schedule.ts';
import { prng } from './seed.ts';

export interface FundSeed {
  loans: number;
  repayments: number;
  scheduleRows: number;
  /** Loans whose borrower stopped paying at some point: the aging must find them overdue. */
  stopped: number;
}

const AT = '2025-01-01T00:00:00.000Z';

/**
 * `loans` contracted loans of the registry's HTX (one each, first organizations), 10 years monthly at 4,8 %,
 * equal principal, disbursed in 2015; every instalment repaid on its date, except that one loan in ten stops
 * paying at a random instalment. The schedule comes from the core's own generator; rows go in with prepared
 * statements in one transaction (seeding is setup, not what is measured).
 */
export function seedFundLoans(app: App, loans = 20_000): FundSeed {
  const s = app.ctx.conn.sqlite;
  const rnd = prng(7);
  const orgIds = (
    s.prepare("select id from organizations where type in ('HTX', 'LHHTX') order by id limit ?").all(loans) as { id: number }[]
  ).map((r) => r.id);
  const insLoan = s.prepare(
    `insert into fund_loans (code, organization_id, stage, applied_on, purpose, total_investment, own_capital, amount_requested, term_requested,
       plan_feasible, decision_no, decision_on, approved_amount, contract_no, contract_on, amount, rate_ppm, overdue_rate_ppm, term_months,
       period_months, grace_months, method, created_at, updated_at)
     values (?, ?, 'contracted', ?, 'Đầu tư máy móc', ?, ?, ?, 120, 1, 'QĐ', ?, ?, ?, ?, ?, 48000, 72000, 120, 1, 0, 'equal_principal', ?, ?)`,
  );
  const insDisb = s.prepare(
    `insert into fund_disbursements (loan_id, on_date, amount, created_at, created_by) values (?, ?, ?, ?, 'bench')`,
  );
  const insSched = s.prepare(
    `insert into fund_schedule (loan_id, effective_from, seq, due_on, principal, interest, cum_principal, cum_interest, balance_after) values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insVersion = s.prepare(`insert into fund_schedule_versions (loan_id, effective_from) values (?, ?)`);
  const insRep = s.prepare(
    `insert into fund_repayments (loan_id, on_date, amount, penalty, interest, principal, prepaid, run_principal, run_interest, created_at, created_by)
     values (?, ?, ?, 0, ?, ?, 0, ?, ?, ?, 'bench')`,
  );
  let repayments = 0;
  let scheduleRows = 0;
  let stopped = 0;
  s.transaction(() => {
    orgIds.forEach((orgId, i) => {
      const start = `2015-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
      const amount = 100_000_000 + Math.floor(rnd() * 900) * 1_000_000;
      const loanId = Number(
        insLoan.run(
          `HS-2015-${String(i + 1)}`,
          orgId,
          start,
          amount * 2,
          amount,
          amount,
          start,
          amount,
          `${String(i + 1)}/HĐTD`,
          start,
          amount,
          AT,
          AT,
        ).lastInsertRowid,
      );
      insDisb.run(loanId, start, amount, AT);
      insVersion.run(loanId, start);
      const schedule = generateSchedule(
        { startOn: start, termMonths: 120, periodMonths: 1, graceMonths: 0, method: 'equal_principal', ratePpm: 48_000 },
        [{ on: start, amount }],
      );
      const stopAt = rnd() < 0.1 ? Math.floor(rnd() * 120) : 120;
      if (stopAt < 120) stopped++;
      let runP = 0;
      let runI = 0;
      for (const r of schedule) {
        insSched.run(loanId, start, r.seq, r.dueOn, r.principal, r.interest, r.cumPrincipal, r.cumInterest, r.balanceAfter);
        scheduleRows++;
        if (r.seq > stopAt) continue;
        runP += r.principal;
        runI += r.interest;
        insRep.run(loanId, r.dueOn, r.principal + r.interest, r.interest, r.principal, runP, runI, AT);
        repayments++;
      }
    });
  })();
  return { loans: orgIds.length, repayments, scheduleRows, stopped };
}
