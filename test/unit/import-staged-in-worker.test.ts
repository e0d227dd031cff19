// The app's Analyzer stages the file inside the analysis worker, which posts back only the staged
// sheets: they must be what staging on this thread gives, with progress and read errors carried as before.
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src-main/contract/index.ts';
import { analyzeBytes } from '../../src-main/core/import/reader/analyze/analyze-workbook.ts';
import { createAnalyzer } from '../../src-main/core/import/reader/analyze/staged-adapter.ts';
import { toStagedSheets } from '../../src-main/core/import/reader/analyze/to-staged.ts';
import { stageWorkbookInWorker } from '../../src-main/core/import/reader/worker/run-in-worker.ts';
import { legacyXlsx } from '../bench/import/make-legacy-xlsx.ts';
import {
  bytesOf,
  cooperativeGroupSheet,
  cooperativeReport,
  figuresSheet,
  ocopSheet,
  tcvn3,
  workbookOf,
} from '../helpers/import-fixtures.ts';

const WORKER = new URL('../../src-main/core/import/reader/worker/worker-entry.ts', import.meta.url);
// The worker runs the TypeScript sources directly; this hook resolves their extension-less imports.
// Node runs the worker's TypeScript source itself (type stripping).
const control = { workerUrl: WORKER };

const bytes = bytesOf(workbookOf([cooperativeReport(tcvn3), cooperativeGroupSheet(), ocopSheet(), figuresSheet()]), 'xlsx');

describe('staging in the analysis worker', () => {
  it('gives the staged sheets staging on this thread gives', async () => {
    const progress: string[] = [];
    const staged = await stageWorkbookInWorker(bytes, { fileName: 'ds.xlsx' }, { ...control, onProgress: (p) => progress.push(p.phase) });
    expect(staged).toStrictEqual(toStagedSheets(analyzeBytes(bytes, { fileName: 'ds.xlsx' }).sheets));
    expect(staged.map((s) => s.rows.length).every((n) => n > 0)).toBe(true);
    expect(progress).toContain('sheet');
  }, 30_000);

  it('serves the Analyzer the same sheets as the in-thread one', async () => {
    const input = { bytes, fileName: 'ds.xlsx', remembered: {}, choices: { THT: { year: 2023 } } };
    const inWorker = await createAnalyzer(control)(input);
    expect(inWorker).toStrictEqual(await createAnalyzer()(input));
    expect(inWorker[1]?.year).toBe(2023);
  }, 30_000);

  it('sends a sheet of many records in parts and puts them back together in order', async () => {
    const big = legacyXlsx(12_000);
    const staged = await stageWorkbookInWorker(big, { fileName: 'lon.xlsx' }, control);
    expect(staged[0]?.rows).toHaveLength(12_000);
    expect(staged).toStrictEqual(toStagedSheets(analyzeBytes(big, { fileName: 'lon.xlsx' }).sheets));
  }, 60_000);

  it('turns a file it cannot read into an AppError', async () => {
    const input = { bytes: Buffer.from('%PDF-1.4 …'), fileName: 'x.pdf', remembered: {}, choices: {} };
    await expect(createAnalyzer(control)(input)).rejects.toBeInstanceOf(AppError);
  }, 30_000);
});
