import fs from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { SupportRecordDto } from '../../src-main/contract/bcd-dto.ts';
import { runCli } from '../../src-main/cli/main.ts';
import type { CliOutput } from '../../src-main/cli/output.ts';
import { up as migration012 } from '../../src-main/core/db/migrations/012_support_import.ts';
import { createRow, value } from '../helpers/registry.ts';
import { newWorkbook, supportSheet, xlsxBytes } from '../helpers/support-workbooks.ts';
import { dbSnapshot, openTestApp, tempDir } from '../helpers/temp.ts';

function capture(): CliOutput & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (l) => stdout.push(l), err: (l) => stderr.push(l) };
}

async function file(dir: string): Promise<string> {
  const wb = newWorkbook();
  supportSheet(wb, [
    {
      org: 'HTX Chè xanh Thanh Sơn',
      policy: 'Nghị định 45/2021/NĐ-CP',
      date: '01/03/2024',
      kind: 'Tập huấn',
      amount: '1.200.000 đ',
      source: 'NSTW',
    },
    {
      org: 'HTX Chưa Đăng Ký',
      policy: 'Nghị định 45/2021/NĐ-CP',
      date: '02/03/2024',
      kind: 'Tập huấn',
      amount: '800.000 đ',
      source: 'NSTW',
    },
  ]);
  const out = path.join(dir, 'Danh sách hỗ trợ.xlsx');
  fs.writeFileSync(out, await xlsxBytes(wb));
  return out;
}

describe('kttt import of a support list', () => {
  it('previews the sheet as support given without --yes, then commits it with --yes', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'kttt.sqlite');
    const app = await openTestApp({ dbPath: db });
    await createRow(app, 'organizations', { type: 'HTX', name: 'HTX Chè xanh Thanh Sơn' });
    await app.close();
    const xlsx = await file(dir);

    const dry = capture();
    expect(await runCli(['--db', db, 'import', xlsx], dry, {})).toBe(0);
    const text = dry.stdout.join('\n');
    expect(text).toContain('Hỗ trợ đã thực hiện');
    expect(text).toContain('Chưa ghi gì vào cơ sở dữ liệu');

    const yes = capture();
    expect(await runCli(['--db', db, 'import', xlsx, '--yes'], yes, {})).toBe(0);
    const after = await openTestApp({ dbPath: db });
    const records = await value<SupportRecordDto[]>(after.call('support.records', { year: 2024 }));
    expect(records.map((r) => [r.organization?.name ?? null, r.kind, r.amount, r.source])).toEqual([
      ['HTX Chè xanh Thanh Sơn', 'dao_tao', 1_200_000, 'trung_uong'],
      [null, 'dao_tao', 800_000, 'trung_uong'],
    ]);
    await after.close();
  });

  it('migration 012 (support import) run again on a file that has it changes nothing', async () => {
    const app = await openTestApp();
    const org = await createRow(app, 'organizations', { type: 'HTX', name: 'HTX Chè xanh Thanh Sơn' });
    await value(
      app.call('support.saveRecord', { organizationId: org, policy: 'NĐ 45', grantedOn: '2024-03-01', kind: 'dao_tao', amount: 5_000_000 }),
    );
    const schema = () => JSON.stringify(app.ctx.conn.sqlite.prepare('select type, name, sql from sqlite_master order by name').all());
    const before = { rows: dbSnapshot(app), schema: schema() };
    await migration012(app.ctx.db as unknown as Kysely<unknown>);
    expect({ rows: dbSnapshot(app), schema: schema() }).toEqual(before);
  });
});
