/**
 * Money on a loan: disbursements, repayments (allocated penalty, interest, then principal), reversals and
 * reschedulings. Nothing posted is edited or deleted; a mistake is reversed by an entry of its own. After each
 * entry the loan's schedule is derived again from the contract and its entries.
 */
import { AppError } from '../../contract/errors.ts';
import type { FundAllocationDto, FundLoanDto, FundRescheduleKind } from '../../contract/fund-dto.ts';
import { FUND_RESCHEDULE_KIND_LABEL } from '../../contract/fund-dto.ts';
import type { CoreContext } from '../context.ts';
import { writeTransaction } from '../db/transaction.ts';
import type { Db } from '../db/types.ts';
import { blankToNull, clock } from '../inspections/common.ts';
import { loadBook, maturityOfBook, positionOf, scheduleVersions, standing, startOf, type LoanBook } from './book.ts';
import { auditLoan, dong, otherOverdueLoans, refuse, vnDate } from './common.ts';
import { getLoan } from './loans.ts';
import { allocateRepayment, payableOn, type GroupThresholds } from './position.ts';
import { insertDisbursement, insertRepayment, insertReschedule, replaceSchedule, rewriteRunningTotals, updateLoan } from './repository.ts';
import { fundRules } from './rules.ts';
import { maturityOf } from './schedule.ts';

async function contractedBook(db: Db, loanId: number): Promise<LoanBook> {
  const book = await loadBook(db, loanId);
  if (!book) throw new AppError('NOT_FOUND', 'Không tìm thấy khoản vay này.');
  if (book.loan.stage !== 'contracted')
    throw new AppError('CONFLICT', book.loan.stage === 'settled' ? 'Khoản vay đã tất toán.' : 'Khoản vay chưa ký hợp đồng tín dụng.');
  return book;
}

/** Derives the schedule again from the loan's entries, and settles (or reopens) the loan on what it owes. */
export async function refresh(db: Db, loanId: number, at: string, settleOn: string | null): Promise<void> {
  const book = await loadBook(db, loanId);
  if (!book) return;
  await replaceSchedule(db, loanId, scheduleVersions(book));
  await rewriteRunningTotals(db, loanId);
  const fresh = await loadBook(db, loanId);
  if (fresh) await settleOrReopen(db, fresh, at, settleOn);
}

/** Settles a loan that owes nothing any more (on `settleOn`, else its last repayment), or reopens a settled one that owes again. */
export async function settleOrReopen(db: Db, fresh: LoanBook, at: string, settleOn: string | null): Promise<void> {
  const loanId = fresh.loan.id;
  const rules = await fundRules(db);
  const date = settleOn ?? fresh.repayments.at(-1)?.on_date ?? null;
  const paidOff = date !== null && fresh.loan.amount !== null && payableOn(positionOf(fresh, date, rules.groupThresholds)) === 0;
  const disbursed = standing(fresh.disbursements).reduce((s, d) => s + d.amount, 0);
  if (paidOff && disbursed > 0 && fresh.loan.stage === 'contracted')
    await updateLoan(db, loanId, { stage: 'settled', settled_on: date, updated_at: at });
  if (!paidOff && fresh.loan.stage === 'settled') await updateLoan(db, loanId, { stage: 'contracted', settled_on: null, updated_at: at });
}

function checkDate(field: string, onDate: string, today: string, book: LoanBook, what: string): void {
  if (onDate > today) throw refuse(field, `Ngày ${what} không được sau ngày hôm nay.`);
  const contractOn = book.loan.contract_on ?? '';
  if (onDate < contractOn) throw refuse(field, `Ngày ${what} không được trước ngày ký hợp đồng (${vnDate(contractOn)}).`);
}

/**
 * The rules a disbursement must meet, typed on the loan's page or read from the fund's Excel ledger: not above
 * the contract, not before it or after today, before maturity, and — for the first one — a feasible plan and
 * no overdue debt of the borrower at the Fund that day. Throws the refusal, on the cell it is about.
 */
export async function checkDisbursement(db: Db, book: LoanBook, onDate: string, amount: number, today: string): Promise<void> {
  checkDate('onDate', onDate, today, book, 'giải ngân');
  const disbursed = standing(book.disbursements).reduce((s, d) => s + d.amount, 0);
  const limit = book.loan.amount ?? 0;
  if (disbursed + amount > limit)
    throw refuse(
      'amount',
      `Giải ngân vượt số tiền hợp đồng: hợp đồng ${dong(limit)}, đã giải ngân ${dong(disbursed)}, còn được giải ngân ${dong(limit - disbursed)}.`,
    );
  const start = startOf(book);
  if (start === null) {
    const rules = await fundRules(db);
    const overdue = await otherOverdueLoans(db, book.loan, onDate, rules);
    if (overdue.length > 0)
      throw refuse('onDate', `Người vay đang có nợ quá hạn tại Quỹ (${overdue.join(', ')}): chưa được giải ngân lần đầu.`);
    // A contract read from the fund's old ledger was approved outside KTTT: its appraisal is not known (null), not refused.
    if (book.loan.plan_feasible === 0) throw refuse('onDate', 'Phương án vay chưa được thẩm định là khả thi.');
  } else {
    if (onDate < start) throw refuse('onDate', `Ngày giải ngân không được trước lần giải ngân đầu (${vnDate(start)}).`);
    const maturity = maturityOf(start, book.reschedules.at(-1)?.term_months ?? book.loan.term_months ?? 0);
    if (onDate >= maturity) throw refuse('onDate', `Ngày giải ngân phải trước ngày đáo hạn (${vnDate(maturity)}).`);
  }
}

export async function disburse(
  ctx: CoreContext,
  input: { loanId: number; onDate: string; amount: number; note?: string | null | undefined },
): Promise<FundLoanDto> {
  const { at, today } = clock(ctx);
  await writeTransaction(ctx, async ({ db }) => {
    const book = await contractedBook(db, input.loanId);
    await checkDisbursement(db, book, input.onDate, input.amount, today);
    await insertDisbursement(db, {
      loanId: input.loanId,
      onDate: input.onDate,
      amount: input.amount,
      note: blankToNull(input.note),
      reversesId: null,
      at,
      who: ctx.who,
    });
    await auditLoan(ctx, db, at, input.loanId, 'disbursement', `${dong(input.amount)} ngày ${vnDate(input.onDate)}`);
    await refresh(db, input.loanId, at, null);
  });
  ctx.events.emit('data.changed', { area: 'fund' });
  return getLoan(ctx, input.loanId, input.onDate);
}

/**
 * How a repayment on `onDate` is allocated (penalty, interest, then principal), under the rules a repayment
 * must meet, typed or imported: not before the contract, the first disbursement or the last repayment, not
 * after today, and never more than what is owed that day. Throws the refusal.
 */
export function allocateOn(book: LoanBook, onDate: string, amount: number, today: string, thresholds: GroupThresholds): FundAllocationDto {
  checkDate('onDate', onDate, today, book, 'trả nợ');
  const start = startOf(book);
  if (start === null) throw refuse('onDate', 'Khoản vay chưa giải ngân.');
  if (onDate < start) throw refuse('onDate', `Ngày trả nợ không được trước ngày giải ngân đầu tiên (${vnDate(start)}).`);
  const last = standing(book.repayments).at(-1);
  if (last && onDate < last.on_date)
    throw refuse(
      'onDate',
      `Ngày trả nợ không được trước lần trả nợ đã ghi gần nhất (${vnDate(last.on_date)}); muốn sửa lần đó, hãy đảo bút toán của nó trước.`,
    );
  const position = positionOf(book, onDate, thresholds);
  const payable = payableOn(position);
  const allocation = allocateRepayment(position, amount);
  if (!allocation)
    throw refuse('amount', `Số tiền trả (${dong(amount)}) lớn hơn số còn nợ đến ngày ${vnDate(onDate)} (tối đa ${dong(payable)}).`);
  return { ...allocation, payable };
}

async function allocationFor(db: Db, book: LoanBook, onDate: string, amount: number, today: string): Promise<FundAllocationDto> {
  const rules = await fundRules(db);
  return allocateOn(book, onDate, amount, today, rules.groupThresholds);
}

export async function previewRepayment(
  ctx: CoreContext,
  input: { loanId: number; onDate: string; amount: number },
): Promise<FundAllocationDto> {
  const book = await contractedBook(ctx.db, input.loanId);
  return allocationFor(ctx.db, book, input.onDate, input.amount, clock(ctx).today);
}

export async function repay(
  ctx: CoreContext,
  input: { loanId: number; onDate: string; amount: number; note?: string | null | undefined },
): Promise<FundLoanDto> {
  const { at, today } = clock(ctx);
  await writeTransaction(ctx, async ({ db }) => {
    const book = await contractedBook(db, input.loanId);
    const a = await allocationFor(db, book, input.onDate, input.amount, today);
    await insertRepayment(db, {
      loanId: input.loanId,
      onDate: input.onDate,
      amount: input.amount,
      penalty: a.penalty,
      interest: a.interest,
      principal: a.principal,
      prepaid: a.prepaid,
      note: blankToNull(input.note),
      reversesId: null,
      at,
      who: ctx.who,
    });
    await auditLoan(
      ctx,
      db,
      at,
      input.loanId,
      'repayment',
      `${dong(input.amount)} ngày ${vnDate(input.onDate)} (lãi phạt ${dong(a.penalty)}, lãi ${dong(a.interest)}, gốc ${dong(a.principal)})`,
    );
    await refresh(db, input.loanId, at, input.onDate);
  });
  ctx.events.emit('data.changed', { area: 'fund' });
  return getLoan(ctx, input.loanId, input.onDate);
}

export async function reverseDisbursement(
  ctx: CoreContext,
  input: { id: number; reason: string },
  loanIdOf: (db: Db, id: number) => Promise<number | undefined>,
): Promise<FundLoanDto> {
  const { at, today } = clock(ctx);
  const loanId = await writeTransaction(ctx, async ({ db }) => {
    const loanId = await loanIdOf(db, input.id);
    if (loanId === undefined) throw new AppError('NOT_FOUND', 'Không tìm thấy lần giải ngân này.');
    const book = await contractedBook(db, loanId);
    const entry = standing(book.disbursements).find((d) => d.id === input.id);
    if (!entry) throw new AppError('CONFLICT', 'Lần giải ngân này đã được đảo, hoặc là một bút toán đảo.');
    if (standing(book.repayments).length > 0 && standing(book.disbursements).length === 1)
      throw new AppError('CONFLICT', 'Khoản vay đã có thu nợ: hãy đảo các lần thu nợ trước khi đảo lần giải ngân duy nhất.');
    await insertDisbursement(db, {
      loanId,
      onDate: entry.on_date,
      amount: -entry.amount,
      note: input.reason,
      reversesId: entry.id,
      at,
      who: ctx.who,
    });
    await auditLoan(ctx, db, at, loanId, 'reversal', `đảo giải ngân ${dong(entry.amount)} ngày ${vnDate(entry.on_date)} — ${input.reason}`);
    await refresh(db, loanId, at, null);
    return loanId;
  });
  ctx.events.emit('data.changed', { area: 'fund' });
  return getLoan(ctx, loanId, today);
}

export async function reverseRepayment(
  ctx: CoreContext,
  input: { id: number; reason: string },
  loanIdOf: (db: Db, id: number) => Promise<number | undefined>,
): Promise<FundLoanDto> {
  const { at, today } = clock(ctx);
  const loanId = await writeTransaction(ctx, async ({ db }) => {
    const loanId = await loanIdOf(db, input.id);
    if (loanId === undefined) throw new AppError('NOT_FOUND', 'Không tìm thấy lần thu nợ này.');
    const book = await loadBook(db, loanId);
    if (!book) throw new AppError('NOT_FOUND', 'Không tìm thấy khoản vay này.');
    const entry = standing(book.repayments).find((r) => r.id === input.id);
    if (!entry) throw new AppError('CONFLICT', 'Lần thu nợ này đã được đảo, hoặc là một bút toán đảo.');
    await insertRepayment(db, {
      loanId,
      onDate: entry.on_date,
      amount: -entry.amount,
      penalty: -entry.penalty,
      interest: -entry.interest,
      principal: -entry.principal,
      prepaid: -entry.prepaid,
      note: input.reason,
      reversesId: entry.id,
      at,
      who: ctx.who,
    });
    await auditLoan(ctx, db, at, loanId, 'reversal', `đảo thu nợ ${dong(entry.amount)} ngày ${vnDate(entry.on_date)} — ${input.reason}`);
    await refresh(db, loanId, at, null);
    return loanId;
  });
  ctx.events.emit('data.changed', { area: 'fund' });
  return getLoan(ctx, loanId, today);
}

export async function reschedule(
  ctx: CoreContext,
  input: {
    loanId: number;
    kind: FundRescheduleKind;
    onDate: string;
    decisionNo: string;
    decisionOn: string;
    termMonths: number;
    note?: string | null | undefined;
  },
): Promise<FundLoanDto> {
  const { at, today } = clock(ctx);
  await writeTransaction(ctx, async ({ db }) => {
    const book = await contractedBook(db, input.loanId);
    checkDate('onDate', input.onDate, today, book, 'gia hạn');
    const start = startOf(book);
    if (start === null) throw refuse('onDate', 'Khoản vay chưa giải ngân.');
    const previous = book.reschedules.at(-1);
    if (previous && input.onDate <= previous.on_date)
      throw refuse('onDate', `Đã có quyết định gia hạn ngày ${vnDate(previous.on_date)}: ngày hiệu lực mới phải sau ngày đó.`);
    if (input.decisionOn > input.onDate) throw refuse('decisionOn', 'Ngày quyết định không được sau ngày hiệu lực.');
    const newMaturity = maturityOf(start, input.termMonths);
    if (newMaturity <= input.onDate)
      throw refuse('termMonths', `Thời hạn mới cho ngày đáo hạn ${vnDate(newMaturity)}, không sau ngày hiệu lực.`);
    const oldMaturity = maturityOfBook(book) ?? newMaturity;
    if (input.kind === 'extension' && newMaturity <= oldMaturity)
      throw refuse('termMonths', `Gia hạn phải kéo dài thời hạn quá ngày đáo hạn hiện tại (${vnDate(oldMaturity)}).`);
    const rules = await fundRules(db);
    const p = positionOf(book, input.onDate, rules.groupThresholds);
    await insertReschedule(db, {
      loanId: input.loanId,
      onDate: input.onDate,
      kind: input.kind,
      decisionNo: input.decisionNo,
      decisionOn: input.decisionOn,
      termMonths: input.termMonths,
      paidPrincipal: p.principalPaid,
      paidInterest: p.interestPaid,
      note: blankToNull(input.note),
      at,
      who: ctx.who,
    });
    await auditLoan(
      ctx,
      db,
      at,
      input.loanId,
      'reschedule',
      `${FUND_RESCHEDULE_KIND_LABEL[input.kind]} (QĐ ${input.decisionNo}), đáo hạn ${vnDate(newMaturity)}`,
    );
    await refresh(db, input.loanId, at, null);
  });
  ctx.events.emit('data.changed', { area: 'fund' });
  return getLoan(ctx, input.loanId, input.onDate);
}
