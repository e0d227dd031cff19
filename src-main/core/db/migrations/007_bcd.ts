import type { Kysely } from 'kysely';

/**
 * Frozen. The provincial Steering Committee (Ban Chỉ đạo phát triển KTTT, BCĐ): its member agencies and members,
 * meetings, yearly plans with tasks (lead agency, partners, dated progress), targets per indicator and year, the
 * narrative parts of the conference report, and the support given (records, activities with participants,
 * linkage contracts). Everything a clerk enters is deleted softly.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await committeeTables(db);
  await planTables(db);
  await supportTables(db);
}

/** Member agencies, members and meetings. */
async function committeeTables(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('bcd_agencies')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('short_name', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();

  await db.schema
    .createTable('bcd_members')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('agency_id', 'integer', (c) => c.notNull().references('bcd_agencies.id'))
    .addColumn('person', 'text', (c) => c.notNull())
    .addColumn('position', 'text')
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('decision', 'text')
    .addColumn('from_date', 'text')
    .addColumn('to_date', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();

  await db.schema
    .createTable('bcd_meetings')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('held_on', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('attendees', 'text')
    .addColumn('conclusions', 'text')
    .addColumn('notice_number', 'text')
    .addColumn('notice_date', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema.createIndex('bcd_meetings_date').on('bcd_meetings').column('held_on').execute();
}

/** Plans, tasks with partners and progress, targets and the narrative parts of the report. */
async function planTables(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('bcd_plans')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('number', 'text')
    .addColumn('issued_on', 'text', (c) => c.notNull())
    .addColumn('signer', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema.createIndex('bcd_plans_year').on('bcd_plans').column('year').execute();

  await db.schema
    .createTable('bcd_tasks')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('bcd_plans.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('lead_agency_id', 'integer', (c) => c.notNull().references('bcd_agencies.id'))
    .addColumn('deadline', 'text')
    .addColumn('expected_output', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('completed_on', 'text')
    .addColumn('result', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema.createIndex('bcd_tasks_plan').on('bcd_tasks').column('plan_id').execute();
  await db.schema.createIndex('bcd_tasks_deadline').on('bcd_tasks').column('deadline').execute();

  await db.schema
    .createTable('bcd_task_partners')
    .addColumn('task_id', 'integer', (c) => c.notNull().references('bcd_tasks.id'))
    .addColumn('agency_id', 'integer', (c) => c.notNull().references('bcd_agencies.id'))
    .addPrimaryKeyConstraint('bcd_task_partners_pk', ['task_id', 'agency_id'])
    .execute();

  await db.schema
    .createTable('bcd_task_progress')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('task_id', 'integer', (c) => c.notNull().references('bcd_tasks.id'))
    .addColumn('reported_on', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('percent', 'integer')
    .addColumn('document_ref', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema.createIndex('bcd_task_progress_task').on('bcd_task_progress').column('task_id').execute();

  await db.schema
    .createTable('bcd_targets')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('indicator', 'text', (c) => c.notNull())
    .addColumn('value', 'real', (c) => c.notNull())
    .addColumn('document', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('bcd_targets_year_indicator', ['year', 'indicator'])
    .execute();

  await db.schema
    .createTable('bcd_narratives')
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('part', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('bcd_narratives_pk', ['year', 'part'])
    .execute();
}

/** Support records, activities with their organizations, linkage contracts. */
async function supportTables(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('support_records')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id'))
    .addColumn('policy', 'text', (c) => c.notNull())
    .addColumn('decision', 'text')
    .addColumn('granted_on', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('amount', 'integer')
    .addColumn('source', 'text')
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema.createIndex('support_records_date').on('support_records').column('granted_on').execute();

  await db.schema
    .createTable('support_activities')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('held_from', 'text', (c) => c.notNull())
    .addColumn('held_to', 'text')
    .addColumn('place', 'text')
    .addColumn('agency_id', 'integer', (c) => c.references('bcd_agencies.id'))
    .addColumn('participants', 'integer')
    .addColumn('cost', 'integer')
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema.createIndex('support_activities_date').on('support_activities').column('held_from').execute();

  await db.schema
    .createTable('support_activity_organizations')
    .addColumn('activity_id', 'integer', (c) => c.notNull().references('support_activities.id'))
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id'))
    .addColumn('trainees', 'integer')
    .addPrimaryKeyConstraint('support_activity_organizations_pk', ['activity_id', 'organization_id'])
    .execute();

  await db.schema
    .createTable('linkage_contracts')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id'))
    .addColumn('partner', 'text', (c) => c.notNull())
    .addColumn('product', 'text')
    .addColumn('value', 'integer')
    .addColumn('signed_on', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text')
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema.createIndex('linkage_contracts_date').on('linkage_contracts').column('signed_on').execute();
}
