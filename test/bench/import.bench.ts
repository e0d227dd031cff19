import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { REPO_ROOT } from '../helpers/temp.ts';
import { record } from './measure.ts';
import { legacyXlsx } from './import/make-legacy-xlsx.ts';

const ROWS = 100_000;
const HOOKS = path.join(REPO_ROOT, 'test/helpers/ts-extension-hooks.mjs');

function run(args: string[]): { ms: number; maxRssMb: number; stdout: string } {
  const t0 = performance.now();
  // The RSS reporter prints the process's peak memory when it exits (the import worker's included).
  const stdout = execFileSync(process.execPath, ['--import', path.join(REPO_ROOT, 'test/bench/import/report-rss.mjs'), ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - t0;
  // The import worker thread prints the marker too when it exits; the last one is the process's.
  const marks = [...stdout.matchAll(/KTTT_MAX_RSS_MB=(\d+(?:\.\d+)?)/g)].map((m) => Number(m[1]));
  return { ms, maxRssMb: marks.length ? Math.max(...marks) : NaN, stdout: stdout.replace(/\nKTTT_MAX_RSS_MB=\d+(?:\.\d+)?\n/g, '') };
}

// Issue 4 target: a 100,000-row legacy .xlsx imported end to end by the CLI within 2× of the bare SheetJS
// read plus the bare batched insert of the same rows, with peak RSS under 1 GB.
describe('import of a 100,000-row legacy spreadsheet', () => {
  test('end to end by the CLI, beside bare read and bare insert', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kttt-bench-import-'));
    try {
      const file = path.join(dir, 'ds-htx-100k.xlsx');
      fs.writeFileSync(file, legacyXlsx(ROWS));
      const read = run(['--import', HOOKS, path.join(REPO_ROOT, 'test/bench/import/measure-child.ts'), 'read', file]);
      const insert = run(['--import', HOOKS, path.join(REPO_ROOT, 'test/bench/import/measure-child.ts'), 'insert', String(ROWS), path.join(dir, 'bare.sqlite')]);
      const cli = run([path.join(REPO_ROOT, 'out/main/cli.js'), '--db', path.join(dir, 'kttt.sqlite'), 'import', file, '--yes', '--json']);
      const json = JSON.parse(cli.stdout) as { batch: { counts: Record<string, number> } };
      const baseline = read.ms + insert.ms;
      record({ name: 'import: bare SheetJS read of 100,000 rows', ms: Math.round(read.ms), maxRssMb: Math.round(read.maxRssMb), fileMb: Math.round(fs.statSync(file).size / 1e5) / 10 });
      record({ name: 'import: bare batched insert of 100,000 rows', ms: Math.round(insert.ms), maxRssMb: Math.round(insert.maxRssMb) });
      record({
        name: 'import: CLI end to end (read, TCVN3, map, preview rules, commit)',
        ms: Math.round(cli.ms),
        maxRssMb: Math.round(cli.maxRssMb),
        ratioToReadPlusInsert: Math.round((cli.ms / baseline) * 100) / 100,
        targetRatio: 2,
        targetRssMb: 1024,
        counts: json.batch.counts,
      });
      expect(json.batch.counts).toMatchObject({ new: ROWS, error: 0 });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 900_000);
});
