/**
 * Entry of the analysis worker thread (node:worker_threads). It receives one request, analyzes the
 * workbook with the same code the tests run directly, posts progress and then the result (the analysis,
 * or the staged sheets) or a typed error, and exits. The build must emit it as its own file (see
 * run-in-worker.ts).
 */
import path from 'node:path';
import { parentPort } from 'node:worker_threads';
import { analyzeBytes } from '../analyze/analyze-workbook.ts';
import { toStagedSheets } from '../analyze/to-staged.ts';
import { WorkbookReadError } from '../read/errors.ts';
import { withDefaults } from '../read/limits.ts';
import { readFileBytes } from '../read/read-workbook.ts';
import { type FromWorker, isToWorker } from './protocol.ts';

/** Staged records per message (see protocol.ts: 'rows'). */
const ROWS_PER_MESSAGE = 5_000;

function send(message: FromWorker): void {
  parentPort?.postMessage(message);
}

async function handle(message: unknown): Promise<void> {
  if (!isToWorker(message)) {
    send({ type: 'error', error: new WorkbookReadError('internal', undefined, 'bad request').toJSON() });
    return;
  }
  const { input, options, output } = message;
  try {
    const limits = withDefaults(options.limits);
    const deadline = Date.now() + limits.timeoutMs;
    send({ type: 'progress', progress: { phase: 'read', done: 0, total: 1, label: 'Đang đọc tệp…' } });
    const bytes = 'path' in input ? await readFileBytes(input.path, limits.maxFileBytes) : input.bytes;
    const fileName = options.fileName ?? ('path' in input ? path.basename(input.path) : undefined);
    const named = fileName === undefined ? options : { ...options, fileName };
    const result = analyzeBytes(bytes, { ...named, onProgress: (progress) => send({ type: 'progress', progress }) }, deadline);
    if (output === 'staged') {
      const sheets = toStagedSheets(result.sheets);
      sheets.forEach((sheet, index) => {
        for (let i = 0; i < sheet.rows.length; i += ROWS_PER_MESSAGE)
          send({ type: 'rows', sheet: index, rows: sheet.rows.slice(i, i + ROWS_PER_MESSAGE) });
      });
      send({ type: 'done', output, result: sheets.map((sheet) => ({ ...sheet, rows: [] })) });
    } else send({ type: 'done', output, result });
  } catch (thrown) {
    const error =
      thrown instanceof WorkbookReadError
        ? thrown
        : thrown instanceof RangeError && /memory|allocation|array length/i.test(thrown.message)
          ? new WorkbookReadError('out-of-memory', undefined, thrown.message)
          : new WorkbookReadError('internal', undefined, thrown instanceof Error ? (thrown.stack ?? thrown.message) : String(thrown));
    send({ type: 'error', error: error.toJSON() });
  }
}

parentPort?.once('message', (message: unknown) => {
  void handle(message);
});
