import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src-main/cli/main.ts';
import type { CliOutput } from '../../src-main/cli/output.ts';
import { recordInput, saveRecord } from '../helpers/inspection-helpers.ts';
import { createRow } from '../helpers/registry.ts';
import { openTestApp, tempDir } from '../helpers/temp.ts';

/** `kttt report inspection | inspection-record | monitoring` (issue 6). */

function capture(): CliOutput & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (l) => stdout.push(l), err: (l) => stderr.push(l) };
}

async function seeded(): Promise<{ db: string; recordId: number }> {
  const app = await openTestApp({ now: () => new Date(2025, 5, 15, 9) });
  const org = await createRow(app, 'organizations', { type: 'HTX', name: 'HTX Dòng lệnh', foundedOn: '2019-01-10' });
  const record = await saveRecord(
    app,
    await recordInput(app, org, '2025-03-01', {
      failed: ['dhtv', 'gop_von'],
      recommendations: [{ content: 'Bổ sung vốn góp', responsible: 'Giám đốc', deadline: '2025-05-31' }],
    }),
  );
  const db = app.ctx.dbPath;
  await app.close();
  return { db, recordId: record.id };
}

describe('kttt report for inspections and monitoring', () => {
  it('writes the monitoring JSON as { asOf, lists } and the biên bản as HTML', async () => {
    const { db, recordId } = await seeded();
    const out = tempDir();
    const io = capture();
    expect(
      await runCli(
        ['--db', db, 'report', 'monitoring', '--as-of', '2025-06-15', '--format', 'json', '--out', path.join(out, 'm.json')],
        io,
        {},
      ),
    ).toBe(0);
    const json = JSON.parse(fs.readFileSync(path.join(out, 'm.json'), 'utf8')) as {
      asOf: string;
      lists: Record<string, { id: number; name: string; type: string; commune: string | null }[]>;
    };
    expect(Object.keys(json)).toEqual(['asOf', 'lists']);
    expect(json.lists.recommendationsOverdue).toMatchObject([
      { name: 'HTX Dòng lệnh', type: 'HTX', commune: null, content: 'Bổ sung vốn góp' },
    ]);
    expect(
      await runCli(
        ['--db', db, 'report', 'inspection-record', '--id', String(recordId), '--format', 'html', '--out', path.join(out, 'r.html')],
        capture(),
        {},
      ),
    ).toBe(0);
    const html = fs.readFileSync(path.join(out, 'r.html'), 'utf8');
    expect(html).toContain('BIÊN BẢN');
    expect(html.match(/Không đạt/g)).toHaveLength(2);
    expect(
      await runCli(
        [
          '--db',
          db,
          'report',
          'inspection',
          '--from',
          '2025-01-01',
          '--to',
          '2025-06-30',
          '--format',
          'docx',
          '--out',
          path.join(out, 'p.docx'),
        ],
        capture(),
        {},
      ),
    ).toBe(0);
    expect(fs.readFileSync(path.join(out, 'p.docx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('exits 1 without the options a report needs, and 2 for a record that does not exist', async () => {
    const { db } = await seeded();
    const out = path.join(tempDir(), 'x.html');
    expect(await runCli(['--db', db, 'report', 'inspection-record', '--format', 'html', '--out', out], capture(), {})).toBe(1);
    expect(await runCli(['--db', db, 'report', 'monitoring', '--format', 'html', '--out', out], capture(), {})).toBe(1);
    const io = capture();
    expect(await runCli(['--db', db, 'report', 'inspection-record', '--id', '999', '--format', 'html', '--out', out], io, {})).toBe(2);
    expect(io.stderr.join('\n') + io.stdout.join('\n')).toContain('Không tìm thấy biên bản kiểm tra này');
  });
});
