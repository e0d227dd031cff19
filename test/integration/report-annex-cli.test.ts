import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { runCli } from '../../src-main/cli/main.ts';
import type { CliOutput } from '../../src-main/cli/output.ts';
import { openApp } from '../../src-main/core/app.ts';
import { seedLargeRegistry } from '../bench/seed.ts';
import { chromiumPath } from '../helpers/browser.ts';
import { RESOURCES_DIR, tempDir } from '../helpers/temp.ts';

function capture(): CliOutput & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (l) => stdout.push(l), err: (l) => stderr.push(l) };
}

const ANNEX = 'bao-cao-tong-ket-KTTT-2024-phu-luc';
/** Enough active organizations for the appendix to pass 100 printed pages. */
const ORGS = 5_000;
let seededDir: string;
let db: string;
/** An organization of the list, to look for in the annex and not in the report. */
let sample: string;

beforeAll(async () => {
  const seeded = await seedLargeRegistry(ORGS, 2, 2024);
  sample = (
    seeded.app.ctx.conn.sqlite.prepare(`select name from organizations where type = 'HTX' and id > 4900 order by id limit 1`).get() as {
      name: string;
    }
  ).name;
  await seeded.app.close();
  seededDir = seeded.dir;
  db = path.join(seeded.dir, 'kttt.sqlite');
}, 120_000);
afterAll(() => {
  fs.rmSync(seededDir, { recursive: true, force: true });
});

function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

describe('kttt report annual with an appendix too long to print', () => {
  it('writes the report, which names its annex in one line, and the annex as XLSX beside it', async () => {
    const dir = tempDir();
    const io = capture();
    expect(
      await runCli(['--db', db, 'report', 'annual', '--year', '2024', '--format', 'html', '--out', path.join(dir, 'bc.html')], io, {}),
    ).toBe(0);
    const html = fs.readFileSync(path.join(dir, 'bc.html'), 'utf8');
    expect(html).toContain(`Phụ lục gồm 5.000 dòng`);
    expect(html).toContain(`được lập thành tệp riêng kèm theo báo cáo này: ${ANNEX}.xlsx.`);
    expect(html).not.toContain(sample);
    expect(fs.readdirSync(dir).sort()).toEqual([`${ANNEX}.xlsx`, 'bc.html']);
    expect(io.stdout.join('\n')).toContain(`Phụ lục 5.000 dòng in riêng: đã ghi (XLSX) vào ${path.join(dir, `${ANNEX}.xlsx`)}.`);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(fs.readFileSync(path.join(dir, `${ANNEX}.xlsx`))).buffer);
    let organizations = 0;
    wb.getWorksheet('Phụ lục danh sách')?.eachRow((row) => {
      const v = row.getCell(3).value;
      if (v === 'HTX' || v === 'THT' || v === 'QTDND' || v === 'LHHTX') organizations++;
    });
    expect(organizations).toBe(ORGS);
  }, 120_000);

  it('prints the report and, when asked, the annex as PDFs of their own', async () => {
    const dir = tempDir();
    const io = capture();
    const args = [
      '--db',
      db,
      'report',
      'annual',
      '--year',
      '2024',
      '--format',
      'pdf',
      '--annex-format',
      'pdf',
      '--out',
      path.join(dir, 'bc.pdf'),
      '--chromium',
      chromiumPath(),
      '--json',
    ];
    expect(await runCli(args, io, {})).toBe(0);
    const said = JSON.parse(io.stdout.join('')) as { annex: { out: string; format: string }[] };
    expect(said.annex.map((a) => [path.basename(a.out), a.format])).toEqual([
      [`${ANNEX}.xlsx`, 'xlsx'],
      [`${ANNEX}.pdf`, 'pdf'],
    ]);
    expect(pdfText(path.join(dir, 'bc.pdf'))).toContain(`kèm theo báo cáo này: ${ANNEX}.xlsx.`);
    const annex = pdfText(path.join(dir, `${ANNEX}.pdf`));
    expect(annex).toContain('DANH SÁCH TỔ CHỨC KTTT ĐANG HOẠT ĐỘNG NĂM 2024');
    expect(annex).toContain(sample);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path.join(dir, `${ANNEX}.pdf`)], { encoding: 'utf8' }))?.[1]);
    expect(pages).toBeGreaterThan(100);
  }, 180_000);

  it('writes the lists of the monitoring report apart too when they are that long', async () => {
    const dir = tempDir();
    // Nobody recorded a members' meeting: every cooperative is a case of "chưa họp Đại hội thành viên".
    expect(
      await runCli(
        ['--db', db, 'report', 'monitoring', '--as-of', '2025-06-30', '--format', 'docx', '--out', path.join(dir, 'gs.docx')],
        capture(),
        {},
      ),
    ).toBe(0);
    expect(fs.readdirSync(dir).sort()).toEqual(['bao-cao-giam-sat-2025-06-30-phu-luc.xlsx', 'gs.docx']);
  }, 120_000);

  it('gives an annex only of a report that has one, and only as XLSX, PDF or HTML', async () => {
    const app = await openApp({ dbPath: db, resourcesDir: RESOURCES_DIR, appVersion: 't' });
    try {
      const docx = await app.call('reports.annexFile', { of: { kind: 'annual', year: 2024 }, format: 'docx' as 'xlsx' });
      expect(docx.ok ? null : docx.error.code).toBe('INVALID_INPUT');
      // At the end of 2001 a few hundred organizations were active: their list prints with the report.
      const small = await app.call('reports.annexFile', { of: { kind: 'annual', year: 2001 }, format: 'xlsx' });
      expect(small.ok ? null : small.error.code).toBe('NOT_FOUND');
      const main = await app.call('reports.annualFile', { year: 2024, format: 'xlsx' });
      expect(main.ok && main.value.annex).toEqual({ fileName: `${ANNEX}.xlsx`, rows: ORGS });
      const json = await app.call('reports.annualFile', { year: 2024, format: 'json' });
      expect(json.ok && json.value.annex).toBeUndefined();
    } finally {
      await app.close();
    }
  }, 120_000);
});
