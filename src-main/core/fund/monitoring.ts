/**
 * The fund's loans in the monitoring lists of "Kiểm tra – giám sát" (issue 14): instalments due in the next 30
 * days and loans overdue, as the fund's own pages and home alerts count them (aging.ts), each entry led by the
 * borrower's organization like every monitoring list (a member's loan under the member's organization).
 */
import type { FundDueEntry, FundOverdueEntry } from '../../contract/inspection-monitoring.ts';
import type { OrgRef } from '../../contract/inspection-dto.ts';
import type { CoreContext } from '../context.ts';
import { aging, dueSoon } from './aging.ts';

const base = (o: OrgRef) => ({ id: o.id, name: o.name, type: o.type, commune: o.commune, communeCode: o.communeCode });

export async function fundMonitoringLists(
  ctx: CoreContext,
  asOf: string,
): Promise<{ fundDueSoon: FundDueEntry[]; fundOverdue: FundOverdueEntry[] }> {
  const due = await dueSoon(ctx, asOf, 30);
  const overdue = (await aging(ctx, asOf)).filter((r) => r.daysOverdue > 0);
  return {
    fundDueSoon: due.map((r) => ({
      ...base(r.organization),
      loanId: r.loanId,
      contractNo: r.contractNo,
      borrowerName: r.borrowerName,
      dueOn: r.dueOn,
      principal: r.principal,
      interest: r.interest,
    })),
    fundOverdue: overdue.map((r) => ({
      ...base(r.organization),
      loanId: r.loanId,
      contractNo: r.contractNo,
      borrowerName: r.borrowerName,
      principalOutstanding: r.principalOutstanding,
      principalOverdue: r.principalOverdue,
      interestOverdue: r.interestOverdue,
      overdueSince: r.overdueSince,
      daysOverdue: r.daysOverdue,
      group: r.group,
    })),
  };
}
