/**
 * The fund's old Excel ledger brought into the loan book (issue 14): contracts become loans, and what the
 * ledger says was disbursed and repaid is posted on them under the very rules of a typed entry
 * (checkDisbursement, allocateOn). A loan's movements are posted in date order on its book held in memory —
 * the schedule derived again after each disbursement or prepayment, as a typed entry would — then written
 * at once. A movement the rules refuse is not posted: its refusal goes back to the import, to be reviewed.
 */
import { AppError } from '../../contract/errors.ts';
import type { AuditEntry } from '../audit/repository.ts';
import type { Tx } from '../db/transaction.ts';
import { scheduleVersions, standing, type LoanBook } from './book.ts';
import { dong, loanAuditEntry, refuse, vnDate } from './common.ts';
import type { GroupThresholds } from './position.ts';
import { allocateOn, checkDisbursement, refresh, settleOrReopen } from './postings.ts';
import {
  insertDisbursementDirect,
  insertLoanDirect,
  insertRepaymentDirect,
  loanRows,
  replaceSchedule,
  type DisbursementRow,
  type RepaymentRow,
  type ScheduleRow,
} from './repository.ts';
import type { Instalment, RepaymentMethod } from './schedule.ts';

export interface LedgerEnv {
  tx: Tx;
  who: string;
  at: string;
  today: string;
  thresholds: GroupThresholds;
  /** Audit entries, written in bulk by the import. */
  audit: AuditEntry[];
  /** Each row the ledger adds, so that the import can be undone. */
  added: (table: 'fund_loans' | 'fund_disbursements' | 'fund_repayments', id: number) => void;
}

export interface LedgerContract {
  code: string;
  organizationId: number;
  memberId: number | null;
  contractNo: string;
  contractOn: string;
  amount: number;
  ratePpm: number;
  overdueRatePpm: number;
  termMonths: number;
  periodMonths: number;
  graceMonths: number;
  method: RepaymentMethod;
  purpose: string | null;
  security: string | null;
  /** Where it was read: "so-vay.xlsx, trang “HĐ”, dòng 7". */
  source: string;
}

export interface LedgerMovement<R> {
  kind: 'disbursement' | 'repayment';
  onDate: string;
  amount: number;
  note: string | null;
  /** The split the ledger wrote, when it did: compared with the fund's own allocation. */
  split?: { principal: number | null; interest: number | null };
  ref: R;
}

export type MovementFate<R> =
  | { ref: R; kind: LedgerMovement<R>['kind']; fate: 'posted'; review: string | null }
  | { ref: R; kind: LedgerMovement<R>['kind']; fate: 'already' }
  | { ref: R; kind: LedgerMovement<R>['kind']; fate: 'refused'; field: string; message: string };

/**
 * A loan made from a ledger's contract: contracted on its date, its application not known. A ledger gives none
 * of what an application says — its date, the total investment, own capital, amount and term asked — so they stay
 * null (the loan's page shows "Không rõ", the own-capital condition is not checked), never 0 or the contract's.
 */
export async function createLedgerLoan(env: LedgerEnv, c: LedgerContract): Promise<LoanBook> {
  const values = {
    code: c.code,
    organization_id: c.organizationId,
    member_id: c.memberId,
    stage: 'contracted',
    applied_on: null,
    purpose: c.purpose,
    plan_summary: null,
    total_investment: null,
    own_capital: null,
    amount_requested: null,
    term_requested: null,
    contract_no: c.contractNo,
    contract_on: c.contractOn,
    amount: c.amount,
    rate_ppm: c.ratePpm,
    overdue_rate_ppm: c.overdueRatePpm,
    term_months: c.termMonths,
    period_months: c.periodMonths,
    grace_months: c.graceMonths,
    method: c.method,
    security: c.security,
    created_at: env.at,
    updated_at: env.at,
  };
  const id = insertLoanDirect(env.tx.direct, values);
  env.added('fund_loans', id);
  env.audit.push(
    loanAuditEntry(id, 'contract', `HĐ ${c.contractNo}, ${dong(c.amount)}, ${String(c.termMonths)} tháng — nhập từ ${c.source}`),
  );
  const [loan] = await loanRows(env.tx.db, { id });
  if (!loan) throw new AppError('INTERNAL');
  return { loan, disbursements: [], repayments: [], reschedules: [], schedule: [] };
}

function scheduleRowsOf(loanId: number, versions: readonly { from: string; rows: readonly Instalment[] }[]): ScheduleRow[] {
  return versions.flatMap((v) =>
    v.rows.map((r) => ({
      loan_id: loanId,
      effective_from: v.from,
      seq: r.seq,
      due_on: r.dueOn,
      principal: r.principal,
      interest: r.interest,
      cum_principal: r.cumPrincipal,
      cum_interest: r.cumInterest,
      balance_after: r.balanceAfter,
    })),
  );
}

const byDateDisbursementsFirst = <R>(a: LedgerMovement<R>, b: LedgerMovement<R>): number =>
  a.onDate < b.onDate ? -1 : a.onDate > b.onDate ? 1 : a.kind === b.kind ? 0 : a.kind === 'disbursement' ? -1 : 1;

/** Entries already on the loan, by kind, date and amount: a ledger imported again posts them once. */
function alreadyPosted(book: LoanBook): Map<string, number> {
  const keys = new Map<string, number>();
  const add = (k: string) => keys.set(k, (keys.get(k) ?? 0) + 1);
  for (const d of standing(book.disbursements)) add(`disbursement|${d.on_date}|${String(d.amount)}`);
  for (const r of standing(book.repayments)) add(`repayment|${r.on_date}|${String(r.amount)}`);
  return keys;
}

function refusalOf(err: unknown): { field: string; message: string } {
  if (!(err instanceof AppError) || err.code !== 'INVALID_INPUT') throw err;
  const field = (err.details as { field?: unknown } | undefined)?.field;
  return { field: typeof field === 'string' ? field : 'amount', message: err.message };
}

/** A ledger that wrote its own split of a repayment different from the fund's allocation: posted, to be looked at. */
function splitReview(split: LedgerMovement<unknown>['split'], principal: number, interest: number): string | null {
  if (split === undefined) return null;
  const differs = (split.principal !== null && split.principal !== principal) || (split.interest !== null && split.interest !== interest);
  if (!differs) return null;
  return `Sổ ghi gốc ${split.principal === null ? '—' : dong(split.principal)}, lãi ${split.interest === null ? '—' : dong(split.interest)}; theo quy tắc thu lãi trước, gốc sau của Quỹ đã ghi gốc ${dong(principal)}, lãi ${dong(interest)}. Hãy đối chiếu.`;
}

/**
 * Posts a loan's movements from the ledger in date order (a disbursement before a repayment of the same
 * day); then writes what was posted, the derived schedule and, for a loan paid off, its settlement.
 */
export async function postLedgerMovements<R>(
  env: LedgerEnv,
  book: LoanBook,
  movements: readonly LedgerMovement<R>[],
  isNewLoan: boolean,
): Promise<MovementFate<R>[]> {
  const fates: MovementFate<R>[] = [];
  const known = alreadyPosted(book);
  const loanId = book.loan.id;
  const newDisbursements: DisbursementRow[] = [];
  const newRepayments: RepaymentRow[] = [];
  let tempId = -1;
  for (const m of [...movements].sort(byDateDisbursementsFirst)) {
    const key = `${m.kind}|${m.onDate}|${String(m.amount)}`;
    const seen = known.get(key) ?? 0;
    if (seen > 0) {
      known.set(key, seen - 1);
      fates.push({ ref: m.ref, kind: m.kind, fate: 'already' });
      continue;
    }
    try {
      // As a typed entry: nothing is posted on a loan settled, or not yet under contract.
      if (book.loan.stage !== 'contracted')
        throw refuse('onDate', book.loan.stage === 'settled' ? 'Khoản vay đã tất toán.' : 'Khoản vay chưa ký hợp đồng tín dụng.');
      if (m.kind === 'disbursement') {
        await checkDisbursement(env.tx.db, book, m.onDate, m.amount, env.today);
        const row = {
          id: tempId--,
          loan_id: loanId,
          on_date: m.onDate,
          amount: m.amount,
          note: m.note,
          reverses_id: null,
          created_at: env.at,
          created_by: env.who,
        };
        book.disbursements.push(row);
        newDisbursements.push(row);
        book.schedule = scheduleRowsOf(loanId, scheduleVersions(book));
        fates.push({ ref: m.ref, kind: m.kind, fate: 'posted', review: null });
        continue;
      }
      const a = allocateOn(book, m.onDate, m.amount, env.today, env.thresholds);
      const last = book.repayments.at(-1);
      const row: RepaymentRow = {
        id: tempId--,
        loan_id: loanId,
        on_date: m.onDate,
        amount: m.amount,
        penalty: a.penalty,
        interest: a.interest,
        principal: a.principal,
        prepaid: a.prepaid,
        note: m.note,
        reverses_id: null,
        run_principal: (last?.run_principal ?? 0) + a.principal,
        run_interest: (last?.run_interest ?? 0) + a.interest,
        created_at: env.at,
        created_by: env.who,
      };
      book.repayments.push(row);
      newRepayments.push(row);
      if (a.prepaid > 0) book.schedule = scheduleRowsOf(loanId, scheduleVersions(book));
      fates.push({ ref: m.ref, kind: m.kind, fate: 'posted', review: splitReview(m.split, a.principal, a.interest + a.penalty) });
    } catch (err) {
      fates.push({ ref: m.ref, kind: m.kind, fate: 'refused', ...refusalOf(err) });
    }
  }
  await writePosted(env, book, newDisbursements, newRepayments, isNewLoan);
  return fates;
}

async function writePosted(
  env: LedgerEnv,
  book: LoanBook,
  disbursements: readonly DisbursementRow[],
  repayments: readonly RepaymentRow[],
  isNewLoan: boolean,
): Promise<void> {
  const loanId = book.loan.id;
  if (disbursements.length + repayments.length === 0) return;
  const entries = [...disbursements.map((d) => ({ d })), ...repayments.map((r) => ({ r }))].sort((x, y) => {
    const a = 'd' in x ? x.d.on_date : x.r.on_date;
    const b = 'd' in y ? y.d.on_date : y.r.on_date;
    return a < b ? -1 : a > b ? 1 : 'd' in x ? -1 : 1;
  });
  for (const e of entries) {
    if ('d' in e) {
      const id = insertDisbursementDirect(env.tx.direct, e.d);
      e.d.id = id;
      env.added('fund_disbursements', id);
      env.audit.push(loanAuditEntry(loanId, 'disbursement', `${dong(e.d.amount)} ngày ${vnDate(e.d.on_date)} (nhập từ sổ theo dõi)`));
    } else {
      const id = insertRepaymentDirect(env.tx.direct, e.r);
      e.r.id = id;
      env.added('fund_repayments', id);
      const r = e.r;
      env.audit.push(
        loanAuditEntry(
          loanId,
          'repayment',
          `${dong(r.amount)} ngày ${vnDate(r.on_date)} (lãi phạt ${dong(r.penalty)}, lãi ${dong(r.interest)}, gốc ${dong(r.principal)}; nhập từ sổ theo dõi)`,
        ),
      );
    }
  }
  if (!isNewLoan) {
    // Entries already on the loan may lie between the new ones: the running totals are counted again from the stored rows.
    await refresh(env.tx.db, loanId, env.at, null);
    return;
  }
  await replaceSchedule(env.tx.db, loanId, scheduleVersions(book), { fresh: true });
  await settleOrReopen(env.tx.db, book, env.at, null);
}
