import { ACTIVE_STATUS } from '../../contract/vocab.ts';
import { firstStatusEntries, insertStatus, setStatusKnownFrom, setStatusStart, type StatusEntryValues } from './repository.ts';
import type { Db } from '../db/types.ts';
import type { DirectSql } from '../db/direct.ts';
import { refreshCurrentStatus } from './status.ts';

/**
 * What a source says about a status, and when. A list dated 31/12/2024 that shows an organization as
 * "đang hoạt động" proves it was so on that day, not that it began then: `knownOn` is that day, and
 * `statusDate` the day the status began only when the source writes it ("Giải thể ngày 15/8/2024").
 * A clerk's edit in a grid is evidence of the day it is made, and no more.
 */
export interface StatusEvidence {
  knownOn: string;
  statusDate: string | null;
  note: string | null;
}

type Entry = Pick<StatusEntryValues, 'status' | 'fromDate' | 'startUnknown'>;

/**
 * How a new organization's history begins. With a founding date, it was operating from that day; a
 * status other than operating then follows on the day the source gives, or from an unknown day on or
 * before the source's date. Without a founding date, the source's status began on an unknown day.
 */
export function openingHistory(status: string, foundedOn: string | null, ev: StatusEvidence): Entry[] {
  const statusFrom: Entry = { status, fromDate: ev.statusDate ?? ev.knownOn, startUnknown: ev.statusDate === null };
  if (foundedOn === null) return [statusFrom];
  const founding: Entry = { status: ACTIVE_STATUS, fromDate: foundedOn, startUnknown: false };
  if (status === ACTIVE_STATUS || statusFrom.fromDate <= foundedOn) return [{ ...founding, status }];
  return [founding, statusFrom];
}

/** The entry a changed status adds to the history. */
export function changedStatusEntry(status: string, ev: StatusEvidence): Entry {
  return { status, fromDate: ev.statusDate ?? ev.knownOn, startUnknown: ev.statusDate === null };
}

export function writeEntries(direct: DirectSql, organizationId: number, entries: readonly Entry[], note: string | null, at: string): void {
  for (const e of entries) insertStatus(direct, { organizationId, ...e, toDate: null, note, at });
}

/**
 * A founding date given or corrected: the history now begins that day. The first entry, if it is the
 * operating status, starts then (whether its start was unknown or another day); if the first entry is
 * another status known only later, the organization was operating from its founding until then.
 */
export async function recordFounding(
  db: Db,
  direct: DirectSql,
  organizationId: number,
  foundedOn: string,
  today: string,
  at: string,
): Promise<void> {
  const [first, second] = await firstStatusEntries(db, organizationId);
  if (first === undefined) return;
  // Never past a later change: the history keeps its order.
  if (second !== undefined && foundedOn > second.from_date) return;
  if (first.status === ACTIVE_STATUS) await setStatusStart(db, first.id, foundedOn);
  else if (foundedOn < first.from_date)
    insertStatus(direct, { organizationId, status: ACTIVE_STATUS, fromDate: foundedOn, startUnknown: false, toDate: null, note: null, at });
  await refreshCurrentStatus(db, organizationId, today, at);
}

/**
 * An older list shows the same status that the history knows only from a later day: the status is now
 * known from the older list's day (still with its start unknown), so the older year's report counts it.
 */
export async function confirmStatusEarlier(db: Db, organizationId: number, status: string, knownOn: string): Promise<boolean> {
  const [first] = await firstStatusEntries(db, organizationId);
  if (first === undefined || first.status !== status || first.start_unknown !== 1 || first.from_date <= knownOn) return false;
  await setStatusKnownFrom(db, first.id, knownOn);
  return true;
}
