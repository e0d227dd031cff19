import { sql, type Insertable, type Updateable } from 'kysely';
import type { FundLoansTable, FundMembersTable } from '../db/schema-fund.ts';
import type { Db } from '../db/types.ts';
import { insertMany, insertSql } from '../db/insert-many.ts';
import type { DirectSql, SqlValue } from '../db/direct.ts';
import type { Instalment } from './schedule.ts';

/**
 * SQL of the fund's loan book. Functions take `db` or a transaction; every value is bound. Posted entries
 * (disbursements, repayments, reschedulings) are only ever inserted; the schedule and the running totals of
 * repayments are derived from them and rewritten per loan.
 */

// ---------- members ----------

export function memberRows(db: Db, filter: { organizationId?: number; id?: number }) {
  let q = db.selectFrom('fund_members').selectAll().where('deleted_at', 'is', null);
  if (filter.organizationId !== undefined) q = q.where('organization_id', '=', filter.organizationId);
  if (filter.id !== undefined) q = q.where('id', '=', filter.id);
  return q.orderBy('full_name').orderBy('id').execute();
}
export type MemberRow = Awaited<ReturnType<typeof memberRows>>[number];

export async function insertMember(db: Db, values: Insertable<FundMembersTable>): Promise<number> {
  const r = await db.insertInto('fund_members').values(values).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function updateMember(db: Db, id: number, values: Updateable<FundMembersTable>): Promise<void> {
  await db.updateTable('fund_members').set(values).where('id', '=', id).execute();
}

// ---------- loans ----------

export function loanRows(db: Db, filter: { id?: number; stage?: string; organizationId?: number }) {
  let q = db.selectFrom('fund_loans').selectAll();
  if (filter.id !== undefined) q = q.where('id', '=', filter.id);
  if (filter.stage !== undefined) q = q.where('stage', '=', filter.stage);
  if (filter.organizationId !== undefined) q = q.where('organization_id', '=', filter.organizationId);
  // A contract read from the old ledger has no application date: it takes its place by the contract's.
  return q
    .orderBy(sql`coalesce(applied_on, contract_on)`, 'desc')
    .orderBy('id', 'desc')
    .execute();
}
export type LoanRow = Awaited<ReturnType<typeof loanRows>>[number];

export async function loanByCode(db: Db, code: string): Promise<{ id: number } | undefined> {
  return db.selectFrom('fund_loans').select('id').where('code', '=', code).executeTakeFirst();
}

export async function insertLoan(db: Db, values: Insertable<FundLoansTable>): Promise<number> {
  const r = await db.insertInto('fund_loans').values(values).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function updateLoan(db: Db, id: number, values: Updateable<FundLoansTable>): Promise<void> {
  await db.updateTable('fund_loans').set(values).where('id', '=', id).execute();
}

export async function nextLoanNumber(db: Db, year: number): Promise<number> {
  const r = await db
    .selectFrom('fund_loans')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('code', 'like', `HS-${String(year)}-%`)
    .executeTakeFirstOrThrow();
  return Number(r.n) + 1;
}

/** Loans of an organization or member with principal overdue on `asOf`, other than `exceptLoanId`. */
export async function otherLoanIds(db: Db, organizationId: number, memberId: number | null, exceptLoanId: number): Promise<number[]> {
  let q = db
    .selectFrom('fund_loans')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('id', '!=', exceptLoanId)
    .where('stage', '=', 'contracted');
  q = memberId === null ? q.where('member_id', 'is', null) : q.where('member_id', '=', memberId);
  return (await q.execute()).map((r) => r.id);
}

// ---------- posted entries ----------

export function disbursementRows(db: Db, loanIds: readonly number[]) {
  return db.selectFrom('fund_disbursements').selectAll().where('loan_id', 'in', loanIds).orderBy('on_date').orderBy('id').execute();
}
export type DisbursementRow = Awaited<ReturnType<typeof disbursementRows>>[number];

export async function insertDisbursement(
  db: Db,
  v: { loanId: number; onDate: string; amount: number; note: string | null; reversesId: number | null; at: string; who: string },
): Promise<number> {
  const r = await db
    .insertInto('fund_disbursements')
    .values({
      loan_id: v.loanId,
      on_date: v.onDate,
      amount: v.amount,
      note: v.note,
      reverses_id: v.reversesId,
      created_at: v.at,
      created_by: v.who,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export function repaymentRows(db: Db, loanIds: readonly number[]) {
  return db.selectFrom('fund_repayments').selectAll().where('loan_id', 'in', loanIds).orderBy('on_date').orderBy('id').execute();
}
export type RepaymentRow = Awaited<ReturnType<typeof repaymentRows>>[number];

export interface RepaymentValues {
  loanId: number;
  onDate: string;
  amount: number;
  penalty: number;
  interest: number;
  principal: number;
  prepaid: number;
  note: string | null;
  reversesId: number | null;
  at: string;
  who: string;
}

export async function insertRepayment(db: Db, v: RepaymentValues): Promise<number> {
  const r = await db
    .insertInto('fund_repayments')
    .values({
      loan_id: v.loanId,
      on_date: v.onDate,
      amount: v.amount,
      penalty: v.penalty,
      interest: v.interest,
      principal: v.principal,
      prepaid: v.prepaid,
      note: v.note,
      reverses_id: v.reversesId,
      run_principal: 0,
      run_interest: 0,
      created_at: v.at,
      created_by: v.who,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

/** Rewrites the running totals of a loan's repayments in (on_date, id) order. */
export async function rewriteRunningTotals(db: Db, loanId: number): Promise<void> {
  const rows = await db
    .selectFrom('fund_repayments')
    .select(['id', 'principal', 'interest', 'run_principal', 'run_interest'])
    .where('loan_id', '=', loanId)
    .orderBy('on_date')
    .orderBy('id')
    .execute();
  let p = 0;
  let i = 0;
  for (const r of rows) {
    p += r.principal;
    i += r.interest;
    if (r.run_principal !== p || r.run_interest !== i)
      await db.updateTable('fund_repayments').set({ run_principal: p, run_interest: i }).where('id', '=', r.id).execute();
  }
}

export function rescheduleRows(db: Db, loanIds: readonly number[]) {
  return db.selectFrom('fund_reschedules').selectAll().where('loan_id', 'in', loanIds).orderBy('on_date').orderBy('id').execute();
}
export type RescheduleRow = Awaited<ReturnType<typeof rescheduleRows>>[number];

export async function insertReschedule(
  db: Db,
  v: {
    loanId: number;
    onDate: string;
    kind: string;
    decisionNo: string;
    decisionOn: string;
    termMonths: number;
    paidPrincipal: number;
    paidInterest: number;
    note: string | null;
    at: string;
    who: string;
  },
): Promise<number> {
  const r = await db
    .insertInto('fund_reschedules')
    .values({
      loan_id: v.loanId,
      on_date: v.onDate,
      kind: v.kind,
      decision_no: v.decisionNo,
      decision_on: v.decisionOn,
      term_months: v.termMonths,
      paid_principal: v.paidPrincipal,
      paid_interest: v.paidInterest,
      note: v.note,
      created_at: v.at,
      created_by: v.who,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

// ---------- schedule ----------

/** The derived schedule of a loan: one list of instalments per date it took effect from. */
export async function replaceSchedule(
  db: Db,
  loanId: number,
  versions: readonly { from: string; rows: readonly Instalment[] }[],
  options: { fresh?: boolean } = {},
): Promise<void> {
  // A loan made a moment ago (an import) has no schedule yet to delete.
  if (options.fresh !== true) {
    await db.deleteFrom('fund_schedule').where('loan_id', '=', loanId).execute();
    await db.deleteFrom('fund_schedule_versions').where('loan_id', '=', loanId).execute();
  }
  if (versions.length > 0)
    await insertMany(
      db,
      'fund_schedule_versions',
      ['loan_id', 'effective_from'],
      versions.map((v) => [loanId, v.from]),
    );
  const rows = versions.flatMap((v) =>
    v.rows.map((r) => [loanId, v.from, r.seq, r.dueOn, r.principal, r.interest, r.cumPrincipal, r.cumInterest, r.balanceAfter]),
  );
  const columns = ['loan_id', 'effective_from', 'seq', 'due_on', 'principal', 'interest', 'cum_principal', 'cum_interest', 'balance_after'];
  if (rows.length > 0) await insertMany(db, 'fund_schedule', columns, rows);
}

export function scheduleRows(db: Db, loanIds: readonly number[]) {
  return db
    .selectFrom('fund_schedule')
    .selectAll()
    .where('loan_id', 'in', loanIds)
    .orderBy('loan_id')
    .orderBy('effective_from')
    .orderBy('seq')
    .execute();
}
export type ScheduleRow = Awaited<ReturnType<typeof scheduleRows>>[number];

// ---------- aging, due lists, report figures ----------

export interface AgingSqlRow {
  id: number;
  code: string;
  contract_no: string | null;
  organization_id: number;
  member_id: number | null;
  disbursed: number;
  paid_principal: number;
  paid_interest: number;
  due_principal: number;
  due_interest: number;
  principal_since: string | null;
  interest_since: string | null;
}

/**
 * Every contracted loan on `asOf` with what it owes: the schedule in force that day (the latest taking effect
 * by then), what it made due before that day, what was repaid by then, and the oldest instalment not covered
 * — each one lookup in an index, so the aging of every loan costs a few lookups per loan, not a pass over
 * ten years of repayments.
 */
export async function agingRows(db: Db, asOf: string): Promise<AgingSqlRow[]> {
  // "materialized" keeps each lookup evaluated once per loan; the oldest uncovered instalment is looked up
  // only for loans owing something past its date.
  const result = await sql<AgingSqlRow>`
    with base as materialized (
      select l.id, l.code, l.contract_no, l.organization_id, l.member_id,
        (select v.effective_from from fund_schedule_versions v where v.loan_id = l.id and v.effective_from <= ${asOf}
          order by v.effective_from desc limit 1) as version,
        coalesce((select sum(d.amount) from fund_disbursements d where d.loan_id = l.id and d.on_date <= ${asOf}), 0) as disbursed,
        coalesce((select r.run_principal from fund_repayments r where r.loan_id = l.id and r.on_date <= ${asOf}
          order by r.on_date desc, r.id desc limit 1), 0) as paid_principal,
        coalesce((select r.run_interest from fund_repayments r where r.loan_id = l.id and r.on_date <= ${asOf}
          order by r.on_date desc, r.id desc limit 1), 0) as paid_interest
      from fund_loans l
      where l.stage in ('contracted', 'settled') and (l.settled_on is null or l.settled_on > ${asOf})
    ), due as materialized (
      select b.*,
        coalesce((select s.cum_principal from fund_schedule s where s.loan_id = b.id and s.effective_from = b.version and s.due_on < ${asOf}
          order by s.due_on desc limit 1), 0) as due_principal,
        coalesce((select s.cum_interest from fund_schedule s where s.loan_id = b.id and s.effective_from = b.version and s.due_on < ${asOf}
          order by s.due_on desc limit 1), 0) as due_interest
      from base b
      where b.disbursed > 0
    )
    select d.id, d.code, d.contract_no, d.organization_id, d.member_id, d.disbursed, d.paid_principal, d.paid_interest,
      d.due_principal, d.due_interest,
      case when d.due_principal > d.paid_principal then
        (select s.due_on from fund_schedule s where s.loan_id = d.id and s.effective_from = d.version and s.cum_principal > d.paid_principal
          order by s.cum_principal limit 1) end as principal_since,
      case when d.due_interest > d.paid_interest then
        (select s.due_on from fund_schedule s where s.loan_id = d.id and s.effective_from = d.version and s.cum_interest > d.paid_interest
          order by s.cum_interest limit 1) end as interest_since
    from due d
  `.execute(db);
  return result.rows;
}

export interface DueSqlRow {
  loan_id: number;
  code: string;
  contract_no: string | null;
  organization_id: number;
  member_id: number | null;
  due_on: string;
  principal: number;
  interest: number;
}

/** Instalments falling due from `from` to `to` (inclusive) in the schedule in force on `from`, of loans not settled. */
export async function dueRows(db: Db, from: string, to: string): Promise<DueSqlRow[]> {
  const result = await sql<DueSqlRow>`
    select s.loan_id, l.code, l.contract_no, l.organization_id, l.member_id, s.due_on, s.principal, s.interest
    from fund_schedule s join fund_loans l on l.id = s.loan_id
    where s.due_on >= ${from} and s.due_on <= ${to} and l.stage = 'contracted'
      and s.effective_from = (select v.effective_from from fund_schedule_versions v where v.loan_id = s.loan_id and v.effective_from <= ${from}
        order by v.effective_from desc limit 1)
    order by s.due_on, l.code
  `.execute(db);
  return result.rows;
}

/** Disbursed and collected (by part) in a period, reversals included. */
export async function flowsIn(db: Db, from: string, to: string) {
  const disbursed = await db
    .selectFrom('fund_disbursements')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('amount'), eb.lit(0)).as('amount'))
    .where('on_date', '>=', from)
    .where('on_date', '<=', to)
    .executeTakeFirstOrThrow();
  const collected = await db
    .selectFrom('fund_repayments')
    .select([
      (eb) => eb.fn.coalesce(eb.fn.sum<number>('principal'), eb.lit(0)).as('principal'),
      (eb) => eb.fn.coalesce(eb.fn.sum<number>('interest'), eb.lit(0)).as('interest'),
      (eb) => eb.fn.coalesce(eb.fn.sum<number>('penalty'), eb.lit(0)).as('penalty'),
    ])
    .where('on_date', '>=', from)
    .where('on_date', '<=', to)
    .executeTakeFirstOrThrow();
  return {
    disbursed: Number(disbursed.amount),
    principal: Number(collected.principal),
    interest: Number(collected.interest),
    penalty: Number(collected.penalty),
  };
}

export function organizationFacts(db: Db, ids: readonly number[]) {
  return db.selectFrom('organizations').select(['id', 'name', 'type', 'commune_code', 'sectors']).where('id', 'in', ids).execute();
}

/** The audit entries of a loan (every change to it is recorded under the loan), oldest first. */
export function loanAuditRows(db: Db, loanId: number) {
  return db
    .selectFrom('audit_log')
    .select(['at', 'who', 'action', 'field', 'new_value'])
    .where('entity', '=', 'fund_loans')
    .where('entity_id', '=', String(loanId))
    .orderBy('id')
    .execute();
}

export async function disbursementLoan(db: Db, id: number): Promise<number | undefined> {
  return (await db.selectFrom('fund_disbursements').select('loan_id').where('id', '=', id).executeTakeFirst())?.loan_id;
}

export async function repaymentLoan(db: Db, id: number): Promise<number | undefined> {
  return (await db.selectFrom('fund_repayments').select('loan_id').where('id', '=', id).executeTakeFirst())?.loan_id;
}

/** The first disbursement still standing (neither reversed nor a reversal) of every loan. */
export async function firstDisbursements(db: Db): Promise<Map<number, string>> {
  const rows = await db.selectFrom('fund_disbursements').select(['id', 'loan_id', 'on_date', 'reverses_id']).execute();
  const reversed = new Set(rows.flatMap((r) => (r.reverses_id === null ? [] : [r.reverses_id])));
  const first = new Map<number, string>();
  for (const r of rows) {
    if (r.reverses_id !== null || reversed.has(r.id)) continue;
    const seen = first.get(r.loan_id);
    if (seen === undefined || r.on_date < seen) first.set(r.loan_id, r.on_date);
  }
  return first;
}

/** The term of the latest rescheduling of every rescheduled loan. */
export async function latestTerms(db: Db): Promise<Map<number, number>> {
  const rows = await db.selectFrom('fund_reschedules').select(['loan_id', 'term_months']).orderBy('on_date').orderBy('id').execute();
  return new Map(rows.map((r) => [r.loan_id, r.term_months]));
}

// ---------- an import's per-row writes (straight on the transaction's connection) ----------

function insertDirect(direct: DirectSql, table: string, row: Record<string, SqlValue>): number {
  const columns = Object.keys(row);
  return direct.run(insertSql(table, columns), Object.values(row)).lastInsertRowid;
}

export function insertLoanDirect(direct: DirectSql, values: Omit<Insertable<FundLoansTable>, 'id'> & Record<string, SqlValue>): number {
  return insertDirect(direct, 'fund_loans', values);
}

export function insertDisbursementDirect(direct: DirectSql, d: DisbursementRow): number {
  const { id: _id, ...row } = d;
  return insertDirect(direct, 'fund_disbursements', row);
}

export function insertRepaymentDirect(direct: DirectSql, r: RepaymentRow): number {
  const { id: _id, ...row } = r;
  return insertDirect(direct, 'fund_repayments', row);
}

/** Live loans with one of these contract numbers (a ledger's movements name their loan by it); cancelled ones left out. */
export function loansByContractNo(db: Db, contractNos: readonly string[]) {
  return db
    .selectFrom('fund_loans')
    .select(['id', 'contract_no', 'organization_id', 'member_id'])
    .where('contract_no', 'in', [...contractNos])
    .where('stage', 'in', ['contracted', 'settled'])
    .execute();
}

/** The members of the given organizations (a ledger names a member borrower by name and organization). */
export function membersOf(db: Db, organizationIds: readonly number[]) {
  return db
    .selectFrom('fund_members')
    .select(['id', 'organization_id', 'full_name'])
    .where('organization_id', 'in', [...organizationIds])
    .where('deleted_at', 'is', null)
    .execute();
}

export function insertMemberDirect(direct: DirectSql, organizationId: number, fullName: string, at: string): number {
  return insertDirect(direct, 'fund_members', {
    organization_id: organizationId,
    full_name: fullName,
    birth_date: null,
    id_number: null,
    address: null,
    phone: null,
    created_at: at,
    updated_at: at,
    deleted_at: null,
  });
}

/** The loan of each of these entries (an undone import reverses its entries loan by loan). */
export async function loansOfEntries(
  db: Db,
  table: 'fund_disbursements' | 'fund_repayments',
  ids: readonly number[],
): Promise<Map<number, number>> {
  const out = new Map<number, number>();
  for (let i = 0; i < ids.length; i += 500)
    for (const r of await db
      .selectFrom(table)
      .select(['id', 'loan_id'])
      .where('id', 'in', ids.slice(i, i + 500))
      .execute())
      out.set(r.id, r.loan_id);
  return out;
}

/** Soft-deletes a member no live loan names (one an undone import had added). */
export async function retireMemberIfUnused(db: Db, memberId: number, at: string): Promise<boolean> {
  const used = await db
    .selectFrom('fund_loans')
    .select('id')
    .where('member_id', '=', memberId)
    .where('stage', '!=', 'cancelled')
    .executeTakeFirst();
  if (used) return false;
  await db.updateTable('fund_members').set({ deleted_at: at, updated_at: at }).where('id', '=', memberId).execute();
  return true;
}
