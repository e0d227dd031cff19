import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bytesOf, workbookOf, type Aoa } from '../helpers/import-fixtures.ts';
import { openTestApp, REPO_ROOT, tempDir } from '../helpers/temp.ts';
import { editTogether, runNode } from './helpers.ts';

const IMPORT_ROWS = 6000;

describe('several doors writing to one file at once', () => {
  it('two doors in two processes edit one file 500 times each: all 1,000 edits land, none refused', async () => {
    const db = path.join(tempDir(), 'kttt.sqlite');
    await (await openTestApp({ dbPath: db })).close();
    const tallies = await editTogether(db, [
      ['500', 'Cửa A'],
      ['500', 'Cửa B'],
    ]);
    expect(tallies).toEqual([
      { landed: 500, refused: {} },
      { landed: 500, refused: {} },
    ]);
    const app = await openTestApp({ dbPath: db });
    const n = app.ctx.conn.sqlite.prepare("select count(*) as n from organizations where name like 'Cửa % (đã sửa)'").get() as {
      n: number;
    };
    expect(n.n).toBe(500);
  }, 180_000);
});

describe('an import from the CLI while the app edits', () => {
  it('lands whole while another process edits every 50 ms, and every one of those edits lands too', async () => {
    const cli = path.join(REPO_ROOT, 'out', 'main', 'cli.js');
    expect(fs.existsSync(cli), 'build first: npm run build').toBe(true);
    const dir = tempDir();
    const db = path.join(dir, 'kttt.sqlite');
    const file = path.join(dir, 'ds.xlsx');
    const rows: Aoa = [['DANH SÁCH HỢP TÁC XÃ NĂM 2024'], [], ['TT', 'Tên hợp tác xã', 'Mã số HTX', 'Thành viên']];
    for (let i = 1; i <= IMPORT_ROWS; i++) rows.push([i, `Hợp tác xã Dịch vụ số ${i}`, String(5_400_000_000 + i), 10 + (i % 50)]);
    fs.writeFileSync(file, bytesOf(workbookOf([{ name: 'DS HTX', rows }]), 'xlsx'));
    await (await openTestApp({ dbPath: db })).close();

    let importDone = false;
    const editing = editTogether(db, [['400', 'Sửa trong lúc nhập', '50']]);
    const importing = runNode(cli, ['--db', db, 'import', file, '--yes']).finally(() => (importDone = true));
    const [tallies, imported] = await Promise.all([editing, importing]);
    expect(imported.code, imported.stdout + imported.stderr).toBe(0);
    expect(importDone).toBe(true);
    expect(tallies).toEqual([{ landed: 400, refused: {} }]);
    const app = await openTestApp({ dbPath: db });
    const count = (like: string) =>
      (app.ctx.conn.sqlite.prepare('select count(*) as n from organizations where name like ?').get(like) as { n: number }).n;
    expect(count('Hợp tác xã Dịch vụ số %')).toBe(IMPORT_ROWS);
    expect(count('Sửa trong lúc nhập % (đã sửa)')).toBe(200);
  }, 180_000);
});
