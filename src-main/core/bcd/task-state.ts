import type { TaskState, TaskStatus } from '../../contract/bcd-vocab.ts';

/**
 * The status of a task read on a date: a task not done whose deadline has passed is "quá hạn", whatever the clerk
 * last set; a done task is on time when it was completed by its deadline (or when it has none, unknown).
 */
export function taskState(status: TaskStatus, deadline: string | null, asOf: string): TaskState {
  if (status !== 'hoan_thanh' && deadline !== null && deadline < asOf) return 'qua_han';
  return status;
}

export function doneOnTime(status: TaskStatus, deadline: string | null, completedOn: string | null): boolean | null {
  if (status !== 'hoan_thanh' || deadline === null || completedOn === null) return null;
  return completedOn <= deadline;
}
