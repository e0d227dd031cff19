import type { OrgRef } from './inspection-dto.ts';
import type {
  ActivityKind,
  BcdMeetingKind,
  FundingSource,
  MemberRole,
  NarrativePart,
  SupportKind,
  TargetIndicator,
  TaskState,
  TaskStatus,
} from './bcd-vocab.ts';

/** DTOs of the Steering Committee (BCĐ) workspace and the support given (issue 13). Dates ISO, money in đồng. */

export interface AgencyDto {
  id: number;
  name: string;
  shortName: string | null;
  /** Tasks it leads or takes part in (a reason it cannot be deleted). */
  taskCount: number;
  memberCount: number;
}

export interface MemberDto {
  id: number;
  agencyId: number;
  agency: string;
  person: string;
  position: string | null;
  role: MemberRole;
  decision: string | null;
  fromDate: string | null;
  toDate: string | null;
}

export interface BcdMeetingDto {
  id: number;
  heldOn: string;
  kind: BcdMeetingKind;
  attendees: string | null;
  conclusions: string | null;
  noticeNumber: string | null;
  noticeDate: string | null;
}

export interface ProgressDto {
  id: number;
  reportedOn: string;
  content: string;
  percent: number | null;
  documentRef: string | null;
}

export interface TaskDto {
  id: number;
  planId: number;
  planYear: number;
  position: number;
  title: string;
  leadAgencyId: number;
  leadAgency: string;
  partners: Array<{ id: number; name: string }>;
  deadline: string | null;
  expectedOutput: string | null;
  status: TaskStatus;
  /** The status read on the as-of date: "quá hạn" when the deadline passed and the task is not done. */
  state: TaskState;
  completedOn: string | null;
  /** Done by its deadline (null while not done, or without a deadline). */
  onTime: boolean | null;
  result: string | null;
  /** The latest reported percentage, or null. */
  percent: number | null;
  progress: ProgressDto[];
}

export interface BcdPlanDto {
  id: number;
  year: number;
  number: string | null;
  issuedOn: string;
  signer: string | null;
  title: string;
  taskCount: number;
  doneCount: number;
  overdueCount: number;
}

export interface BcdPlanDetail extends BcdPlanDto {
  tasks: TaskDto[];
}

export interface TaskLists {
  asOf: string;
  overdue: TaskDto[];
  dueSoon: TaskDto[];
}

/** A task of the BCĐ as the monitoring lists (giám sát) show it: overdue, or due within TASK_DUE_SOON_DAYS. */
export interface MonitoringTaskEntry {
  taskId: number;
  title: string;
  planYear: number;
  leadAgency: string;
  partners: string[];
  deadline: string;
  /** Days from the as-of date to the deadline; negative once it has passed. */
  daysLeft: number;
  /** The latest reported percentage, or null. */
  percent: number | null;
  state: TaskState;
}

export interface MonitoringTaskLists {
  tasksOverdue: MonitoringTaskEntry[];
  tasksDueSoon: MonitoringTaskEntry[];
}

export interface TargetDto {
  year: number;
  indicator: TargetIndicator;
  value: number;
  document: string | null;
}

export type NarrativeDto = Record<NarrativePart, string>;

/**
 * A record imported from a spreadsheet may lack its organization (not found in the registry), its date or its
 * kind (a cell that could not be read): they are blank here and `sourceTexts` holds what the cells said.
 */
export interface SupportRecordDto {
  id: number;
  organization: OrgRef | null;
  policy: string | null;
  decision: string | null;
  grantedOn: string | null;
  kind: SupportKind | null;
  amount: number | null;
  source: FundingSource | null;
  note: string | null;
  /** Field → the text an imported cell held that could not be taken as it is. */
  sourceTexts: Record<string, string>;
}

export interface ActivityDto {
  id: number;
  kind: ActivityKind;
  title: string;
  heldFrom: string;
  heldTo: string | null;
  place: string | null;
  agencyId: number | null;
  agency: string | null;
  participants: number | null;
  cost: number | null;
  note: string | null;
  organizations: Array<{ organization: OrgRef; trainees: number | null }>;
  /** Participants an import named that the registry does not know, as the file wrote them (in "Cần xem lại"). */
  unmatched: Array<{ name: string; trainees: number | null }>;
}

export interface LinkageDto {
  id: number;
  organization: OrgRef | null;
  partner: string | null;
  product: string | null;
  value: number | null;
  signedOn: string | null;
  endsOn: string | null;
  note: string | null;
  /** Field → the text an imported cell held that could not be taken as it is. */
  sourceTexts: Record<string, string>;
}
