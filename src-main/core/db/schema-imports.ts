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

/** A cell an import could not read, or read only in part: kept as written, to be reviewed ("Cần xem lại"). */
export interface ReviewFlagsTable {
  id: Generated<number>;
  batch_id: number | null;
  /** The entity of the field: organizations, figures, ocop, certifications. */
  entity: string;
  /** The row of that entity, when one was written (a figures row may not exist). */
  entity_id: number | null;
  organization_id: number | null;
  /** For figures: the year and period the cell belongs to. */
  year: number | null;
  period: string | null;
  field: string;
  raw_text: string;
  /** raw_text folded, so that the same text written another way is one group. */
  text_key: string;
  reason: string;
  /** The date of the list the cell came from (a status read from it holds then). */
  list_date: string | null;
  sheet: string | null;
  source_row: number | null;
  created_at: string;
  resolved_at: string | null;
  resolved_by: string | null;
  /** JSON: the value the clerk chose, or null when the cell was left blank on purpose. */
  resolution: string | null;
}

/** The clerk's reading of a free text met in a file ("nuôi ốc" → nông nghiệp), applied to later imports. */
export interface VocabularyAliasesTable {
  field: string;
  text_key: string;
  raw_text: string;
  value: string;
  created_at: string;
  created_by: string;
}

export interface ImportTables {
  import_batches: ImportBatchesTable;
  import_changes: ImportChangesTable;
  import_mappings: ImportMappingsTable;
  review_flags: ReviewFlagsTable;
  vocabulary_aliases: VocabularyAliasesTable;
}
