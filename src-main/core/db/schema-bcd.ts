import type { Generated } from 'kysely';

/** Tables of the Steering Committee (BCĐ) and the support given (issue 13), added by migration 007. */

interface Stamped {
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface BcdAgenciesTable extends Stamped {
  id: Generated<number>;
  name: string;
  short_name: string | null;
}

export interface BcdMembersTable extends Stamped {
  id: Generated<number>;
  agency_id: number;
  person: string;
  position: string | null;
  role: string;
  decision: string | null;
  from_date: string | null;
  to_date: string | null;
}

export interface BcdMeetingsTable extends Stamped {
  id: Generated<number>;
  held_on: string;
  kind: string;
  attendees: string | null;
  conclusions: string | null;
  notice_number: string | null;
  notice_date: string | null;
}

export interface BcdPlansTable extends Stamped {
  id: Generated<number>;
  year: number;
  number: string | null;
  issued_on: string;
  signer: string | null;
  title: string;
}

export interface BcdTasksTable extends Stamped {
  id: Generated<number>;
  plan_id: number;
  position: number;
  title: string;
  lead_agency_id: number;
  deadline: string | null;
  expected_output: string | null;
  status: string;
  completed_on: string | null;
  result: string | null;
}

export interface BcdTaskPartnersTable {
  task_id: number;
  agency_id: number;
}

export interface BcdTaskProgressTable {
  id: Generated<number>;
  task_id: number;
  reported_on: string;
  content: string;
  percent: number | null;
  document_ref: string | null;
  created_at: string;
  deleted_at: string | null;
}

export interface BcdTargetsTable {
  id: Generated<number>;
  year: number;
  indicator: string;
  value: number;
  document: string | null;
  updated_at: string;
}

export interface BcdNarrativesTable {
  year: number;
  part: string;
  content: string;
  updated_at: string;
}

export interface SupportRecordsTable extends Stamped {
  id: Generated<number>;
  organization_id: number | null;
  policy: string | null;
  decision: string | null;
  granted_on: string | null;
  kind: string | null;
  amount: number | null;
  source: string | null;
  note: string | null;
  /** JSON field → the text a flagged cell of an imported row held. */
  source_texts: Generated<string | null>;
}

export interface SupportActivitiesTable extends Stamped {
  id: Generated<number>;
  kind: string;
  title: string;
  held_from: string;
  held_to: string | null;
  place: string | null;
  agency_id: number | null;
  participants: number | null;
  cost: number | null;
  note: string | null;
  /** JSON: participants an import named that the registry does not know, as written. */
  source_texts: Generated<string | null>;
}

export interface SupportActivityOrganizationsTable {
  activity_id: number;
  organization_id: number;
  trainees: number | null;
}

export interface LinkageContractsTable extends Stamped {
  id: Generated<number>;
  organization_id: number | null;
  partner: string | null;
  product: string | null;
  value: number | null;
  signed_on: string | null;
  ends_on: string | null;
  note: string | null;
  /** JSON field → the text a flagged cell of an imported row held. */
  source_texts: Generated<string | null>;
}

export interface BcdTables {
  bcd_agencies: BcdAgenciesTable;
  bcd_members: BcdMembersTable;
  bcd_meetings: BcdMeetingsTable;
  bcd_plans: BcdPlansTable;
  bcd_tasks: BcdTasksTable;
  bcd_task_partners: BcdTaskPartnersTable;
  bcd_task_progress: BcdTaskProgressTable;
  bcd_targets: BcdTargetsTable;
  bcd_narratives: BcdNarrativesTable;
  support_records: SupportRecordsTable;
  support_activities: SupportActivitiesTable;
  support_activity_organizations: SupportActivityOrganizationsTable;
  linkage_contracts: LinkageContractsTable;
}
