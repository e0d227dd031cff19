import type { Generated } from 'kysely';
import type { ImportTables } from './schema-imports.ts';
import type { InspectionTables } from './schema-inspections.ts';
import type { BcdTables } from './schema-bcd.ts';

/** Kysely's view of the tables. Grows with each migration; columns are never repurposed. */
export interface SettingsTable {
  key: string;
  /** JSON text. */
  value: string;
  updated_at: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  who: string;
  /** 'insert' | 'update' | 'delete' | 'restore' … */
  action: string;
  entity: string;
  entity_id: string;
  field: string | null;
  old_value: string | null;
  new_value: string | null;
}

export interface BackupsTable {
  id: Generated<number>;
  path: string;
  created_at: string;
  kind: string;
  size_bytes: number;
  schema_version: number;
}

export interface OrganizationsTable {
  id: Generated<number>;
  type: string;
  name: string;
  name_key: string;
  short_name: string | null;
  reg_code: string | null;
  founded_on: string | null;
  registered_by: string | null;
  status: string;
  status_since: string | null;
  status_until: string | null;
  street: string | null;
  commune_code: string | null;
  legacy_address: string | null;
  /** JSON array of sector codes. */
  sectors: string;
  model: string | null;
  charter_capital: number | null;
  head_name: string | null;
  phone: string | null;
  email: string | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  /** JSON: field key → the text the import read the field from (a sector or status as written). */
  source_texts: string | null;
  /** JSON: [header, text] pairs of the file's columns that no field took, kept verbatim. */
  extra_columns: string | null;
}

export interface StatusHistoryTable {
  id: Generated<number>;
  organization_id: number;
  status: string;
  /** The day the status began; when `start_unknown` is 1, the day it was known to hold (it began then or before). */
  from_date: string;
  to_date: string | null;
  note: string | null;
  recorded_at: string;
  start_unknown: number;
}

export interface YearlyFiguresTable {
  id: Generated<number>;
  organization_id: number;
  year: number;
  period: string;
  members: number | null;
  workers: number | null;
  regular_workers: number | null;
  revenue: number | null;
  profit: number | null;
  avg_income: number | null;
  charter_capital_end: number | null;
  budget_paid: number | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  source_texts: string | null;
}

export interface ExternalOwnersTable {
  id: Generated<number>;
  kind: string;
  name: string;
  name_key: string;
  created_at: string;
}

export interface OcopProductsTable {
  id: Generated<number>;
  name: string;
  organization_id: number | null;
  external_owner_id: number | null;
  stars: number;
  decision_no: string | null;
  decision_date: string | null;
  recognition_year: number | null;
  product_group: string | null;
  commune_code: string | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  source_texts: string | null;
  extra_columns: string | null;
}

export interface CertificationsTable {
  id: Generated<number>;
  organization_id: number;
  kind: string;
  product: string | null;
  number: string | null;
  issuer: string | null;
  issued_on: string | null;
  expires_on: string | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  source_texts: string | null;
  extra_columns: string | null;
  /** A certificate listed without dates: the date of the list that showed it in force. */
  valid_on: string | null;
}

export interface Database extends ImportTables, InspectionTables, BcdTables {
  settings: SettingsTable;
  audit_log: AuditLogTable;
  backups: BackupsTable;
  organizations: OrganizationsTable;
  status_history: StatusHistoryTable;
  yearly_figures: YearlyFiguresTable;
  external_owners: ExternalOwnersTable;
  ocop_products: OcopProductsTable;
  certifications: CertificationsTable;
}
