import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src-main/cli/main.ts';
import type { CliOutput } from '../../src-main/cli/output.ts';
import { openApp } from '../../src-main/core/app.ts';
import { RESOURCES_DIR, tempDir } from '../helpers/temp.ts';
import { chromiumPath } from '../helpers/browser.ts';

function capture(): CliOutput & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (l) => stdout.push(l), err: (l) => stderr.push(l) };
}

/** A small province: 3 active HTX (one founded in 2024), 1 Quỹ TDND, 1 dissolved HTX; figures for 2024. */
async function seed(db: string): Promise<void> {
  const app = await openApp({ dbPath: db, resourcesDir: RESOURCES_DIR, appVersion: 't', now: () => new Date(2025, 2, 1) });
  await app.call('settings.set', {
    officeName: 'Liên minh HTX tỉnh Phú Thọ',
    issuingBody: 'BAN CHỈ ĐẠO PHÁT TRIỂN KTTT',
    parentBody: 'UBND TỈNH PHÚ THỌ',
    placeName: 'Phú Thọ',
    signerAuthority: 'KT. TRƯỞNG BAN',
    signerTitle: 'PHÓ TRƯỞNG BAN',
    signerName: 'Nguyễn Văn An',
    provinceCode: '25',
  });
  const orgs: Record<string, string>[] = [
    { type: 'HTX', name: 'HTX Chè Long Cốc', foundedOn: '2015-03-01', communeCode: '04792' },
    { type: 'HTX', name: 'HTX Bưởi Đoan Hùng', foundedOn: '2018-06-01', communeCode: '04795' },
    { type: 'HTX', name: 'HTX Mới thành lập', foundedOn: '2024-05-20', communeCode: '04795' },
    { type: 'QTDND', name: 'Quỹ TDND Thanh Ba', foundedOn: '2001-01-01' },
    { type: 'HTX', name: 'HTX Đã giải thể', foundedOn: '2010-01-01' },
  ];
  const r = await app.call('registry.apply', {
    entity: 'organizations',
    ops: orgs.map((values, i) => ({ kind: 'create' as const, tempId: String(i), values })),
  });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  const ids = r.value.results.map((x) => {
    if (!x.ok) throw new Error(x.message);
    return x.id;
  });
  const fig = (i: number, changes: Record<string, number>) => ({
    kind: 'upsertFigures' as const,
    organizationId: ids[i] ?? 0,
    year: 2024,
    period: 'Y' as const,
    changes,
  });
  await app.call('registry.apply', {
    entity: 'figures',
    ops: [
      fig(0, { members: 20, workers: 15, regularWorkers: 10, revenue: 2_000_000_000, profit: 200_000_000, avgIncome: 5_000_000 }),
      fig(1, { members: 30, workers: 25, revenue: 1_160_000_000, profit: 148_000_000 }),
      fig(3, { members: 1200 }),
    ],
  });
  await app.call('registry.setStatus', { organizationId: ids[4] ?? 0, status: 'da_giai_the', fromDate: '2024-08-01' });
  await app.close();
}

describe('kttt report annual', () => {
  it('writes the indicators of indicators.md as JSON, computed from the database', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'kttt.sqlite');
    await seed(db);
    const out = path.join(dir, 'bc.json');
    const io = capture();
    expect(await runCli(['--db', db, 'report', 'annual', '--year', '2024', '--format', 'json', '--out', out], io, {})).toBe(0);
    const json = JSON.parse(fs.readFileSync(out, 'utf8')) as Record<string, unknown>;
    expect(json).toMatchObject({
      active: { total: 4, HTX: 3, LHHTX: 0, QTDND: 1, THT: 0 },
      newInYear: { HTX: 1, LHHTX: 0, QTDND: 0, THT: 0 },
      dissolvedInYear: { HTX: 1 },
      members: 1250,
      workers: 40,
      avgRevenuePerHtx: 1_580_000_000,
      avgProfitPerHtx: 174_000_000,
      avgIncomePerWorkerMonth: 5_000_000,
      notReported: { HTX: 1, QTDND: 0 },
    });
  });

  it('writes HTML, Word and Excel whose text states those figures the Vietnamese way', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'kttt.sqlite');
    await seed(db);
    for (const format of ['html', 'docx', 'xlsx']) {
      expect(
        await runCli(
          ['--db', db, 'report', 'annual', '--year', '2024', '--format', format, '--out', path.join(dir, `bc.${format}`)],
          capture(),
          {},
        ),
      ).toBe(0);
    }
    const html = fs.readFileSync(path.join(dir, 'bc.html'), 'utf8');
    expect(html).toContain('1,58 tỷ đồng/HTX');
    expect(html).toContain('174 triệu đồng/HTX');
    expect(html).toContain('BAN CHỈ ĐẠO PHÁT TRIỂN KTTT');
    expect(html).toContain('Nguyễn Văn An');
    expect(fs.readFileSync(path.join(dir, 'bc.docx')).subarray(0, 2).toString()).toBe('PK');
    expect(fs.readFileSync(path.join(dir, 'bc.xlsx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('prints a PDF with a local Chromium', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'kttt.sqlite');
    await seed(db);
    const out = path.join(dir, 'bc.pdf');
    expect(
      await runCli(
        ['--db', db, 'report', 'annual', '--year', '2024', '--format', 'pdf', '--out', out, '--chromium', chromiumPath()],
        capture(),
        {},
      ),
    ).toBe(0);
    const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text.replace(/\s+/g, ' ')).toContain('1,58 tỷ đồng/HTX');
  }, 60_000);

  it('refuses a bad year or format with exit 1 and a future year with exit 2', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'kttt.sqlite');
    expect(await runCli(['--db', db, 'report', 'annual', '--format', 'json', '--out', path.join(dir, 'x')], capture(), {})).toBe(1);
    expect(
      await runCli(['--db', db, 'report', 'annual', '--year', '2024', '--format', 'odt', '--out', path.join(dir, 'x')], capture(), {}),
    ).toBe(1);
    const io = capture();
    expect(await runCli(['--db', db, 'report', 'annual', '--year', '2099', '--format', 'json', '--out', path.join(dir, 'x')], io, {})).toBe(
      2,
    );
    expect(io.stderr.join('')).toContain('chưa đến');
  });
});
