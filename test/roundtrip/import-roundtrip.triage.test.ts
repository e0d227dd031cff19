/**
 * A triage tool, not a check (skipped unless KTTT_RT_TRIAGE=<number of cases>): runs the round trip on many
 * seeds without stopping, groups the differences by figure, lists the layout options and truth traits that
 * go with each group, and shrinks one case per group to a small seed/path that the property test replays:
 *   KTTT_RT_TRIAGE=200 [KTTT_RT_TRIAGE_SEED=1000] npx vitest run test/roundtrip/import-roundtrip.triage.test.ts
 * Writes triage.json and the shrunk workbooks under <tmp>/kttt-roundtrip-failures/triage-…/.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { failureFolder, keepFailure } from '../helpers/legacy-book/failures.ts';
import { caseFeatures } from '../helpers/legacy-book/features.ts';
import { layoutArb, officeDatabase, problemsOf, runRoundtrip, truthArb, type Layout, type Problem, type Truth } from '../helpers/legacy-book/index.ts';

const CASES = Number(process.env.KTTT_RT_TRIAGE ?? 0);
const BASE_SEED = Number(process.env.KTTT_RT_TRIAGE_SEED ?? 1000);
/** Differences every case shows today (the import JSON's missing fields) are not a group of their own. */
const UNIVERSAL = new Set(['import:shape']);

interface Seen {
  seed: number;
  size: number;
  keys: string[];
  features: string[];
  ms: number;
}

type Check = (truth: Truth, layout: Layout) => Promise<Problem[]>;

function lift(check: Check, failWhen: (p: Problem[]) => boolean, onFailure: () => void) {
  return fc.asyncProperty(truthArb(), layoutArb, async (truth, layout) => {
    const problems = await check(truth, layout);
    if (!failWhen(problems)) return true;
    onFailure();
    return false;
  });
}

/** Features over-represented among the cases with this key (share with key vs share overall). */
function suspects(all: readonly Seen[], key: string): string[] {
  const hit = all.filter((s) => s.keys.includes(key));
  const counts = new Map<string, [number, number]>();
  for (const s of all) for (const f of s.features) {
    const c = counts.get(f) ?? [0, 0];
    c[1] += 1;
    if (s.keys.includes(key)) c[0] += 1;
    counts.set(f, c);
  }
  return [...counts.entries()]
    .map(([f, [h, n]]) => ({ f, lift: h / hit.length - n / all.length, h, n }))
    .filter((x) => x.lift > 0.2)
    .sort((a, b) => b.lift - a.lift)
    .slice(0, 6)
    .map((x) => `${x.f} (${x.h}/${hit.length} vs ${x.n}/${all.length})`);
}

describe.runIf(CASES > 0)('import round trip (triage)', () => {
  it('groups the failures of many cases and shrinks one per group', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kttt-triage-'));
    const template = await officeDatabase(root);
    const out = failureFolder('triage');
    interface Kept {
      problems: Problem[];
      keep: (folder: string) => void;
    }
    const state: { last: Kept | null; failing: Kept | null } = { last: null, failing: null };
    const check: Check = async (truth, layout) => {
      const dir = fs.mkdtempSync(path.join(root, 'case-'));
      const r = await runRoundtrip(truth, layout, dir, template);
      const problems = problemsOf(r);
      state.last = { problems, keep: (folder) => keepFailure(folder, r, truth, layout, problems) };
      // the workbook stays (a later keep() copies it); the database goes
      for (const f of fs.readdirSync(dir)) if (f !== path.basename(r.book.file)) fs.rmSync(path.join(dir, f), { recursive: true, force: true });
      return problems;
    };
    const seen: Seen[] = [];
    for (let i = 0; i < CASES; i++) {
      const seed = BASE_SEED + i;
      const t0 = performance.now();
      await fc.check(fc.asyncProperty(truthArb(), layoutArb, async (truth, layout) => {
        const problems = await check(truth, layout).catch((err: unknown) => [{ key: 'harness:error', message: String(err) }]);
        seen.push({ seed, size: truth.orgs.length + truth.ocop.length, keys: [...new Set(problems.map((p) => p.key))], features: caseFeatures(truth, layout), ms: 0 });
      }), { seed, numRuns: 1, endOnFailure: true });
      const s = seen[seen.length - 1];
      if (s) s.ms = performance.now() - t0;
    }
    const keys = [...new Set(seen.flatMap((s) => s.keys))].filter((k) => !UNIVERSAL.has(k)).sort();
    const groups = [];
    for (const key of keys) {
      const hits = seen.filter((s) => s.keys.includes(key)).sort((a, b) => a.size - b.size);
      const from = hits[0];
      if (!from) continue;
      const folder = path.join(out, key.replace(/[^\w.-]+/g, '_'));
      fs.mkdirSync(folder, { recursive: true });
      state.failing = null;
      const run = await fc.check(lift(check, (p) => p.some((x) => x.key === key), () => (state.failing = state.last)), { seed: from.seed, path: '0', numRuns: 1, interruptAfterTimeLimit: 45_000 });
      const shrunk = state.failing as Kept | null;
      shrunk?.keep(folder);
      groups.push({ key, cases: hits.length, suspects: suspects(seen, key), seed: run.seed, path: run.counterexamplePath, problems: shrunk?.problems.map((p) => p.message) ?? [], folder });
    }
    const times = seen.map((s) => s.ms).sort((a, b) => a - b);
    const summary = { cases: seen.length, failing: seen.filter((s) => s.keys.some((k) => !UNIVERSAL.has(k))).length, msMedian: times[Math.floor(times.length / 2)], msTotal: times.reduce((a, b) => a + b, 0), groups, perSeed: seen };
    fs.writeFileSync(path.join(out, 'triage.json'), `${JSON.stringify(summary, null, 2)}\n`);
    console.log(`triage written to ${path.join(out, 'triage.json')}`);
    fs.rmSync(root, { recursive: true, force: true });
    expect(seen.length).toBe(CASES);
  }, 3_600_000);
});
