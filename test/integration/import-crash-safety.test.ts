import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, tempDir } from '../helpers/temp.ts';
import { bytesOf, workbookOf, type Aoa } from '../helpers/import-fixtures.ts';

const ROWS = 4000;

function bigList(): Uint8Array {
  const rows: Aoa = [['DANH SÁCH HỢP TÁC XÃ NĂM 2024'], [], ['TT', 'Tên hợp tác xã', 'Mã số HTX', 'Thành viên', 'Doanh thu năm 2024 (triệu đồng)']];
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
    const dir = tempDir();
    const db = path.join(dir, 'kttt.sqlite');
    const file = path.join(dir, 'ds.xlsx');
    fs.writeFileSync(file, bigList());
    const child = spawn(process.execPath, [cli, '--db', db, 'import', file, '--yes'], { stdio: 'ignore' });
    // The commit starts right after its automatic backup appears; kill the process some time into it.
    const backups = path.join(dir, 'backups');
    const started = Date.now();
    while (!(fs.existsSync(backups) && fs.readdirSync(backups).some((f) => f.endsWith('.sqlite')))) {
      if (Date.now() - started > 60_000 || child.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 5));
    }
    await new Promise((r) => setTimeout(r, 150));
    const killedMidway = child.exitCode === null;
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const after = count(db);
    expect(after.integrity).toBe('ok');
    expect([0, ROWS]).toContain(after.orgs);
    expect(after.batches).toBe(after.orgs === 0 ? 0 : 1);
    // The point of the test is the kill inside the transaction; say so if the machine was too fast.
    expect(killedMidway, 'the import finished before it could be killed').toBe(true);
  }, 120_000);
});
