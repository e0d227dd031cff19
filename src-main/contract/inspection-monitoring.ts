import type { MonitoringTaskLists } from './bcd-dto.ts';
import type { CommuneCount, CountByType } from './inspection-dto.ts';
import type { MonitoringListName, RecommendationStatus } from './inspection-vocab.ts';
import type { CertKind, OrgStatus, OrgType } from './vocab.ts';

/**
 * The monitoring lists (giám sát) for an as-of date. Every entry starts with the organization it concerns
 * (`id`, `name`, `type`, `commune`), so the JSON of the monitoring report reads the same for every list;
 * an organization appears once per product, certificate or recommendation in the lists about those.
 */
export interface MonitoringEntryBase {
  /** The organization's id. */
  id: number;
  name: string;
  type: OrgType;
  /** "Xã …" of the 2025 list; null when unknown. */
  commune: string | null;
  communeCode: string | null;
}

export interface NotReportedEntry extends MonitoringEntryBase {
  /** The year with no whole-year figures. */
  year: number;
}

export interface NoRevenueEntry extends MonitoringEntryBase {
  /** 'khong_doanh_thu': no revenue in both years; 'ngung_hoat_dong': recorded as stopped de facto. */
  reason: 'khong_doanh_thu' | 'ngung_hoat_dong';
  status: OrgStatus;
  /** The two years looked at, older first, and the revenue reported for each (null: not reported). */
  years: [number, number];
  revenue: [number | null, number | null];
}

export interface SuspendedEntry extends MonitoringEntryBase {
  /** Null when the status began on an unknown day. */
  since: string | null;
  /** End of the suspension when the notice gave one. */
  until: string | null;
}

export interface SuspensionEndingEntry extends MonitoringEntryBase {
  since: string | null;
  until: string;
  /** Days from the as-of date to the end; negative once the end has passed with no new status recorded. */
  daysLeft: number;
  pastEnd: boolean;
}

export interface OcopEntry extends MonitoringEntryBase {
  productId: number;
  productName: string;
  stars: number;
  decisionNo: string | null;
  decisionDate: string | null;
  recognitionYear: number | null;
  /** Last day of validity: 36 months from the decision, or from 1 January of the year alone. */
  validUntil: string;
  /** Negative when already lapsed. */
  daysLeft: number;
}

export interface CertificationEntry extends MonitoringEntryBase {
  certificationId: number;
  kind: CertKind;
  product: string | null;
  number: string | null;
  expiresOn: string;
  daysLeft: number;
}

export interface MeetingOverdueEntry extends MonitoringEntryBase {
  fiscalYear: number;
  deadline: string;
  /** The annual meeting of that year when it was held late; null when none is recorded. */
  heldOn: string | null;
}

export interface RecommendationOverdueEntry extends MonitoringEntryBase {
  recommendationId: number;
  recordId: number;
  recordNumber: string | null;
  inspectedOn: string;
  content: string;
  responsible: string;
  deadline: string;
  status: RecommendationStatus;
  daysOverdue: number;
}

/** An instalment of a loan of the support fund falling due in the next 30 days (the borrower, or the member's organization). */
export interface FundDueEntry extends MonitoringEntryBase {
  loanId: number;
  contractNo: string | null;
  /** The organization, or the member who borrows in their own name. */
  borrowerName: string;
  dueOn: string;
  principal: number;
  interest: number;
}

/** A loan of the support fund with principal or interest past its date and unpaid. */
export interface FundOverdueEntry extends MonitoringEntryBase {
  loanId: number;
  contractNo: string | null;
  borrowerName: string;
  principalOutstanding: number;
  principalOverdue: number;
  interestOverdue: number;
  overdueSince: string | null;
  daysOverdue: number;
  /** Debt group (nhóm nợ) 1–5 by days overdue, the fund's thresholds. */
  group: 1 | 2 | 3 | 4 | 5;
}

export interface MonitoringLists {
  notReported: NotReportedEntry[];
  noRevenue: NoRevenueEntry[];
  suspended: SuspendedEntry[];
  suspensionsEnding: SuspensionEndingEntry[];
  ocopExpiring: OcopEntry[];
  ocopExpired: OcopEntry[];
  certificationsExpiring: CertificationEntry[];
  certificationsExpired: CertificationEntry[];
  meetingOverdue: MeetingOverdueEntry[];
  recommendationsOverdue: RecommendationOverdueEntry[];
  fundDueSoon: FundDueEntry[];
  fundOverdue: FundOverdueEntry[];
}

export interface MonitoringCount {
  /** Entries of the list. */
  total: number;
  /** Distinct organizations among them. */
  organizations: number;
  byType: CountByType;
  byCommune: CommuneCount[];
}

export interface MonitoringResult {
  asOf: string;
  lists: MonitoringLists;
  counts: Record<MonitoringListName, MonitoringCount>;
  /** The BCĐ's tasks overdue and due soon: lists of tasks, not of organizations, so apart from `lists`. */
  tasks: MonitoringTaskLists;
}

export type MonitoringEntry = MonitoringLists[MonitoringListName][number];
