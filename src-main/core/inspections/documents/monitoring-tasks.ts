import type { MonitoringTaskEntry } from '../../../contract/bcd-dto.ts';
import { TASK_MONITORING_LABEL, TASK_MONITORING_LISTS, type TaskMonitoringListName } from '../../../contract/bcd-vocab.ts';
import type { MonitoringResult } from '../../../contract/inspection-monitoring.ts';
import { formatNumber, formatVnDate } from '../../../shared/index.ts';
import { heading, paragraph, type Appendix, type Block, type TableBlock } from '../../reports/model.ts';
import { table, TT, tt } from './common.ts';

const SHEET: Record<TaskMonitoringListName, string> = { tasksOverdue: 'Nhiem vu qua han', tasksDueSoon: 'Nhiem vu sap den han' };

const days = (d: number) => (d < 0 ? `quá ${formatNumber(-d)} ngày` : d === 0 ? 'hôm nay' : `còn ${formatNumber(d)} ngày`);

/** One list of tasks as a table: the appendix prints it, and it is the list's own Excel file. */
export function taskListTable(result: MonitoringResult, name: TaskMonitoringListName, caption?: string, compact = false): TableBlock {
  const rows = result.tasks[name].map((t: MonitoringTaskEntry, i) => [
    tt(i),
    t.title,
    t.leadAgency,
    t.partners.join(', '),
    formatVnDate(t.deadline),
    days(t.daysLeft),
    t.percent === null ? '' : `${formatNumber(t.percent)}%`,
  ]);
  return table(
    SHEET[name],
    caption ?? `${TASK_MONITORING_LABEL[name]} (tính đến ngày ${formatVnDate(result.asOf)})`,
    [
      TT,
      { header: 'Nhiệm vụ', format: 'text', width: 34 },
      { header: 'Cơ quan chủ trì', format: 'text', width: 18 },
      { header: 'Cơ quan phối hợp', format: 'text', width: 18 },
      { header: 'Thời hạn', format: 'text', width: 15, align: 'center' },
      { header: 'Còn, quá hạn', format: 'text', width: 12, align: 'center' },
      { header: 'Tiến độ', format: 'text', width: 9, align: 'center' },
    ],
    rows,
    { blank: '', compact },
  );
}

/** Part III of the monitoring report and its appendix: the BCĐ's tasks overdue and due soon, by agency. */
export function taskMonitoringParts(result: MonitoringResult, afterAnotherAppendix: boolean): { body: Block[]; appendices: Appendix[] } {
  const label = afterAnotherAppendix ? 'Phụ lục 2' : 'Phụ lục';
  const body: Block[] = [heading(1, 'III. NHIỆM VỤ CỦA BAN CHỈ ĐẠO CẦN ĐÔN ĐỐC')];
  const blocks: Block[] = [];
  TASK_MONITORING_LISTS.forEach((name, i) => {
    const list = result.tasks[name];
    const agencies = new Set(list.map((t) => t.leadAgency)).size;
    body.push(
      paragraph(
        list.length === 0
          ? `${i + 1}. ${TASK_MONITORING_LABEL[name]}: không có.`
          : `${i + 1}. ${TASK_MONITORING_LABEL[name]}: ${formatNumber(list.length)} nhiệm vụ do ${formatNumber(agencies)} cơ quan chủ trì (chi tiết tại ${label}, mục ${i + 1}).`,
      ),
    );
    if (list.length > 0) blocks.push(taskListTable(result, name, `${i + 1}. ${TASK_MONITORING_LABEL[name]}`, true));
  });
  const asOf = formatVnDate(result.asOf);
  return {
    body,
    appendices: blocks.length
      ? [{ label, title: 'NHIỆM VỤ CỦA BAN CHỈ ĐẠO CẦN ĐÔN ĐỐC', subtitle: `(Tính đến ngày ${asOf})`, blocks }]
      : [],
  };
}
