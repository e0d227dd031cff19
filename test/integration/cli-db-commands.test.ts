import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src-main/cli/main.ts';
import type { CliOutput } from '../../src-main/cli/output.ts';
import { LATEST_SCHEMA_VERSION } from '../../src-main/core/db/migrations/index.ts';
import { tempDir } from '../helpers/temp.ts';

function capture(): CliOutput & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (l) => stdout.push(l), err: (l) => stderr.push(l) };
}

describe('kttt db commands', () => {
  it('db info prints Vietnamese text, or JSON with --json', async () => {
    const db = path.join(tempDir(), 'kttt.sqlite');
    const io = capture();
    expect(await runCli(['--db', db, 'db', 'info'], io, {})).toBe(0);
    expect(io.stdout.join('\n')).toContain(`Phiên bản cấu trúc: ${LATEST_SCHEMA_VERSION}`);
    const j = capture();
    expect(await runCli(['db', 'info', '--json', '--db', db], j, {})).toBe(0);
    expect(JSON.parse(j.stdout.join('\n'))).toMatchObject({ dbPath: db, schemaVersion: LATEST_SCHEMA_VERSION, lastBackup: null });
  });

  it('uses KTTT_DB when --db is absent', async () => {
    const db = path.join(tempDir(), 'env.sqlite');
    const io = capture();
    expect(await runCli(['db', 'info', '--json'], io, { KTTT_DB: db })).toBe(0);
    expect(JSON.parse(io.stdout.join(''))).toMatchObject({ dbPath: db });
  });

  it('exits 1 on usage errors', async () => {
    const db = path.join(tempDir(), 'kttt.sqlite');
    for (const argv of [[], ['db'], ['db', 'frobnicate'], ['lam-gi'], ['db', 'backup'], ['--db']]) {
      const io = capture();
      expect(await runCli(argv.length ? [...argv, ...(argv.includes('--db') ? [] : ['--db', db])] : argv, io, {})).toBe(1);
      expect(io.stderr.join('\n')).toContain('Cách dùng');
    }
  });

  it('backs up, checks and restores, with exit 0', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'kttt.sqlite');
    const copy = path.join(dir, 'ngoai', 'copy.sqlite');
    const io = capture();
    expect(await runCli(['--db', db, 'db', 'backup', copy], io, {})).toBe(0);
    expect(fs.existsSync(copy)).toBe(true);
    expect(await runCli(['--db', db, 'db', 'check'], io, {})).toBe(0);
    expect(io.stdout.join('\n')).toContain('đạt');
    expect(await runCli(['--db', db, 'db', 'restore', copy], io, {})).toBe(0);
    expect(io.stdout.join('\n')).toContain('Đã khôi phục');
  });

  it('exits 2 on a corrupt database, naming the newest backup, and can restore it without opening the damaged file', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'kttt.sqlite');
    const io = capture();
    expect(await runCli(['--db', db, 'db', 'backup', path.join(dir, 'backups', 'kttt-20260101-080000-manual.sqlite')], io, {})).toBe(0);
    fs.rmSync(db + '-wal', { force: true });
    fs.rmSync(db + '-shm', { force: true });
    fs.writeFileSync(db, 'rác'.repeat(2000));
    const bad = capture();
    expect(await runCli(['--db', db, 'db', 'info'], bad, {})).toBe(2);
    expect(bad.stderr.join('\n')).toContain('bị hỏng');
    expect(bad.stderr.join('\n')).toContain('kttt-20260101-080000-manual.sqlite');
    const fix = capture();
    expect(await runCli(['--db', db, 'db', 'restore', path.join(dir, 'backups', 'kttt-20260101-080000-manual.sqlite')], fix, {})).toBe(0);
    expect(await runCli(['--db', db, 'db', 'check'], capture(), {})).toBe(0);
  });

  it('exits 2 when the integrity check fails', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'kttt.sqlite');
    expect(await runCli(['--db', db, 'db', 'info'], capture(), {})).toBe(0);
    // A foreign key violation that SQLite lets in while enforcement is off.
    const Better = (await import('better-sqlite3')).default;
    const raw = new Better(db);
    raw.pragma('foreign_keys = OFF');
    raw.exec(
      'create table parent_t(id integer primary key); create table child_t(id integer primary key, p integer references parent_t(id)); insert into child_t values (1, 99);',
    );
    raw.close();
    const io = capture();
    expect(await runCli(['--db', db, 'db', 'check'], io, {})).toBe(2);
    expect(io.stdout.join('\n')).toContain('KHÔNG ĐẠT');
  });
});

describe('kttt stats', () => {
  it('prints counts by type and status and the organizations with figures for the year', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'kttt.sqlite');
    const { openApp } = await import('../../src-main/core/app.ts');
    const { RESOURCES_DIR } = await import('../helpers/temp.ts');
    const app = await openApp({ dbPath: db, resourcesDir: RESOURCES_DIR, appVersion: 't' });
    const r = await app.call('registry.apply', {
      entity: 'organizations',
      ops: [
        { kind: 'create', tempId: 'a', values: { type: 'HTX', name: 'HTX A' } },
        { kind: 'create', tempId: 'b', values: { type: 'QTDND', name: 'Quỹ TDND B' } },
      ],
    });
    expect(r.ok).toBe(true);
    await app.close();
    const io = capture();
    expect(await runCli(['--db', db, 'stats', '--year', '2024', '--json'], io, {})).toBe(0);
    expect(JSON.parse(io.stdout.join('\n'))).toMatchObject({ year: 2024, total: 2, withFigures: 0 });
    const text = capture();
    expect(await runCli(['--db', db, 'stats'], text, {})).toBe(0);
    expect(text.stdout.join('\n')).toContain('Quỹ tín dụng nhân dân — Đang hoạt động: 1');
    expect(await runCli(['--db', db, 'stats', '--year', 'abc'], capture(), {})).toBe(1);
  });
});
