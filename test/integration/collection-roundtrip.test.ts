import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src-main/cli/main.ts';
import type { CliOutput } from '../../src-main/cli/output.ts';
import { FIGURE_VALUE_FIELDS } from '../../src-main/contract/fields.ts';
import { DATA_SHEET, FIRST_DATA_ROW, templateColumns } from '../../src-main/core/collection/layout.ts';
import { openApp } from '../../src-main/core/app.ts';
import { resaveWithLibreOffice } from '../helpers/libreoffice.ts';
import { RESOURCES_DIR, tempDir } from '../helpers/temp.ts';

const COMMUNES = ['04792', '04795', '04828'];
type Figures = Record<string, number | null>;

function capture(): CliOutput & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (l) => stdout.push(l), err: (l) => stderr.push(l) };
}

/** A registry of `count` organizations spread over three communes, made through the core. */
async function seed(db: string, count: number): Promise<void> {
  const app = await openApp({ dbPath: db, resourcesDir: RESOURCES_DIR, appVersion: 't', who: 'tester' });
  const ops = Array.from({ length: count }, (_, i) => ({
    kind: 'create' as const,
    tempId: String(i),
    values: {
      type: i % 4 === 3 ? 'THT' : 'HTX',
      name: `${i % 4 === 3 ? 'Tổ hợp tác' : 'Hợp tác xã'} Thử nghiệm ${i + 1}`,
      regCode: i % 4 === 3 ? null : String(3_000_000_000 + i),
      status: 'dang_hoat_dong',
      communeCode: COMMUNES[i % COMMUNES.length] ?? null,
      foundedOn: '2018-05-01',
    },
  }));
  const r = await app.call('registry.apply', { entity: 'organizations', ops });
  if (!r.ok) throw new Error(r.error.message);
  await app.close();
}

const figureArb = fc
  .record(
    Object.fromEntries(
      FIGURE_VALUE_FIELDS.map((f) => [
        f.key,
        fc.option(f.kind === 'int' ? fc.integer({ min: 0, max: 5000 }) : fc.integer({ min: f.allowNegative ? -5e9 : 0, max: 9e10 }), {
          nil: null,
          freq: 3,
        }),
      ]),
    ) as Record<string, fc.Arbitrary<number | null>>,
  )
  .map((f): Figures => {
    // The registry's rule: regular workers are some of the workers, never more (a file breaking it is flagged, not written).
    const { workers, regularWorkers } = f;
    return typeof workers === 'number' && typeof regularWorkers === 'number' && regularWorkers > workers
      ? { ...f, regularWorkers: workers }
      : { ...f };
  });

/** Fills every template of a folder by program; returns what was filled, by organization name. */
async function fillFolder(dir: string, seedNo: number): Promise<Map<string, Figures>> {
  const filled = new Map<string, Figures>();
  const samples = fc.sample(figureArb, { seed: seedNo, numRuns: 1000 });
  const cols = templateColumns(2024, 'Y');
  let k = 0;
  for (const name of fs.readdirSync(dir)) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, name));
    const ws = wb.getWorksheet(DATA_SHEET);
    for (let r = FIRST_DATA_ROW; typeof ws?.getCell(r, 3).value === 'string'; r++) {
      const figures: Figures = { ...samples[k++ % samples.length] };
      filled.set(String(ws.getCell(r, 3).value), figures);
      cols.forEach((c, j) => {
        if (c.role === 'answer' && c.field) ws.getCell(r, j + 1).value = figures[c.field.key] ?? null;
      });
    }
    await wb.xlsx.writeFile(path.join(dir, name));
  }
  return filled;
}

async function storedFigures(db: string): Promise<Map<string, Figures>> {
  const app = await openApp({ dbPath: db, resourcesDir: RESOURCES_DIR, appVersion: 't', who: 'tester' });
  const orgs = await app.call('registry.listOrganizations', {});
  const figs = await app.call('registry.listFigures', { year: 2024 });
  await app.close();
  if (!orgs.ok || !figs.ok) throw new Error('list failed');
  const names = new Map(orgs.value.map((o) => [o.id, o.name]));
  return new Map(
    figs.value.map((f) => [
      names.get(f.organizationId) ?? '',
      Object.fromEntries(FIGURE_VALUE_FIELDS.map((x) => [x.key, (f as unknown as Figures)[x.key] ?? null])),
    ]),
  );
}

const expectedOf = (filled: Map<string, Figures>) => new Map([...filled].filter(([, f]) => Object.values(f).some((v) => v !== null)));

describe('collection round trip through the CLI', () => {
  it('exports per commune, fills by program, re-saves one as .xls with LibreOffice, imports the folder: the registry equals what was filled', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'kttt.sqlite');
    await seed(db, 60);
    const out = path.join(dir, 'mau');
    const io = capture();
    expect(await runCli(['--db', db, 'template', 'export', '--year', '2024', '--by', 'commune', '--out', out], io, {})).toBe(0);
    expect(io.stdout.join('\n')).toContain('Đã ghi 3 mẫu báo cáo (60 tổ chức)');
    const filled = await fillFolder(out, 7);
    const first = path.join(out, fs.readdirSync(out).sort()[0] ?? '');
    const xls = resaveWithLibreOffice(first, 'xls');
    fs.rmSync(first);
    fs.copyFileSync(xls, path.join(out, path.basename(xls)));

    const dry = capture();
    expect(await runCli(['--db', db, 'import', out, '--year', '2024'], dry, {})).toBe(0);
    expect(dry.stdout.join('\n')).toContain('Chưa ghi gì');
    expect(dry.stdout.join('\n')).toContain('3 mẫu báo cáo đọc được theo khóa');
    const yes = capture();
    expect(await runCli(['--db', db, 'import', out, '--year', '2024', '--yes'], yes, {})).toBe(0);

    const stored = await storedFigures(db);
    const expected = expectedOf(filled);
    const differ = [...expected].filter(([name, f]) => JSON.stringify(stored.get(name)) !== JSON.stringify(f));
    expect(differ.slice(0, 3).map(([name, f]) => [name, f, stored.get(name)])).toEqual([]);
    expect(stored.size).toBe(expected.size);
    const reg = capture();
    const app = await openApp({ dbPath: db, resourcesDir: RESOURCES_DIR, appVersion: 't', who: 'tester' });
    const register = await app.call('collection.register', { year: 2024, period: 'Y' });
    await app.close();
    if (!register.ok) throw new Error(register.error.message);
    expect(register.value.received).toBe(expectedOf(filled).size);
    expect(reg.stderr).toEqual([]);
  }, 240_000);

  it('refuses a folder of templates of another year', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'kttt.sqlite');
    await seed(db, 6);
    const out = path.join(dir, 'mau');
    expect(await runCli(['--db', db, 'template', 'export', '--year', '2024', '--out', out], capture(), {})).toBe(0);
    await fillFolder(out, 3);
    const io = capture();
    expect(await runCli(['--db', db, 'import', out, '--year', '2023', '--yes'], io, {})).toBe(0);
    expect(io.stdout.join('\n')).toContain('Tệp là mẫu báo cáo năm 2024, không phải năm 2023');
    expect((await storedFigures(db)).size).toBe(0);
  }, 120_000);
});
