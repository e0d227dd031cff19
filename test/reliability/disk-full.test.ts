import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bytesOf, workbookOf, type Aoa } from '../helpers/import-fixtures.ts';
import { openTestApp, tempDir } from '../helpers/temp.ts';
import { value } from '../helpers/registry.ts';

describe('a full disk during an edit', () => {
  it('is named "Ổ đĩa đã đầy", keeps nothing partial, and the app goes on once there is room', async () => {
    const app = await openTestApp();
    const sqlite = app.ctx.conn.sqlite;
    const pages = Number(sqlite.pragma('page_count', { simple: true }));
    // SQLite's own ceiling on the file: past it, every write fails with SQLITE_FULL as on a full disk.
    sqlite.pragma(`max_page_count = ${pages + 2}`);
    const big = 'Hợp tác xã '.repeat(180);
    const ops = Array.from({ length: 60 }, (_, i) => ({
      kind: 'create' as const,
      tempId: `t${i}`,
      values: { type: 'HTX', name: `${big}${i}`.slice(0, 300), notes: big },
    }));
    const count = () => (sqlite.prepare('select count(*) as n from organizations').get() as { n: number }).n;
    const r = await app.call('registry.apply', { entity: 'organizations', ops });
    expect(r.ok, JSON.stringify(r).slice(0, 400)).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('DISK_FULL');
      expect(r.error.message).toContain('Ổ đĩa đã đầy');
    }
    expect(count()).toBe(0);
    sqlite.pragma('max_page_count = 1073741823');
    const again = await value(app.call('registry.apply', { entity: 'organizations', ops }));
    expect(again.results.every((x) => x.ok)).toBe(true);
    expect(count()).toBe(60);
  });
});

/** A 5 MB tmpfs (as root, as in CI); null where mounting is not allowed. */
function smallDisk(): string | null {
  const dir = tempDir('kttt-tmpfs-');
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=5m', 'tmpfs', dir], { stdio: 'ignore' });
    mounted.push(dir);
    return dir;
  } catch {
    return null;
  }
}
const mounted: string[] = [];
afterEach(() => {
  for (const dir of mounted.splice(0)) execFileSync('umount', ['-l', dir], { stdio: 'ignore' });
});

describe('a really full disk (5 MB tmpfs)', () => {
  it('refuses edits with "Ổ đĩa đã đầy" while full, keeps every confirmed edit, and works again once space is freed', async (t) => {
    const disk = smallDisk();
    if (disk === null) return t.skip();
    const app = await openTestApp({ dbPath: path.join(disk, 'kttt.sqlite') });
    const filler = path.join(disk, 'filler.bin');
    const count = () => (app.ctx.conn.sqlite.prepare('select count(*) as n from organizations').get() as { n: number }).n;
    const edit = (i: number) =>
      app.call('registry.apply', {
        entity: 'organizations',
        ops: Array.from({ length: 20 }, (_, k) => ({
          kind: 'create' as const,
          tempId: `t${k}`,
          values: { type: 'HTX', name: `HTX số ${i}-${k}`, notes: 'Ghi chú dài '.repeat(150) },
        })),
      });
    let confirmed = 0;
    fs.writeFileSync(filler, Buffer.alloc(0));
    // Fill the disk in steps between edits, until an edit is refused.
    let refused = null;
    for (let i = 0; i < 200 && refused === null; i++) {
      try {
        fs.appendFileSync(filler, Buffer.alloc(256 * 1024));
      } catch {
        // the disk is full: the next edit will tell
      }
      const r = await edit(i);
      if (r.ok) confirmed += r.value.results.filter((x) => x.ok).length;
      else refused = r.error;
    }
    expect(refused?.code).toBe('DISK_FULL');
    expect(refused?.message).toContain('Ổ đĩa đã đầy');
    expect(count()).toBe(confirmed);
    fs.rmSync(filler);
    const after = await edit(999);
    expect(after.ok).toBe(true);
    expect(count()).toBe(confirmed + 20);
    await app.close();
    const reopened = await openTestApp({ dbPath: path.join(disk, 'kttt.sqlite') });
    expect((reopened.ctx.conn.sqlite.prepare('select count(*) as n from organizations').get() as { n: number }).n).toBe(confirmed + 20);
    await reopened.close();
  });
});

describe('a backup or an import onto a full disk', () => {
  it('a backup to a full USB stick says "Ổ đĩa đã đầy" and leaves no partial file, -wal or -shm there', async (t) => {
    const stick = smallDisk();
    if (stick === null) return t.skip();
    const app = await openTestApp();
    const ops = Array.from({ length: 200 }, (_, k) => ({
      kind: 'create' as const,
      tempId: `t${k}`,
      values: { type: 'HTX', name: `HTX số ${k}`, notes: 'Ghi chú dài '.repeat(150) },
    }));
    await value(app.call('registry.apply', { entity: 'organizations', ops }));
    fs.writeFileSync(path.join(stick, 'filler.bin'), Buffer.alloc(4 * 1024 * 1024 + 700 * 1024));
    const r = await app.call('db.backup', { path: path.join(stick, 'ban-sao.sqlite') });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('DISK_FULL');
      expect(r.error.message).toContain('Ổ đĩa đã đầy');
    }
    expect(fs.readdirSync(stick)).toEqual(['filler.bin']);
  });

  it('an import onto a full disk says "Ổ đĩa đã đầy", keeps none of its rows, and imports whole once space is freed', async (t) => {
    const disk = smallDisk();
    if (disk === null) return t.skip();
    const app = await openTestApp({ dbPath: path.join(disk, 'kttt.sqlite') });
    const rows: Aoa = [['DANH SÁCH HỢP TÁC XÃ NĂM 2024'], [], ['TT', 'Tên hợp tác xã', 'Mã số HTX', 'Ghi chú']];
    for (let i = 1; i <= 3000; i++) rows.push([i, `Hợp tác xã Dịch vụ số ${i}`, String(5_400_000_000 + i), 'Ghi chú dài '.repeat(20)]);
    const bytes = bytesOf(workbookOf([{ name: 'DS HTX', rows }]), 'xlsx');
    const filler = path.join(disk, 'filler.bin');
    const free = fs.statfsSync(disk).bavail * fs.statfsSync(disk).bsize;
    fs.writeFileSync(filler, Buffer.alloc(Math.max(0, free - 400 * 1024)));
    const count = () => (app.ctx.conn.sqlite.prepare('select count(*) as n from organizations').get() as { n: number }).n;
    const run = () =>
      app.call('imports.run', { fileName: 'ds.xlsx', contentBase64: Buffer.from(bytes).toString('base64'), commit: true, allRows: false });
    const r = await run();
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('DISK_FULL');
    expect(count()).toBe(0);
    fs.rmSync(filler);
    const again = await run();
    expect(again.ok, JSON.stringify(again).slice(0, 300)).toBe(true);
    expect(count()).toBe(3000);
  }, 120_000);
});
