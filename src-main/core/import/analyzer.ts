import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createAnalyzer } from './reader/analyze/staged-adapter.ts';
import type { CoreContext } from '../context.ts';
import type { Analyzer } from './service.ts';

/**
 * The reader behind every import: in a worker thread when the door gives the built worker (the window
 * and the browser door never freeze on a large file), in-thread otherwise (tests run from sources).
 */
export function analyzerFor(ctx: Pick<CoreContext, 'importWorkerUrl'>): Analyzer {
  return createAnalyzer(ctx.importWorkerUrl ? { workerUrl: ctx.importWorkerUrl } : undefined);
}

/**
 * The worker built beside a door's entry file (out/main/importWorker.js), as an openApp option; empty when
 * running from sources, where there is no built worker.
 */
export function importWorkerOption(entryUrl: string): { importWorkerUrl?: URL } {
  const url = new URL('./importWorker.js', entryUrl);
  return fs.existsSync(fileURLToPath(url)) ? { importWorkerUrl: url } : {};
}
