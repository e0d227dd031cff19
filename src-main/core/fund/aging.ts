/** The aging of every loan on a date, the instalments falling due soon, and the home page's alerts from them. */
import type { FundAgingRow, FundBalance, FundDueRow } from '../../contract/fund-dto.ts';
import type { HomeAlert } from '../../contract/home.ts';
import type { OrgRef } from '../../contract/inspection-dto.ts';
import type { CoreContext } from '../context.ts';
import type { Db } from '../db/types.ts';
import { orgRefMap } from '../inspections/common.ts';
import { addDays, daysBetween } from '../inspections/dates.ts';
import { borrowerName } from './dto.ts';
import { debtGroup } from './position.ts';
import { agingRows, dueRows, memberRows, type AgingSqlRow, type MemberRow } from './repository.ts';
import { fundRules } from './rules.ts';

async function borrowers(ctx: CoreContext, db: Db, rows: readonly { organization_id: number }[]) {
  const orgs = await orgRefMap(
    ctx,
    db,
    rows.map((r) => r.organization_id),
  );
  const members = new Map((await memberRows(db, {})).map((m) => [m.id, m]));
  return { orgs, members };
}

function orgOf(orgs: Map<number, OrgRef>, id: number): OrgRef {
  return orgs.get(id) ?? { id, name: `Tổ chức #${String(id)}`, type: 'HTX', communeCode: null, commune: null };
}

function memberOf(members: Map<number, MemberRow>, id: number | null): MemberRow | undefined {
  return id === null ? undefined : members.get(id);
}

/** A loan's debt on `asOf` from its aging row: what is past its date and unpaid, since when, and its group. */
interface Debt {
  row: AgingSqlRow;
  principalOutstanding: number;
  principalOverdue: number;
  interestOverdue: number;
  overdueSince: string | null;
  daysOverdue: number;
  group: 1 | 2 | 3 | 4 | 5;
}

async function debtsOn(db: Db, asOf: string): Promise<Debt[]> {
  const rules = await fundRules(db);
  const debts: Debt[] = [];
  for (const r of await agingRows(db, asOf)) {
    const principalOverdue = Math.max(0, r.due_principal - r.paid_principal);
    const interestOverdue = Math.max(0, r.due_interest - r.paid_interest);
    const candidates = [r.principal_since, r.interest_since].filter((d): d is string => d !== null && d < asOf).sort();
    const overdueSince = principalOverdue + interestOverdue > 0 ? (candidates[0] ?? null) : null;
    const daysOverdue = overdueSince === null ? 0 : daysBetween(overdueSince, asOf);
    const principalOutstanding = r.disbursed - r.paid_principal;
    if (principalOutstanding <= 0 && principalOverdue + interestOverdue <= 0) continue;
    debts.push({
      row: r,
      principalOutstanding,
      principalOverdue,
      interestOverdue,
      overdueSince,
      daysOverdue,
      group: debtGroup(daysOverdue, rules.groupThresholds),
    });
  }
  return debts;
}

/** Each loan's balance on `asOf`, by loan id, as the aging reads it (the loans grid; no borrower looked up). */
export async function balancesOn(db: Db, asOf: string): Promise<Map<number, FundBalance>> {
  return new Map(
    (await debtsOn(db, asOf)).map((d) => [
      d.row.id,
      {
        principalOutstanding: d.principalOutstanding,
        principalOverdue: d.principalOverdue,
        interestOverdue: d.interestOverdue,
        daysOverdue: d.daysOverdue,
        group: d.group,
      },
    ]),
  );
}

/**
 * Each loan with money out on `asOf`: outstanding principal, principal and interest past their dates and
 * unpaid, since when, and the debt group its days overdue give (the fund's thresholds). Penalty interest is on
 * the loan's own page and statement; the aging counts the contract's own amounts.
 */
export async function aging(ctx: CoreContext, asOf: string, db: Db = ctx.db): Promise<FundAgingRow[]> {
  const debts = await debtsOn(db, asOf);
  const { orgs, members } = await borrowers(
    ctx,
    db,
    debts.map((d) => d.row),
  );
  return debts
    .map(({ row: r, ...d }) => {
      const org = orgOf(orgs, r.organization_id);
      const member = memberOf(members, r.member_id);
      return {
        loanId: r.id,
        code: r.code,
        contractNo: r.contract_no,
        borrowerName: borrowerName(org, member),
        borrowerKind: member ? ('member' as const) : ('organization' as const),
        organization: org,
        ...d,
      };
    })
    .sort((a, b) => b.daysOverdue - a.daysOverdue || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** Instalments falling due in the `days` days from asOf (inclusive of asOf), in the schedules in force. */
export async function dueSoon(ctx: CoreContext, asOf: string, days = 30): Promise<FundDueRow[]> {
  const rows = await dueRows(ctx.db, asOf, addDays(asOf, days));
  const { orgs, members } = await borrowers(ctx, ctx.db, rows);
  return rows
    .filter((r) => r.principal + r.interest > 0)
    .map((r) => {
      const org = orgOf(orgs, r.organization_id);
      return {
        loanId: r.loan_id,
        code: r.code,
        contractNo: r.contract_no,
        borrowerName: borrowerName(org, memberOf(members, r.member_id)),
        organization: org,
        dueOn: r.due_on,
        principal: r.principal,
        interest: r.interest,
      };
    });
}

/** The fund's alerts on the home page: loans overdue, and instalments due in the next 30 days. */
export async function fundAlerts(ctx: CoreContext, asOf: string): Promise<HomeAlert[]> {
  const overdue = (await aging(ctx, asOf)).filter((r) => r.daysOverdue > 0).length;
  const due = new Set((await dueSoon(ctx, asOf, 30)).map((r) => r.loanId)).size;
  const alerts: HomeAlert[] = [];
  if (overdue > 0)
    alerts.push({
      key: 'fund.overdue',
      label: 'Khoản vay của Quỹ quá hạn',
      count: overdue,
      severity: 'danger',
      target: { section: 'quy-htpt', path: 'qua-han' },
    });
  if (due > 0)
    alerts.push({
      key: 'fund.dueSoon',
      label: 'Khoản vay đến hạn trả nợ trong 30 ngày tới',
      count: due,
      severity: 'warning',
      target: { section: 'quy-htpt', path: 'den-han' },
    });
  return alerts;
}
