import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { BackupInfo, RestoreReport, Settings } from '../../src-main/contract/index.ts';
import { AUTO_BACKUPS_KEPT, listFolderBackups } from '../../src-main/core/db/backup.ts';
import { defaultDataDir } from '../../src-main/core/db/location.ts';
import { toAppError } from '../../src-main/core/db/failures.ts';
import { fileHash, openTestApp, tempDir } from '../helpers/temp.ts';
import { value } from '../helpers/registry.ts';

describe('backups', () => {
  it('copy a consistent snapshot while another connection holds an open write transaction', async () => {
    const app = await openTestApp();
    await value(app.call('settings.set', { officeName: 'Đã lưu trước' }));
    const writer = new BetterSqlite3(app.ctx.dbPath);
    writer.exec('BEGIN IMMEDIATE');
    writer.prepare("insert into settings(key, value, updated_at) values ('placeName', '\"Chưa lưu\"', 'x')").run();
    const dest = path.join(tempDir(), 'ban sao.sqlite');
    const info = await value<BackupInfo>(app.call('db.backup', { path: dest }));
    writer.exec('ROLLBACK');
    writer.close();

    expect(info.path).toBe(dest);
    const copy = new BetterSqlite3(dest, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    const rows = copy.prepare('select key, value from settings order by key').all();
    copy.close();
    expect(rows).toEqual([{ key: 'officeName', value: '"Đã lưu trước"' }]);
  });

  it('take one automatic backup on the first start of each day and keep the newest thirty', async () => {
    const dbPath = path.join(tempDir(), 'kttt.sqlite');
    const day = (d: number) => new Date(2026, 0, d, 8, 0, 0);
    for (let d = 1; d <= AUTO_BACKUPS_KEPT + 5; d++) {
      const app = await openTestApp({ dbPath, dailyBackup: true, now: () => day(d) });
      await app.close();
    }
    const again = await openTestApp({ dbPath, dailyBackup: true, now: () => day(AUTO_BACKUPS_KEPT + 5) });
    await again.close();
    const autos = listFolderBackups(dbPath).filter((b) => b.kind === 'auto');
    expect(autos).toHaveLength(AUTO_BACKUPS_KEPT);
    expect(autos[0]?.fileName).toContain('20260204'); // day 35 = 4 February
    expect(autos.at(-1)?.fileName).toContain('20260106'); // days 1–5 pruned
  });

  it('refuse to back up into a place that cannot be written, leaving no partial file and the database untouched', async () => {
    const app = await openTestApp();
    const dir = tempDir();
    const blocker = path.join(dir, 'tep-thuong');
    fs.writeFileSync(blocker, 'x');
    const before = await value<Settings>(app.call('settings.get', {}));
    const r = await app.call('db.backup', { path: path.join(blocker, 'kttt.sqlite') });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/sao lưu/);
    expect(fs.readdirSync(dir)).toEqual(['tep-thuong']);
    expect(await value<Settings>(app.call('settings.get', {}))).toEqual(before);
  });

  it('explain a full disk in Vietnamese', () => {
    const e = toAppError(Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' }), 'sao lưu');
    expect(e.code).toBe('DISK_FULL');
    expect(e.message).toContain('Ổ đĩa đã đầy');
    expect(toAppError(Object.assign(new Error('x'), { code: 'ENOSPC' }), 'sao lưu').code).toBe('DISK_FULL');
  });

  it('lives in %APPDATA%\\KTTT on Windows', () => {
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\thu\\AppData\\Roaming' }, 'win32')).toBe('C:\\Users\\thu\\AppData\\Roaming\\KTTT');
  });
});

describe('restore', () => {
  it('brings back the backed-up data and keeps a copy of what was there before', async () => {
    const app = await openTestApp();
    await value(app.call('settings.set', { officeName: 'Bản cũ' }));
    const backup = await value<BackupInfo>(app.call('db.backup', {}));
    await value(app.call('settings.set', { officeName: 'Bản mới' }));

    const report = await value<RestoreReport>(app.call('db.restore', { path: backup.path }));
    expect((await value<Settings>(app.call('settings.get', {}))).officeName).toBe('Bản cũ');
    const safety = new BetterSqlite3(report.safetyBackup.path, { readonly: true });
    expect(safety.prepare("select value from settings where key = 'officeName'").get()).toEqual({ value: '"Bản mới"' });
    safety.close();
    expect(report.safetyBackup.kind).toBe('pre-restore');
  });

  it('refuses a file that is not a KTTT database and changes nothing', async () => {
    const app = await openTestApp();
    await value(app.call('settings.set', { officeName: 'Giữ nguyên' }));
    const dir = tempDir();
    const notDb = path.join(dir, 'khong-phai.sqlite');
    fs.writeFileSync(notDb, 'xin chào');
    const otherDb = path.join(dir, 'sqlite-khac.sqlite');
    const other = new BetterSqlite3(otherDb);
    other.exec('create table t(x)');
    other.close();
    const backupsBefore = listFolderBackups(app.ctx.dbPath).length;

    for (const file of [notDb, otherDb, path.join(dir, 'khong-co.sqlite')]) {
      const r = await app.call('db.restore', { path: file });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(['BACKUP_INVALID', 'NOT_FOUND']).toContain(r.error.code);
    }
    expect((await value<Settings>(app.call('settings.get', {}))).officeName).toBe('Giữ nguyên');
    expect(listFolderBackups(app.ctx.dbPath).length).toBe(backupsBefore);
  });

  it('refuses a damaged backup after its integrity check', async () => {
    const app = await openTestApp();
    for (let i = 0; i < 300; i++)
      await app.ctx.db
        .insertInto('audit_log')
        .values({
          at: 'x',
          who: 'y',
          action: 'insert',
          entity: 'e',
          entity_id: String(i),
          field: null,
          old_value: 'a'.repeat(200),
          new_value: null,
        })
        .execute();
    const backup = await value<BackupInfo>(app.call('db.backup', {}));
    const bytes = fs.readFileSync(backup.path);
    // Scribble over pages in the middle of the file, leaving the header intact.
    bytes.fill(0x5a, 8192, 8192 + 4096 * 4);
    fs.writeFileSync(backup.path, bytes);
    const before = fileHash(app.ctx.dbPath);
    const r = await app.call('db.restore', { path: backup.path });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('BACKUP_INVALID');
    expect(fileHash(app.ctx.dbPath)).toBe(before);
  });
});
