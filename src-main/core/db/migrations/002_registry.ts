import { sql, type Kysely } from 'kysely';

/**
 * Frozen. The registry: organizations with a dated status history, yearly figures, OCOP products (owned by
 * an organization or an external owner), certifications. Deleting is soft (deleted_at) so the recycle bin
 * can restore; money is integer đồng; dates are ISO text; blank is NULL, never 0.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('organizations')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('type', 'text', (c) => c.notNull().check(sql`type in ('HTX','LHHTX','QTDND','THT')`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_key', 'text', (c) => c.notNull())
    .addColumn('short_name', 'text')
    .addColumn('reg_code', 'text')
    .addColumn('founded_on', 'text')
    .addColumn('registered_by', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('status_since', 'text')
    .addColumn('status_until', 'text')
    .addColumn('street', 'text')
    .addColumn('commune_code', 'text')
    .addColumn('legacy_address', 'text')
    .addColumn('sectors', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('model', 'text')
    .addColumn('charter_capital', 'integer')
    .addColumn('head_name', 'text')
    .addColumn('phone', 'text')
    .addColumn('email', 'text')
    .addColumn('notes', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
  // A registration code is unique among the organizations that are not in the recycle bin.
  await sql`create unique index organizations_reg_code on organizations(reg_code) where reg_code is not null and deleted_at is null`.execute(
    db,
  );
  await db.schema.createIndex('organizations_name_key').on('organizations').column('name_key').execute();
  await db.schema.createIndex('organizations_commune').on('organizations').column('commune_code').execute();

  await db.schema
    .createTable('status_history')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('from_date', 'text', (c) => c.notNull())
    .addColumn('to_date', 'text')
    .addColumn('note', 'text')
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('status_history_org').on('status_history').columns(['organization_id', 'from_date']).execute();

  await db.schema
    .createTable('yearly_figures')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('period', 'text', (c) =>
      c
        .notNull()
        .defaultTo('Y')
        .check(sql`period in ('Y','H1','H2')`),
    )
    .addColumn('members', 'integer')
    .addColumn('workers', 'integer')
    .addColumn('regular_workers', 'integer')
    .addColumn('revenue', 'integer')
    .addColumn('profit', 'integer')
    .addColumn('avg_income', 'integer')
    .addColumn('charter_capital_end', 'integer')
    .addColumn('budget_paid', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
  await sql`create unique index yearly_figures_key on yearly_figures(organization_id, year, period) where deleted_at is null`.execute(db);
  await db.schema.createIndex('yearly_figures_year').on('yearly_figures').columns(['year', 'period']).execute();

  await db.schema
    .createTable('external_owners')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('kind', 'text', (c) => c.notNull().defaultTo('khac'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_key', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('ocop_products')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('organization_id', 'integer', (c) => c.references('organizations.id'))
    .addColumn('external_owner_id', 'integer', (c) => c.references('external_owners.id'))
    .addColumn('stars', 'integer', (c) => c.notNull().check(sql`stars between 3 and 5`))
    .addColumn('decision_no', 'text')
    .addColumn('decision_date', 'text')
    .addColumn('recognition_year', 'integer')
    .addColumn('product_group', 'text')
    .addColumn('commune_code', 'text')
    .addColumn('notes', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .addCheckConstraint('ocop_one_owner', sql`(organization_id is null) <> (external_owner_id is null)`)
    .execute();
  await db.schema.createIndex('ocop_products_org').on('ocop_products').column('organization_id').execute();

  await db.schema
    .createTable('certifications')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('product', 'text')
    .addColumn('number', 'text')
    .addColumn('issuer', 'text')
    .addColumn('issued_on', 'text')
    .addColumn('expires_on', 'text')
    .addColumn('notes', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema.createIndex('certifications_org').on('certifications').column('organization_id').execute();
}
