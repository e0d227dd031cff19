import { sql, type Kysely } from 'kysely';

/**
 * Frozen. Marks the file as KTTT's in its header (PRAGMA application_id, "KTTT" in ASCII), so that KTTT can
 * tell its own databases and backups from another program's SQLite file before writing anything to it.
 * The value is written here, not imported, because a migration never changes once released.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw('PRAGMA application_id = 1263817812').execute(db);
}
