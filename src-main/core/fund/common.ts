import { AppError } from '../../contract/errors.ts';
import type { FundRules } from '../../contract/fund-dto.ts';
import { formatNumber, formatVnDate } from '../../shared/index.ts';
import { recordAudit, type AuditEntry } from '../audit/repository.ts';
import type { CoreContext } from '../context.ts';
import type { Db } from '../db/types.ts';
import { orgRefMap } from '../inspections/common.ts';
import { loadBooks, positionOf } from './book.ts';
import { loanRows, otherLoanIds } from './repository.ts';

/** A refusal on one cell of a form or grid: the field it is about travels with the Vietnamese message. */
export function refuse(field: string, message: string): AppError {
  return new AppError('INVALID_INPUT', message, { field });
}

export const dong = (n: number): string => `${formatNumber(n)} đồng`;
export const vnDate = formatVnDate;

/** Every change to a loan is written in the audit log under the loan, with a sentence a clerk can read back. */
export async function auditLoan(
  ctx: CoreContext,
  db: Db,
  at: string,
  loanId: number,
  what: string,
  summary: string,
  data: Record<string, unknown> = {},
): Promise<void> {
  await recordAudit(db, ctx.who, at, [loanAuditEntry(loanId, what, summary, data)]);
}

/** The audit entry of a change to a loan (an import gathers them and writes them in bulk). */
export function loanAuditEntry(loanId: number, what: string, summary: string, data: Record<string, unknown> = {}): AuditEntry {
  return { action: 'update', entity: 'fund_loans', entityId: String(loanId), field: what, newValue: { summary, ...data } };
}

/** The borrower's other contracted loans overdue on `asOf`, by their contract numbers. */
export async function otherOverdueLoans(
  db: Db,
  loan: { id: number; organization_id: number; member_id: number | null },
  asOf: string,
  rules: FundRules,
): Promise<string[]> {
  const ids = await otherLoanIds(db, loan.organization_id, loan.member_id, loan.id);
  if (ids.length === 0) return [];
  const rows = (await Promise.all(ids.map((id) => loanRows(db, { id })))).flat();
  const books = await loadBooks(db, rows);
  return rows
    .filter((r) => {
      const b = books.get(r.id);
      return b !== undefined && positionOf(b, asOf, rules.groupThresholds).daysOverdue > 0;
    })
    .map((r) => r.contract_no ?? r.code);
}

export { orgRefMap };
