import type { CommuneCount, CountByType } from '../../../contract/inspection-dto.ts';
import type { MonitoringCount, MonitoringEntryBase, MonitoringLists, MonitoringResult } from '../../../contract/inspection-monitoring.ts';
import { MONITORING_LISTS, type MonitoringListName } from '../../../contract/inspection-vocab.ts';
import type { CoreContext } from '../../context.ts';
import { communeName } from '../common.ts';
import { yearOf } from '../dates.ts';
import { groupUpdates, statusOnDate } from '../records/follow-up.ts';
import { recommendationRows, updateRows } from '../records/repository.ts';
import { meetingsOfYear, organizationCertifications, organizationOcop, organizationsOnDate, wholeYearFigureFacts } from './repository.ts';
import { computeLists, meetingYearFor, type OpenRecommendation } from './rules.ts';
import { fundMonitoringLists } from '../../fund/monitoring.ts';
import { taskMonitoring } from '../../bcd/monitoring.ts';

export const NO_COMMUNE = 'Chưa xác định xã';

export const zeroByType = (): CountByType => ({ HTX: 0, LHHTX: 0, QTDND: 0, THT: 0 });

/** Entries counted by organization type and by commune (communes by name, the unknown commune last). */
export function countEntries(entries: readonly Pick<MonitoringEntryBase, 'id' | 'type' | 'commune' | 'communeCode'>[]): MonitoringCount {
  const byType = zeroByType();
  const communes = new Map<string, CommuneCount>();
  for (const e of entries) {
    byType[e.type] += 1;
    const key = e.communeCode ?? '';
    let c = communes.get(key);
    if (!c) communes.set(key, (c = { communeCode: e.communeCode, commune: e.commune ?? NO_COMMUNE, byType: zeroByType(), total: 0 }));
    c.byType[e.type] += 1;
    c.total += 1;
  }
  const byCommune = [...communes.values()].sort(
    (a, b) => Number(a.communeCode === null) - Number(b.communeCode === null) || a.commune.localeCompare(b.commune, 'vi'),
  );
  return { total: entries.length, organizations: new Set(entries.map((e) => e.id)).size, byType, byCommune };
}

/** Reads every fact the rules need for the as-of date, then applies them; read-only, no transaction needed. */
export async function monitoringLists(ctx: CoreContext, asOf: string): Promise<MonitoringResult> {
  const db = ctx.db;
  const year = yearOf(asOf);
  const meetingYear = meetingYearFor(asOf);
  const orgs = await organizationsOnDate(db, asOf);
  const figures = await wholeYearFigureFacts(db, [year - 2, year - 1]);
  const meetings = await meetingsOfYear(db, meetingYear);
  const ocop = await organizationOcop(db);
  const certs = await organizationCertifications(db);
  const recRows = await recommendationRows(db, { inspectedBy: asOf });
  const updates = groupUpdates(
    await updateRows(
      db,
      recRows.map((r) => r.id),
    ),
  );
  const recommendations: OpenRecommendation[] = recRows.map((r) => ({
    id: r.id,
    recordId: r.record_id,
    recordNumber: r.record_number,
    inspectedOn: r.inspected_on,
    organizationId: r.organization_id,
    content: r.content,
    responsible: r.responsible,
    deadline: r.deadline,
    status: statusOnDate(updates.get(r.id) ?? [], asOf).status,
  }));
  const registryLists = computeLists({
    asOf,
    orgs,
    figures,
    meetings,
    meetingYear,
    ocop,
    certs,
    recommendations,
    communeName: (code) => communeName(ctx, code),
  });
  const lists: MonitoringLists = { ...registryLists, ...(await fundMonitoringLists(ctx, asOf)) };
  const counts = Object.fromEntries(MONITORING_LISTS.map((name) => [name, countEntries(lists[name])])) as Record<
    MonitoringListName,
    MonitoringCount
  >;
  return { asOf, lists, counts, tasks: await taskMonitoring(db, asOf) };
}
