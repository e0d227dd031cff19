import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src-main/contract/index.ts';
import { openApp } from '../../src-main/core/app.ts';
import { migrate, schemaVersionOf } from '../../src-main/core/db/migrate.ts';
import { LATEST_SCHEMA_VERSION, migrations, type Migration } from '../../src-main/core/db/migrations/index.ts';
import { closeConnection, openConnection } from '../../src-main/core/db/open.ts';
import { fileHash, openTestApp, RESOURCES_DIR, tempDir } from '../helpers/temp.ts';

function tableColumns(file: string): Record<string, string[]> {
  const db = new BetterSqlite3(file, { readonly: true });
  const tables = db.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").all() as { name: string }[];
  const result: Record<string, string[]> = {};
  for (const { name } of tables) result[name] = (db.prepare(`select name from pragma_table_info(?)`).all(name) as { name: string }[]).map((c) => c.name);
  db.close();
  return result;
}

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

  it('upgrade every older version without losing its rows, after a backup copy', async () => {
    for (let from = 1; from < LATEST_SCHEMA_VERSION; from++) {
      const dbPath = path.join(tempDir(), 'old.sqlite');
      const conn = openConnection(dbPath);
      await migrate(conn, { target: from });
      conn.sqlite.prepare("insert into settings(key, value, updated_at) values ('officeName', '\"LM HTX\"', '2024-01-01')").run();
      await closeConnection(conn);
      const app = await openTestApp({ dbPath });
      expect(schemaVersionOf(app.ctx.conn)).toBe(LATEST_SCHEMA_VERSION);
      expect(await app.call('settings.get', {})).toMatchObject({ ok: true, value: { officeName: 'LM HTX' } });
      expect(fs.readdirSync(path.join(path.dirname(dbPath), 'backups')).some((f) => f.includes('pre-migration'))).toBe(true);
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
