import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src-main/contract/index.ts';
import { KTTT_APPLICATION_ID } from '../../src-main/core/db/identity.ts';
import { fileHash, openTestApp, tempDir } from '../helpers/temp.ts';

/** A SQLite file another program made: rollback journal, its own tables, whatever header values it chose. */
function foreignFile(setup: string, pragmas: Record<string, number> = {}): string {
  const file = path.join(tempDir(), 'so-sach-khac.sqlite');
  const raw = new BetterSqlite3(file);
  raw.exec(setup);
  for (const [name, v] of Object.entries(pragmas)) raw.pragma(`${name} = ${v}`);
  raw.close();
  return file;
}

const openFails = (dbPath: string) =>
  openTestApp({ dbPath }).then(
    () => null,
    (e: unknown) => e,
  );

describe('a SQLite file that is not KTTT’s', () => {
  const cases: [string, string, Record<string, number>][] = [
    ['tables of its own, user_version 0', 'create table invoices(id integer primary key, total real)', {}],
    ['user_version set by its program', 'create table customers(id integer primary key)', { user_version: 3 }],
    ['a settings table but another application_id', 'create table settings(key text primary key)', { application_id: 42, user_version: 1 }],
    ['no table at all but another application_id', '', { application_id: 7 }],
  ];
  for (const [label, setup, pragmas] of cases) {
    it(`is refused before anything is written (${label}), naming the file`, async () => {
      const file = foreignFile(setup, pragmas);
      const before = fileHash(file);
      const err = await openFails(file);
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).code).toBe('DB_NOT_DATABASE');
      expect((err as AppError).message).toContain(file);
      expect((err as AppError).message).toMatch(/chương trình khác/);
      expect(fileHash(file)).toBe(before);
      expect(fs.existsSync(`${file}-wal`)).toBe(false);
      const raw = new BetterSqlite3(file, { readonly: true });
      expect(raw.pragma('journal_mode', { simple: true })).toBe('delete');
      raw.close();
    });
  }

  it('a new or empty file becomes a KTTT database stamped with its application_id', async () => {
    const app = await openTestApp();
    expect(app.ctx.conn.sqlite.pragma('application_id', { simple: true })).toBe(KTTT_APPLICATION_ID);
  });
});
