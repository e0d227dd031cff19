import type { Kysely } from 'kysely';

/**
 * Frozen. The provincial support fund's loan book (issue 14): members of an organization who borrow in their
 * own name, loans from application to settlement, and what is posted on them — disbursements, repayments
 * (with their allocation to penalty, interest and principal) and reschedulings — which are never edited or
 * deleted: a mistake is reversed by an entry of its own (reverses_id). The schedule is derived from the
 * contract and those entries and rewritten whenever they change; a rescheduling keeps the schedule before it
 * (effective_from), so a date before the decision still reads the debt as it stood then. The running totals
 * of repayments and the cumulative columns of the schedule let the aging of every loan on any date be read
 * with a few index lookups per loan. Every statement is 'if not exists', so the migration can run again over itself.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('fund_members')
    .ifNotExists()
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id'))
    .addColumn('full_name', 'text', (c) => c.notNull())
    .addColumn('birth_date', 'text')
    .addColumn('id_number', 'text')
    .addColumn('address', 'text')
    .addColumn('phone', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema.createIndex('fund_members_org').ifNotExists().on('fund_members').column('organization_id').execute();

  await db.schema
    .createTable('fund_loans')
    .ifNotExists()
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id'))
    .addColumn('member_id', 'integer', (c) => c.references('fund_members.id'))
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('applied_on', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('plan_summary', 'text')
    .addColumn('total_investment', 'integer', (c) => c.notNull())
    .addColumn('own_capital', 'integer', (c) => c.notNull())
    .addColumn('amount_requested', 'integer', (c) => c.notNull())
    .addColumn('term_requested', 'integer', (c) => c.notNull())
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
  await db.schema.createIndex('fund_loans_org').ifNotExists().on('fund_loans').column('organization_id').execute();

  await db.schema
    .createTable('fund_disbursements')
    .ifNotExists()
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('loan_id', 'integer', (c) => c.notNull().references('fund_loans.id'))
    .addColumn('on_date', 'text', (c) => c.notNull())
    .addColumn('amount', 'integer', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('reverses_id', 'integer', (c) => c.references('fund_disbursements.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('fund_disbursements_loan').ifNotExists().on('fund_disbursements').columns(['loan_id', 'on_date']).execute();

  await db.schema
    .createTable('fund_repayments')
    .ifNotExists()
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('loan_id', 'integer', (c) => c.notNull().references('fund_loans.id'))
    .addColumn('on_date', 'text', (c) => c.notNull())
    .addColumn('amount', 'integer', (c) => c.notNull())
    .addColumn('penalty', 'integer', (c) => c.notNull())
    .addColumn('interest', 'integer', (c) => c.notNull())
    .addColumn('principal', 'integer', (c) => c.notNull())
    .addColumn('prepaid', 'integer', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('reverses_id', 'integer', (c) => c.references('fund_repayments.id'))
    .addColumn('run_principal', 'integer', (c) => c.notNull())
    .addColumn('run_interest', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .execute();
  // Covering: the aging reads the running totals at a date from the index alone.
  await db.schema
    .createIndex('fund_repayments_loan')
    .ifNotExists()
    .on('fund_repayments')
    .columns(['loan_id', 'on_date', 'id', 'run_principal', 'run_interest'])
    .execute();
  // Covering: what was collected in a period is read from the index alone.
  await db.schema
    .createIndex('fund_repayments_date')
    .ifNotExists()
    .on('fund_repayments')
    .columns(['on_date', 'principal', 'interest', 'penalty'])
    .execute();

  await db.schema
    .createTable('fund_reschedules')
    .ifNotExists()
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('loan_id', 'integer', (c) => c.notNull().references('fund_loans.id'))
    .addColumn('on_date', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('decision_no', 'text', (c) => c.notNull())
    .addColumn('decision_on', 'text', (c) => c.notNull())
    .addColumn('term_months', 'integer', (c) => c.notNull())
    .addColumn('paid_principal', 'integer', (c) => c.notNull())
    .addColumn('paid_interest', 'integer', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('fund_reschedules_loan').ifNotExists().on('fund_reschedules').column('loan_id').execute();

  await db.schema
    .createTable('fund_schedule')
    .ifNotExists()
    .addColumn('loan_id', 'integer', (c) => c.notNull().references('fund_loans.id'))
    .addColumn('effective_from', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('principal', 'integer', (c) => c.notNull())
    .addColumn('interest', 'integer', (c) => c.notNull())
    .addColumn('cum_principal', 'integer', (c) => c.notNull())
    .addColumn('cum_interest', 'integer', (c) => c.notNull())
    .addColumn('balance_after', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('fund_schedule_pk', ['loan_id', 'effective_from', 'seq'])
    .execute();
  // Covering indexes of the aging: what fell due before a date, and the oldest instalment not covered by what was paid.
  await db.schema
    .createIndex('fund_schedule_due')
    .ifNotExists()
    .on('fund_schedule')
    .columns(['loan_id', 'effective_from', 'due_on', 'cum_principal', 'cum_interest'])
    .execute();
  await db.schema
    .createIndex('fund_schedule_cum_principal')
    .ifNotExists()
    .on('fund_schedule')
    .columns(['loan_id', 'effective_from', 'cum_principal', 'due_on'])
    .execute();
  await db.schema
    .createIndex('fund_schedule_cum_interest')
    .ifNotExists()
    .on('fund_schedule')
    .columns(['loan_id', 'effective_from', 'cum_interest', 'due_on'])
    .execute();
  await db.schema.createIndex('fund_schedule_due_on').ifNotExists().on('fund_schedule').column('due_on').execute();

  // The dates each loan's schedules took effect from: which one is in force on a date is one lookup here.
  await db.schema
    .createTable('fund_schedule_versions')
    .ifNotExists()
    .addColumn('loan_id', 'integer', (c) => c.notNull().references('fund_loans.id'))
    .addColumn('effective_from', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('fund_schedule_versions_pk', ['loan_id', 'effective_from'])
    .execute();
}
