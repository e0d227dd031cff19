import type { Kysely } from 'kysely';

/**
 * Frozen. Rows an import adds are not copied into the audit log (the import's batch and its changes already
 * record who added them, when, and from which file); an organization's history finds them through this index.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('import_changes_entity').on('import_changes').columns(['entity', 'entity_id']).execute();
}
