import type { HomeAlert } from '../../../contract/home.ts';
import { MONITORING_LIST_LABEL, type MonitoringListName } from '../../../contract/inspection-vocab.ts';
import type { CoreContext } from '../../context.ts';
import { monitoringLists } from './service.ts';

/** The monitoring lists the home page counts, and how pressing each is; the suspended list is no deadline. */
const ALERTED: readonly [MonitoringListName, HomeAlert['severity']][] = [
  ['notReported', 'warning'],
  ['suspensionsEnding', 'warning'],
  ['ocopExpired', 'danger'],
  ['ocopExpiring', 'warning'],
  ['certificationsExpired', 'danger'],
  ['certificationsExpiring', 'warning'],
  ['meetingOverdue', 'danger'],
  ['recommendationsOverdue', 'danger'],
];

/** The monitoring lists on the as-of date as home alerts; each opens its list in "Kiểm tra – giám sát". */
export async function monitoringAlerts(ctx: CoreContext, asOf: string): Promise<HomeAlert[]> {
  const result = await monitoringLists(ctx, asOf);
  return ALERTED.map(([name, severity]): HomeAlert => {
    const label = name === 'notReported' ? `Chưa báo cáo số liệu năm ${String(Number(asOf.slice(0, 4)) - 1)}` : MONITORING_LIST_LABEL[name];
    return {
      key: `monitoring.${name}`,
      label,
      count: result.counts[name].total,
      severity,
      target: { section: 'kiem-tra', path: `giam-sat/${name}` },
    };
  });
}
