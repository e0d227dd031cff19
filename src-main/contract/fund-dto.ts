import type { OrgRef } from './inspection-dto.ts';

/** Shapes of the support fund's loan book (issue 14) that cross the boundary. Money: integer đồng. Dates: ISO. Blank: null. */

export const FUND_REPAYMENT_METHODS = ['equal_principal', 'annuity', 'maturity'] as const;
export type FundRepaymentMethod = (typeof FUND_REPAYMENT_METHODS)[number];
export const FUND_REPAYMENT_METHOD_LABEL: Record<FundRepaymentMethod, string> = {
  equal_principal: 'Gốc trả đều, lãi theo dư nợ',
  annuity: 'Trả đều gốc và lãi (niên kim)',
  maturity: 'Gốc trả một lần khi đến hạn',
};

/** 'cancelled': a contract brought in from the fund's Excel ledger whose import was undone (its entries reversed). */
export const FUND_STAGES = ['application', 'appraised', 'approved', 'rejected', 'contracted', 'settled', 'cancelled'] as const;
export type FundStage = (typeof FUND_STAGES)[number];
export const FUND_STAGE_LABEL: Record<FundStage, string> = {
  application: 'Đã nhận hồ sơ',
  appraised: 'Đã thẩm định',
  approved: 'Đã phê duyệt',
  rejected: 'Không cho vay',
  contracted: 'Đang cho vay',
  settled: 'Đã tất toán',
  cancelled: 'Đã hủy (hoàn tác lần nhập)',
};

export const FUND_RESCHEDULE_KINDS = ['extension', 'reschedule'] as const;
export type FundRescheduleKind = (typeof FUND_RESCHEDULE_KINDS)[number];
export const FUND_RESCHEDULE_KIND_LABEL: Record<FundRescheduleKind, string> = {
  extension: 'Gia hạn nợ',
  reschedule: 'Điều chỉnh kỳ hạn trả nợ',
};

export type FundBorrowerKind = 'organization' | 'member';

/** The fund's own rules, saved in settings. */
export interface FundRules {
  /** Own capital at least this share of the total investment, in percent (NĐ 45/2021 Đ22: 20). */
  ownCapitalMinPercent: number;
  /** Lower bounds in days overdue of debt groups 2, 3, 4 and 5. */
  groupThresholds: [number, number, number, number];
}

export interface FundMemberDto {
  id: number;
  organization: OrgRef;
  fullName: string;
  birthDate: string | null;
  idNumber: string | null;
  address: string | null;
  phone: string | null;
}

/** One condition of lending, as checked and shown on the loan's page. */
export interface FundCondition {
  key: 'plan' | 'ownCapital' | 'noOverdue';
  label: string;
  /** null: not known — the plan not yet appraised, or the application's figures not known (a loan from the old ledger). */
  met: boolean | null;
  detail: string;
}

export interface FundPositionDto {
  asOf: string;
  disbursed: number;
  principalPaid: number;
  interestPaid: number;
  penaltyPaid: number;
  principalOutstanding: number;
  principalDue: number;
  interestDue: number;
  penaltyDue: number;
  principalOverdue: number;
  interestOverdue: number;
  overdueSince: string | null;
  daysOverdue: number;
  group: 1 | 2 | 3 | 4 | 5;
  accruedInterest: number;
  /** What a repayment on asOf may be at most. */
  payable: number;
  nextDue: FundInstalmentDto | null;
}

export interface FundLoanSummary {
  id: number;
  code: string;
  stage: FundStage;
  borrowerKind: FundBorrowerKind;
  borrowerName: string;
  organization: OrgRef;
  /** The application's purpose and date: null on a contract read from the fund's old ledger, which does not say them. */
  purpose: string | null;
  appliedOn: string | null;
  contractNo: string | null;
  contractOn: string | null;
  amount: number | null;
  ratePercent: number | null;
  termMonths: number | null;
  maturityOn: string | null;
  /** On the list's as-of date, from the aging; null before the first disbursement. */
  balance: FundBalance | null;
}

/** A loan's balance and overdue on a date, as the aging reads it. */
export interface FundBalance {
  principalOutstanding: number;
  principalOverdue: number;
  interestOverdue: number;
  daysOverdue: number;
  group: 1 | 2 | 3 | 4 | 5;
}

export interface FundInstalmentDto {
  seq: number;
  dueOn: string;
  principal: number;
  interest: number;
  balanceAfter: number;
}

export interface FundDisbursementDto {
  id: number;
  onDate: string;
  amount: number;
  note: string | null;
  reversesId: number | null;
  reversedBy: number | null;
  createdAt: string;
  createdBy: string;
}

export interface FundRepaymentDto {
  id: number;
  onDate: string;
  amount: number;
  penalty: number;
  interest: number;
  principal: number;
  prepaid: number;
  note: string | null;
  reversesId: number | null;
  reversedBy: number | null;
  createdAt: string;
  createdBy: string;
}

export interface FundRescheduleDto {
  id: number;
  kind: FundRescheduleKind;
  onDate: string;
  decisionNo: string;
  decisionOn: string;
  termMonths: number;
  note: string | null;
}

export interface FundLoanDto extends FundLoanSummary {
  /** Everything owed on the page's as-of date, penalty and accrued interest included; null before the first disbursement. */
  position: FundPositionDto | null;
  member: FundMemberDto | null;
  planSummary: string | null;
  /** The application's figures: null when not known (a contract read from the fund's old ledger), never 0. */
  totalInvestment: number | null;
  ownCapital: number | null;
  amountRequested: number | null;
  termRequested: number | null;
  appraisedBy: string | null;
  appraisedOn: string | null;
  appraisalOpinion: string | null;
  planFeasible: boolean | null;
  decisionNo: string | null;
  decisionOn: string | null;
  approvedAmount: number | null;
  overdueRatePercent: number | null;
  periodMonths: number | null;
  graceMonths: number | null;
  method: FundRepaymentMethod | null;
  security: string | null;
  settledOn: string | null;
  conditions: FundCondition[];
  /** The schedule in force on asOf, and the ones it replaced (before a rescheduling). */
  schedule: FundInstalmentDto[];
  earlierSchedules: { until: string; instalments: FundInstalmentDto[] }[];
  disbursements: FundDisbursementDto[];
  repayments: FundRepaymentDto[];
  reschedules: FundRescheduleDto[];
  history: { at: string; who: string; text: string }[];
}

/** One loan's line of the aging on a date. */
export interface FundAgingRow {
  loanId: number;
  code: string;
  contractNo: string | null;
  borrowerName: string;
  borrowerKind: FundBorrowerKind;
  organization: OrgRef;
  principalOutstanding: number;
  principalOverdue: number;
  interestOverdue: number;
  overdueSince: string | null;
  daysOverdue: number;
  group: 1 | 2 | 3 | 4 | 5;
}

export interface FundDueRow {
  loanId: number;
  code: string;
  contractNo: string | null;
  borrowerName: string;
  organization: OrgRef;
  dueOn: string;
  principal: number;
  interest: number;
}

export interface FundAllocationDto {
  penalty: number;
  interest: number;
  principal: number;
  prepaid: number;
  payable: number;
}
