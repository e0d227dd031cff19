import type { MonitoringTaskEntry, MonitoringTaskLists, TaskDto } from '../../contract/bcd-dto.ts';
import type { Db } from '../db/types.ts';
import { daysBetween } from '../inspections/dates.ts';
import { taskLists } from './tasks.ts';

function entryOf(t: TaskDto, asOf: string): MonitoringTaskEntry {
  const deadline = t.deadline ?? asOf;
  return {
    taskId: t.id,
    title: t.title,
    planYear: t.planYear,
    leadAgency: t.leadAgency,
    partners: t.partners.map((p) => p.name),
    deadline,
    daysLeft: daysBetween(asOf, deadline),
    percent: t.percent,
    state: t.state,
  };
}

/** The BCĐ's tasks overdue on `asOf` and due soon after it, for the monitoring lists (giám sát). */
export async function taskMonitoring(db: Db, asOf: string): Promise<MonitoringTaskLists> {
  const lists = await taskLists(db, asOf);
  return {
    tasksOverdue: lists.overdue.map((t) => entryOf(t, asOf)),
    tasksDueSoon: lists.dueSoon.map((t) => entryOf(t, asOf)),
  };
}
