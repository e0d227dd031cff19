import type { Generated } from 'kysely';

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

export interface Database {
  settings: SettingsTable;
  audit_log: AuditLogTable;
  backups: BackupsTable;
}
