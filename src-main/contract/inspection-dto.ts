import type { CheckResult, ParticipantSide, RecommendationStatus } from './inspection-vocab.ts';
import type { OrgModel, OrgStatus, OrgType } from './vocab.ts';

/** Shapes of inspections that cross the boundary. Dates: ISO. Blank: null. */

export interface ChecklistItemDto {
  id: number;
  /** Stable across versions ("dhtv"): the period report groups failures of the same obligation by it. */
  code: string;
  title: string;
  guidance: string | null;
  legalBasis: string | null;
}

export interface ChecklistTemplateDto {
  id: number;
  version: number;
  note: string | null;
  createdAt: string;
  createdBy: string;
  items: ChecklistItemDto[];
  /** Records that used this version; such a version is never changed, only superseded. */
  recordsUsing: number;
}

/** An organization as inspection screens and printouts show it. */
export interface OrgRef {
  id: number;
  name: string;
  type: OrgType;
  communeCode: string | null;
  /** "Xã …" of the 2025 list; null when the organization has no commune. */
  commune: string | null;
}

export interface PlanItemDto {
  id: number;
  organization: OrgRef;
  plannedDate: string;
  /** Team for this visit when it differs from the plan's. */
  team: string | null;
  note: string | null;
  /** The biên bản that carried this visit out, if any. */
  recordId: number | null;
}

export interface PlanDto {
  id: number;
  year: number;
  /** "15/KH-LMHTX". */
  number: string | null;
  title: string;
  issuedOn: string | null;
  team: string;
  content: string;
  note: string | null;
  items: PlanItemDto[];
  updatedAt: string;
}

export interface ParticipantDto {
  side: ParticipantSide;
  name: string;
  /** "Trưởng đoàn", "Thành viên", "Thư ký", "Giám đốc"… */
  role: string | null;
  unit: string | null;
}

export interface ChecklistAnswerDto {
  itemId: number;
  code: string;
  title: string;
  legalBasis: string | null;
  /** null: not assessed. */
  result: CheckResult | null;
  remark: string | null;
}

export interface ViolationDto {
  id: number;
  /** The checklist item (by code) the violation breaches; null for one outside the checklist. */
  itemCode: string | null;
  description: string;
}

export interface RecommendationUpdateDto {
  id: number;
  onDate: string;
  status: RecommendationStatus;
  note: string | null;
  recordedAt: string;
  who: string;
}

export interface RecommendationDto {
  id: number;
  recordId: number;
  recordNumber: string | null;
  inspectedOn: string;
  organization: OrgRef;
  content: string;
  responsible: string;
  deadline: string;
  /** Status on the date asked for (today unless given): the latest update made by then. */
  status: RecommendationStatus;
  /** Date of that update; null while nothing has been reported since the inspection. */
  statusSince: string | null;
  /** Past the deadline and not carried out on the date asked for. */
  overdue: boolean;
  /** Days past the deadline on that date (0 when not overdue). */
  daysOverdue: number;
  updates: RecommendationUpdateDto[];
}

export interface RecordSummaryDto {
  id: number;
  number: string | null;
  inspectedOn: string;
  organization: OrgRef;
  templateVersion: number;
  failedItems: number;
  violations: number;
  recommendations: number;
  recommendationsDone: number;
}

export interface RecordDto {
  id: number;
  organization: OrgRef;
  planItemId: number | null;
  templateId: number;
  templateVersion: number;
  number: string | null;
  inspectedOn: string;
  /** "08:30". */
  startTime: string | null;
  endTime: string | null;
  place: string;
  /** Căn cứ: the decision or plan that set up the inspection. */
  legalBasis: string | null;
  participants: ParticipantDto[];
  checklist: ChecklistAnswerDto[];
  /** Kết quả kiểm tra: strengths and what was found. */
  findings: string | null;
  violations: ViolationDto[];
  conclusion: string | null;
  recommendations: RecommendationDto[];
  copies: number | null;
  updatedAt: string;
}

/** Facts about the inspected organization printed in the biên bản (domain.md §10.2). */
export interface RecordOrgFacts {
  regCode: string | null;
  foundedOn: string | null;
  registeredBy: string | null;
  address: string | null;
  headName: string | null;
  model: OrgModel | null;
  charterCapital: number | null;
  sectors: string[];
  status: OrgStatus | null;
  /** Whole-year figures of the year before the inspection, when reported. */
  figuresYear: number;
  members: number | null;
  workers: number | null;
  revenue: number | null;
}

export interface InspectionRecordData {
  record: RecordDto;
  facts: RecordOrgFacts;
}

export interface MeetingDto {
  id: number;
  organization: OrgRef;
  fiscalYear: number;
  heldOn: string;
  /** 30/4 of the next year: four months after the end of the fiscal year. */
  deadline: string;
  onTime: boolean;
  note: string | null;
}

export type CountByType = Record<OrgType, number>;

export interface CommuneCount {
  communeCode: string | null;
  /** "Chưa xác định xã" when the organization has no commune. */
  commune: string;
  byType: CountByType;
  total: number;
}

/** Data of the báo cáo kết quả kiểm tra for a period. */
export interface InspectionPeriodData {
  from: string;
  to: string;
  inspections: number;
  organizations: number;
  byType: CountByType;
  byCommune: CommuneCount[];
  /** Per checklist obligation (by code, latest wording), how many inspections assessed and failed it. */
  checklist: { code: string; title: string; assessed: number; passed: number; failed: number; notApplicable: number }[];
  /** Most common first: failed checklist items and recorded violations, each inspection counted once per kind. */
  violations: { code: string | null; label: string; count: number }[];
  recommendations: { made: number; done: number; inProgress: number; notStarted: number; overdue: number };
  /** Visits planned in the period, and how many of them have a biên bản. */
  planned: { visits: number; carriedOut: number };
  records: RecordSummaryDto[];
}
