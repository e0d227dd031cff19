/**
 * Keeping a failing round trip for a person: the workbook, the truth, the layout, the expected and actual
 * report, the differences, and the two command lines that replay it by hand — in one folder that outlives
 * the test's temp dirs. Only the newest failure of a run is kept (shrinking overwrites it).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Problem } from './compare.ts';
import type { Layout } from './layout.ts';
import type { Truth } from './model.ts';
import type { RoundtripResult } from './roundtrip.ts';

export function failureFolder(label: string): string {
  const dir = path.join(
    os.tmpdir(),
    'kttt-roundtrip-failures',
    `${label}-${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}`,
  );
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/** Replaces the folder's content with this failure; returns the kept workbook's path. */
export function keepFailure(folder: string, r: RoundtripResult, truth: Truth, layout: Layout, problems: readonly Problem[]): string {
  for (const f of fs.readdirSync(folder)) fs.rmSync(path.join(folder, f), { recursive: true, force: true });
  const book = path.join(folder, path.basename(r.book.file));
  fs.copyFileSync(r.book.file, book);
  const year = String(truth.year);
  const replay = [
    `npm run cli -- --db /tmp/rt.sqlite import "${book}" --yes --json${r.book.needsYear ? ` --year ${year}` : ''}`,
    `npm run cli -- --db /tmp/rt.sqlite report annual --year ${year} --format json --out /tmp/rt.json`,
  ];
  const caseJson = {
    problems: problems.map((p) => p.message),
    replayByHand: replay,
    expected: r.oracle.expected,
    report: r.report,
    dbCounts: r.dbCounts,
    truthCounts: r.truthCounts,
    importOutput: r.importOut,
    importErrors: r.importErr,
    truth,
    layout,
  };
  fs.writeFileSync(path.join(folder, 'case.json'), `${JSON.stringify(caseJson, null, 2)}\n`);
  return book;
}
