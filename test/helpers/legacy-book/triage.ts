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

export interface Runner {
  run(truth: Truth, layout: Layout): Promise<{ problems: Problem[]; result: RoundtripResult }>;
}

/** Runs cases in numbered folders under root, keeping only the workbook afterwards. */
export function runner(root: string, template: string): Runner {
  return {
    async run(truth, layout) {
      const dir = fs.mkdtempSync(path.join(root, 'case-'));
      const result = await runRoundtrip(truth, layout, dir, template);
      for (const f of fs.readdirSync(dir)) if (f !== path.basename(result.book.file)) fs.rmSync(path.join(dir, f), { recursive: true, force: true });
      return { problems: problemsOf(result).filter((p) => !UNIVERSAL.has(p.key)), result };
    },
  };
}

const rowsLost = (ps: readonly Problem[]) => ps.some((p) => p.key.startsWith('db:') || p.key === 'import:exit');

/** Does this case show the cause? Costs one more round trip when the cause has a counterfactual. */
export async function shows(cause: Cause, truth: Truth, layout: Layout, problems: readonly Problem[], r: Runner): Promise<boolean> {
  if (!cause.applies(truth, layout)) return false;
  const hit = problems.filter((p) => cause.shows(p));
  if (hit.length === 0) return false;
  const aboutRows = hit.some((p) => p.key.startsWith('db:') || p.key === 'import:exit');
  if (!aboutRows && rowsLost(problems)) return false;
  if (!cause.without) return true;
  const alt = cause.without(truth, layout);
  const after = await r.run(alt.truth, alt.layout);
  return !after.problems.some((p) => cause.shows(p));
}
