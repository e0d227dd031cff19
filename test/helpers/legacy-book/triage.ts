/**
 * Triage of round-trip failures by cause: a case shows a cause when the cause's differences appear and
 * disappear once the case loses the cause's trait (causes.ts). Row losses are set apart first, so a figure
 * that is wrong only because its row was lost is not blamed on another cause.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Cause } from './causes.ts';
import type { Problem } from './compare.ts';
import { problemsOf } from './compare.ts';
import type { Layout } from './layout.ts';
import type { Truth } from './model.ts';
import { runRoundtrip, type RoundtripResult } from './roundtrip.ts';

/** Differences every case shows today (the import JSON's missing fields): not a cause of their own. */
export const UNIVERSAL = new Set(['import:shape']);

export interface Outcome {
  problems: Problem[];
  result: RoundtripResult;
}

export interface Runner {
  run(truth: Truth, layout: Layout): Promise<Outcome>;
}

/** Runs cases in numbered folders under root, keeping only the workbook afterwards. */
export function runner(root: string, template: string): Runner {
  return {
    async run(truth, layout) {
      const dir = fs.mkdtempSync(path.join(root, 'case-'));
      const result = await runRoundtrip(truth, layout, dir, template);
      for (const f of fs.readdirSync(dir))
        if (f !== path.basename(result.book.file)) fs.rmSync(path.join(dir, f), { recursive: true, force: true });
      return { problems: problemsOf(result).filter((p) => !UNIVERSAL.has(p.key)), result };
    },
  };
}

const aboutRows = (p: Problem) => p.key.startsWith('db:') || p.key === 'import:exit';

/** Organizations missing or extra in the database, all types together. */
function rowError(r: RoundtripResult): number {
  const db = r.dbCounts;
  return Object.entries(r.truthCounts).reduce((s, [t, n]) => s + Math.abs((db ? db[t as keyof typeof db] : -1000) - n), 0);
}

function refusals(o: Outcome): Set<string> {
  return new Set(o.problems.filter((p) => p.key === 'import:exit').map((p) => p.message));
}

/**
 * Does this case show the cause? A row cause shows when taking its trait away brings rows back (or lifts a
 * refusal); a figure cause, in a case that lost no rows, when its differences go away. Costs one more round
 * trip when the cause has a counterfactual.
 */
export async function shows(cause: Cause, truth: Truth, layout: Layout, before: Outcome, r: Runner): Promise<boolean> {
  if (!cause.applies(truth, layout)) return false;
  const hit = before.problems.filter((p) => cause.shows(p));
  if (hit.length === 0) return false;
  const rows = hit.every(aboutRows);
  if (!rows && before.problems.some(aboutRows)) return false;
  if (!cause.without) return true;
  const alt = cause.without(truth, layout);
  const after = await r.run(alt.truth, alt.layout);
  if (!rows) return !after.problems.some((p) => cause.shows(p));
  const lifted = [...refusals(before)].some((m) => !refusals(after).has(m));
  return lifted || (refusals(before).size === 0 && rowError(after.result) < rowError(before.result));
}
