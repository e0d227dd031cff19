import type { OrgStatus } from '../../contract/index.ts';
import { setCurrentStatus, statusHistoryOf } from './repository.ts';
import type { Db } from '../db/types.ts';

export interface StatusSpan {
  status: string;
  /** The day the status began, or — when start_unknown is 1 — the day it was known to hold. */
  from_date: string;
  to_date: string | null;
  start_unknown?: number;
}

function dayAfter(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * An organization's status on a date, from its dated history: the latest entry in force by then (begun,
 * or known to hold). A suspension whose end date has passed means the organization is active again from
 * the day after. `since` is null when the status began on an unknown day. Null when nothing was in force
 * yet (not founded, or not yet known, on that date).
 */
export function statusOn(
  history: readonly StatusSpan[],
  date: string,
): { status: OrgStatus; since: string | null; until: string | null } | null {
  let current: StatusSpan | undefined;
  for (const h of history) {
    if (h.from_date <= date && (!current || h.from_date >= current.from_date)) current = h;
  }
  if (!current) return null;
  if (current.status === 'tam_ngung' && current.to_date && current.to_date < date) {
    return { status: 'dang_hoat_dong', since: dayAfter(current.to_date), until: null };
  }
  return {
    status: current.status as OrgStatus,
    since: current.start_unknown === 1 ? null : current.from_date,
    until: current.status === 'tam_ngung' ? current.to_date : null,
  };
}

/** Stores the status of today on the organization row, so lists need no history lookup. */
export async function refreshCurrentStatus(db: Db, organizationId: number, today: string, at: string): Promise<void> {
  const history = await statusHistoryOf(db, organizationId);
  const first = history[0];
  const now =
    statusOn(history, today) ??
    (first ? { status: first.status, since: first.start_unknown === 1 ? null : first.from_date, until: first.to_date } : null);
  if (!now) return;
  await setCurrentStatus(db, organizationId, { status: now.status, since: now.since, until: now.until }, at);
}
