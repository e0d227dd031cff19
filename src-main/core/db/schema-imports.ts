import type { Generated } from 'kysely';

export interface ImportBatchesTable {
  id: Generated<number>;
  file_name: string;
  file_hash: string;
  file_size: number;
  /** JSON: per sheet, its name, entity, year and mapping. */
  sheets: string;
  /** JSON: new / updated / unchanged / skipped / errors. */
  counts: string;
  status: string;
  who: string;
  committed_at: string;
  undone_at: string | null;
}

export interface ImportChangesTable {
  id: Generated<number>;
  batch_id: number;
  entity: string;
  entity_id: number;
  /** For an insert: the last id of a run of rows added with consecutive ids (entity_id is the first); else null. */
  last_entity_id: number | null;
  action: string;
  before: string | null;
  after: string;
}

export interface ImportMappingsTable {
  signature: string;
  entity: string;
  mapping: string;
  updated_at: string;
}

export interface ImportTables {
  import_batches: ImportBatchesTable;
  import_changes: ImportChangesTable;
  import_mappings: ImportMappingsTable;
}
