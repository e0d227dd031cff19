import type { HomeAlert } from '../../contract/home.ts';
import { TASK_DUE_SOON_DAYS } from '../../contract/bcd-vocab.ts';
import type { AlertSource } from '../home/alert-sources.ts';
import { taskLists } from './tasks.ts';

/** The BCĐ's tasks past their deadline and due within TASK_DUE_SOON_DAYS days, for the home page. */
export const bcdTaskAlerts: AlertSource = async (ctx, asOf) => {
  const lists = await taskLists(ctx.db, asOf);
  const alerts: HomeAlert[] = [];
  if (lists.overdue.length > 0)
    alerts.push({
      key: 'bcd.tasksOverdue',
      label: 'Nhiệm vụ của Ban Chỉ đạo quá hạn',
      count: lists.overdue.length,
      severity: 'danger',
      target: { section: 'ban-chi-dao', path: 'theo-doi' },
    });
  if (lists.dueSoon.length > 0)
    alerts.push({
      key: 'bcd.tasksDueSoon',
      label: `Nhiệm vụ của Ban Chỉ đạo đến hạn trong ${String(TASK_DUE_SOON_DAYS)} ngày tới`,
      count: lists.dueSoon.length,
      severity: 'warning',
      target: { section: 'ban-chi-dao', path: 'theo-doi' },
    });
  return alerts;
};
