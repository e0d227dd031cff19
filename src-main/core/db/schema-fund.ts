import type { Generated } from 'kysely';

/** Tables of the support fund's loan book (issue 14), added by migration 009 (fund_loans rebuilt by 013). */

export interface FundMembersTable {
  id: Generated<number>;
  organization_id: number;
  full_name: string;
  birth_date: string | null;
  id_number: string | null;
  address: string | null;
  phone: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface FundLoansTable {
  id: Generated<number>;
  code: string;
  organization_id: number;
  member_id: number | null;
  /** 'application' | 'appraised' | 'approved' | 'rejected' | 'contracted' | 'settled' */
  stage: string;
  /** The application's facts: null on a contract read from the fund's old ledger, which gives none (migration 013). */
  applied_on: string | null;
  purpose: string | null;
  plan_summary: string | null;
  total_investment: number | null;
  own_capital: number | null;
  amount_requested: number | null;
  term_requested: number | null;
  appraised_by: string | null;
  appraised_on: string | null;
  appraisal_opinion: string | null;
  plan_feasible: number | null;
  decision_no: string | null;
  decision_on: string | null;
  approved_amount: number | null;
  contract_no: string | null;
  contract_on: string | null;
  amount: number | null;
  rate_ppm: number | null;
  overdue_rate_ppm: number | null;
  term_months: number | null;
  period_months: number | null;
  grace_months: number | null;
  method: string | null;
  security: string | null;
  settled_on: string | null;
  created_at: string;
  updated_at: string;
}

export interface FundDisbursementsTable {
  id: Generated<number>;
  loan_id: number;
  on_date: string;
  amount: number;
  note: string | null;
  reverses_id: number | null;
  created_at: string;
  created_by: string;
}

export interface FundRepaymentsTable {
  id: Generated<number>;
  loan_id: number;
  on_date: string;
  amount: number;
  penalty: number;
  interest: number;
  principal: number;
  prepaid: number;
  note: string | null;
  reverses_id: number | null;
  /** Principal and interest repaid on the loan by this entry, in (on_date, id) order: derived, rewritten with the loan's entries. */
  run_principal: number;
  run_interest: number;
  created_at: string;
  created_by: string;
}

export interface FundReschedulesTable {
  id: Generated<number>;
  loan_id: number;
  on_date: string;
  /** 'extension' (gia hạn) | 'reschedule' (cơ cấu lại thời hạn trả nợ) */
  kind: string;
  decision_no: string;
  decision_on: string;
  term_months: number;
  paid_principal: number;
  paid_interest: number;
  note: string | null;
  created_at: string;
  created_by: string;
}

export interface FundScheduleTable {
  loan_id: number;
  effective_from: string;
  seq: number;
  due_on: string;
  principal: number;
  interest: number;
  cum_principal: number;
  cum_interest: number;
  balance_after: number;
}

export interface FundScheduleVersionsTable {
  loan_id: number;
  effective_from: string;
}

export interface FundTables {
  fund_schedule_versions: FundScheduleVersionsTable;
  fund_members: FundMembersTable;
  fund_loans: FundLoansTable;
  fund_disbursements: FundDisbursementsTable;
  fund_repayments: FundRepaymentsTable;
  fund_reschedules: FundReschedulesTable;
  fund_schedule: FundScheduleTable;
}
