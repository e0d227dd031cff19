import { describe, expect, it } from 'vitest';
import type { FundAgingRow, FundLoanDto } from '../../src-main/contract/fund-dto.ts';
import { alertSources } from '../../src-main/core/home/alert-sources.ts';
import { borrowerHtx, contractedLoan } from '../helpers/fund.ts';
import { createRow, value } from '../helpers/registry.ts';
import { dbSnapshot, openTestApp } from '../helpers/temp.ts';

const NOW = new Date(2026, 5, 15, 9, 0, 0);
const open = () => openTestApp({ now: () => NOW });
type Outcome = { ok: true } | { ok: false; error: { message: string; details?: unknown } };
const refusal = (r: Outcome) => (r.ok ? 'accepted' : r.error.message);

describe('the life of a loan', () => {
  it('goes from application to settlement, with its schedule, repayments allocated interest first, and its history', async () => {
    const app = await open();
    const org = await borrowerHtx(app, 'HTX Nông nghiệp Tân Lập');
    const loan = await contractedLoan(app, org, '2025-01-10');
    expect(loan.stage).toBe('contracted');
    expect(loan.conditions.map((c) => c.met)).toEqual([true, true, true]);

    const disbursed = await value(app.call('fund.disburse', { loanId: loan.id, onDate: '2025-01-15', amount: 120_000_000 }));
    expect(disbursed.schedule).toHaveLength(12);
    expect(disbursed.schedule[0]).toMatchObject({ dueOn: '2025-02-15', principal: 10_000_000, interest: 489_205 });
    expect(disbursed.schedule.reduce((s, r) => s + r.principal, 0)).toBe(120_000_000);

    // The first instalment paid on time: interest first, then principal.
    const first = await value(app.call('fund.repay', { loanId: loan.id, onDate: '2025-02-15', amount: 10_489_205 }));
    expect(first.repayments[0]).toMatchObject({ interest: 489_205, principal: 10_000_000, penalty: 0 });
    expect(first.position?.principalOutstanding).toBe(110_000_000);

    // A payment too small for the interest goes to interest only.
    const second = await value(app.call('fund.repay', { loanId: loan.id, onDate: '2025-03-20', amount: 300_000 }));
    const last = second.repayments.at(-1);
    expect(last?.principal).toBe(0);
    expect((last?.interest ?? 0) + (last?.penalty ?? 0)).toBe(300_000);

    const history = second.history.map((h) => h.text);
    expect(history[0]).toContain('Nhận hồ sơ vay');
    expect(history.some((h) => h.startsWith('Giải ngân: 120.000.000 đồng'))).toBe(true);
    expect(history.some((h) => h.startsWith('Thu nợ: 10.489.205 đồng'))).toBe(true);
  });

  it('shows overdue debt on the aging, the loan page, the home page alerts, and the same figures everywhere', async () => {
    const app = await open();
    const org = await borrowerHtx(app, 'HTX Dịch vụ Hòa Bình');
    const loan = await contractedLoan(app, org, '2025-01-10');
    await value(app.call('fund.disburse', { loanId: loan.id, onDate: '2025-01-15', amount: 120_000_000 }));
    await value(app.call('fund.repay', { loanId: loan.id, onDate: '2025-02-15', amount: 10_489_205 }));
    const asOf = '2025-05-01';
    const aging = await value<FundAgingRow[]>(app.call('fund.aging', { asOf }));
    const page = await value<FundLoanDto>(app.call('fund.loan', { id: loan.id, asOf }));
    expect(aging).toHaveLength(1);
    const row = aging[0];
    expect(row?.overdueSince).toBe('2025-03-15');
    expect(row?.daysOverdue).toBe(47);
    expect(row?.group).toBe(2);
    expect(row?.principalOverdue).toBe(20_000_000);
    expect(row?.principalOverdue).toBe(page.position?.principalOverdue);
    expect(row?.interestOverdue).toBe(page.position?.interestOverdue);
    expect(row?.daysOverdue).toBe(page.position?.daysOverdue);
    expect(page.position?.penaltyDue).toBeGreaterThan(0);
    const [listed] = await value(app.call('fund.loans', { asOf }));
    expect(listed?.balance).toEqual({
      principalOutstanding: row?.principalOutstanding,
      principalOverdue: row?.principalOverdue,
      interestOverdue: row?.interestOverdue,
      daysOverdue: row?.daysOverdue,
      group: row?.group,
    });
    expect(listed?.maturityOn).toBe('2026-01-15');

    const alerts = (await Promise.all(alertSources.map((s) => s(app.ctx, asOf)))).flat();
    expect(alerts.find((a) => a.key === 'fund.overdue')).toMatchObject({
      count: 1,
      severity: 'danger',
      target: { section: 'quy-htpt', path: 'qua-han' },
    });
    expect(alerts.find((a) => a.key === 'fund.dueSoon')).toMatchObject({ count: 1, severity: 'warning' });
    const due = await value(app.call('fund.dueSoon', { asOf }));
    expect(due.map((d) => d.dueOn)).toEqual(['2025-05-15']);
  });

  it('settles a loan paid off early, accrued interest included, and leaves it off the aging', async () => {
    const app = await open();
    const org = await borrowerHtx(app, 'HTX Trả sớm');
    const loan = await contractedLoan(app, org, '2025-01-10', { method: 'maturity' });
    await value(app.call('fund.disburse', { loanId: loan.id, onDate: '2025-01-15', amount: 120_000_000 }));
    const preview = await value(app.call('fund.previewRepayment', { loanId: loan.id, onDate: '2025-03-01', amount: 1 }));
    const payoff = preview.payable;
    // 31 days to the first due date, then 14 days accrued: interest on 120.000.000 đ at 4,8 % for 45 days.
    expect(payoff).toBe(120_000_000 + 489_205 + 220_932);
    const settled = await value(app.call('fund.repay', { loanId: loan.id, onDate: '2025-03-01', amount: payoff }));
    expect(settled.stage).toBe('settled');
    expect(settled.settledOn).toBe('2025-03-01');
    expect(await value(app.call('fund.aging', { asOf: '2025-12-31' }))).toEqual([]);
    // Reversing the payoff reopens the loan.
    const reopened = await value(app.call('fund.reverseRepayment', { id: settled.repayments[0]?.id ?? 0, reason: 'Nhập nhầm số tiền' }));
    expect(reopened.stage).toBe('contracted');
    expect(reopened.repayments).toHaveLength(2);
    expect(reopened.repayments[0]?.reversedBy).toBe(reopened.repayments[1]?.id);
  });

  it('reschedules: what was unpaid moves after the decision, the term grows, and the debt is no longer overdue', async () => {
    const app = await open();
    const org = await borrowerHtx(app, 'HTX Gia hạn');
    const loan = await contractedLoan(app, org, '2025-01-10');
    await value(app.call('fund.disburse', { loanId: loan.id, onDate: '2025-01-15', amount: 120_000_000 }));
    const before = await value<FundLoanDto>(app.call('fund.loan', { id: loan.id, asOf: '2025-04-30' }));
    expect(before.position?.daysOverdue).toBeGreaterThan(0);
    const after = await value(
      app.call('fund.reschedule', {
        loanId: loan.id,
        kind: 'extension',
        onDate: '2025-05-01',
        decisionNo: '30/QĐ-QHTPT',
        decisionOn: '2025-04-28',
        termMonths: 18,
      }),
    );
    expect(after.schedule).toHaveLength(18);
    expect(after.maturityOn).toBe('2026-07-15');
    expect(after.position?.daysOverdue).toBe(0);
    expect(after.schedule.reduce((s, r) => s + r.principal, 0)).toBe(120_000_000);
    expect(after.earlierSchedules).toHaveLength(1);
    // As of a day before the decision, the debt is still read as overdue.
    const aging = await value(app.call('fund.aging', { asOf: '2025-04-30' }));
    expect(aging[0]?.daysOverdue).toBe(before.position?.daysOverdue);
  });
});

describe('bad input is refused on its cell, in Vietnamese, and changes nothing', () => {
  it('refuses a repayment above what is owed, a disbursement above the contract, a date before the contract, a negative or fractional amount', async () => {
    const app = await open();
    const org = await borrowerHtx(app, 'HTX Từ chối');
    const loan = await contractedLoan(app, org, '2025-01-10');
    await value(app.call('fund.disburse', { loanId: loan.id, onDate: '2025-01-15', amount: 100_000_000 }));
    const snapshot = dbSnapshot(app);

    const over = await app.call('fund.repay', { loanId: loan.id, onDate: '2025-02-15', amount: 200_000_000 });
    expect(refusal(over)).toMatch(
      /^Số tiền trả \(200\.000\.000 đồng\) lớn hơn số còn nợ đến ngày 15\/02\/2025 \(tối đa 100\.\d{3}\.\d{3} đồng\)\.$/,
    );
    expect(over.ok ? null : over.error.details).toEqual({ field: 'amount' });

    const tooMuch = await app.call('fund.disburse', { loanId: loan.id, onDate: '2025-02-01', amount: 30_000_000 });
    expect(refusal(tooMuch)).toBe(
      'Giải ngân vượt số tiền hợp đồng: hợp đồng 120.000.000 đồng, đã giải ngân 100.000.000 đồng, còn được giải ngân 20.000.000 đồng.',
    );

    const early = await app.call('fund.repay', { loanId: loan.id, onDate: '2025-01-05', amount: 1_000 });
    expect(refusal(early)).toBe('Ngày trả nợ không được trước ngày ký hợp đồng (10/01/2025).');
    expect(early.ok ? null : early.error.details).toEqual({ field: 'onDate' });

    const negative = await app.call('fund.repay', { loanId: loan.id, onDate: '2025-02-15', amount: -5 });
    expect(negative.ok ? null : negative.error.details).toEqual([{ path: 'amount', message: 'Số tiền phải lớn hơn 0' }]);
    const fraction = await app.call('fund.disburse', { loanId: loan.id, onDate: '2025-02-15', amount: 1_000.5 });
    expect(fraction.ok ? null : fraction.error.details).toEqual([
      { path: 'amount', message: 'Số tiền phải là số nguyên đồng (không có phần lẻ)' },
    ]);

    expect(dbSnapshot(app)).toBe(snapshot);
  });

  it('never deletes a posted entry: a reversal is an entry of its own, and both are in the audit log', async () => {
    const app = await open();
    const org = await borrowerHtx(app, 'HTX Đảo bút toán');
    const loan = await contractedLoan(app, org, '2025-01-10');
    const d = await value(app.call('fund.disburse', { loanId: loan.id, onDate: '2025-01-15', amount: 100_000_000 }));
    const id = d.disbursements[0]?.id ?? 0;
    const reversed = await value(app.call('fund.reverseDisbursement', { id, reason: 'Sai số tiền' }));
    expect(reversed.disbursements.map((x) => x.amount)).toEqual([100_000_000, -100_000_000]);
    expect(reversed.schedule).toEqual([]);
    const again = await app.call('fund.reverseDisbursement', { id, reason: 'Lần nữa' });
    expect(refusal(again)).toBe('Lần giải ngân này đã được đảo, hoặc là một bút toán đảo.');
    const audit = app.ctx.conn.sqlite
      .prepare("select field from audit_log where entity = 'fund_loans' and entity_id = ?")
      .all(String(loan.id)) as { field: string }[];
    expect(audit.map((a) => a.field)).toEqual(['application', 'appraisal', 'decision', 'contract', 'disbursement', 'reversal']);
  });

  it('checks the lending conditions: own capital share, feasible plan, no overdue debt at first disbursement', async () => {
    const app = await open();
    const org = await borrowerHtx(app, 'HTX Điều kiện');
    const old = await contractedLoan(app, org, '2025-01-10');
    await value(app.call('fund.disburse', { loanId: old.id, onDate: '2025-01-15', amount: 120_000_000 }));
    const second = await contractedLoan(app, org, '2025-04-01', { amount: 50_000_000 });
    expect(second.conditions.find((c) => c.key === 'noOverdue')?.met).toBe(false);
    const refused = await app.call('fund.disburse', { loanId: second.id, onDate: '2025-04-02', amount: 50_000_000 });
    expect(refusal(refused)).toBe(`Người vay đang có nợ quá hạn tại Quỹ (${old.contractNo ?? ''}): chưa được giải ngân lần đầu.`);

    const thin = await value(
      app.call('fund.saveApplication', {
        organizationId: org,
        appliedOn: '2025-04-01',
        purpose: 'Xây kho',
        totalInvestment: 100_000_000,
        ownCapital: 10_000_000,
        amountRequested: 90_000_000,
        termRequested: 24,
      }),
    );
    expect(thin.conditions.find((c) => c.key === 'ownCapital')?.met).toBe(false);
    await value(
      app.call('fund.appraise', { id: thin.id, appraisedBy: 'A', appraisedOn: '2025-04-02', opinion: 'Khả thi', planFeasible: true }),
    );
    const decided = await app.call('fund.decide', { id: thin.id, approve: true, decisionNo: '1/QĐ', decisionOn: '2025-04-03' });
    expect(refusal(decided)).toBe('Không thể phê duyệt: vốn tự có dưới 20% tổng vốn đầu tư.');
  });

  it('lends to a member of a cooperative by name, never retyping the cooperative', async () => {
    const app = await open();
    const tht = await createRow(app, 'organizations', { type: 'THT', name: 'THT Trồng nấm Đồng Tâm', foundedOn: '2020-03-01' });
    const direct = await app.call('fund.saveApplication', {
      organizationId: tht,
      appliedOn: '2025-04-01',
      purpose: 'Mua giống',
      totalInvestment: 50_000_000,
      ownCapital: 20_000_000,
      amountRequested: 30_000_000,
      termRequested: 12,
    });
    expect(refusal(direct)).toBe('Tổ hợp tác vay qua thành viên: chọn thành viên đứng tên vay.');
    const member = await value(
      app.call('fund.saveMember', { organizationId: tht, fullName: 'Lê Thị Hoa', birthDate: '1985-02-03', idNumber: '025185000123' }),
    );
    const loan = await value(
      app.call('fund.saveApplication', {
        organizationId: tht,
        memberId: member.id,
        appliedOn: '2025-04-01',
        purpose: 'Mua giống',
        totalInvestment: 50_000_000,
        ownCapital: 20_000_000,
        amountRequested: 30_000_000,
        termRequested: 12,
      }),
    );
    expect(loan.borrowerName).toBe('Lê Thị Hoa (thành viên THT Trồng nấm Đồng Tâm)');
    const minor = await value(app.call('fund.saveMember', { organizationId: tht, fullName: 'Lê Văn Nhỏ', birthDate: '2007-06-01' }));
    const young = await app.call('fund.saveApplication', {
      organizationId: tht,
      memberId: minor.id,
      appliedOn: '2025-04-01',
      purpose: 'Mua giống',
      totalInvestment: 50_000_000,
      ownCapital: 20_000_000,
      amountRequested: 30_000_000,
      termRequested: 12,
    });
    expect(refusal(young)).toBe('Lê Văn Nhỏ chưa đủ 18 tuổi vào ngày nhận hồ sơ: thành viên vay vốn phải từ đủ 18 tuổi (NĐ 45/2021 Đ22).');
    expect(loan.borrowerKind).toBe('member');
  });
});
