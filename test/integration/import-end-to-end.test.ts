import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportBatchDto, ImportPreview, OcopRow, OrgRow } from '../../src-main/contract/index.ts';
import { runCli } from '../../src-main/cli/main.ts';
import type { CliOutput } from '../../src-main/cli/output.ts';
import { value } from '../helpers/registry.ts';
import { openTestApp, tempDir } from '../helpers/temp.ts';
import { bytesOf, cooperativeGroupSheet, cooperativeReport, ocopSheet, tcvn3, workbookOf } from '../helpers/import-fixtures.ts';

const NOW = new Date(2025, 5, 15, 9, 0, 0);
const legacyXls = () => bytesOf(workbookOf([cooperativeReport(tcvn3), cooperativeGroupSheet(), ocopSheet()]), 'biff8');
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

function capture(): CliOutput & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (l) => stdout.push(l), err: (l) => stderr.push(l) };
}

describe('importing a legacy .xls through the contract', () => {
  it('previews a TCVN3 workbook, commits it whole, and the same file again changes nothing', async () => {
    const app = await openTestApp({ now: () => NOW });
    const preview = await value<ImportPreview>(app.call('imports.open', { fileName: 'DS HTX 2024.xls', contentBase64: b64(legacyXls()) }));
    expect(preview.sheets.map((s) => [s.name, s.entity])).toEqual([
      ['DS HTX', 'organizations'],
      ['THT', 'organizations'],
      ['OCOP', 'ocop'],
    ]);
    const orgSheet = preview.sheets[0];
    expect(orgSheet?.rows.some((r) => r.values.name === 'HTX Nông nghiệp Tân Lập')).toBe(true); // TCVN3 converted
    expect(await value<OrgRow[]>(app.call('registry.listOrganizations', {}))).toEqual([]); // nothing written yet

    const batch = await value<ImportBatchDto>(app.call('imports.commit', { jobId: preview.jobId }));
    const written = batch.counts.new + batch.counts.update;
    expect(written).toBeGreaterThan(5);
    const orgs = await value<OrgRow[]>(app.call('registry.listOrganizations', { year: 2024 }));
    expect(orgs.find((o) => o.name === 'HTX Nông nghiệp Tân Lập')).toMatchObject({
      regCode: '5407000123',
      figures: { revenue: 1_200_000_000 },
    });
    expect(orgs.some((o) => o.type === 'THT')).toBe(true);
    expect((await value<OcopRow[]>(app.call('registry.listOcop', {}))).length).toBeGreaterThan(0);

    const again = await value<ImportPreview>(app.call('imports.open', { fileName: 'DS HTX 2024.xls', contentBase64: b64(legacyXls()) }));
    expect(again.previousImport?.batchId).toBe(batch.id);
    expect(again.sheets.reduce((n, s) => n + s.counts.new + s.counts.update, 0)).toBe(0);
  });

  it('refuses a file that is not a spreadsheet with a Vietnamese message and writes nothing', async () => {
    const app = await openTestApp({ now: () => NOW });
    const r = await app.call('imports.open', {
      fileName: 'thu.xlsx',
      contentBase64: b64(new TextEncoder().encode('%PDF-1.4 không phải bảng tính')),
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/[àáảãạăâđêôơư]/);
    expect(await value<OrgRow[]>(app.call('registry.listOrganizations', {}))).toEqual([]);
  });

  it('lets the clerk map a column differently and remembers the mapping for files of the same shape', async () => {
    const app = await openTestApp({ now: () => NOW });
    const bytes = legacyXls();
    const first = await value<ImportPreview>(app.call('imports.open', { fileName: 'a.xls', contentBase64: b64(bytes) }));
    const phoneColumn = first.sheets[0]?.columns.find((c) => c.header.startsWith('Ghi chú') && c.field !== null);
    expect(phoneColumn).toBeDefined();
    const changed = await value<ImportPreview>(
      app.call('imports.setColumn', { jobId: first.jobId, sheet: 'DS HTX', columnIndex: phoneColumn?.index ?? 0, field: null }),
    );
    expect(changed.sheets[0]?.columns.find((c) => c.index === phoneColumn?.index)?.field).toBeNull();
    await value(app.call('imports.commit', { jobId: changed.jobId }));
    const next = await value<ImportPreview>(app.call('imports.open', { fileName: 'b.xls', contentBase64: b64(bytes) }));
    expect(next.sheets[0]?.columns.find((c) => c.index === phoneColumn?.index)).toMatchObject({ field: null });
  });
});

describe('kttt import', () => {
  it('previews without --yes, commits with --yes, and prints the counts', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'kttt.sqlite');
    const file = path.join(dir, 'DS HTX.xls');
    fs.writeFileSync(file, legacyXls());
    const dry = capture();
    expect(await runCli(['--db', db, 'import', file], dry, {})).toBe(0);
    expect(dry.stdout.join('\n')).toContain('Chưa ghi gì vào cơ sở dữ liệu');
    const yes = capture();
    expect(await runCli(['--db', db, 'import', file, '--yes', '--json'], yes, {})).toBe(0);
    const out = JSON.parse(yes.stdout.join('\n')) as { committed: boolean; batch: ImportBatchDto };
    expect(out.committed).toBe(true);
    expect(out.batch.counts.new).toBeGreaterThan(5);
  });

  it('exits 2 with a clear message on a file it cannot map with confidence', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'kttt.sqlite');
    const file = path.join(dir, 'la.xlsx');
    fs.writeFileSync(
      file,
      bytesOf(
        workbookOf([
          {
            name: 'Trang 1',
            rows: [
              ['Cột A', 'Cột B'],
              ['x', 1],
              ['y', 2],
            ],
          },
        ]),
        'xlsx',
      ),
    );
    const io = capture();
    expect(await runCli(['--db', db, 'import', file, '--yes'], io, {})).toBe(2);
    expect(io.stderr.join('\n')).toContain('Không thể ánh xạ');
    expect(io.stderr.join('\n')).not.toMatch(/at .*\.ts:\d+/); // no stack trace
  });
});
