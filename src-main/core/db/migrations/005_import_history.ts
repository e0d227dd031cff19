import { sql, type Kysely } from 'kysely';

/**
 * Frozen. Rows an import adds are not copied into the audit log: the import's batch and changes already
 * record who added them, when, and from which file, and an organization's history finds them through the
 * index below. Rows added with consecutive ids are recorded as one range (entity_id to last_entity_id),
 * not a change each: a 100,000-row file adds two ranges, not 200,000 rows.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table import_changes add column last_entity_id integer`.execute(db);
  await db.schema.createIndex('import_changes_entity').on('import_changes').columns(['entity', 'entity_id']).execute();
}
