import { z } from 'zod';
import { id, isoDate, method, noInput, text, year } from './define.ts';
import type {
  ChecklistTemplateDto,
  InspectionPeriodData,
  InspectionRecordData,
  MeetingDto,
  PlanDto,
  RecommendationDto,
  RecordDto,
  RecordSummaryDto,
} from './inspection-dto.ts';
import type { MonitoringResult } from './inspection-monitoring.ts';
import { TASK_MONITORING_LISTS } from './bcd-vocab.ts';
import { CHECK_RESULTS, MONITORING_LISTS, PARTICIPANT_SIDES, RECOMMENDATION_STATUSES } from './inspection-vocab.ts';
import { REPORT_FORMATS, type ReportFile } from './reports.ts';

/** A date that exists in the calendar: the regex alone would let 2025-02-30 through. */
const calendarDate = isoDate.refine((s) => {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}, 'Ngày không có trong lịch');
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Giờ phải có dạng HH:MM');
const required = (max: number, what: string) => text(max).min(1, `${what} không được để trống`);
const optionalText = (max: number) => text(max).nullable().optional();
const code = z
  .string()
  .trim()
  .regex(/^[a-z0-9_]{1,40}$/, 'Mã mục chỉ gồm chữ thường không dấu, số và dấu gạch dưới');

export const checklistTemplateInput = z
  .object({
    note: optionalText(500),
    items: z
      .array(
        z
          .object({
            code: code.optional(),
            title: required(500, 'Nội dung mục kiểm tra'),
            guidance: optionalText(2000),
            legalBasis: optionalText(300),
          })
          .strict(),
      )
      .min(1, 'Mẫu cần ít nhất một mục kiểm tra')
      .max(100),
  })
  .strict();
export type ChecklistTemplateInput = z.infer<typeof checklistTemplateInput>;

export const planInput = z
  .object({
    id: id.optional(),
    year,
    number: optionalText(50),
    title: required(300, 'Tên kế hoạch'),
    issuedOn: calendarDate.nullable().optional(),
    team: required(2000, 'Thành phần đoàn kiểm tra'),
    content: required(5000, 'Nội dung kiểm tra'),
    note: optionalText(2000),
    items: z
      .array(
        z
          .object({ id: id.optional(), organizationId: id, plannedDate: calendarDate, team: optionalText(2000), note: optionalText(1000) })
          .strict(),
      )
      .min(1, 'Kế hoạch cần ít nhất một tổ chức được kiểm tra')
      .max(2000),
  })
  .strict();
export type PlanInput = z.infer<typeof planInput>;

export const recordInput = z
  .object({
    id: id.optional(),
    organizationId: id,
    planItemId: id.nullable().optional(),
    /** A new record takes the newest checklist unless told; an existing record keeps its own. */
    templateId: id.optional(),
    number: optionalText(50),
    inspectedOn: calendarDate,
    startTime: clockTime.nullable().optional(),
    endTime: clockTime.nullable().optional(),
    place: required(300, 'Địa điểm kiểm tra'),
    legalBasis: optionalText(2000),
    participants: z
      .array(
        z
          .object({ side: z.enum(PARTICIPANT_SIDES), name: required(100, 'Họ và tên'), role: optionalText(100), unit: optionalText(200) })
          .strict(),
      )
      .max(50),
    checklist: z.array(z.object({ itemId: id, result: z.enum(CHECK_RESULTS).nullable(), remark: optionalText(2000) }).strict()).max(200),
    findings: optionalText(20000),
    violations: z
      .array(z.object({ itemCode: code.nullable().optional(), description: required(2000, 'Nội dung vi phạm') }).strict())
      .max(100),
    conclusion: optionalText(20000),
    recommendations: z
      .array(
        z
          .object({
            id: id.optional(),
            content: required(2000, 'Nội dung kiến nghị'),
            responsible: required(300, 'Người/bên chịu trách nhiệm'),
            deadline: calendarDate,
          })
          .strict(),
      )
      .max(100),
    copies: z.number().int().min(1).max(20).nullable().optional(),
  })
  .strict();
export type RecordInput = z.infer<typeof recordInput>;

export const recommendationUpdateInput = z
  .object({ id, status: z.enum(RECOMMENDATION_STATUSES), onDate: calendarDate, note: optionalText(2000) })
  .strict();
export type RecommendationUpdateInput = z.infer<typeof recommendationUpdateInput>;

export const meetingInput = z
  .object({ id: id.optional(), organizationId: id, fiscalYear: year, heldOn: calendarDate, note: optionalText(1000) })
  .strict();
export type MeetingInput = z.infer<typeof meetingInput>;

const period = z.object({ from: calendarDate, to: calendarDate }).strict();

/** Which printout to render: the biên bản of one inspection, a plan, the period report or the monitoring report. */
export const inspectionDocumentInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('record'), id }).strict(),
  z.object({ kind: z.literal('plan'), id }).strict(),
  z.object({ kind: z.literal('period'), from: calendarDate, to: calendarDate }).strict(),
  z.object({ kind: z.literal('monitoring'), asOf: calendarDate }).strict(),
]);
export type InspectionDocumentRequest = z.infer<typeof inspectionDocumentInput>;

/** Methods of inspection and monitoring (issue 6); merged into the contract in methods.ts. */
export const inspectionMethods = {
  'inspections.templates': method<ChecklistTemplateDto[]>()(noInput),
  'inspections.saveTemplate': method<ChecklistTemplateDto>()(checklistTemplateInput),

  'inspections.listPlans': method<PlanDto[]>()(z.object({ year: year.optional() }).strict()),
  'inspections.getPlan': method<PlanDto>()(z.object({ id }).strict()),
  'inspections.savePlan': method<PlanDto>()(planInput),
  'inspections.deletePlan': method<{ id: number }>()(z.object({ id }).strict()),

  'inspections.listRecords': method<RecordSummaryDto[]>()(
    z.object({ from: calendarDate.optional(), to: calendarDate.optional(), organizationId: id.optional() }).strict(),
  ),
  'inspections.getRecord': method<RecordDto>()(z.object({ id }).strict()),
  'inspections.recordData': method<InspectionRecordData>()(z.object({ id }).strict()),
  'inspections.saveRecord': method<RecordDto>()(recordInput),
  'inspections.deleteRecord': method<{ id: number }>()(z.object({ id }).strict()),

  'inspections.listRecommendations': method<RecommendationDto[]>()(
    z
      .object({
        asOf: calendarDate.optional(),
        status: z.enum(RECOMMENDATION_STATUSES).optional(),
        overdueOnly: z.boolean().optional(),
        organizationId: id.optional(),
      })
      .strict(),
  ),
  'inspections.updateRecommendation': method<RecommendationDto>()(recommendationUpdateInput),

  'inspections.listMeetings': method<MeetingDto[]>()(z.object({ organizationId: id.optional(), fiscalYear: year.optional() }).strict()),
  'inspections.saveMeeting': method<MeetingDto>()(meetingInput),
  'inspections.deleteMeeting': method<{ id: number }>()(z.object({ id }).strict()),

  'inspections.periodReport': method<InspectionPeriodData>()(period),
  /** Printable HTML for the in-app preview and print. */
  'inspections.documentHtml': method<{ title: string; html: string }>()(inspectionDocumentInput),
  /** The same printout as a file to save: PDF, Word, Excel, HTML or its JSON data. */
  'inspections.documentFile': method<ReportFile>()(
    z.object({ document: inspectionDocumentInput, format: z.enum(REPORT_FORMATS) }).strict(),
  ),

  'monitoring.lists': method<MonitoringResult>()(z.object({ asOf: calendarDate }).strict()),
  /** One monitoring list as an Excel workbook, as the report's appendix lists it. */
  'monitoring.listFile': method<ReportFile>()(
    z.object({ asOf: calendarDate, list: z.enum([...MONITORING_LISTS, ...TASK_MONITORING_LISTS]) }).strict(),
  ),
} as const;
