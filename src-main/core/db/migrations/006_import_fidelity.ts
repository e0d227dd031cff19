import { sql, type Kysely } from 'kysely';

/**
 * Frozen. What an import needs so that nothing in a clerk's file is lost or mis-dated:
 * - a status whose start is unknown: `start_unknown = 1` means `from_date` is the date the status was known
 *   to hold (the date of the list that showed it), not the day it began;
 * - the text a cell held, kept beside the code read from it (`source_texts`, JSON field → text), and the
 *   columns the import did not use, kept verbatim (`extra_columns`, JSON [header, text] pairs);
 * - a certificate listed without dates is known valid on the list's date (`valid_on`);
 * - the cells to review after an import ("Cần xem lại"), and the clerk's answers for texts met again.
 * Statuses that began on the day a row was typed or imported, for an organization without a founding
 * date, were never known to begin then: they become "started on an unknown day, known on that day".
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table status_history add column start_unknown integer not null default 0`.execute(db);
  for (const table of ['organizations', 'yearly_figures', 'ocop_products', 'certifications']) {
    await sql`alter table ${sql.table(table)} add column source_texts text`.execute(db);
  }
  for (const table of ['organizations', 'ocop_products', 'certifications']) {
    await sql`alter table ${sql.table(table)} add column extra_columns text`.execute(db);
  }
  await sql`alter table certifications add column valid_on text`.execute(db);

  await db.schema
    .createTable('review_flags')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('batch_id', 'integer', (c) => c.references('import_batches.id'))
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'integer')
    .addColumn('organization_id', 'integer', (c) => c.references('organizations.id'))
    .addColumn('year', 'integer')
    .addColumn('period', 'text')
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('raw_text', 'text', (c) => c.notNull())
    .addColumn('text_key', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('list_date', 'text')
    .addColumn('sheet', 'text')
    .addColumn('source_row', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('resolved_at', 'text')
    .addColumn('resolved_by', 'text')
    .addColumn('resolution', 'text')
    .execute();
  await db.schema.createIndex('review_flags_open').on('review_flags').columns(['resolved_at', 'entity', 'field', 'text_key']).execute();
  await db.schema.createIndex('review_flags_batch').on('review_flags').column('batch_id').execute();
  await db.schema.createIndex('review_flags_org').on('review_flags').column('organization_id').execute();

  await db.schema
    .createTable('vocabulary_aliases')
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('text_key', 'text', (c) => c.notNull())
    .addColumn('raw_text', 'text', (c) => c.notNull())
    /** JSON: the code, or the list of codes, the clerk chose for this text. */
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('vocabulary_aliases_pk', ['field', 'text_key'])
    .execute();

  // The one history entry of an organization with no founding date, written on the day its row was made.
  await sql`
    update status_history set start_unknown = 1
    where id in (
      select h.id from status_history h join organizations o on o.id = h.organization_id
      where o.founded_on is null and h.note is null
        and h.from_date between date(o.created_at, '-1 day') and date(o.created_at, '+1 day')
        and (select count(*) from status_history x where x.organization_id = h.organization_id) = 1
    )`.execute(db);
  await sql`
    update organizations set status_since = null
    where id in (select organization_id from status_history where start_unknown = 1)`.execute(db);
}
