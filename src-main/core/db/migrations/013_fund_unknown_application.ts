import { sql, type Kysely } from 'kysely';

/**
 * Frozen. A contract read from the fund's old Excel ledger carries no application: its date, purpose, total
 * investment, own capital and the amount and term asked are not known. They were stored as stand-ins (0, the
 * contract's date, amount and term, an empty purpose) because the columns were NOT NULL; a blank is null, never
 * 0, so the application's columns become optional.
 *
 * SQLite cannot drop a NOT NULL, so fund_loans is rebuilt. Five tables refer to it and foreign keys are on inside
 * the migration's transaction (PRAGMA foreign_keys cannot change there): with the checks deferred, dropping the
 * table counts each entry that refers to a loan as a violation, and writing the loans back under the same ids
 * clears them again — a loan missing after the copy would leave one, and the commit would fail. The copy sits
 * in a temporary table; the AUTOINCREMENT counter is put back so that no id is ever given twice.
 *
 * Which stored rows were stand-ins: a typed application's total investment is always above 0 (the form refuses
 * 0), so a total of 0 can only be the ledger's stand-in. On those rows alone the application's facts become
 * null — the date, amount and term asked only where they still equal the contract's, which the ledger copied
 * into them. An empty purpose is a blank (a typed one is required). Running it again changes nothing.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (!(await isNotNull(db, 'fund_loans', 'total_investment'))) return;
  const seq = await sql<{ seq: number }>`select seq from sqlite_sequence where name = 'fund_loans'`.execute(db);
  await sql`create temp table fund_loans_copy as select * from fund_loans`.execute(db);
  await sql`pragma defer_foreign_keys = on`.execute(db);
  await sql`drop table fund_loans`.execute(db);
  await db.schema
    .createTable('fund_loans')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id'))
    .addColumn('member_id', 'integer', (c) => c.references('fund_members.id'))
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('applied_on', 'text')
    .addColumn('purpose', 'text')
    .addColumn('plan_summary', 'text')
    .addColumn('total_investment', 'integer')
    .addColumn('own_capital', 'integer')
    .addColumn('amount_requested', 'integer')
    .addColumn('term_requested', 'integer')
    .addColumn('appraised_by', 'text')
    .addColumn('appraised_on', 'text')
    .addColumn('appraisal_opinion', 'text')
    .addColumn('plan_feasible', 'integer')
    .addColumn('decision_no', 'text')
    .addColumn('decision_on', 'text')
    .addColumn('approved_amount', 'integer')
    .addColumn('contract_no', 'text')
    .addColumn('contract_on', 'text')
    .addColumn('amount', 'integer')
    .addColumn('rate_ppm', 'integer')
    .addColumn('overdue_rate_ppm', 'integer')
    .addColumn('term_months', 'integer')
    .addColumn('period_months', 'integer')
    .addColumn('grace_months', 'integer')
    .addColumn('method', 'text')
    .addColumn('security', 'text')
    .addColumn('settled_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await sql`insert into fund_loans (${sql.raw(COLUMNS)}) select ${sql.raw(COLUMNS)} from temp.fund_loans_copy`.execute(db);
  await sql`drop table temp.fund_loans_copy`.execute(db);
  const last = seq.rows[0]?.seq;
  if (last !== undefined) {
    await sql`delete from sqlite_sequence where name = 'fund_loans'`.execute(db);
    await sql`insert into sqlite_sequence (name, seq) values ('fund_loans', max(${last}, coalesce((select max(id) from fund_loans), 0)))`.execute(
      db,
    );
  }
  await db.schema.createIndex('fund_loans_org').ifNotExists().on('fund_loans').column('organization_id').execute();

  await sql`
    update fund_loans set
      total_investment = null,
      own_capital = null,
      applied_on = case when applied_on = contract_on then null else applied_on end,
      amount_requested = case when amount_requested = amount then null else amount_requested end,
      term_requested = case when term_requested = term_months then null else term_requested end
    where total_investment = 0`.execute(db);
  await sql`update fund_loans set purpose = null where trim(purpose) = ''`.execute(db);
}

const COLUMNS = [
  'id',
  'code',
  'organization_id',
  'member_id',
  'stage',
  'applied_on',
  'purpose',
  'plan_summary',
  'total_investment',
  'own_capital',
  'amount_requested',
  'term_requested',
  'appraised_by',
  'appraised_on',
  'appraisal_opinion',
  'plan_feasible',
  'decision_no',
  'decision_on',
  'approved_amount',
  'contract_no',
  'contract_on',
  'amount',
  'rate_ppm',
  'overdue_rate_ppm',
  'term_months',
  'period_months',
  'grace_months',
  'method',
  'security',
  'settled_on',
  'created_at',
  'updated_at',
].join(', ');

async function isNotNull(db: Kysely<unknown>, table: string, column: string): Promise<boolean> {
  const r = await sql<{ name: string; notnull: number }>`select name, "notnull" from pragma_table_info(${table})`.execute(db);
  return r.rows.some((c) => c.name === column && c.notnull === 1);
}
