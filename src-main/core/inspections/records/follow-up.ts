import type { OrgRef, RecommendationDto, RecommendationUpdateDto } from '../../../contract/inspection-dto.ts';
import type { RecommendationUpdateInput } from '../../../contract/inspections.ts';
import type { RecommendationStatus } from '../../../contract/inspection-vocab.ts';
import { AppError } from '../../../contract/errors.ts';
import { formatVnDate } from '../../../shared/vn-date-format.ts';
import { recordAudit } from '../../audit/repository.ts';
import type { CoreContext } from '../../context.ts';
import type { Db } from '../../db/types.ts';
import { clock, invalid, orgRefMap, refOrThrow } from '../common.ts';
import { daysBetween } from '../dates.ts';
import { insertUpdate, recommendationRows, updateRows, type RecommendationRow, type UpdateRow } from './repository.ts';
import { writeTransaction } from '../../db/transaction.ts';

/**
 * Follow-up of recommendations. The status on a date is the latest update made by then (by its date, then
 * the order it was recorded); before any update a recommendation is "chưa thực hiện". Keeping the dated
 * history, rather than one status column, lets the monitoring lists be computed for any as-of date.
 */
export function statusOnDate(
  updates: readonly Pick<UpdateRow, 'on_date' | 'status' | 'id'>[],
  date: string,
): { status: RecommendationStatus; since: string | null } {
  let current: Pick<UpdateRow, 'on_date' | 'status' | 'id'> | undefined;
  for (const u of updates) {
    if (u.on_date > date) continue;
    if (!current || u.on_date > current.on_date || (u.on_date === current.on_date && u.id > current.id)) current = u;
  }
  return current ? { status: current.status as RecommendationStatus, since: current.on_date } : { status: 'chua_thuc_hien', since: null };
}

/** Overdue: the deadline has passed on the date and the recommendation is not carried out by then. */
export function overdueOn(deadline: string, status: RecommendationStatus, date: string): { overdue: boolean; daysOverdue: number } {
  const overdue = deadline < date && status !== 'da_thuc_hien';
  return { overdue, daysOverdue: overdue ? daysBetween(deadline, date) : 0 };
}

/** Updates by recommendation, each list in date order as read. */
export function groupUpdates(updates: readonly UpdateRow[]): Map<number, UpdateRow[]> {
  const m = new Map<number, UpdateRow[]>();
  for (const u of updates) {
    const list = m.get(u.recommendation_id);
    if (list) list.push(u);
    else m.set(u.recommendation_id, [u]);
  }
  return m;
}

function updateDto(u: UpdateRow): RecommendationUpdateDto {
  return { id: u.id, onDate: u.on_date, status: u.status as RecommendationStatus, note: u.note, recordedAt: u.recorded_at, who: u.who };
}

/** `mine`: the updates of this recommendation, in any order. */
export function recommendationDto(r: RecommendationRow, mine: readonly UpdateRow[], org: OrgRef, asOf: string): RecommendationDto {
  const { status, since } = statusOnDate(mine, asOf);
  return {
    id: r.id,
    recordId: r.record_id,
    recordNumber: r.record_number,
    inspectedOn: r.inspected_on,
    organization: org,
    content: r.content,
    responsible: r.responsible,
    deadline: r.deadline,
    status,
    statusSince: since,
    ...overdueOn(r.deadline, status, asOf),
    updates: mine.map(updateDto),
  };
}

/** Recommendations with their status on `asOf`; the rows are read from `db` (a transaction or not). */
export async function recommendationsOf(
  ctx: CoreContext,
  db: Db,
  rows: readonly RecommendationRow[],
  asOf: string,
): Promise<RecommendationDto[]> {
  const updates = groupUpdates(
    await updateRows(
      db,
      rows.map((r) => r.id),
    ),
  );
  const orgs = await orgRefMap(
    ctx,
    db,
    rows.map((r) => r.organization_id),
  );
  return rows.map((r) => recommendationDto(r, updates.get(r.id) ?? [], refOrThrow(orgs, r.organization_id), asOf));
}

export async function listRecommendations(
  ctx: CoreContext,
  filter: { asOf?: string; status?: RecommendationStatus; overdueOnly?: boolean; organizationId?: number },
): Promise<RecommendationDto[]> {
  const asOf = filter.asOf ?? clock(ctx).today;
  const rows = await recommendationRows(ctx.db, { organizationId: filter.organizationId, inspectedBy: asOf });
  const all = await recommendationsOf(ctx, ctx.db, rows, asOf);
  return all.filter((r) => (filter.status === undefined || r.status === filter.status) && (!filter.overdueOnly || r.overdue));
}

/** Records a dated step of the follow-up ("đang thực hiện from 10/03"), keeping every earlier one. */
export async function updateRecommendation(ctx: CoreContext, input: RecommendationUpdateInput): Promise<RecommendationDto> {
  const { today, at } = clock(ctx);
  if (input.onDate > today) throw invalid('Ngày cập nhật không được sau ngày hôm nay.');
  const dto = await writeTransaction(ctx, async ({ db: trx }) => {
    const [row] = await recommendationRows(trx, { id: input.id });
    if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy kiến nghị này (biên bản có thể đã bị xóa).');
    if (input.onDate < row.inspected_on) throw invalid(`Ngày cập nhật không được trước ngày kiểm tra (${formatVnDate(row.inspected_on)}).`);
    const history = await updateRows(trx, [row.id]);
    const last = history.reduce<string | null>((m, u) => (m === null || u.on_date > m ? u.on_date : m), null);
    if (last !== null && input.onDate < last)
      throw invalid(`Ngày cập nhật không được trước lần cập nhật gần nhất (${formatVnDate(last)}).`);
    const before = statusOnDate(history, input.onDate).status;
    const updateId = await insertUpdate(trx, {
      recommendationId: row.id,
      onDate: input.onDate,
      status: input.status,
      note: input.note?.trim() || null,
      at,
      who: ctx.who,
    });
    await recordAudit(trx, ctx.who, at, [
      {
        action: 'update',
        entity: 'inspection_recommendations',
        entityId: String(row.id),
        field: 'status',
        oldValue: before,
        newValue: { status: input.status, onDate: input.onDate, updateId },
      },
    ]);
    const [fresh] = await recommendationsOf(ctx, trx, [row], today);
    if (!fresh) throw new AppError('INTERNAL');
    return fresh;
  });
  ctx.events.emit('data.changed', { area: 'inspections' });
  return dto;
}
