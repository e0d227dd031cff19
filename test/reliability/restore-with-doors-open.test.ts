import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src-main/cli/main.ts';
import { LATEST_SCHEMA_VERSION } from '../../src-main/core/db/migrations/index.ts';
import type { CliOutput } from '../../src-main/cli/output.ts';
import { openTestApp, tempDir } from '../helpers/temp.ts';
import { openDoorElsewhere } from './helpers.ts';

function capture(): CliOutput & { text: () => string } {
  const lines: string[] = [];
  return { out: (l) => lines.push(l), err: (l) => lines.push(l), text: () => lines.join('\n') };
}

const names = (db: string) => {
  const raw = new BetterSqlite3(db, { readonly: true });
  const rows = raw.prepare('select name from organizations order by id').all() as { name: string }[];
  raw.close();
  return rows.map((r) => r.name);
};

/** A database with one organization and a backup of it; a second organization added after the backup. */
async function databaseWithBackup(): Promise<{ db: string; backup: string }> {
  const db = path.join(tempDir(), 'kttt.sqlite');
  const backup = path.join(tempDir(), 'ban-sao.sqlite');
  const io = capture();
  const app = await openTestApp({ dbPath: db });
  await app.call('registry.apply', {
    entity: 'organizations',
    ops: [{ kind: 'create', tempId: 't', values: { type: 'HTX', name: 'HTX trong bản sao' } }],
  });
  expect(await runCli(['--db', db, 'db', 'backup', backup], io, {}), io.text()).toBe(0);
  await app.call('registry.apply', {
    entity: 'organizations',
    ops: [{ kind: 'create', tempId: 't', values: { type: 'HTX', name: 'HTX sau bản sao' } }],
  });
  await app.close();
  return { db, backup };
}

describe('restore while another door has the file open', () => {
  it('is refused by the CLI naming the app, and every edit the app confirms afterwards is kept', async () => {
    const { db, backup } = await databaseWithBackup();
    const door = await openDoorElsewhere(db, 'app');
    const io = capture();
    expect(await runCli(['--db', db, 'db', 'restore', backup], io, {})).toBe(2);
    expect(io.text()).toContain('đang được mở bởi ứng dụng KTTT');
    expect(io.text()).toContain(`tiến trình ${door.pid}`);
    expect(await door.add('HTX sửa sau lệnh khôi phục')).toBe('added');
    await door.quit();
    expect(names(db)).toEqual(['HTX trong bản sao', 'HTX sau bản sao', 'HTX sửa sau lệnh khôi phục']);

    // Once the app is closed the same command restores, and the door's note is gone with it.
    const again = capture();
    expect(await runCli(['--db', db, 'db', 'restore', backup], again, {}), again.text()).toBe(0);
    expect(names(db)).toEqual(['HTX trong bản sao']);
    expect(fs.existsSync(`${db}.doors`)).toBe(false);
  }, 60_000);

  it('is refused even when the other program left no note (a SQLite viewer), and nothing changes', async () => {
    const { db, backup } = await databaseWithBackup();
    const viewer = new BetterSqlite3(db);
    viewer.prepare('select count(*) from organizations').get();
    const app = await openTestApp({ dbPath: db });
    const r = await app.call('db.restore', { path: backup });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('DB_IN_USE');
      expect(r.error.message).toContain('một chương trình khác');
    }
    // The app goes on working on the same file, and the viewer's edit lands in it too.
    viewer.prepare("insert into settings(key, value, updated_at) values ('placeName', '\"Xã A\"', 'x')").run();
    viewer.close();
    const after = await app.call('registry.apply', {
      entity: 'organizations',
      ops: [{ kind: 'create', tempId: 't', values: { type: 'HTX', name: 'HTX sau lần bị từ chối' } }],
    });
    expect(after.ok).toBe(true);
    expect(names(db)).toEqual(['HTX trong bản sao', 'HTX sau bản sao', 'HTX sau lần bị từ chối']);
  });

  it('an upgrade waits for the older door to close: opening a file that needs migrating is refused while another has it open', async () => {
    const db = path.join(tempDir(), 'kttt.sqlite');
    await (await openTestApp({ dbPath: db })).close();
    const raw = new BetterSqlite3(db);
    // One version back: the last migration (stamping application_id) runs again, and can.
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION - 1}`);
    const err = await openTestApp({ dbPath: db }).then(
      () => null,
      (e: unknown) => e as { code: string; message: string },
    );
    raw.close();
    expect(err?.code).toBe('DB_IN_USE');
    expect(err?.message).toMatch(/nâng cấp/);
    const app = await openTestApp({ dbPath: db });
    expect(app.ctx.conn.sqlite.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
  });
});

describe('backups beside the database', () => {
  it('never target the database or its -wal, -shm or -journal file', async () => {
    const app = await openTestApp();
    const db = app.ctx.dbPath;
    for (const target of [db, `${db}-wal`, `${db}-shm`, `${db}-journal`]) {
      const r = await app.call('db.backup', { path: target, overwrite: true });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message).toMatch(/tệp cơ sở dữ liệu đang dùng/);
    }
    expect(app.ctx.conn.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('never replace an existing file without --overwrite, and are one self-contained file with no -wal/-shm', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'kttt.sqlite');
    const dest = path.join(dir, 'ban-sao.sqlite');
    fs.writeFileSync(dest, 'tài liệu của người dùng');
    const io = capture();
    expect(await runCli(['--db', db, 'db', 'backup', dest], io, {})).toBe(2);
    expect(io.text()).toContain('đã có sẵn');
    expect(fs.readFileSync(dest, 'utf8')).toBe('tài liệu của người dùng');
    const again = capture();
    expect(await runCli(['--db', db, 'db', 'backup', dest, '--overwrite'], again, {}), again.text()).toBe(0);
    const beside = fs.readdirSync(dir).filter((f) => f.startsWith('ban-sao'));
    expect(beside).toEqual(['ban-sao.sqlite']);
    const copy = new BetterSqlite3(dest, { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    copy.close();
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('ban-sao'))).toEqual(['ban-sao.sqlite']);
  });

  it('name the cause: a backup of another program is refused as not KTTT’s, naming the user’s file', async () => {
    const app = await openTestApp();
    const foreign = path.join(tempDir(), 'ke-toan.sqlite');
    const raw = new BetterSqlite3(foreign);
    raw.exec('create table invoices(id integer primary key)');
    raw.close();
    const r = await app.call('db.restore', { path: foreign });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('BACKUP_INVALID');
      expect(r.error.message).toContain(foreign);
      expect(r.error.message).toMatch(/chương trình khác/);
    }
  });
});
