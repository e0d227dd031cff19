/**
 * The import judged from the outside: a random registry (truth) is written as a clerk's legacy workbook in a
 * random layout, imported by `kttt import --yes --json` into a fresh database, and `kttt report annual
 * --format json` must then state exactly the figures the truth gives (oracle.ts, from indicators.md) — and
 * the database must hold each organization once, and the import's accounting must add up.
 *
 * Written without reading the importer. Replay a failure with the seed and path fast-check prints:
 *   KTTT_RT_SEED=<seed> KTTT_RT_PATH=<path> npx vitest run test/roundtrip/import-roundtrip.property.test.ts
 * The failing workbook and a case.json (truth, layout, expected, actual, differences) are kept in the folder
 * the failure message names, under <tmp>/kttt-roundtrip-failures/. KTTT_RT_RUNS changes the number of runs.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, it } from 'vitest';
import { failureFolder, keepFailure } from '../helpers/legacy-book/failures.ts';
import { layoutArb, officeDatabase, problemsOf, runRoundtrip, truthArb } from '../helpers/legacy-book/index.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kttt-roundtrip-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function replayParameters(): { seed?: number; path?: string } {
  const seed = process.env.KTTT_RT_SEED;
  if (seed === undefined || seed === '') return {};
  const p = process.env.KTTT_RT_PATH;
  return p === undefined || p === '' ? { seed: Number(seed) } : { seed: Number(seed), path: p };
}

describe('import round trip (property)', () => {
  it('imports a random legacy workbook so that the annual report equals the one computed from its registry', async () => {
    const template = await officeDatabase(root);
    let kept: string | null = null;
    await fc.assert(
      fc.asyncProperty(truthArb(), layoutArb, async (truth, layout) => {
        const dir = fs.mkdtempSync(path.join(root, 'case-'));
        try {
          const r = await runRoundtrip(truth, layout, dir, template);
          const problems = problemsOf(r);
          if (problems.length === 0) return;
          kept ??= failureFolder('property');
          const book = keepFailure(kept, r, truth, layout, problems);
          throw new Error(
            `${problems.length} difference(s) for year ${truth.year}, ${truth.orgs.length} organizations, ${truth.ocop.length} OCOP products:\n  ${problems.map((x) => x.message).join('\n  ')}\nWorkbook kept: ${book}\nCase (truth, layout, expected, actual): ${path.join(kept, 'case.json')}`,
          );
        } finally {
          fs.rmSync(dir, { recursive: true, force: true });
        }
      }),
      {
        numRuns: Number(process.env.KTTT_RT_RUNS ?? 200),
        interruptAfterTimeLimit: 300_000,
        markInterruptAsFailure: true,
        ...replayParameters(),
      },
    );
  }, 420_000);
});
