// A commit run in its own process from the sources, for the crash-safety test: after MARK_AFTER rows it
// says so on stderr and holds still, so the test's SIGKILL lands inside the open transaction.
// Usage: node test/helpers/import-child.ts DB FILE [MARK_AFTER]
import fs from 'node:fs';
import path from 'node:path';
import { openApp } from '../../src-main/core/app.ts';
import { analyzerFor } from '../../src-main/core/import/analyzer.ts';
import { ImportService } from '../../src-main/core/import/service.ts';
import { RESOURCES_DIR } from './paths.ts';

const [db, file, markAfter] = process.argv.slice(2);
if (db === undefined || file === undefined) throw new Error('usage: import-child.ts DB FILE [MARK_AFTER]');
const mark = markAfter === undefined ? undefined : Number(markAfter);

const app = await openApp({ dbPath: db, resourcesDir: RESOURCES_DIR, appVersion: 'test' });
const afterRow = (played: number): void => {
  if (played !== mark) return;
  process.stderr.write('KTTT_COMMIT_MIDWAY\n');
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5000);
};
const service = new ImportService(app.ctx, analyzerFor(app.ctx), mark === undefined ? {} : { afterRow });
const bytes = fs.readFileSync(file);
const result = await service.run({ fileName: path.basename(file), bytes, commit: true, allRows: false });
await app.close();
process.stdout.write(`${JSON.stringify(result.batch?.counts)}\n`);
