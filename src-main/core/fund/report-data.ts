/**
 * The figures of the fund's report for a period and an as-of date: outstanding by borrower type, commune and
 * sector, disbursed and collected in the period, overdue amount and ratio with the aging by debt group, the
 * new loans, and the same date a year earlier for comparison. Outstanding and overdue come from the aging
 * (fund/aging.ts), so the report, the lists and the home page alerts cannot disagree.
 */
import type { FundAgingRow } from '../../contract/fund-dto.ts';
import { SECTOR_LABEL, type Sector } from '../../contract/vocab.ts';
import type { CoreContext } from '../context.ts';
import type { Db } from '../db/types.ts';
import { inSlices } from '../inspections/repository.ts';
import { aging } from './aging.ts';
import type { OrgRef } from '../../contract/inspection-dto.ts';
import { orgRefMap } from '../inspections/common.ts';
import { borrowerName } from './dto.ts';
import { flowsIn, loanRows, memberRows, organizationFacts, type MemberRow } from './repository.ts';
import { fundRules } from './rules.ts';

export interface FundTotals {
  asOf: string;
  loans: number;
  borrowers: number;
  outstanding: number;
  overdue: number;
  /** overdue principal / outstanding principal; null when nothing is outstanding. */
  overdueRatio: number | null;
}

export interface FundBreakdownRow {
  label: string;
  loans: number;
  outstanding: number;
  overdue: number;
}

export interface FundNewLoan {
  code: string;
  contractNo: string | null;
  contractOn: string | null;
  borrowerName: string;
  commune: string | null;
  purpose: string | null;
  amount: number | null;
  ratePercent: number | null;
  termMonths: number | null;
}

export interface FundReportData {
  from: string;
  to: string;
  asOf: string;
  totals: FundTotals;
  lastYear: FundTotals;
  disbursed: number;
  collectedPrincipal: number;
  collectedInterest: number;
  collectedPenalty: number;
  byBorrowerType: FundBreakdownRow[];
  byCommune: FundBreakdownRow[];
  bySector: FundBreakdownRow[];
  byGroup: FundBreakdownRow[];
  groupThresholds: [number, number, number, number];
  newLoans: FundNewLoan[];
  overdueLoans: FundAgingRow[];
}

export function sameDayLastYear(iso: string): string {
  const y = Number(iso.slice(0, 4)) - 1;
  const md = iso.slice(5) === '02-29' ? '02-28' : iso.slice(5);
  return `${String(y)}-${md}`;
}

function totalsOf(asOf: string, rows: readonly FundAgingRow[]): FundTotals {
  const outstanding = rows.reduce((s, r) => s + r.principalOutstanding, 0);
  const overdue = rows.reduce((s, r) => s + r.principalOverdue, 0);
  return {
    asOf,
    loans: rows.length,
    borrowers: new Set(rows.map((r) => r.borrowerName)).size,
    outstanding,
    overdue,
    overdueRatio: outstanding > 0 ? overdue / outstanding : null,
  };
}

function breakdown(rows: readonly FundAgingRow[], keyOf: (r: FundAgingRow) => string, order?: readonly string[]): FundBreakdownRow[] {
  const out = new Map<string, FundBreakdownRow>();
  for (const label of order ?? []) out.set(label, { label, loans: 0, outstanding: 0, overdue: 0 });
  for (const r of rows) {
    const label = keyOf(r);
    const row = out.get(label) ?? { label, loans: 0, outstanding: 0, overdue: 0 };
    row.loans += 1;
    row.outstanding += r.principalOutstanding;
    row.overdue += r.principalOverdue;
    out.set(label, row);
  }
  const list = [...out.values()];
  return order ? list : list.sort((a, b) => b.outstanding - a.outstanding || a.label.localeCompare(b.label, 'vi'));
}

const BORROWER_TYPES = ['Hợp tác xã', 'Liên hiệp hợp tác xã', 'Thành viên hợp tác xã', 'Thành viên tổ hợp tác'];

function borrowerType(r: FundAgingRow): string {
  if (r.borrowerKind === 'member') return r.organization.type === 'THT' ? 'Thành viên tổ hợp tác' : 'Thành viên hợp tác xã';
  return r.organization.type === 'LHHTX' ? 'Liên hiệp hợp tác xã' : 'Hợp tác xã';
}

async function sectorsOf(db: Db, ids: readonly number[]): Promise<Map<number, string>> {
  const rows = await inSlices(ids, (slice) => organizationFacts(db, slice));
  return new Map(
    rows.map((o) => {
      const first = (JSON.parse(o.sectors) as string[])[0] as Sector | undefined;
      return [o.id, first ? SECTOR_LABEL[first] : 'Chưa rõ lĩnh vực'];
    }),
  );
}

function borrowerNameOf(org: OrgRef | undefined, member: MemberRow | undefined, code: string): string {
  return org ? borrowerName(org, member) : `Hồ sơ ${code}`;
}

export async function fundReportData(ctx: CoreContext, from: string, to: string, asOf: string): Promise<FundReportData> {
  const db = ctx.db;
  const rules = await fundRules(db);
  const rows = await aging(ctx, asOf);
  const previous = await aging(ctx, sameDayLastYear(asOf));
  const flows = await flowsIn(db, from, to);
  const sectors = await sectorsOf(
    db,
    rows.map((r) => r.organization.id),
  );
  const loans = await loanRows(db, {});
  const news = loans.filter((l) => l.contract_on !== null && l.contract_on >= from && l.contract_on <= to);
  // New loans already repaid in full are not on the aging: their borrowers are named from the registry.
  const orgs = await orgRefMap(
    ctx,
    db,
    news.map((l) => l.organization_id),
  );
  const members = new Map((await memberRows(db, {})).map((m) => [m.id, m]));
  const [t1, t2, t3, t4] = rules.groupThresholds;
  const groupLabels = [
    `Nhóm 1 (dưới ${String(t1)} ngày)`,
    `Nhóm 2 (${String(t1)}–${String(t2 - 1)} ngày)`,
    `Nhóm 3 (${String(t2)}–${String(t3 - 1)} ngày)`,
    `Nhóm 4 (${String(t3)}–${String(t4 - 1)} ngày)`,
    `Nhóm 5 (từ ${String(t4)} ngày)`,
  ];
  return {
    from,
    to,
    asOf,
    totals: totalsOf(asOf, rows),
    lastYear: totalsOf(sameDayLastYear(asOf), previous),
    disbursed: flows.disbursed,
    collectedPrincipal: flows.principal,
    collectedInterest: flows.interest,
    collectedPenalty: flows.penalty,
    byBorrowerType: breakdown(rows, borrowerType, BORROWER_TYPES),
    byCommune: breakdown(rows, (r) => r.organization.commune ?? 'Chưa rõ xã, phường'),
    bySector: breakdown(rows, (r) => sectors.get(r.organization.id) ?? 'Chưa rõ lĩnh vực'),
    byGroup: breakdown(rows, (r) => groupLabels[r.group - 1] ?? '', groupLabels),
    groupThresholds: [...rules.groupThresholds],
    newLoans: news
      .sort((a, b) => (a.contract_on ?? '').localeCompare(b.contract_on ?? '') || a.code.localeCompare(b.code))
      .map((l) => ({
        code: l.code,
        contractNo: l.contract_no,
        contractOn: l.contract_on,
        borrowerName: borrowerNameOf(orgs.get(l.organization_id), l.member_id === null ? undefined : members.get(l.member_id), l.code),
        commune: orgs.get(l.organization_id)?.commune ?? null,
        purpose: l.purpose,
        amount: l.amount,
        ratePercent: l.rate_ppm === null ? null : l.rate_ppm / 10_000,
        termMonths: l.term_months,
      })),
    overdueLoans: rows.filter((r) => r.daysOverdue > 0),
  };
}
