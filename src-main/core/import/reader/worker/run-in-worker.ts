/**
 * Runs the workbook analysis in a worker thread, so the window never freezes on a large or hostile
 * file: progress comes back as messages, an AbortSignal cancels, and the worker is stopped outright
 * (Worker.terminate) when it runs past the time limit or its heap limit — SheetJS's parse is one
 * synchronous call that nothing else could interrupt.
 *
 * The worker's code is worker-entry.ts. The app's build emits it as its own file; add to the main
 * build's inputs in electron.vite.config.ts, and the doors pass `new URL('./importWorker.js', import.meta.url)`
 * as `workerUrl`. Tests run the TypeScript source directly (Node strips the types).
 */
import { Worker } from 'node:worker_threads';
import type { StagedRow, StagedSheet } from '../../staged.ts';
import type { AnalyzeProgress, WorkbookAnalysis } from '../analyze/types.ts';
import { WorkbookReadError, isReadErrorValue } from '../read/errors.ts';
import { withDefaults } from '../read/limits.ts';
import { type ToWorker, type WorkerAnalyzeOptions, type WorkerOutput, type WorkerResult, isFromWorker } from './protocol.ts';

export interface WorkerControl {
  /** URL or path of the worker's entry file. */
  workerUrl: URL | string;
  signal?: AbortSignal;
  onProgress?: (progress: AnalyzeProgress) => void;
  /** Old-generation heap limit of the worker, in MB (default 1536). */
  maxMemoryMb?: number;
  /**
   * When to stop the worker outright, in ms. Default: the analysis's own time limit plus a margin; the
   * analysis stops itself between sheets, this catches a parse that never returns.
   */
  hardTimeoutMs?: number;
}

/** Margin over the analysis's own time limit, for starting the worker and sending the result back. */
const TIMEOUT_MARGIN_MS = 5_000;

/** The analysis of a workbook, made in a worker thread: what analyzeWorkbook gives on this one. */
export async function analyzeWorkbookInWorker(
  input: string | Uint8Array,
  options: WorkerAnalyzeOptions,
  control: WorkerControl,
): Promise<WorkbookAnalysis> {
  const done = await runWorker(input, options, 'analysis', control);
  if (done.output !== 'analysis') throw new WorkbookReadError('internal', undefined, 'the worker sent staged sheets');
  return done.result;
}

/**
 * The workbook analyzed and staged for an import job (analyze/to-staged.ts) in a worker thread, which
 * posts back only the staged sheets.
 */
export async function stageWorkbookInWorker(
  input: string | Uint8Array,
  options: WorkerAnalyzeOptions,
  control: WorkerControl,
): Promise<StagedSheet[]> {
  const done = await runWorker(input, options, 'staged', control);
  if (done.output !== 'staged') throw new WorkbookReadError('internal', undefined, 'the worker sent an analysis');
  return done.result;
}

const YOUNG_GENERATION_MB = 96;

function runWorker(
  input: string | Uint8Array,
  options: WorkerAnalyzeOptions,
  output: WorkerOutput,
  control: WorkerControl,
): Promise<WorkerResult> {
  const limits = withDefaults(options.limits);
  if (control.signal?.aborted === true) return Promise.reject(new WorkbookReadError('cancelled'));
  return new Promise<WorkerResult>((resolve, reject) => {
    const worker = new Worker(control.workerUrl, {
      // A young generation larger than Node's default: reading a sheet makes millions of short-lived cells,
      // and with a small one the worker spends a fifth of its time collecting them.
      resourceLimits: { maxOldGenerationSizeMb: control.maxMemoryMb ?? 1536, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    let settled = false;
    const finish = (outcome: { done: WorkerResult } | { error: WorkbookReadError }): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      control.signal?.removeEventListener('abort', onAbort);
      // Answer once the worker is gone: its heap (several hundred MB for a large book) is given back before
      // the caller goes on to commit, so the two never add up to the process's peak.
      const settle = (): void => ('done' in outcome ? resolve(outcome.done) : reject(outcome.error));
      worker.terminate().then(settle, settle);
    };
    const onAbort = (): void => finish({ error: new WorkbookReadError('cancelled') });
    // Staged records come ahead of 'done', sheet by sheet, in order; 'done' carries the sheets without them.
    const rowsBySheet: StagedRow[][] = [];
    const timer = setTimeout(
      () => finish({ error: new WorkbookReadError('timeout') }),
      control.hardTimeoutMs ?? limits.timeoutMs + TIMEOUT_MARGIN_MS,
    );
    control.signal?.addEventListener('abort', onAbort, { once: true });

    worker.on('message', (message: unknown) => {
      if (!isFromWorker(message)) return;
      if (message.type === 'progress') control.onProgress?.(message.progress);
      else if (message.type === 'rows') (rowsBySheet[message.sheet] ??= []).push(...message.rows);
      else if (message.type === 'done' && message.output === 'staged') {
        finish({ done: { output: 'staged', result: message.result.map((sheet, i) => ({ ...sheet, rows: rowsBySheet[i] ?? [] })) } });
      } else if (message.type === 'done') finish({ done: message });
      else {
        const e = isReadErrorValue(message.error) ? message.error : { code: 'internal' as const, message: '' };
        finish({ error: new WorkbookReadError(e.code, e.message === '' ? undefined : e.message, e.detail) });
      }
    });
    worker.on('error', (err: Error) => {
      // A worker past its heap limit is stopped by Node with this code: the file needs too much memory.
      const outOfMemory = (err as Error & { code?: unknown }).code === 'ERR_WORKER_OUT_OF_MEMORY';
      finish({ error: new WorkbookReadError(outOfMemory ? 'out-of-memory' : 'internal', undefined, err.message) });
    });
    worker.on('exit', (exitCode) => {
      finish({ error: new WorkbookReadError('internal', undefined, `worker exited with code ${String(exitCode)}`) });
    });

    if (typeof input === 'string') {
      const request: ToWorker = { type: 'analyze', input: { path: input }, options, output };
      worker.postMessage(request);
    } else {
      // Bytes are copied once into a buffer of their own, and that buffer is moved, not cloned, to the worker.
      const copy = new Uint8Array(new ArrayBuffer(input.byteLength));
      copy.set(input);
      const request: ToWorker = { type: 'analyze', input: { bytes: copy }, options, output };
      worker.postMessage(request, [copy.buffer]);
    }
  });
}
