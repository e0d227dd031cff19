import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTestApp, tempDir } from '../helpers/temp.ts';
import { editTogether } from './helpers.ts';

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
