/**
 * Triage tools, not checks (skipped unless asked):
 * - KTTT_RT_TRIAGE=<cases> [KTTT_RT_TRIAGE_SEED=1000]: runs the property's cases seed by seed without
 *   stopping, finds in each the causes of causes.ts, counts them, and shrinks one case per cause to a
 *   seed/path that the property test replays (KTTT_RT_SEED, KTTT_RT_PATH); causes no scanned case showed
 *   alone are looked for in up to KTTT_RT_TRIAGE_MORE (600) further seeds. Writes causes.json and one
 *   folder per cause (workbook + case.json) under <tmp>/kttt-roundtrip-failures/triage-…/. The counts are
 *   lower bounds: a case where two causes give the same difference shows neither alone.
 * - KTTT_RT_FACTORS=<cases per factor>: runs the plain baseline and each one-trap factor of factors.ts on the
 *   same registries and writes factors.json: the differences each factor adds to the baseline's.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAUSES, type Cause } from '../helpers/legacy-book/causes.ts';
import { BASELINE, FACTORS, simplify } from '../helpers/legacy-book/factors.ts';
import { failureFolder, keepFailure } from '../helpers/legacy-book/failures.ts';
import { layoutArb, officeDatabase, truthArb, type Layout, type Problem, type Truth } from '../helpers/legacy-book/index.ts';
import { runner, shows, type Runner } from '../helpers/legacy-book/triage.ts';

const CASES = Number(process.env.KTTT_RT_TRIAGE ?? 0);
const PER_FACTOR = Number(process.env.KTTT_RT_FACTORS ?? 0);
const BASE_SEED = Number(process.env.KTTT_RT_TRIAGE_SEED ?? 1000);

interface Seen {
  seed: number;
  size: number;
  ms: number;
  causes: string[];
  /** Differences no cause explains. */
  unexplained: string[];
  /** Found by the search for rare causes, after the scan (not counted in the statistics). */
  extra?: boolean;
}

/** The property's first case for a seed (what KTTT_RT_SEED=seed KTTT_RT_PATH=0 replays). */
async function caseOf(seed: number, body: (t: Truth, l: Layout) => Promise<boolean>): Promise<fc.RunDetails<[Truth, Layout]>> {
  return fc.check(fc.asyncProperty(truthArb(), layoutArb, body), { seed, path: '0', numRuns: 1, endOnFailure: true });
}

async function scan(r: Runner): Promise<Seen[]> {
  const seen: Seen[] = [];
  for (let i = 0; i < CASES; i++) {
    const seed = BASE_SEED + i;
    const t0 = performance.now();
    await caseOf(seed, async (truth, layout) => {
      const outcome = await r.run(truth, layout);
      const { problems } = outcome;
      const causes: Cause[] = [];
      for (const c of CAUSES) if (await shows(c, truth, layout, outcome, r)) causes.push(c);
      const unexplained = [...new Set(problems.filter((p) => !causes.some((c) => c.shows(p))).map((p) => p.key))];
      seen.push({ seed, size: truth.orgs.length + truth.ocop.length, ms: 0, causes: causes.map((c) => c.name), unexplained });
      return true;
    });
    const last = seen[seen.length - 1];
    if (last) last.ms = performance.now() - t0;
  }
  return seen;
}

/** Causes no scanned case showed alone: more seeds, looking for those only (KTTT_RT_TRIAGE_MORE seeds at most). */
async function searchRare(r: Runner, seen: Seen[]): Promise<void> {
  const more = Number(process.env.KTTT_RT_TRIAGE_MORE ?? 600);
  let missing = CAUSES.filter((c) => !seen.some((s) => s.causes.includes(c.name)));
  for (let j = 0; j < more && missing.length > 0; j++) {
    const seed = BASE_SEED + CASES + j;
    await caseOf(seed, async (truth, layout) => {
      const wanted = missing.filter((c) => c.applies(truth, layout));
      if (wanted.length === 0) return true;
      const outcome = await r.run(truth, layout);
      const found: string[] = [];
      for (const c of wanted) if (await shows(c, truth, layout, outcome, r)) found.push(c.name);
      if (found.length > 0)
        seen.push({ seed, size: truth.orgs.length + truth.ocop.length, ms: 0, causes: found, unexplained: [], extra: true });
      return true;
    });
    missing = missing.filter((c) => !seen.some((s) => s.causes.includes(c.name)));
  }
}

async function shrink(
  cause: Cause,
  seed: number,
  r: Runner,
  folder: string,
): Promise<{ seed: number; path: string | null; problems: string[] }> {
  let kept: Problem[] = [];
  const details = await fc.check(
    fc.asyncProperty(truthArb(), layoutArb, async (truth, layout) => {
      const outcome = await r.run(truth, layout);
      if (!(await shows(cause, truth, layout, outcome, r))) return true;
      kept = outcome.problems;
      keepFailure(folder, outcome.result, truth, layout, outcome.problems);
      return false;
    }),
    { seed, path: '0', numRuns: 1, interruptAfterTimeLimit: 90_000 },
  );
  return { seed: details.seed, path: details.counterexamplePath, problems: kept.map((p) => p.message) };
}

describe.runIf(CASES > 0)('import round trip (triage by cause)', () => {
  it('finds the causes of causes.ts in many cases and shrinks one case per cause', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kttt-triage-'));
    const r = runner(root, await officeDatabase(root));
    const out = failureFolder('triage');
    const seen = await scan(r);
    await searchRare(r, seen);
    const causes = [];
    for (const cause of CAUSES) {
      const hits = seen.filter((s) => s.causes.includes(cause.name)).sort((a, b) => a.size - b.size);
      const counted = hits.filter((s) => !s.extra).length;
      const from = hits[0];
      if (!from) {
        causes.push({ cause: cause.name, cases: 0 });
        continue;
      }
      const folder = path.join(out, String(causes.length + 1).padStart(2, '0'));
      fs.mkdirSync(folder, { recursive: true });
      causes.push({ cause: cause.name, cases: counted, folder, ...(await shrink(cause, from.seed, r, folder)) });
    }
    const unexplained = new Map<string, number[]>();
    const scanned = seen.filter((s) => !s.extra);
    for (const s of scanned) for (const k of s.unexplained) unexplained.set(k, [...(unexplained.get(k) ?? []), s.seed]);
    const times = scanned.map((s) => s.ms).sort((a, b) => a - b);
    const summary = {
      cases: scanned.length,
      failing: scanned.filter((s) => s.causes.length + s.unexplained.length > 0).length,
      msMedian: times[Math.floor(times.length / 2)],
      causes,
      unexplained: Object.fromEntries(unexplained),
      perSeed: seen,
    };
    fs.writeFileSync(path.join(out, 'causes.json'), `${JSON.stringify(summary, null, 2)}\n`);
    console.log(`triage written to ${path.join(out, 'causes.json')}`);
    fs.rmSync(root, { recursive: true, force: true });
    expect(scanned.length).toBe(CASES);
  }, 7_200_000);
});

describe.runIf(PER_FACTOR > 0)('import round trip (triage by factor)', () => {
  it('runs the baseline and each one-trap factor on the same registries', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kttt-factors-'));
    const r = runner(root, await officeDatabase(root));
    const out = failureFolder('factors');
    const truths = Array.from(
      { length: PER_FACTOR },
      (_x, i) => fc.sample(truthArb({ maxOrgs: 12 }), { seed: BASE_SEED + i, numRuns: 1 })[0],
    ).filter((t): t is Truth => t !== undefined);
    const results = [];
    /** The baseline's differences for each registry: a factor is blamed only for differences beyond them. */
    const baseline: Array<Set<string>> = [];
    for (const factor of FACTORS) {
      const keys = new Map<string, number>();
      let failing = 0;
      let smallest = Infinity;
      for (const [i, raw] of truths.entries()) {
        const truth = simplify(raw, new Set(factor.traits ?? []));
        const layout = { ...(factor.layout ?? ((l: Layout) => l))(BASELINE), seed: BASE_SEED + i };
        const { problems: all, result } = await r.run(truth, layout);
        if (factor.name === 'baseline') baseline[i] = new Set(all.map((p) => p.key));
        const problems = factor.name === 'baseline' ? all : all.filter((p) => !baseline[i]?.has(p.key));
        if (problems.length === 0) continue;
        failing += 1;
        for (const k of new Set(problems.map((p) => p.key))) keys.set(k, (keys.get(k) ?? 0) + 1);
        if (truth.orgs.length + truth.ocop.length < smallest) {
          smallest = truth.orgs.length + truth.ocop.length;
          const folder = path.join(out, factor.name.replace(/[^\p{L}\d.-]+/gu, '_'));
          fs.mkdirSync(folder, { recursive: true });
          keepFailure(folder, result, truth, layout, problems);
        }
      }
      results.push({
        factor: factor.name,
        failing,
        of: truths.length,
        keys: Object.fromEntries([...keys.entries()].sort((a, b) => b[1] - a[1])),
      });
    }
    fs.writeFileSync(path.join(out, 'factors.json'), `${JSON.stringify(results, null, 2)}\n`);
    console.log(`factors written to ${path.join(out, 'factors.json')}`);
    fs.rmSync(root, { recursive: true, force: true });
    expect(results.length).toBe(FACTORS.length);
  }, 3_600_000);
});
