import { z } from 'zod';
import { id, isoDate, method, noInput, text } from './define.ts';
import {
  FUND_REPAYMENT_METHODS,
  FUND_RESCHEDULE_KINDS,
  type FundAgingRow,
  type FundAllocationDto,
  type FundDueRow,
  type FundLoanDto,
  type FundLoanSummary,
  type FundMemberDto,
  type FundRules,
  FUND_STAGES,
} from './fund-dto.ts';
import { REPORT_FORMATS, type ReportFile } from './reports.ts';

/** A date that exists in the calendar. */
const day = isoDate.refine((s) => {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}, 'Ngày không có trong lịch');
/** Money: a whole number of đồng, never negative or with a fraction. */
const wholeDong = z
  .number({ error: 'Số tiền phải là một số' })
  .int('Số tiền phải là số nguyên đồng (không có phần lẻ)')
  .max(1e15, 'Số tiền quá lớn');
const money = wholeDong.min(0, 'Số tiền không được âm');
const positiveMoney = wholeDong.gt(0, 'Số tiền phải lớn hơn 0');
const months = (what: string) => z.number().int(`${what} phải là số tháng nguyên`).min(1, `${what} phải từ 1 tháng`).max(360);
const percent = z.number().min(0, 'Lãi suất không được âm').max(100, 'Lãi suất quá lớn');
const required = (max: number, what: string) => text(max).min(1, `${what} không được để trống`);
const optionalText = (max: number) => text(max).nullable().optional();

export const fundRulesInput = z
  .object({
    ownCapitalMinPercent: z.number().min(0).max(100),
    groupThresholds: z
      .tuple([z.number().int().min(1), z.number().int().min(1), z.number().int().min(1), z.number().int().min(1)])
      .refine((t) => t[0] < t[1] && t[1] < t[2] && t[2] < t[3], 'Ngưỡng số ngày quá hạn của các nhóm nợ phải tăng dần'),
  })
  .strict();

export const fundMemberInput = z
  .object({
    id: id.optional(),
    organizationId: id,
    fullName: required(200, 'Họ và tên'),
    birthDate: day.nullable().optional(),
    idNumber: optionalText(20),
    address: optionalText(300),
    phone: optionalText(30),
  })
  .strict();
export type FundMemberInput = z.infer<typeof fundMemberInput>;

export const fundApplicationInput = z
  .object({
    id: id.optional(),
    code: optionalText(40),
    organizationId: id,
    memberId: id.nullable().optional(),
    appliedOn: day,
    purpose: required(1000, 'Mục đích vay'),
    planSummary: optionalText(5000),
    totalInvestment: positiveMoney,
    ownCapital: money,
    amountRequested: positiveMoney,
    termRequested: months('Thời hạn đề nghị'),
  })
  .strict();
export type FundApplicationInput = z.infer<typeof fundApplicationInput>;

export const fundAppraisalInput = z
  .object({
    id,
    appraisedBy: required(200, 'Cán bộ thẩm định'),
    appraisedOn: day,
    opinion: required(5000, 'Ý kiến thẩm định'),
    planFeasible: z.boolean(),
  })
  .strict();

export const fundDecisionInput = z
  .object({
    id,
    approve: z.boolean(),
    decisionNo: required(50, 'Số quyết định'),
    decisionOn: day,
    approvedAmount: positiveMoney.nullable().optional(),
  })
  .strict();

export const fundContractInput = z
  .object({
    id,
    contractNo: required(50, 'Số hợp đồng tín dụng'),
    contractOn: day,
    amount: positiveMoney,
    ratePercent: percent,
    overdueRatePercent: percent,
    termMonths: months('Thời hạn vay'),
    periodMonths: z.union([z.literal(1), z.literal(3), z.literal(6), z.literal(12)]),
    graceMonths: z.number().int().min(0).max(120),
    method: z.enum(FUND_REPAYMENT_METHODS),
    security: optionalText(2000),
  })
  .strict();
export type FundContractInput = z.infer<typeof fundContractInput>;

export const fundDisbursementInput = z.object({ loanId: id, onDate: day, amount: positiveMoney, note: optionalText(500) }).strict();
export const fundRepaymentInput = z.object({ loanId: id, onDate: day, amount: positiveMoney, note: optionalText(500) }).strict();
export const fundReversalInput = z.object({ id, reason: required(500, 'Lý do đảo bút toán') }).strict();
export const fundRescheduleInput = z
  .object({
    loanId: id,
    kind: z.enum(FUND_RESCHEDULE_KINDS),
    onDate: day,
    decisionNo: required(50, 'Số quyết định'),
    decisionOn: day,
    termMonths: months('Thời hạn vay mới'),
    note: optionalText(1000),
  })
  .strict();

/** Printouts of the fund: the period report, a borrower's statement, the repayment reminder letter. */
export const fundDocumentInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('report'), from: day, to: day, asOf: day }).strict(),
  z.object({ kind: z.literal('statement'), loanId: id, asOf: day }).strict(),
  z.object({ kind: z.literal('reminder'), loanId: id, asOf: day }).strict(),
]);
export type FundDocumentRequest = z.infer<typeof fundDocumentInput>;

/** Methods of the support fund's loan book (issue 14); merged into the contract in methods.ts. */
export const fundMethods = {
  'fund.rules': method<FundRules>()(noInput),
  'fund.saveRules': method<FundRules>()(fundRulesInput),
  'fund.members': method<FundMemberDto[]>()(z.object({ organizationId: id.optional() }).strict()),
  'fund.saveMember': method<FundMemberDto>()(fundMemberInput),
  'fund.loans': method<FundLoanSummary[]>()(
    z.object({ asOf: day, stage: z.enum(FUND_STAGES).optional(), organizationId: id.optional() }).strict(),
  ),
  'fund.loan': method<FundLoanDto>()(z.object({ id, asOf: day }).strict()),
  'fund.saveApplication': method<FundLoanDto>()(fundApplicationInput),
  'fund.appraise': method<FundLoanDto>()(fundAppraisalInput),
  'fund.decide': method<FundLoanDto>()(fundDecisionInput),
  'fund.signContract': method<FundLoanDto>()(fundContractInput),
  'fund.disburse': method<FundLoanDto>()(fundDisbursementInput),
  'fund.reverseDisbursement': method<FundLoanDto>()(fundReversalInput),
  /** How a repayment would be allocated, before it is posted. */
  'fund.previewRepayment': method<FundAllocationDto>()(fundRepaymentInput),
  'fund.repay': method<FundLoanDto>()(fundRepaymentInput),
  'fund.reverseRepayment': method<FundLoanDto>()(fundReversalInput),
  'fund.reschedule': method<FundLoanDto>()(fundRescheduleInput),
  'fund.aging': method<FundAgingRow[]>()(z.object({ asOf: day }).strict()),
  'fund.dueSoon': method<FundDueRow[]>()(z.object({ asOf: day, days: z.number().int().min(1).max(366).optional() }).strict()),
  'fund.documentHtml': method<{ title: string; html: string }>()(fundDocumentInput),
  'fund.documentFile': method<ReportFile>()(z.object({ document: fundDocumentInput, format: z.enum(REPORT_FORMATS) }).strict()),
} as const;
