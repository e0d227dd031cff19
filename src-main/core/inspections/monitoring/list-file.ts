import type { MonitoringListName } from '../../../contract/inspection-vocab.ts';
import type { TaskMonitoringListName } from '../../../contract/bcd-vocab.ts';
import { taskListTable } from '../documents/monitoring-tasks.ts';
import type { ReportFile } from '../../../contract/reports.ts';
import type { CoreContext } from '../../context.ts';
import { renderTablesXlsx } from '../../reports/render/index.ts';
import { getSettings } from '../../settings/service.ts';
import { monitoringListTable } from '../documents/monitoring.ts';
import { monitoringLists } from './service.ts';

/** "giam-sat-ocopExpired-2025-01-15.xlsx": one monitoring list on an as-of date, to work on in Excel. */
export async function monitoringListFile(
  ctx: CoreContext,
  asOf: string,
  list: MonitoringListName | TaskMonitoringListName,
): Promise<ReportFile> {
  const result = await monitoringLists(ctx, asOf);
  const table = list === 'tasksOverdue' || list === 'tasksDueSoon' ? taskListTable(result, list) : monitoringListTable(result, list);
  const settings = await getSettings(ctx);
  const bytes = await renderTablesXlsx([table], { author: settings.officeName || 'KTTT', title: table.caption }, { created: ctx.now() });
  return {
    fileName: `giam-sat-${list}-${asOf}.xlsx`,
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    contentBase64: Buffer.from(bytes).toString('base64'),
  };
}
