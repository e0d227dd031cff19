import type { MeetingDto } from '../../contract/inspection-dto.ts';
import type { MeetingInput } from '../../contract/inspections.ts';
import { MEETING_DEADLINE_MONTHS } from '../../contract/inspection-vocab.ts';
import { AppError } from '../../contract/errors.ts';
import { formatVnDate } from '../../shared/vn-date-format.ts';
import { recordAudit, type AuditEntry } from '../audit/repository.ts';
import type { CoreContext } from '../context.ts';
import type { Db } from '../db/types.ts';
import { blankToNull, clock, diffAudit, invalid, orgRefOf } from './common.ts';
import { meetingDeadline, yearOf } from './dates.ts';
import { findMeeting, getMeetingRow, insertMeeting, listMeetingRows, liveOrganization, updateMeeting } from './repository.ts';
import { writeTransaction } from '../db/transaction.ts';

async function meetingDtos(
  ctx: CoreContext,
  db: Db,
  filter: { organizationId?: number; fiscalYear?: number; id?: number },
): Promise<MeetingDto[]> {
  const rows = await listMeetingRows(db, filter);
  const deadlines = new Map<number, string>();
  const deadlineOf = (year: number): string => {
    let deadline = deadlines.get(year);
    if (deadline === undefined) deadlines.set(year, (deadline = meetingDeadline(year, MEETING_DEADLINE_MONTHS)));
    return deadline;
  };
  return rows.map((m) => {
    const deadline = deadlineOf(m.fiscal_year);
    return {
      id: m.id,
      organization: orgRefOf(ctx, { id: m.organization_id, name: m.org_name, type: m.org_type, commune_code: m.org_commune_code }),
      fiscalYear: m.fiscal_year,
      heldOn: m.held_on,
      deadline,
      onTime: m.held_on <= deadline,
      note: m.note,
    };
  });
}

export function listMeetings(ctx: CoreContext, filter: { organizationId?: number; fiscalYear?: number }): Promise<MeetingDto[]> {
  return meetingDtos(ctx, ctx.db, filter);
}

/** Records the annual members' meeting of an organization for a fiscal year (one per year). */
export async function saveMeeting(ctx: CoreContext, input: MeetingInput): Promise<MeetingDto> {
  const { today, at } = clock(ctx);
  if (input.heldOn > today) throw invalid('Ngày họp không được sau ngày hôm nay.');
  if (yearOf(input.heldOn) < input.fiscalYear)
    throw invalid(`Đại hội thường niên năm ${input.fiscalYear} không thể họp trước năm ${input.fiscalYear}.`);
  const dto = await writeTransaction(ctx, async ({ db: trx }) => {
    const org = await liveOrganization(trx, input.organizationId);
    if (!org) throw new AppError('NOT_FOUND', 'Không tìm thấy tổ chức này (có thể đã bị xóa).');
    const existing = input.id === undefined ? null : await getMeetingRow(trx, input.id);
    if (input.id !== undefined && !existing) throw new AppError('NOT_FOUND', 'Không tìm thấy đại hội này (có thể đã bị xóa).');
    const same = await findMeeting(trx, input.organizationId, input.fiscalYear);
    if (same && same.id !== input.id) {
      throw new AppError(
        'CONFLICT',
        `${org.name} đã có Đại hội thường niên năm ${input.fiscalYear} (họp ngày ${formatVnDate(same.held_on)}).`,
      );
    }
    const values = {
      organization_id: input.organizationId,
      fiscal_year: input.fiscalYear,
      held_on: input.heldOn,
      note: blankToNull(input.note),
    };
    let id: number;
    let audit: AuditEntry[];
    if (existing) {
      id = existing.id;
      await updateMeeting(trx, id, { ...values, updated_at: at });
      audit = diffAudit('members_meetings', id, existing, values);
    } else {
      id = await insertMeeting(trx, {
        organizationId: input.organizationId,
        fiscalYear: input.fiscalYear,
        heldOn: input.heldOn,
        note: values.note,
        at,
      });
      audit = [{ action: 'insert', entity: 'members_meetings', entityId: String(id), newValue: values }];
    }
    await recordAudit(trx, ctx.who, at, audit);
    const [saved] = await meetingDtos(ctx, trx, { id });
    if (!saved) throw new AppError('INTERNAL');
    return saved;
  });
  ctx.events.emit('data.changed', { area: 'inspections' });
  return dto;
}

export async function deleteMeeting(ctx: CoreContext, id: number): Promise<{ id: number }> {
  const { at } = clock(ctx);
  await writeTransaction(ctx, async ({ db: trx }) => {
    const row = await getMeetingRow(trx, id);
    if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy đại hội này (có thể đã bị xóa).');
    await updateMeeting(trx, id, { updated_at: at, deleted_at: at });
    await recordAudit(trx, ctx.who, at, [{ action: 'delete', entity: 'members_meetings', entityId: String(id) }]);
  });
  ctx.events.emit('data.changed', { area: 'inspections' });
  return { id };
}
