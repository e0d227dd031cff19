import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, tempDir } from '../helpers/temp.ts';
import { bytesOf, workbookOf, type Aoa } from '../helpers/import-fixtures.ts';

const ROWS = 4000;

function bigList(): Uint8Array {
  const rows: Aoa = [
    ['DANH SÁCH HỢP TÁC XÃ NĂM 2024'],
    [],
    ['TT', 'Tên hợp tác xã', 'Mã số HTX', 'Thành viên', 'Doanh thu năm 2024 (triệu đồng)'],
  ];
  for (let i = 1; i <= ROWS; i++) rows.push([i, `Hợp tác xã Dịch vụ số ${i}`, String(5_400_000_000 + i), 10 + (i % 50), 100 + i]);
  return bytesOf(workbookOf([{ name: 'DS HTX', rows }]), 'xlsx');
}

function count(db: string): { orgs: number; batches: number; integrity: unknown } {
  const s = new BetterSqlite3(db);
  const r = {
    orgs: (s.prepare('select count(*) as n from organizations').get() as { n: number }).n,
    batches: (s.prepare('select count(*) as n from import_batches').get() as { n: number }).n,
    integrity: s.pragma('integrity_check', { simple: true }),
  };
  s.close();
  return r;
}

describe('an import killed in the middle of its commit', () => {
  it('leaves a file that passes integrity_check and holds all of the import or none of it', async () => {
    const cli = path.join(REPO_ROOT, 'out', 'main', 'cli.js');
    expect(fs.existsSync(cli), 'build first: npm run build').toBe(true);
    const child = path.join(REPO_ROOT, 'test', 'helpers', 'import-child.ts');
    const dir = tempDir();
    const db = path.join(dir, 'kttt.sqlite');
    const file = path.join(dir, 'ds.xlsx');
    fs.writeFileSync(file, bigList());
    // The import process says when its commit is well under way, then holds still: the kill lands inside
    // the open transaction, with a thousand rows written to it.
    const importing = spawn(process.execPath, [child, db, file, '1000'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no commit mark within 60 s: ${stderr}`)), 60_000);
      importing.stderr.on('data', (d: Buffer) => {
        stderr += d.toString('utf8');
        if (stderr.includes('KTTT_COMMIT_MIDWAY')) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    importing.kill('SIGKILL');
    await new Promise((r) => importing.once('exit', r));
    const after = count(db);
    expect(after.integrity).toBe('ok');
    expect(after.orgs).toBe(0);
    expect(after.batches).toBe(0);
    // …and the same file imports whole afterwards.
    const again = spawn(process.execPath, [cli, '--db', db, 'import', file, '--yes'], { stdio: 'ignore' });
    expect(await new Promise((r) => again.once('exit', r))).toBe(0);
    expect(count(db)).toMatchObject({ orgs: ROWS, batches: 1, integrity: 'ok' });
  }, 120_000);
});
