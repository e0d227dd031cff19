/** The life of a loan before money moves: application, appraisal, decision, credit contract; and the reads. */
import { AppError } from '../../contract/errors.ts';
import type { FundLoanDto, FundLoanSummary, FundMemberDto, FundStage } from '../../contract/fund-dto.ts';
import { FUND_STAGE_LABEL } from '../../contract/fund-dto.ts';
import type { FundApplicationInput, FundContractInput, FundMemberInput } from '../../contract/fund.ts';
import type { CoreContext } from '../context.ts';
import { writeTransaction } from '../db/transaction.ts';
import type { Db } from '../db/types.ts';
import { blankToNull, clock, refOrThrow } from '../inspections/common.ts';
import { addMonths } from '../inspections/dates.ts';
import { liveOrganization } from '../inspections/repository.ts';
import { balancesOn } from './aging.ts';
import { loadBook } from './book.ts';
import { auditLoan, dong, orgRefMap, otherOverdueLoans, refuse, vnDate } from './common.ts';
import { loanDto, memberDto, summaryOf } from './dto.ts';
import { maturityOf } from './schedule.ts';
import { ratePpmOfPercent } from './interest.ts';
import {
  firstDisbursements,
  insertLoan,
  insertMember,
  latestTerms,
  loanByCode,
  loanRows,
  memberRows,
  nextLoanNumber,
  updateLoan,
  updateMember,
} from './repository.ts';
import { fundRules, ownCapitalMet } from './rules.ts';

const BORROWER_TYPES = new Set(['HTX', 'LHHTX', 'THT']);

export async function listMembers(ctx: CoreContext, organizationId?: number): Promise<FundMemberDto[]> {
  const rows = await memberRows(ctx.db, organizationId === undefined ? {} : { organizationId });
  const orgs = await orgRefMap(
    ctx,
    ctx.db,
    rows.map((r) => r.organization_id),
  );
  return rows.map((m) => memberDto(m, refOrThrow(orgs, m.organization_id)));
}

export async function saveMember(ctx: CoreContext, input: FundMemberInput): Promise<FundMemberDto> {
  const { at } = clock(ctx);
  const id = await writeTransaction(ctx, async ({ db }) => {
    const org = await liveOrganization(db, input.organizationId);
    if (!org) throw refuse('organizationId', 'Không tìm thấy tổ chức này trong danh bạ (có thể đã bị xóa).');
    if (org.type !== 'HTX' && org.type !== 'THT')
      throw refuse('organizationId', 'Thành viên vay vốn phải thuộc một hợp tác xã hoặc tổ hợp tác.');
    const values = {
      organization_id: input.organizationId,
      full_name: input.fullName,
      birth_date: input.birthDate ?? null,
      id_number: blankToNull(input.idNumber),
      address: blankToNull(input.address),
      phone: blankToNull(input.phone),
    };
    if (input.id !== undefined) {
      const [existing] = await memberRows(db, { id: input.id });
      if (!existing) throw new AppError('NOT_FOUND', 'Không tìm thấy thành viên này.');
      await updateMember(db, input.id, { ...values, updated_at: at });
      return input.id;
    }
    return insertMember(db, { ...values, created_at: at, updated_at: at, deleted_at: null });
  });
  ctx.events.emit('data.changed', { area: 'fund' });
  const [saved] = (await listMembers(ctx, input.organizationId)).filter((m) => m.id === id);
  if (!saved) throw new AppError('INTERNAL');
  return saved;
}

/**
 * Every loan with its balance on `asOf` from the aging (a few index lookups per loan), not from each loan's
 * whole book: the grid of 20,000 loans with ten years of repayments opens as fast as the aging.
 */
export async function listLoans(
  ctx: CoreContext,
  filter: { asOf: string; stage?: FundStage; organizationId?: number },
): Promise<FundLoanSummary[]> {
  const rows = await loanRows(ctx.db, filter);
  const balances = await balancesOn(ctx.db, filter.asOf);
  const starts = await firstDisbursements(ctx.db);
  const terms = await latestTerms(ctx.db);
  const orgs = await orgRefMap(
    ctx,
    ctx.db,
    rows.map((r) => r.organization_id),
  );
  const members = new Map((await memberRows(ctx.db, {})).map((m) => [m.id, m]));
  return rows.map((r) => {
    const start = starts.get(r.id);
    const maturity = start === undefined ? null : maturityOf(start, terms.get(r.id) ?? r.term_months ?? 0);
    const settled = start !== undefined && r.settled_on !== null && r.settled_on <= filter.asOf;
    const balance = balances.get(r.id) ?? (settled || (start !== undefined && start <= filter.asOf) ? ZERO : null);
    const member = r.member_id === null ? undefined : members.get(r.member_id);
    return summaryOf(r, refOrThrow(orgs, r.organization_id), member, maturity, balance);
  });
}

const ZERO = { principalOutstanding: 0, principalOverdue: 0, interestOverdue: 0, daysOverdue: 0, group: 1 } as const;

export async function getLoan(ctx: CoreContext, id: number, asOf: string, db: Db = ctx.db): Promise<FundLoanDto> {
  const book = await loadBook(db, id);
  if (!book) throw new AppError('NOT_FOUND', 'Không tìm thấy khoản vay này.');
  const rules = await fundRules(db);
  return loanDto(ctx, db, book, asOf, rules, await otherOverdueLoans(db, book.loan, asOf, rules));
}

async function loanForStage(db: Db, id: number, stages: readonly FundStage[], action: string) {
  const [loan] = await loanRows(db, { id });
  if (!loan) throw new AppError('NOT_FOUND', 'Không tìm thấy khoản vay này.');
  if (!stages.includes(loan.stage as FundStage))
    throw new AppError('CONFLICT', `Không thể ${action}: hồ sơ đang ở bước “${FUND_STAGE_LABEL[loan.stage as FundStage]}”.`);
  return loan;
}

/** A new application, or changes to one not yet appraised. The borrower comes from the registry, never typed again. */
export async function saveApplication(ctx: CoreContext, input: FundApplicationInput): Promise<FundLoanDto> {
  const { at, today } = clock(ctx);
  if (input.appliedOn > today) throw refuse('appliedOn', 'Ngày nhận hồ sơ không được sau ngày hôm nay.');
  if (input.ownCapital > input.totalInvestment) throw refuse('ownCapital', 'Vốn tự có không thể lớn hơn tổng vốn đầu tư.');
  if (input.amountRequested > input.totalInvestment - input.ownCapital)
    throw refuse('amountRequested', `Số tiền đề nghị vay lớn hơn phần vốn còn thiếu (${dong(input.totalInvestment - input.ownCapital)}).`);
  const id = await writeTransaction(ctx, async ({ db }) => {
    const org = await liveOrganization(db, input.organizationId);
    if (!org) throw refuse('organizationId', 'Không tìm thấy tổ chức này trong danh bạ (có thể đã bị xóa).');
    const memberId = input.memberId ?? null;
    if (memberId === null && !BORROWER_TYPES.has(org.type))
      throw refuse('organizationId', 'Quỹ cho vay hợp tác xã, liên hiệp hợp tác xã và thành viên của hợp tác xã, tổ hợp tác.');
    if (memberId === null && org.type === 'THT') throw refuse('memberId', 'Tổ hợp tác vay qua thành viên: chọn thành viên đứng tên vay.');
    if (memberId !== null) {
      const [m] = await memberRows(db, { id: memberId });
      if (!m || m.organization_id !== input.organizationId) throw refuse('memberId', 'Thành viên này không thuộc tổ chức đã chọn.');
      if (m.birth_date !== null && addMonths(m.birth_date, 18 * 12) > input.appliedOn)
        throw refuse(
          'memberId',
          `${m.full_name} chưa đủ 18 tuổi vào ngày nhận hồ sơ: thành viên vay vốn phải từ đủ 18 tuổi (NĐ 45/2021 Đ22).`,
        );
    }
    const values = {
      organization_id: input.organizationId,
      member_id: memberId,
      applied_on: input.appliedOn,
      purpose: input.purpose,
      plan_summary: blankToNull(input.planSummary),
      total_investment: input.totalInvestment,
      own_capital: input.ownCapital,
      amount_requested: input.amountRequested,
      term_requested: input.termRequested,
    };
    const summary = `${dong(input.amountRequested)}, ${String(input.termRequested)} tháng — ${input.purpose}`;
    if (input.id !== undefined) {
      await loanForStage(db, input.id, ['application'], 'sửa hồ sơ vay');
      await updateLoan(db, input.id, { ...values, updated_at: at });
      await auditLoan(ctx, db, at, input.id, 'application', `sửa hồ sơ: ${summary}`, values);
      return input.id;
    }
    const year = Number(input.appliedOn.slice(0, 4));
    const code = blankToNull(input.code) ?? `HS-${String(year)}-${String(await nextLoanNumber(db, year)).padStart(3, '0')}`;
    if (await loanByCode(db, code)) throw refuse('code', `Số hồ sơ ${code} đã có.`);
    const id = await insertLoan(db, { ...values, code, stage: 'application', created_at: at, updated_at: at });
    await auditLoan(ctx, db, at, id, 'application', summary, values);
    return id;
  });
  ctx.events.emit('data.changed', { area: 'fund' });
  return getLoan(ctx, id, today);
}

export async function appraise(
  ctx: CoreContext,
  input: { id: number; appraisedBy: string; appraisedOn: string; opinion: string; planFeasible: boolean },
): Promise<FundLoanDto> {
  const { at, today } = clock(ctx);
  await writeTransaction(ctx, async ({ db }) => {
    const loan = await loanForStage(db, input.id, ['application', 'appraised'], 'thẩm định');
    if (loan.applied_on !== null && input.appraisedOn < loan.applied_on)
      throw refuse('appraisedOn', `Ngày thẩm định không được trước ngày nhận hồ sơ (${vnDate(loan.applied_on)}).`);
    if (input.appraisedOn > today) throw refuse('appraisedOn', 'Ngày thẩm định không được sau ngày hôm nay.');
    const values = {
      appraised_by: input.appraisedBy,
      appraised_on: input.appraisedOn,
      appraisal_opinion: input.opinion,
      plan_feasible: input.planFeasible ? 1 : 0,
    };
    await updateLoan(db, input.id, { ...values, stage: 'appraised', updated_at: at });
    await auditLoan(
      ctx,
      db,
      at,
      input.id,
      'appraisal',
      `${input.appraisedBy}, ${input.planFeasible ? 'phương án khả thi' : 'phương án không khả thi'}`,
      values,
    );
  });
  ctx.events.emit('data.changed', { area: 'fund' });
  return getLoan(ctx, input.id, today);
}

export async function decide(
  ctx: CoreContext,
  input: { id: number; approve: boolean; decisionNo: string; decisionOn: string; approvedAmount?: number | null | undefined },
): Promise<FundLoanDto> {
  const { at, today } = clock(ctx);
  await writeTransaction(ctx, async ({ db }) => {
    const loan = await loanForStage(db, input.id, ['appraised'], 'ra quyết định');
    const since = loan.appraised_on ?? loan.applied_on;
    if (since !== null && input.decisionOn < since)
      throw refuse('decisionOn', `Ngày quyết định không được trước ngày thẩm định (${vnDate(since)}).`);
    const amount = input.approve ? (input.approvedAmount ?? loan.amount_requested) : null;
    if (input.approve && loan.plan_feasible !== 1)
      throw refuse('approve', 'Không thể phê duyệt: phương án chưa được thẩm định là khả thi.');
    const rules = await fundRules(db);
    const ownCapital = input.approve ? ownCapitalMet(loan, rules) : true;
    if (ownCapital === null) throw refuse('approve', 'Không thể phê duyệt: chưa rõ tổng vốn đầu tư hoặc vốn tự có của phương án.');
    if (!ownCapital) throw refuse('approve', `Không thể phê duyệt: vốn tự có dưới ${String(rules.ownCapitalMinPercent)}% tổng vốn đầu tư.`);
    if (input.approve && amount === null) throw refuse('approvedAmount', 'Hãy ghi số tiền phê duyệt.');
    if (amount !== null && loan.amount_requested !== null && amount > loan.amount_requested)
      throw refuse('approvedAmount', 'Số tiền phê duyệt không được lớn hơn số tiền đề nghị vay.');
    const values = { decision_no: input.decisionNo, decision_on: input.decisionOn, approved_amount: amount };
    await updateLoan(db, input.id, { ...values, stage: input.approve ? 'approved' : 'rejected', updated_at: at });
    await auditLoan(
      ctx,
      db,
      at,
      input.id,
      'decision',
      input.approve ? `phê duyệt ${dong(amount ?? 0)} (QĐ ${input.decisionNo})` : `không cho vay (QĐ ${input.decisionNo})`,
      values,
    );
  });
  ctx.events.emit('data.changed', { area: 'fund' });
  return getLoan(ctx, input.id, today);
}

/** The terms of a credit contract, typed or read from the fund's ledger: rates in ppm; throws the refusal. */
export function contractRates(input: {
  ratePercent: number;
  overdueRatePercent: number;
  termMonths: number;
  periodMonths: number;
  graceMonths: number;
}): { ratePpm: number; overdueRatePpm: number } {
  const ratePpm = ratePpmOfPercent(input.ratePercent);
  const overdueRatePpm = ratePpmOfPercent(input.overdueRatePercent);
  if (ratePpm === undefined) throw refuse('ratePercent', 'Lãi suất chỉ lấy tối đa 4 chữ số thập phân.');
  if (overdueRatePpm === undefined) throw refuse('overdueRatePercent', 'Lãi suất quá hạn chỉ lấy tối đa 4 chữ số thập phân.');
  if (input.periodMonths > input.termMonths) throw refuse('periodMonths', 'Kỳ trả nợ dài hơn thời hạn vay.');
  if (input.graceMonths >= input.termMonths) throw refuse('graceMonths', 'Thời gian ân hạn phải ngắn hơn thời hạn vay.');
  return { ratePpm, overdueRatePpm };
}

export async function signContract(ctx: CoreContext, input: FundContractInput): Promise<FundLoanDto> {
  const { at, today } = clock(ctx);
  const { ratePpm, overdueRatePpm } = contractRates(input);
  await writeTransaction(ctx, async ({ db }) => {
    const loan = await loanForStage(db, input.id, ['approved'], 'ký hợp đồng');
    const decidedOn = loan.decision_on ?? loan.applied_on;
    if (decidedOn !== null && input.contractOn < decidedOn)
      throw refuse('contractOn', `Ngày ký hợp đồng không được trước ngày quyết định cho vay (${vnDate(decidedOn)}).`);
    if (input.contractOn > today) throw refuse('contractOn', 'Ngày ký hợp đồng không được sau ngày hôm nay.');
    if (input.amount > (loan.approved_amount ?? 0))
      throw refuse('amount', `Số tiền hợp đồng lớn hơn số tiền được phê duyệt (${dong(loan.approved_amount ?? 0)}).`);
    const values = {
      contract_no: input.contractNo,
      contract_on: input.contractOn,
      amount: input.amount,
      rate_ppm: ratePpm,
      overdue_rate_ppm: overdueRatePpm,
      term_months: input.termMonths,
      period_months: input.periodMonths,
      grace_months: input.graceMonths,
      method: input.method,
      security: blankToNull(input.security),
    };
    await updateLoan(db, input.id, { ...values, stage: 'contracted', updated_at: at });
    await auditLoan(
      ctx,
      db,
      at,
      input.id,
      'contract',
      `HĐ ${input.contractNo}, ${dong(input.amount)}, ${String(input.termMonths)} tháng`,
      values,
    );
  });
  ctx.events.emit('data.changed', { area: 'fund' });
  return getLoan(ctx, input.id, today);
}
