import { z } from 'zod';
import { id, isoDate, method, noInput, text, year } from './define.ts';
import type {
  ActivityDto,
  AgencyDto,
  BcdMeetingDto,
  BcdPlanDetail,
  BcdPlanDto,
  LinkageDto,
  MemberDto,
  NarrativeDto,
  ProgressDto,
  SupportRecordDto,
  TargetDto,
  TaskDto,
  TaskLists,
} from './bcd-dto.ts';
import {
  ACTIVITY_KINDS,
  BCD_MEETING_KINDS,
  FUNDING_SOURCES,
  MEMBER_ROLES,
  NARRATIVE_PARTS,
  SUPPORT_KINDS,
  TARGET_INDICATOR_KEYS,
  TASK_STATUSES,
} from './bcd-vocab.ts';
import { REPORT_FORMATS, type ReportFile } from './reports.ts';

const required = (max: number, what: string) => text(max).min(1, `${what} không được để trống`);
const optionalText = (max: number) => text(max).nullable().optional();
const optionalDate = isoDate.nullable().optional();
/** Money in đồng: a whole, non-negative number; blank is null, never 0. */
const money = z.number().int('Số tiền phải là số đồng nguyên').min(0, 'Số tiền không được âm').max(1e15).nullable().optional();
const count = z.number().int('Số người phải là số nguyên').min(0, 'Số người không được âm').max(10_000_000).nullable().optional();

export const agencyInput = z.object({ id: id.optional(), name: required(300, 'Tên cơ quan'), shortName: optionalText(50) }).strict();

export const memberInput = z
  .object({
    id: id.optional(),
    agencyId: id,
    person: required(200, 'Họ tên thành viên'),
    position: optionalText(200),
    role: z.enum(MEMBER_ROLES),
    decision: optionalText(200),
    fromDate: optionalDate,
    toDate: optionalDate,
  })
  .strict();
export type MemberInput = z.infer<typeof memberInput>;

export const bcdMeetingInput = z
  .object({
    id: id.optional(),
    heldOn: isoDate,
    kind: z.enum(BCD_MEETING_KINDS),
    attendees: optionalText(5000),
    conclusions: optionalText(20000),
    noticeNumber: optionalText(100),
    noticeDate: optionalDate,
  })
  .strict();
export type BcdMeetingInput = z.infer<typeof bcdMeetingInput>;

export const bcdPlanInput = z
  .object({
    id: id.optional(),
    year,
    number: optionalText(100),
    issuedOn: isoDate,
    signer: optionalText(200),
    title: required(500, 'Tên kế hoạch'),
  })
  .strict();
export type BcdPlanInput = z.infer<typeof bcdPlanInput>;

export const taskInput = z
  .object({
    id: id.optional(),
    planId: id,
    title: required(2000, 'Nội dung nhiệm vụ'),
    /** Null is refused on the cell by the service with its own message (a task always has a lead agency). */
    leadAgencyId: id.nullable(),
    partnerIds: z.array(id).max(50).default([]),
    deadline: optionalDate,
    expectedOutput: optionalText(2000),
    status: z.enum(TASK_STATUSES).default('chua_thuc_hien'),
    completedOn: optionalDate,
    result: optionalText(5000),
  })
  .strict();
export type TaskInput = z.infer<typeof taskInput>;

export const progressInput = z
  .object({
    taskId: id,
    reportedOn: isoDate,
    content: required(5000, 'Nội dung báo cáo tiến độ'),
    percent: z
      .number()
      .int('Tỷ lệ hoàn thành phải là số nguyên')
      .min(0, 'Tỷ lệ hoàn thành không được âm')
      .max(100, 'Tỷ lệ hoàn thành không được quá 100%')
      .nullable()
      .optional(),
    documentRef: optionalText(300),
  })
  .strict();
export type ProgressInput = z.infer<typeof progressInput>;

export const targetsInput = z
  .object({
    year,
    targets: z
      .array(
        z
          .object({ indicator: z.enum(TARGET_INDICATOR_KEYS), value: z.number().finite().min(0).nullable(), document: optionalText(300) })
          .strict(),
      )
      .max(50),
  })
  .strict();
export type TargetsInput = z.infer<typeof targetsInput>;

/**
 * A support record as the form or the grid sends it. Organization, policy, date and kind are needed for a new
 * record (the service says so on the cell); an imported record still waiting for them can be edited meanwhile.
 */
export const supportRecordInput = z
  .object({
    id: id.optional(),
    organizationId: id.nullable(),
    policy: optionalText(500),
    decision: optionalText(200),
    grantedOn: optionalDate,
    kind: z.enum(SUPPORT_KINDS).nullable(),
    amount: money,
    source: z.enum(FUNDING_SOURCES).nullable().optional(),
    note: optionalText(2000),
  })
  .strict();
export type SupportRecordInput = z.infer<typeof supportRecordInput>;

export const activityInput = z
  .object({
    id: id.optional(),
    kind: z.enum(ACTIVITY_KINDS),
    title: required(500, 'Tên hoạt động'),
    heldFrom: isoDate,
    heldTo: optionalDate,
    place: optionalText(300),
    agencyId: id.nullable().optional(),
    participants: count,
    cost: money,
    note: optionalText(2000),
    organizations: z
      .array(z.object({ organizationId: id, trainees: count }).strict())
      .max(5000)
      .default([]),
  })
  .strict();
export type ActivityInput = z.infer<typeof activityInput>;

export const linkageInput = z
  .object({
    id: id.optional(),
    organizationId: id.nullable(),
    partner: optionalText(300),
    product: optionalText(300),
    value: money,
    signedOn: optionalDate,
    endsOn: optionalDate,
    note: optionalText(2000),
  })
  .strict();
export type LinkageInput = z.infer<typeof linkageInput>;

const byId = z.object({ id }).strict();
const byYear = z.object({ year }).strict();
/** A year's records; with `undated`, also the imported ones whose date is still to be given (shown in every year until it is). */
const byYearWithUndated = z.object({ year, undated: z.boolean().optional() }).strict();
const optionalYear = z.object({ year: year.optional() }).strict();

/** Methods of the Steering Committee's workspace and the support given (issue 13); merged in methods.ts. */
export const bcdMethods = {
  'bcd.agencies': method<AgencyDto[]>()(noInput),
  'bcd.saveAgency': method<AgencyDto>()(agencyInput),
  'bcd.deleteAgency': method<{ id: number }>()(byId),
  'bcd.members': method<MemberDto[]>()(noInput),
  'bcd.saveMember': method<MemberDto>()(memberInput),
  'bcd.deleteMember': method<{ id: number }>()(byId),
  'bcd.meetings': method<BcdMeetingDto[]>()(optionalYear),
  'bcd.saveMeeting': method<BcdMeetingDto>()(bcdMeetingInput),
  'bcd.deleteMeeting': method<{ id: number }>()(byId),
  /** Puts back a deleted agency, member or meeting (the grids' undo of a delete). */
  'bcd.restore': method<{ id: number }>()(z.object({ what: z.enum(['agency', 'member', 'meeting']), id }).strict()),
  'bcd.plans': method<BcdPlanDto[]>()(optionalYear),
  'bcd.plan': method<BcdPlanDetail>()(z.object({ id, asOf: isoDate.optional() }).strict()),
  'bcd.savePlan': method<BcdPlanDto>()(bcdPlanInput),
  'bcd.deletePlan': method<{ id: number }>()(byId),
  /** Copies a plan's tasks into next year's plan (made when missing), deadlines a year later, status reset. */
  'bcd.copyPlan': method<BcdPlanDto>()(z.object({ id, toYear: year, issuedOn: isoDate }).strict()),
  'bcd.saveTask': method<TaskDto>()(taskInput),
  'bcd.deleteTask': method<{ id: number }>()(byId),
  'bcd.addProgress': method<ProgressDto>()(progressInput),
  'bcd.deleteProgress': method<{ id: number }>()(byId),
  /** Tasks overdue and due soon on a date (the monitoring list and the home page alerts). */
  'bcd.taskLists': method<TaskLists>()(z.object({ asOf: isoDate }).strict()),
  'bcd.targets': method<TargetDto[]>()(byYear),
  'bcd.saveTargets': method<TargetDto[]>()(targetsInput),
  'bcd.narrative': method<NarrativeDto>()(byYear),
  'bcd.saveNarrative': method<NarrativeDto>()(z.object({ year, part: z.enum(NARRATIVE_PARTS), content: text(50000) }).strict()),
  'support.records': method<SupportRecordDto[]>()(byYearWithUndated),
  'support.saveRecord': method<SupportRecordDto>()(supportRecordInput),
  'support.deleteRecord': method<{ id: number }>()(byId),
  'support.restoreRecord': method<SupportRecordDto>()(byId),
  'support.activities': method<ActivityDto[]>()(byYear),
  'support.saveActivity': method<ActivityDto>()(activityInput),
  'support.deleteActivity': method<{ id: number }>()(byId),
  'support.linkages': method<LinkageDto[]>()(byYearWithUndated),
  'support.saveLinkage': method<LinkageDto>()(linkageInput),
  'support.deleteLinkage': method<{ id: number }>()(byId),
  'support.restoreLinkage': method<LinkageDto>()(byId),
  /** The annex of the BCĐ's tasks by agency with result and status, as its own document. */
  'bcd.tasksReportFile': method<ReportFile>()(z.object({ year, format: z.enum(REPORT_FORMATS) }).strict()),
  'bcd.tasksReportHtml': method<{ html: string }>()(byYear),
  /** The six-month review (sơ kết 6 tháng đầu năm) with "so với cùng kỳ". */
  'bcd.halfYearFile': method<ReportFile>()(z.object({ year, format: z.enum(REPORT_FORMATS) }).strict()),
  'bcd.halfYearHtml': method<{ html: string }>()(byYear),
} as const;
