/**
 * Undoing an import of the fund's ledger: nothing posted is deleted. Each entry the import posted is reversed
 * by an entry of its own, and a loan the import made is cancelled (it stays in the book, marked so). A loan
 * with entries posted after the import is left as it is — reversing the import's entries under later ones
 * would change how those were allocated — and counted as kept.
 */
import { AppError } from '../../contract/errors.ts';
import type { Db } from '../db/types.ts';
import { loadBook, standing, type LoanBook } from './book.ts';
import { auditLoan, dong, vnDate } from './common.ts';
import type { CoreContext } from '../context.ts';
import { refresh } from './postings.ts';
import { insertDisbursement, insertRepayment, loansOfEntries, retireMemberIfUnused, updateLoan } from './repository.ts';

export interface FundUndoChanges {
  loans: number[];
  members: number[];
  disbursements: number[];
  repayments: number[];
}

/** Whether a loan holds an entry, not of this import, posted after it. */
function changedSince(book: LoanBook, ours: ReadonlySet<string>, committedAt: string): boolean {
  const later = (rows: readonly { id: number; created_at: string }[], kind: string) =>
    rows.some((r) => !ours.has(`${kind}${String(r.id)}`) && r.created_at > committedAt);
  return later(book.disbursements, 'd') || later(book.repayments, 'r');
}

async function reverseOurs(ctx: CoreContext, db: Db, book: LoanBook, ours: ReadonlySet<string>, note: string, at: string): Promise<void> {
  const loanId = book.loan.id;
  for (const r of standing(book.repayments).reverse()) {
    if (!ours.has(`r${String(r.id)}`)) continue;
    const neg = { amount: -r.amount, penalty: -r.penalty, interest: -r.interest, principal: -r.principal, prepaid: -r.prepaid };
    await insertRepayment(db, { loanId, onDate: r.on_date, ...neg, note, reversesId: r.id, at, who: ctx.who });
    await auditLoan(ctx, db, at, loanId, 'reversal', `đảo thu nợ ${dong(r.amount)} ngày ${vnDate(r.on_date)} — ${note}`);
  }
  for (const d of standing(book.disbursements).reverse()) {
    if (!ours.has(`d${String(d.id)}`)) continue;
    await insertDisbursement(db, { loanId, onDate: d.on_date, amount: -d.amount, note, reversesId: d.id, at, who: ctx.who });
    await auditLoan(ctx, db, at, loanId, 'reversal', `đảo giải ngân ${dong(d.amount)} ngày ${vnDate(d.on_date)} — ${note}`);
  }
}

/** Reverses what an import posted on the loan book; returns how many loans it reverted and kept. */
export async function undoLedgerImport(
  ctx: CoreContext,
  db: Db,
  changes: FundUndoChanges,
  batch: { committedAt: string; fileName: string },
  at: string,
): Promise<{ reverted: number; kept: number }> {
  const note = `Hoàn tác lần nhập tệp “${batch.fileName}”`;
  const ours = new Set([...changes.disbursements.map((id) => `d${String(id)}`), ...changes.repayments.map((id) => `r${String(id)}`)]);
  const made = new Set(changes.loans);
  const loanIds = new Set<number>(changes.loans);
  for (const id of (await loansOfEntries(db, 'fund_disbursements', changes.disbursements)).values()) loanIds.add(id);
  for (const id of (await loansOfEntries(db, 'fund_repayments', changes.repayments)).values()) loanIds.add(id);
  let reverted = 0;
  let kept = 0;
  for (const loanId of loanIds) {
    const book = await loadBook(db, loanId);
    if (!book) throw new AppError('INTERNAL');
    if (changedSince(book, ours, batch.committedAt)) {
      kept++;
      continue;
    }
    await reverseOurs(ctx, db, book, ours, note, at);
    if (made.has(loanId)) {
      await updateLoan(db, loanId, { stage: 'cancelled', settled_on: null, updated_at: at });
      await auditLoan(ctx, db, at, loanId, 'settlement', `hủy hợp đồng nhập từ sổ — ${note}`);
    } else await refresh(db, loanId, at, null);
    reverted++;
  }
  for (const memberId of changes.members) await retireMemberIfUnused(db, memberId, at);
  return { reverted, kept };
}
