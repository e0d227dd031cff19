import { sql, type Kysely } from 'kysely';

/**
 * Frozen. The biên bản of a plan's visit is looked up by its plan item: each plan listed asks it for every
 * visit, which without an index read the whole table of records once per visit. Idempotent: running it again
 * on a file that has the index (a version number set back by hand) changes nothing.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index if not exists inspection_records_plan_item on inspection_records (plan_item_id)`.execute(db);
}
