import type { Generated } from 'kysely';

/** Tables of inspections and monitoring (issue 6), added by migration 004. */

/** A version of the checklist; once a record uses it, it is never changed, only superseded by a newer one. */
export interface ChecklistTemplatesTable {
  id: Generated<number>;
  version: number;
  note: string | null;
  created_at: string;
  created_by: string;
}

export interface ChecklistItemsTable {
  id: Generated<number>;
  template_id: number;
  position: number;
  code: string;
  title: string;
  guidance: string | null;
  legal_basis: string | null;
}

export interface InspectionPlansTable {
  id: Generated<number>;
  year: number;
  number: string | null;
  title: string;
  issued_on: string | null;
  team: string;
  content: string;
  note: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface InspectionPlanItemsTable {
  id: Generated<number>;
  plan_id: number;
  position: number;
  organization_id: number;
  planned_date: string;
  team: string | null;
  note: string | null;
}

export interface InspectionRecordsTable {
  id: Generated<number>;
  organization_id: number;
  plan_item_id: number | null;
  template_id: number;
  number: string | null;
  inspected_on: string;
  start_time: string | null;
  end_time: string | null;
  place: string;
  legal_basis: string | null;
  findings: string | null;
  conclusion: string | null;
  copies: number | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface InspectionParticipantsTable {
  id: Generated<number>;
  record_id: number;
  position: number;
  side: string;
  name: string;
  role: string | null;
  unit: string | null;
}

export interface InspectionAnswersTable {
  id: Generated<number>;
  record_id: number;
  item_id: number;
  /** 'dat' | 'khong_dat' | 'khong_ap_dung'; null: not assessed. */
  result: string | null;
  remark: string | null;
}

export interface InspectionViolationsTable {
  id: Generated<number>;
  record_id: number;
  position: number;
  item_code: string | null;
  description: string;
}

export interface InspectionRecommendationsTable {
  id: Generated<number>;
  record_id: number;
  position: number;
  content: string;
  responsible: string;
  deadline: string;
  created_at: string;
  updated_at: string;
}

/** Dated follow-up of a recommendation; its status on a date is the latest update made by then. */
export interface RecommendationUpdatesTable {
  id: Generated<number>;
  recommendation_id: number;
  on_date: string;
  status: string;
  note: string | null;
  recorded_at: string;
  who: string;
}

/** Annual members' meetings (Đại hội thành viên thường niên), one per organization and fiscal year. */
export interface MembersMeetingsTable {
  id: Generated<number>;
  organization_id: number;
  fiscal_year: number;
  held_on: string;
  note: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface InspectionTables {
  checklist_templates: ChecklistTemplatesTable;
  checklist_items: ChecklistItemsTable;
  inspection_plans: InspectionPlansTable;
  inspection_plan_items: InspectionPlanItemsTable;
  inspection_records: InspectionRecordsTable;
  inspection_participants: InspectionParticipantsTable;
  inspection_answers: InspectionAnswersTable;
  inspection_violations: InspectionViolationsTable;
  inspection_recommendations: InspectionRecommendationsTable;
  recommendation_updates: RecommendationUpdatesTable;
  members_meetings: MembersMeetingsTable;
}
