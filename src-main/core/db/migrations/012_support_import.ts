import { sql, type Kysely } from 'kysely';

/**
 * Frozen. Support records and linkage contracts can come from a spreadsheet, where a row may name an
 * organization the registry does not know, or give a date or kind that cannot be read: such a row is kept
 * with the cell blank and waits in "Cần xem lại" (never dropped, never given an invented date). So the
 * organization, the policy or partner, the date and the kind become optional; `source_texts` keeps the
 * texts the flagged cells held (JSON field → text), as the registry's rows do. SQLite cannot drop a NOT NULL,
 * so the two tables are rebuilt (no table refers to them). Running it again changes nothing.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (await isNotNull(db, 'support_records', 'organization_id')) {
    await sql`
      create table support_records_new (
        id integer primary key autoincrement,
        organization_id integer references organizations (id),
        policy text,
        decision text,
        granted_on text,
        kind text,
        amount integer,
        source text,
        note text,
        created_at text not null,
        updated_at text not null,
        deleted_at text,
        source_texts text
      )`.execute(db);
    await sql`
      insert into support_records_new (id, organization_id, policy, decision, granted_on, kind, amount, source, note, created_at, updated_at, deleted_at)
      select id, organization_id, policy, decision, granted_on, kind, amount, source, note, created_at, updated_at, deleted_at from support_records`.execute(
      db,
    );
    await sql`drop table support_records`.execute(db);
    await sql`alter table support_records_new rename to support_records`.execute(db);
  }
  await sql`create index if not exists support_records_date on support_records (granted_on)`.execute(db);
  await sql`create index if not exists support_records_org on support_records (organization_id)`.execute(db);

  if (await isNotNull(db, 'linkage_contracts', 'organization_id')) {
    await sql`
      create table linkage_contracts_new (
        id integer primary key autoincrement,
        organization_id integer references organizations (id),
        partner text,
        product text,
        value integer,
        signed_on text,
        ends_on text,
        note text,
        created_at text not null,
        updated_at text not null,
        deleted_at text,
        source_texts text
      )`.execute(db);
    await sql`
      insert into linkage_contracts_new (id, organization_id, partner, product, value, signed_on, ends_on, note, created_at, updated_at, deleted_at)
      select id, organization_id, partner, product, value, signed_on, ends_on, note, created_at, updated_at, deleted_at from linkage_contracts`.execute(
      db,
    );
    await sql`drop table linkage_contracts`.execute(db);
    await sql`alter table linkage_contracts_new rename to linkage_contracts`.execute(db);
  }
  await sql`create index if not exists linkage_contracts_date on linkage_contracts (signed_on)`.execute(db);
  await sql`create index if not exists linkage_contracts_org on linkage_contracts (organization_id)`.execute(db);

  // Participants the registry does not know, as the file named them (JSON list), kept on their activity.
  if (!(await hasColumn(db, 'support_activities', 'source_texts'))) {
    await sql`alter table support_activities add column source_texts text`.execute(db);
  }
}

async function columnsOf(db: Kysely<unknown>, table: string) {
  const r = await sql<{ name: string; notnull: number }>`select name, "notnull" from pragma_table_info(${table})`.execute(db);
  return r.rows;
}

async function isNotNull(db: Kysely<unknown>, table: string, column: string): Promise<boolean> {
  return (await columnsOf(db, table)).some((c) => c.name === column && c.notnull === 1);
}

async function hasColumn(db: Kysely<unknown>, table: string, column: string): Promise<boolean> {
  return (await columnsOf(db, table)).some((c) => c.name === column);
}
