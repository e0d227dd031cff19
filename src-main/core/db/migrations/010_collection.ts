import { sql, type Kysely } from 'kysely';

/**
 * Frozen. The register of reports received: one row per organization, year and period that the office has
 * heard from (a template imported, a paper form, an email, the national system). An organization without a
 * row has not reported. `import_batch_id` ties a row set by a template import to that import. Written so
 * that running it again on a file that has its table (a version number set back by hand) changes nothing.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('report_receipts')
    .ifNotExists()
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('entered_by', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('import_batch_id', 'integer', (c) => c.references('import_batches.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await sql`create unique index if not exists report_receipts_key on report_receipts (organization_id, year, period)`.execute(db);
  await db.schema.createIndex('report_receipts_period').ifNotExists().on('report_receipts').columns(['year', 'period']).execute();
}
