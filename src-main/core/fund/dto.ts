/** Rows of the loan book turned into the DTOs of contract/fund-dto.ts. */
import type {
  FundBalance,
  FundBorrowerKind,
  FundCondition,
  FundInstalmentDto,
  FundLoanDto,
  FundLoanSummary,
  FundMemberDto,
  FundPositionDto,
  FundRepaymentMethod,
  FundRescheduleKind,
  FundRules,
  FundStage,
} from '../../contract/fund-dto.ts';
import type { OrgRef } from '../../contract/inspection-dto.ts';
import { formatNumber, formatVnDate } from '../../shared/index.ts';
import type { CoreContext } from '../context.ts';
import type { Db } from '../db/types.ts';
import { orgRefMap, refOrThrow } from '../inspections/common.ts';
import { maturityOfBook, positionOf, reversedBy, scheduleOn, type LoanBook } from './book.ts';
import { percentOfRatePpm } from './interest.ts';
import { payableOn, type LoanPosition } from './position.ts';
import { loanAuditRows, memberRows, type LoanRow, type MemberRow } from './repository.ts';
import { ownCapitalMet } from './rules.ts';
import type { Instalment } from './schedule.ts';

export function memberDto(m: MemberRow, org: OrgRef): FundMemberDto {
  return {
    id: m.id,
    organization: org,
    fullName: m.full_name,
    birthDate: m.birth_date,
    idNumber: m.id_number,
    address: m.address,
    phone: m.phone,
  };
}

export function instalmentDto(r: Instalment): FundInstalmentDto {
  return { seq: r.seq, dueOn: r.dueOn, principal: r.principal, interest: r.interest, balanceAfter: r.balanceAfter };
}

export function balanceOf(p: Pick<LoanPosition, keyof FundBalance>): FundBalance {
  return {
    principalOutstanding: p.principalOutstanding,
    principalOverdue: p.principalOverdue,
    interestOverdue: p.interestOverdue,
    daysOverdue: p.daysOverdue,
    group: p.group,
  };
}

export function positionDto(p: LoanPosition): FundPositionDto {
  return { ...p, payable: payableOn(p), nextDue: p.nextDue ? instalmentDto(p.nextDue) : null };
}

/** The borrower as printed: the member's name with their organization, or the organization. */
export function borrowerName(org: OrgRef, member: MemberRow | undefined): string {
  return member ? `${member.full_name} (thành viên ${org.name})` : org.name;
}

export function summaryOf(
  l: LoanRow,
  org: OrgRef,
  member: MemberRow | undefined,
  maturityOn: string | null,
  balance: FundBalance | null,
): FundLoanSummary {
  return {
    id: l.id,
    code: l.code,
    stage: l.stage as FundStage,
    borrowerKind: (member ? 'member' : 'organization') as FundBorrowerKind,
    borrowerName: borrowerName(org, member),
    organization: org,
    purpose: l.purpose,
    appliedOn: l.applied_on,
    contractNo: l.contract_no,
    contractOn: l.contract_on,
    amount: l.amount,
    ratePercent: l.rate_ppm === null ? null : percentOfRatePpm(l.rate_ppm),
    termMonths: l.term_months,
    maturityOn,
    balance,
  };
}

/** The lending conditions of NĐ 45/2021 Đ22 as the fund checks them. `otherOverdue`: the borrower's other loans overdue now. */
export function conditionsOf(book: LoanBook, rules: FundRules, otherOverdue: string[]): FundCondition[] {
  const l = book.loan;
  // Only a contract read from the fund's old ledger has no application (no date): what it would say is not known, not failed.
  const fromLedger = l.applied_on === null;
  return [
    {
      key: 'plan',
      label: 'Có dự án, phương án sản xuất kinh doanh khả thi',
      met: l.plan_feasible === null ? null : l.plan_feasible === 1,
      detail:
        l.plan_feasible === null
          ? fromLedger
            ? 'Không rõ: hợp đồng nhập từ sổ theo dõi cũ'
            : 'Chưa thẩm định'
          : `${l.plan_feasible === 1 ? 'Khả thi' : 'Không khả thi'} theo thẩm định ngày ${formatVnDate(l.appraised_on ?? '')}`,
    },
    ownCapitalCondition(l, rules, fromLedger),
    {
      key: 'noOverdue',
      label: 'Không có nợ quá hạn tại Quỹ khi giải ngân lần đầu',
      met: otherOverdue.length === 0,
      detail: otherOverdue.length === 0 ? 'Không có khoản vay quá hạn' : `Đang quá hạn: ${otherOverdue.join(', ')}`,
    },
  ];
}

function ownCapitalCondition(l: LoanRow, rules: FundRules, fromLedger: boolean): FundCondition {
  const label = `Vốn chủ sở hữu tham gia tối thiểu ${formatNumber(rules.ownCapitalMinPercent)}% tổng vốn đầu tư`;
  const met = ownCapitalMet(l, rules);
  if (met === null || l.total_investment === null || l.own_capital === null)
    return {
      key: 'ownCapital',
      label,
      met: null,
      detail: fromLedger
        ? 'Không rõ: hợp đồng nhập từ sổ theo dõi cũ, không ghi phương án vay — chưa kiểm tra'
        : 'Chưa rõ tổng vốn đầu tư hoặc vốn tự có — chưa kiểm tra',
    };
  const share = (l.own_capital / l.total_investment) * 100;
  return {
    key: 'ownCapital',
    label,
    met,
    detail: `Vốn tự có ${formatNumber(l.own_capital)} đồng / tổng vốn ${formatNumber(l.total_investment)} đồng = ${formatNumber(share, { decimals: 1 })}%`,
  };
}

const FIELD_TEXT: Record<string, string> = {
  application: 'Nhận hồ sơ vay',
  appraisal: 'Thẩm định',
  decision: 'Quyết định',
  contract: 'Ký hợp đồng tín dụng',
  disbursement: 'Giải ngân',
  repayment: 'Thu nợ',
  reversal: 'Đảo bút toán',
  reschedule: 'Gia hạn / điều chỉnh kỳ hạn',
  settlement: 'Tất toán',
};

export async function loanDto(
  ctx: CoreContext,
  db: Db,
  book: LoanBook,
  asOf: string,
  rules: FundRules,
  otherOverdue: string[],
): Promise<FundLoanDto> {
  const l = book.loan;
  const orgs = await orgRefMap(ctx, db, [l.organization_id]);
  const org = refOrThrow(orgs, l.organization_id);
  const member = l.member_id === null ? undefined : (await memberRows(db, { id: l.member_id }))[0];
  const current = scheduleOn(book, asOf);
  const froms = [...new Set(book.schedule.map((s) => s.effective_from))].sort();
  const inForce = froms.filter((f) => f <= asOf).at(-1) ?? froms[0];
  const earlier = froms.filter((f) => f !== inForce);
  const audit = await loanAuditRows(db, l.id);
  const position = book.disbursements.length > 0 ? positionOf(book, asOf, rules.groupThresholds) : null;
  return {
    ...summaryOf(l, org, member, maturityOfBook(book), position ? balanceOf(position) : null),
    position: position ? positionDto(position) : null,
    member: member ? memberDto(member, org) : null,
    planSummary: l.plan_summary,
    totalInvestment: l.total_investment,
    ownCapital: l.own_capital,
    amountRequested: l.amount_requested,
    termRequested: l.term_requested,
    appraisedBy: l.appraised_by,
    appraisedOn: l.appraised_on,
    appraisalOpinion: l.appraisal_opinion,
    planFeasible: l.plan_feasible === null ? null : l.plan_feasible === 1,
    decisionNo: l.decision_no,
    decisionOn: l.decision_on,
    approvedAmount: l.approved_amount,
    overdueRatePercent: l.overdue_rate_ppm === null ? null : percentOfRatePpm(l.overdue_rate_ppm),
    periodMonths: l.period_months,
    graceMonths: l.grace_months,
    method: l.method as FundRepaymentMethod | null,
    security: l.security,
    settledOn: l.settled_on,
    conditions: conditionsOf(book, rules, otherOverdue),
    schedule: current.map(instalmentDto),
    earlierSchedules: earlier.map((from) => ({
      until: froms[froms.indexOf(from) + 1] ?? from,
      instalments: scheduleOn(book, from).map(instalmentDto),
    })),
    ...entriesOf(book),
    history: audit.map((a) => ({ at: a.at, who: a.who, text: `${FIELD_TEXT[a.field ?? ''] ?? 'Cập nhật'}${historyDetail(a.new_value)}` })),
  };
}

/** The entries posted on a loan, each with the reversal that cancelled it, if any. */
function entriesOf(book: LoanBook): Pick<FundLoanDto, 'disbursements' | 'repayments' | 'reschedules'> {
  const dReversed = reversedBy(book.disbursements);
  const rReversed = reversedBy(book.repayments);
  return {
    disbursements: book.disbursements.map((d) => ({
      id: d.id,
      onDate: d.on_date,
      amount: d.amount,
      note: d.note,
      reversesId: d.reverses_id,
      reversedBy: dReversed.get(d.id) ?? null,
      createdAt: d.created_at,
      createdBy: d.created_by,
    })),
    repayments: book.repayments.map((r) => ({
      id: r.id,
      onDate: r.on_date,
      amount: r.amount,
      penalty: r.penalty,
      interest: r.interest,
      principal: r.principal,
      prepaid: r.prepaid,
      note: r.note,
      reversesId: r.reverses_id,
      reversedBy: rReversed.get(r.id) ?? null,
      createdAt: r.created_at,
      createdBy: r.created_by,
    })),
    reschedules: book.reschedules.map((r) => ({
      id: r.id,
      kind: r.kind as FundRescheduleKind,
      onDate: r.on_date,
      decisionNo: r.decision_no,
      decisionOn: r.decision_on,
      termMonths: r.term_months,
      note: r.note,
    })),
  };
}

function historyDetail(json: string | null): string {
  if (json === null) return '';
  const v = JSON.parse(json) as { summary?: string };
  return v.summary ? `: ${v.summary}` : '';
}
