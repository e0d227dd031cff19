/**
 * The importer's first half as one call: a file (path or bytes) → every sheet understood, mapped and
 * converted, with no database involved. Runs on the calling thread; analyzeWorkbookInWorker runs the
 * same code off the main thread with a time limit and cancellation.
 */
import path from 'node:path';
import { WorkbookReadError } from '../read/errors.ts';
import { withDefaults } from '../read/limits.ts';
import type { Workbook } from '../read/model.ts';
import { readFileBytes, readWorkbook } from '../read/read-workbook.ts';
import { analyzeSheet } from './sheet.ts';
import type { AnalyzeOptions, WorkbookAnalysis } from './types.ts';

/** Analyze a workbook already read (tests build these by hand). */
export function analyzeParsedWorkbook(workbook: Workbook, options: AnalyzeOptions = {}, deadline?: number): WorkbookAnalysis {
  const result: WorkbookAnalysis = {
    fileName: options.fileName ?? '',
    format: workbook.format,
    date1904: workbook.date1904,
    sheets: [],
    warnings: [...workbook.warnings],
  };
  const total = workbook.sheets.length;
  workbook.sheets.forEach((sheet, index) => {
    if (deadline !== undefined && Date.now() > deadline) throw new WorkbookReadError('timeout');
    options.onProgress?.({ phase: 'sheet', done: index, total, label: `Đang phân tích trang “${sheet.name}”…` });
    if (options.sheets?.[sheet.name]?.skip === true) return;
    result.sheets.push(analyzeSheet(workbook, sheet, index, options));
  });
  options.onProgress?.({ phase: 'sheet', done: total, total, label: 'Đã phân tích xong.' });
  return result;
}

/**
 * Read and analyze a workbook. `input` is a file path or the file's bytes. Throws WorkbookReadError
 * (Vietnamese message, typed code) for a file that cannot be read; a file that can be read but holds no
 * recognisable table still gives an analysis, with warnings.
 */
export async function analyzeWorkbook(input: string | Uint8Array, options: AnalyzeOptions = {}): Promise<WorkbookAnalysis> {
  const limits = withDefaults(options.limits);
  const deadline = Date.now() + limits.timeoutMs;
  options.onProgress?.({ phase: 'read', done: 0, total: 1, label: 'Đang đọc tệp…' });
  const bytes = typeof input === 'string' ? await readFileBytes(input, limits.maxFileBytes) : input;
  const named = options.fileName === undefined && typeof input === 'string' ? { ...options, fileName: path.basename(input) } : options;
  return analyzeBytes(bytes, named, deadline);
}

/** Synchronous form, for the worker and for tests. */
export function analyzeBytes(bytes: Uint8Array, options: AnalyzeOptions = {}, deadline?: number): WorkbookAnalysis {
  const limits = withDefaults(options.limits);
  const until = deadline ?? Date.now() + limits.timeoutMs;
  const workbook = readWorkbook(bytes, { limits, deadline: until });
  options.onProgress?.({ phase: 'read', done: 1, total: 1, label: 'Đã đọc tệp.' });
  return analyzeParsedWorkbook(workbook, options, until);
}
