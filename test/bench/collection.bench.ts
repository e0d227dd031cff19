import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { collectFiles } from '../../src-main/core/collection/collect.ts';
import { DATA_SHEET, FIRST_DATA_ROW, templateColumns } from '../../src-main/core/collection/layout.ts';
import { exportTemplates } from '../../src-main/core/collection/templates.ts';
import { analyzerFor } from '../../src-main/core/import/analyzer.ts';
import { ImportService } from '../../src-main/core/import/service.ts';
import { measure, record } from './measure.ts';
import { collectionAlerts } from '../../src-main/core/collection/register.ts';
import { disposeSeeded, seedLargeRegistry } from './seed.ts';
import type { App } from '../../src-main/core/app.ts';

/**
 * The yearly collection at 50,000 organizations (issue 12): templates for every commune of the benchmark
 * database (three communes of about 16,700 organizations each) in under 30 s, and the folder of filled
 * templates imported back, committed, in under 60 s. Run once each: a run is the whole job.
 */
const YEAR = 2025;
let seeded: { app: App; dir: string };
let folder: string;

beforeAll(async () => {
  seeded = await seedLargeRegistry(50_000, 2, YEAR - 1);
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kttt-collection-bench-'));
}, 600_000);
afterAll(async () => {
  await disposeSeeded(seeded);
  fs.rmSync(folder, { recursive: true, force: true });
});

async function timeOnce<T>(name: string, targetMs: number, fn: () => Promise<T>, note: string): Promise<T> {
  const load = os.loadavg()[0]?.toFixed(2);
  const t = performance.now();
  const out = await fn();
  const ms = performance.now() - t;
  record({ name, iterations: 1, meanMs: ms, p50Ms: ms, targetMs, met: ms <= targetMs, note: `${note}; load ${load}` });
  return out;
}

/** Fills members and revenue of every organization, as communes would (setup, not measured). */
async function fillAll(): Promise<number> {
  const cols = templateColumns(YEAR, 'Y');
  const members = cols.findIndex((c) => c.role === 'answer' && c.field?.key === 'members') + 1;
  const revenue = cols.findIndex((c) => c.role === 'answer' && c.field?.key === 'revenue') + 1;
  let filled = 0;
  for (const name of fs.readdirSync(folder)) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(folder, name));
    const ws = wb.getWorksheet(DATA_SHEET);
    for (let r = FIRST_DATA_ROW; typeof ws?.getCell(r, 1).value === 'number'; r++) {
      ws.getCell(r, members).value = 10 + (r % 90);
      ws.getCell(r, revenue).value = 1_000_000 * r;
      filled++;
    }
    await wb.xlsx.writeFile(path.join(folder, name));
  }
  return filled;
}

describe('collection at 50,000 organizations', () => {
  test('templates for every commune, then the filled folder imported back', async () => {
    const files = await timeOnce(
      'collection.exportTemplates by commune (50,000 organizations)',
      30_000,
      () => exportTemplates(seeded.app.ctx, { year: YEAR, period: 'Y', by: 'commune' }),
      'three communes',
    );
    for (const f of files) fs.writeFileSync(path.join(folder, f.fileName), f.bytes);
    expect(files.reduce((s, f) => s + f.organizations, 0)).toBe(50_000);
    expect(await fillAll()).toBe(50_000);
    const service = new ImportService(seeded.app.ctx, analyzerFor(seeded.app.ctx));
    const inputs = fs.readdirSync(folder).map((f) => ({ fileName: f, bytes: new Uint8Array(fs.readFileSync(path.join(folder, f))) }));
    const collected = await timeOnce(
      'collection.importFiles commit (folder of 3 filled templates, 50,000 organizations)',
      60_000,
      () => collectFiles(seeded.app.ctx, service, inputs, { year: YEAR, period: 'Y', commit: true }),
      'one backup, an import per file, receipts recorded',
    );
    expect(collected.map((c) => c.kind)).toEqual(['template', 'template', 'template']);
    expect(collected.reduce((s, c) => s + c.reported, 0)).toBe(50_000);
    const register = await seeded.app.call('collection.register', { year: YEAR, period: 'Y' });
    expect(register.ok && register.value.received).toBe(50_000);
    await measure(
      'collection.register (50,000 organizations, all received)',
      () => seeded.app.call('collection.register', { year: YEAR, period: 'Y' }),
      {
        iterations: 5,
        warmup: 1,
        targetMs: 500,
        note: `load ${os.loadavg()[0]?.toFixed(2)}`,
      },
    );
    await measure(
      'home alert: collection.notReported (50,000 organizations)',
      () => collectionAlerts(seeded.app.ctx, `${YEAR + 1}-02-01`),
      {
        iterations: 5,
        warmup: 1,
        targetMs: 500,
        note: `load ${os.loadavg()[0]?.toFixed(2)}`,
      },
    );
  }, 1_200_000);
});
