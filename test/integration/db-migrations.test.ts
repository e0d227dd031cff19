import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { KTTT_APPLICATION_ID } from '../../src-main/core/db/identity.ts';
import { AppError } from '../../src-main/contract/index.ts';
import { openApp } from '../../src-main/core/app.ts';
import { migrate, schemaVersionOf } from '../../src-main/core/db/migrate.ts';
import { LATEST_SCHEMA_VERSION, migrations, type Migration } from '../../src-main/core/db/migrations/index.ts';
import { closeConnection, openConnection } from '../../src-main/core/db/open.ts';
import { fileHash, openTestApp, RESOURCES_DIR, tempDir } from '../helpers/temp.ts';

function tableColumns(file: string): Record<string, string[]> {
  const db = new BetterSqlite3(file, { readonly: true });
  const tables = db.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").all() as {
    name: string;
  }[];
  const result: Record<string, string[]> = {};
  for (const { name } of tables)
    result[name] = (db.prepare(`select name from pragma_table_info(?)`).all(name) as { name: string }[]).map((c) => c.name);
  db.close();
  return result;
}

/** A row for each table of every released schema version, inserted where the table exists. */
const SEED: [table: string, insert: string][] = [
  ['settings', `insert into settings (key, value, updated_at) values ('officeName', '"LM HTX"', '2024-01-01')`],
  [
    'audit_log',
    `insert into audit_log (at, who, action, entity, entity_id, field, old_value, new_value) values ('2024-01-01', 'a', 'update', 'settings', 'officeName', 'officeName', '""', '"LM HTX"')`,
  ],
  [
    'backups',
    `insert into backups (path, created_at, kind, size_bytes, schema_version) values ('/x.sqlite', '2024-01-01', 'manual', 10, 1)`,
  ],
  [
    'organizations',
    `insert into organizations (id, type, name, name_key, reg_code, founded_on, status, status_since, sectors, created_at, updated_at) values (1, 'HTX', 'HTX A', 'hợp tác xã a', '0101', '2019-03-15', 'dang_hoat_dong', '2019-03-15', '["nong_nghiep"]', 'x', 'x')`,
  ],
  [
    'status_history',
    `insert into status_history (organization_id, status, from_date, recorded_at) values (1, 'dang_hoat_dong', '2019-03-15', 'x')`,
  ],
  [
    'yearly_figures',
    `insert into yearly_figures (organization_id, year, period, members, revenue, created_at, updated_at) values (1, 2024, 'Y', 12, 1580000000, 'x', 'x')`,
  ],
  [
    'external_owners',
    `insert into external_owners (id, kind, name, name_key, created_at) values (1, 'doanh_nghiep', 'Công ty B', 'công ty b', 'x')`,
  ],
  [
    'ocop_products',
    `insert into ocop_products (name, external_owner_id, stars, recognition_year, created_at, updated_at) values ('Mật ong', 1, 3, 2023, 'x', 'x')`,
  ],
  [
    'certifications',
    `insert into certifications (organization_id, kind, issued_on, created_at, updated_at) values (1, 'vietgap', '2024-01-01', 'x', 'x')`,
  ],
  [
    'import_batches',
    `insert into import_batches (id, file_name, file_hash, file_size, sheets, counts, status, who, committed_at) values (1, 'a.xls', 'h', 1, '[]', '{}', 'committed', 'a', 'x')`,
  ],
  [
    'import_changes',
    `insert into import_changes (batch_id, entity, entity_id, action, after) values (1, 'organizations', 1, 'insert', '{}')`,
  ],
  ['import_mappings', `insert into import_mappings (signature, entity, mapping, updated_at) values ('s', 'organizations', '{}', 'x')`],
];

describe('migrations', () => {
  it('bring an empty file to the latest schema with the expected tables and pragmas', async () => {
    const app = await openTestApp();
    expect(schemaVersionOf(app.ctx.conn)).toBe(LATEST_SCHEMA_VERSION);
    const cols = tableColumns(app.ctx.dbPath);
    expect(cols.settings).toEqual(['key', 'value', 'updated_at']);
    expect(cols.audit_log).toEqual(['id', 'at', 'who', 'action', 'entity', 'entity_id', 'field', 'old_value', 'new_value']);
    expect(cols.backups).toEqual(['id', 'path', 'created_at', 'kind', 'size_bytes', 'schema_version']);
    const s = app.ctx.conn.sqlite;
    expect(s.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(s.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(s.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(Number(s.pragma('busy_timeout', { simple: true }))).toBeGreaterThanOrEqual(5000);
  });

  it('upgrade every older version without losing its rows, after a backup copy of that version', async () => {
    for (let from = 1; from < LATEST_SCHEMA_VERSION; from++) {
      const dbPath = path.join(tempDir(), 'old.sqlite');
      const conn = openConnection(dbPath);
      await migrate(conn, { target: from });
      // One row in every table this version has (the same rows whatever the version: frozen migrations).
      const present = new Set(
        (conn.sqlite.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[]).map((t) => t.name),
      );
      const seeded = SEED.filter(([table]) => present.has(table));
      for (const [, insert] of seeded) conn.sqlite.prepare(insert).run();
      const before = seeded.map(([table]) => [table, conn.sqlite.prepare(`select * from "${table}" order by rowid`).all()]);
      await closeConnection(conn);

      const app = await openTestApp({ dbPath });
      expect(schemaVersionOf(app.ctx.conn)).toBe(LATEST_SCHEMA_VERSION);
      // The upgrade itself records its backup in `backups`: the old rows must still be there, first and unchanged.
      // Columns a later migration added are left out of the comparison: the old ones must hold what they held.
      const after = before.map(([table, rows]) => {
        const old = (rows as Record<string, unknown>[])[0] ?? {};
        const now = app.ctx.conn.sqlite.prepare(`select * from "${String(table)}" order by rowid limit 1`).all() as Record<
          string,
          unknown
        >[];
        return [table, now.map((r) => Object.fromEntries(Object.keys(old).map((k) => [k, r[k]])))];
      });
      expect(after).toEqual(before);
      const backups = path.join(path.dirname(dbPath), 'backups');
      const copy = fs.readdirSync(backups).find((f) => f.includes('pre-migration'));
      expect(copy).toBeDefined();
      const raw = new BetterSqlite3(path.join(backups, copy ?? ''), { readonly: true });
      expect(raw.pragma('user_version', { simple: true })).toBe(from);
      raw.close();
    }
  });

  it('run in one transaction: a failing migration leaves the file at its old version with nothing half-made', async () => {
    const dbPath = path.join(tempDir(), 'kttt.sqlite');
    const conn = openConnection(dbPath);
    const failing: Migration = {
      version: 2,
      name: 'broken',
      up: async (db) => {
        await db.schema.createTable('half_made').addColumn('id', 'integer').execute();
        throw new Error('boom');
      },
    };
    await expect(migrate(conn, {}, [...migrations.slice(0, 1), failing])).rejects.toThrow('boom');
    expect(schemaVersionOf(conn)).toBe(0);
    const tables = conn.sqlite.prepare("select name from sqlite_master where type = 'table'").all();
    expect(tables).toEqual([]);
    await closeConnection(conn);
  });

  it('refuse a database written by a newer version, naming both versions, and leave it untouched', async () => {
    const dbPath = path.join(tempDir(), 'newer.sqlite');
    const raw = new BetterSqlite3(dbPath);
    raw.exec('create table settings(key text primary key, value text, updated_at text)');
    raw.pragma(`application_id = ${KTTT_APPLICATION_ID}`);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    raw.close();
    const before = fileHash(dbPath);
    const err = await openApp({ dbPath, resourcesDir: RESOURCES_DIR, appVersion: 't' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('DB_NEWER_SCHEMA');
    expect((err as AppError).message).toContain(String(LATEST_SCHEMA_VERSION + 5));
    expect((err as AppError).message).toContain(`phiên bản ${LATEST_SCHEMA_VERSION}`);
    expect(fileHash(dbPath)).toBe(before);
  });
});
