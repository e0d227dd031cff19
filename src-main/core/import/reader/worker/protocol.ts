/**
 * Messages between the main thread and the analysis worker. Plain structured-cloneable values only.
 */
import type { StagedRow, StagedSheet } from '../../staged.ts';
import type { AnalyzeOptions, AnalyzeProgress, WorkbookAnalysis } from '../analyze/types.ts';
import type { ReadErrorValue } from '../read/errors.ts';

/** Options that cross to the worker: everything but the progress callback, which stays on this side. */
export type WorkerAnalyzeOptions = Omit<AnalyzeOptions, 'onProgress'>;

/**
 * What the worker sends back: the whole analysis (the wizard's preview of every row), or the sheets
 * already staged for an import job — far fewer objects to copy back to the main thread.
 */
export type WorkerOutput = 'analysis' | 'staged';

export type ToWorker = {
  type: 'analyze';
  /** A path is read in the worker (nothing held on the main thread); bytes are transferred. */
  input: { path: string } | { bytes: Uint8Array };
  options: WorkerAnalyzeOptions;
  output: WorkerOutput;
};

export type WorkerResult = { output: 'analysis'; result: WorkbookAnalysis } | { output: 'staged'; result: StagedSheet[] };

export type FromWorker =
  | { type: 'progress'; progress: AnalyzeProgress }
  /**
   * Staged records of sheet `sheet`, a few thousand at a time, before 'done' (which then carries the
   * sheets without their rows): the main thread unpacks one part while the worker packs the next.
   */
  | { type: 'rows'; sheet: number; rows: StagedRow[] }
  | ({ type: 'done' } & WorkerResult)
  | { type: 'error'; error: ReadErrorValue };

export function isFromWorker(value: unknown): value is FromWorker {
  if (typeof value !== 'object' || value === null || !('type' in value)) return false;
  return value.type === 'progress' || value.type === 'rows' || value.type === 'done' || value.type === 'error';
}

export function isToWorker(value: unknown): value is ToWorker {
  if (typeof value !== 'object' || value === null || !('type' in value) || value.type !== 'analyze') return false;
  if (!('output' in value) || (value.output !== 'analysis' && value.output !== 'staged')) return false;
  return 'input' in value && typeof value.input === 'object' && value.input !== null && 'options' in value;
}
