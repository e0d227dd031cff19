// The analysis off the main thread: progress messages, the same result as the direct call, typed
// errors carried across, cancellation, and a worker that never answers stopped by the time limit.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeBytes } from '../../src-main/core/import/reader/analyze/analyze-workbook.ts';
import type { AnalyzeProgress } from '../../src-main/core/import/reader/analyze/types.ts';
import { analyzeWorkbookInWorker } from '../../src-main/core/import/reader/worker/run-in-worker.ts';
import { SHARED_DATA, bytesOf, cooperativeReport, tcvn3, workbookOf } from '../helpers/import-fixtures.ts';

const WORKER = new URL('../../src-main/core/import/reader/worker/worker-entry.ts', import.meta.url);
// The worker runs the TypeScript sources directly; this hook resolves their extension-less imports.
// Node runs the worker's TypeScript source itself (type stripping).
const control = { workerUrl: WORKER };

describe('analysis in a worker thread', () => {
  it('gives the same result as the direct call, with progress', async () => {
    const bytes = bytesOf(workbookOf([cooperativeReport(tcvn3)]), 'xls');
    const progress: AnalyzeProgress[] = [];
    const result = await analyzeWorkbookInWorker(bytes, { fileName: 'bao-cao.xls' }, { ...control, onProgress: (p) => progress.push(p) });
    expect(result).toEqual(analyzeBytes(bytes, { fileName: 'bao-cao.xls' }));
    expect(progress.map((p) => p.phase)).toContain('read');
    expect(progress.at(-1)).toMatchObject({ phase: 'sheet', done: 1, total: 1 });
    expect(bytes.length).toBeGreaterThan(0); // the caller's bytes are copied, not taken
  }, 30_000);

  it('reads a file by path in the worker', async () => {
    const result = await analyzeWorkbookInWorker(path.join(SHARED_DATA, 'vn-spreadsheets/GSO_DanhSachCapTinh_17_05_2022.xls'), {}, control);
    expect(result.sheets[0]?.totalsCheck[0]).toMatchObject({ stated: 63, computed: 63 });
  }, 30_000);

  it('carries typed errors back', async () => {
    await expect(
      analyzeWorkbookInWorker(path.join(SHARED_DATA, 'spreadsheet-corpus/password_2002_40_xor.xls'), {}, control),
    ).rejects.toMatchObject({
      name: 'WorkbookReadError',
      code: 'encrypted',
    });
    await expect(analyzeWorkbookInWorker(Buffer.from('%PDF-1.4 …'), {}, control)).rejects.toMatchObject({ code: 'not-spreadsheet' });
  }, 30_000);

  it('is cancelled by its AbortSignal', async () => {
    const abort = new AbortController();
    const pending = analyzeWorkbookInWorker(
      path.join(SHARED_DATA, 'vn-spreadsheets/GSO_DanhSachCapXa_17_05_2022.xls'),
      {},
      { ...control, signal: abort.signal },
    );
    setTimeout(() => abort.abort(), 20);
    await expect(pending).rejects.toMatchObject({ code: 'cancelled' });
    const already = new AbortController();
    already.abort();
    await expect(analyzeWorkbookInWorker(Buffer.from('x'), {}, { ...control, signal: already.signal })).rejects.toMatchObject({
      code: 'cancelled',
    });
  }, 30_000);

  it('stops a worker that never answers', async () => {
    const started = Date.now();
    const hanging = new URL('data:text/javascript,for(;;){}');
    await expect(analyzeWorkbookInWorker(Buffer.from('x'), {}, { workerUrl: hanging, hardTimeoutMs: 500 })).rejects.toMatchObject({
      code: 'timeout',
    });
    expect(Date.now() - started).toBeLessThan(10_000);
  }, 30_000);

  it('stops a worker that runs past its memory limit', async () => {
    const file = path.join(SHARED_DATA, 'vn-spreadsheets/GSO_DanhSachCapXa_17_05_2022.xls');
    await expect(analyzeWorkbookInWorker(file, {}, { ...control, maxMemoryMb: 24 })).rejects.toMatchObject({ code: 'out-of-memory' });
  }, 30_000);

  it('stops at the analysis time limit', async () => {
    await expect(
      analyzeWorkbookInWorker(
        path.join(SHARED_DATA, 'vn-spreadsheets/GSO_DanhSachCapXa_17_05_2022.xls'),
        { limits: { timeoutMs: 1 } },
        control,
      ),
    ).rejects.toMatchObject({ code: 'timeout' });
  }, 30_000);
});
