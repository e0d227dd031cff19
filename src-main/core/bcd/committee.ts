import type { AgencyDto, BcdMeetingDto, MemberDto } from '../../contract/bcd-dto.ts';
import type { BcdMeetingInput, MemberInput } from '../../contract/bcd.ts';
import type { BcdMeetingKind, MemberRole } from '../../contract/bcd-vocab.ts';
import { AppError } from '../../contract/errors.ts';
import { recordAudit } from '../audit/repository.ts';
import type { CoreContext } from '../context.ts';
import { writeTransaction } from '../db/transaction.ts';
import type { Db } from '../db/types.ts';
import { blankToNull, clock, diffAudit } from '../inspections/common.ts';
import { cellError, changed, notFound, yearSpan } from './common.ts';
import * as repo from './repository.ts';

// ---------- agencies ----------

export async function listAgencies(db: Db): Promise<AgencyDto[]> {
  const [rows, use] = await Promise.all([repo.listAgencyRows(db), repo.agencyUse(db)]);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    shortName: r.short_name,
    taskCount: use.get(r.id)?.tasks ?? 0,
    memberCount: use.get(r.id)?.members ?? 0,
  }));
}

export async function saveAgency(
  ctx: CoreContext,
  input: { id?: number | undefined; name: string; shortName?: string | null | undefined },
) {
  const { at } = clock(ctx);
  const id = await writeTransaction(ctx, async ({ db }) => {
    const same = await repo.findAgencyByName(db, input.name);
    if (same && same.id !== input.id) throw cellError('name', `Đã có cơ quan "${input.name}" trong danh sách.`);
    const values = { name: input.name, short_name: blankToNull(input.shortName) };
    if (input.id === undefined) {
      const newId = await repo.insertAgency(db, { ...values, created_at: at, updated_at: at });
      await recordAudit(db, ctx.who, at, [{ action: 'insert', entity: 'bcd_agencies', entityId: String(newId), newValue: values }]);
      return newId;
    }
    const before = await repo.getAgencyRow(db, input.id);
    if (!before) throw notFound('cơ quan này');
    await repo.updateAgency(db, input.id, { ...values, updated_at: at });
    await recordAudit(db, ctx.who, at, diffAudit('bcd_agencies', input.id, before, values));
    return input.id;
  });
  changed(ctx);
  const saved = (await listAgencies(ctx.db)).find((a) => a.id === id);
  if (!saved) throw new AppError('INTERNAL');
  return saved;
}

/** An agency that leads or takes part in a task, or has members, stays: deleting it would orphan them. */
export async function deleteAgency(ctx: CoreContext, id: number): Promise<{ id: number }> {
  const { at } = clock(ctx);
  await writeTransaction(ctx, async ({ db }) => {
    const row = await repo.getAgencyRow(db, id);
    if (!row) throw notFound('cơ quan này');
    const use = (await repo.agencyUse(db)).get(id);
    if (use && use.tasks > 0)
      throw new AppError(
        'CONFLICT',
        `Không thể xóa ${row.name}: cơ quan đang chủ trì hoặc phối hợp ${use.tasks} nhiệm vụ. Hãy giao các nhiệm vụ đó cho cơ quan khác trước.`,
      );
    if (use && use.members > 0)
      throw new AppError(
        'CONFLICT',
        `Không thể xóa ${row.name}: cơ quan còn ${use.members} thành viên Ban Chỉ đạo. Hãy xóa các thành viên đó trước.`,
      );
    await repo.updateAgency(db, id, { deleted_at: at, updated_at: at });
    await recordAudit(db, ctx.who, at, [{ action: 'delete', entity: 'bcd_agencies', entityId: String(id) }]);
  });
  changed(ctx);
  return { id };
}

// ---------- members ----------

function memberDto(r: Awaited<ReturnType<typeof repo.listMemberRows>>[number]): MemberDto {
  return {
    id: r.id,
    agencyId: r.agency_id,
    agency: r.agency,
    person: r.person,
    position: r.position,
    role: r.role as MemberRole,
    decision: r.decision,
    fromDate: r.from_date,
    toDate: r.to_date,
  };
}

export async function listMembers(db: Db): Promise<MemberDto[]> {
  return (await repo.listMemberRows(db)).map(memberDto);
}

export async function saveMember(ctx: CoreContext, input: MemberInput): Promise<MemberDto> {
  if (input.fromDate && input.toDate && input.toDate < input.fromDate)
    throw cellError('toDate', 'Ngày thôi làm thành viên không được trước ngày bắt đầu.');
  const { at } = clock(ctx);
  const id = await writeTransaction(ctx, async ({ db }) => {
    if (!(await repo.getAgencyRow(db, input.agencyId))) throw cellError('agencyId', 'Cơ quan này không còn trong danh sách.');
    const values = {
      agency_id: input.agencyId,
      person: input.person,
      position: blankToNull(input.position),
      role: input.role,
      decision: blankToNull(input.decision),
      from_date: input.fromDate ?? null,
      to_date: input.toDate ?? null,
    };
    if (input.id === undefined) {
      const newId = await repo.insertMember(db, { ...values, created_at: at, updated_at: at });
      await recordAudit(db, ctx.who, at, [{ action: 'insert', entity: 'bcd_members', entityId: String(newId), newValue: values }]);
      return newId;
    }
    const before = await repo.getMemberRow(db, input.id);
    if (!before) throw notFound('thành viên này');
    await repo.updateMember(db, input.id, { ...values, updated_at: at });
    await recordAudit(db, ctx.who, at, diffAudit('bcd_members', input.id, before, values));
    return input.id;
  });
  changed(ctx);
  const [row] = await repo.listMemberRows(ctx.db, id);
  if (!row) throw new AppError('INTERNAL');
  return memberDto(row);
}

export async function deleteMember(ctx: CoreContext, id: number): Promise<{ id: number }> {
  const { at } = clock(ctx);
  await writeTransaction(ctx, async ({ db }) => {
    if (!(await repo.getMemberRow(db, id))) throw notFound('thành viên này');
    await repo.updateMember(db, id, { deleted_at: at, updated_at: at });
    await recordAudit(db, ctx.who, at, [{ action: 'delete', entity: 'bcd_members', entityId: String(id) }]);
  });
  changed(ctx);
  return { id };
}

// ---------- meetings ----------

function meetingDto(r: Awaited<ReturnType<typeof repo.listMeetingRows>>[number]): BcdMeetingDto {
  return {
    id: r.id,
    heldOn: r.held_on,
    kind: r.kind as BcdMeetingKind,
    attendees: r.attendees,
    conclusions: r.conclusions,
    noticeNumber: r.notice_number,
    noticeDate: r.notice_date,
  };
}

export async function listBcdMeetings(db: Db, year?: number): Promise<BcdMeetingDto[]> {
  return (await repo.listMeetingRows(db, year === undefined ? {} : yearSpan(year))).map(meetingDto);
}

export async function saveBcdMeeting(ctx: CoreContext, input: BcdMeetingInput): Promise<BcdMeetingDto> {
  if (input.noticeDate && input.noticeDate < input.heldOn)
    throw cellError('noticeDate', 'Thông báo kết luận không thể ban hành trước ngày họp.');
  const { at } = clock(ctx);
  const values = {
    held_on: input.heldOn,
    kind: input.kind,
    attendees: blankToNull(input.attendees),
    conclusions: blankToNull(input.conclusions),
    notice_number: blankToNull(input.noticeNumber),
    notice_date: input.noticeDate ?? null,
  };
  const id = await writeTransaction(ctx, async ({ db }) => {
    if (input.id === undefined) {
      const newId = await repo.insertMeeting(db, { ...values, created_at: at, updated_at: at });
      await recordAudit(db, ctx.who, at, [{ action: 'insert', entity: 'bcd_meetings', entityId: String(newId), newValue: values }]);
      return newId;
    }
    const [before] = await repo.listMeetingRows(db, { id: input.id });
    if (!before) throw notFound('cuộc họp này');
    await repo.updateMeeting(db, input.id, { ...values, updated_at: at });
    await recordAudit(db, ctx.who, at, diffAudit('bcd_meetings', input.id, before, values));
    return input.id;
  });
  changed(ctx);
  const [row] = await repo.listMeetingRows(ctx.db, { id });
  if (!row) throw new AppError('INTERNAL');
  return meetingDto(row);
}

export async function deleteBcdMeeting(ctx: CoreContext, id: number): Promise<{ id: number }> {
  const { at } = clock(ctx);
  await writeTransaction(ctx, async ({ db }) => {
    const [row] = await repo.listMeetingRows(db, { id });
    if (!row) throw notFound('cuộc họp này');
    await repo.updateMeeting(db, id, { deleted_at: at, updated_at: at });
    await recordAudit(db, ctx.who, at, [{ action: 'delete', entity: 'bcd_meetings', entityId: String(id) }]);
  });
  changed(ctx);
  return { id };
}

// ---------- restore (the grids' undo of a delete) ----------

const RESTORE = {
  agency: { entity: 'bcd_agencies', update: repo.updateAgency },
  member: { entity: 'bcd_members', update: repo.updateMember },
  meeting: { entity: 'bcd_meetings', update: repo.updateMeeting },
} as const;

/** Puts a deleted agency, member or meeting back, as the grid's undo of its delete asks. */
export async function restoreCommitteeRow(ctx: CoreContext, what: keyof typeof RESTORE, id: number): Promise<{ id: number }> {
  const { at } = clock(ctx);
  const { entity, update } = RESTORE[what];
  await writeTransaction(ctx, async ({ db }) => {
    await update(db, id, { deleted_at: null, updated_at: at });
    await recordAudit(db, ctx.who, at, [{ action: 'restore', entity, entityId: String(id) }]);
  });
  changed(ctx);
  return { id };
}
