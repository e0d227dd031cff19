/**
 * Fixed round trips through the hardest layouts, so a failure reads as a short list of figures: TCVN3 with a
 * 3-row merged header, district sections with subtotals and a total, statuses only in the notes; the same
 * in .xls; no date in the title (--year) with VNI and Vietnamese number text; copied rows, namesakes and
 * OCOP owners written another way. Each failing workbook is kept and its path printed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { failureFolder, keepFailure } from '../helpers/legacy-book/failures.ts';
import { officeDatabase, problemsOf, runRoundtrip, truthArb, type Layout, type Truth } from '../helpers/legacy-book/index.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kttt-roundtrip-ex-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const ALL_COLUMNS: Layout['columns'] = {
  type: false,
  regCode: true,
  founded: true,
  sectors: true,
  certificates: true,
  members: true,
  workers: true,
  regularWorkers: true,
  revenue: true,
  profit: true,
  income: true,
  status: false,
  leader: true,
  phone: false,
  capital: false,
  previousYear: false,
};

/** TCVN3 (.VnTime/.VnTimeH), 3-row header, district sections, subtotals, a total, statuses only in notes. */
const HARDEST: Layout = {
  seed: 20_240_101,
  format: 'xlsx-exceljs',
  agencies: true,
  quocHieu: true,
  listDate: 'den',
  attachedTo: true,
  headerRows: 3,
  numberRow: 'paren',
  shuffleColumns: true,
  upperHeaders: true,
  sections: 'district',
  subtotals: true,
  total: 'bottom',
  countLine: true,
  signature: true,
  blankRows: true,
  encoding: 'tcvn3',
  capitalsFont: true,
  moneyUnit: 'trieu',
  moneyUnitWhere: 'group',
  incomeUnit: 'trieu',
  numbersAsText: 1,
  negatives: 'paren',
  dates: ['serial', 'slash', 'short', 'dot'],
  statusMode: 'notes',
  blankWhenActive: false,
  address: 'split',
  districtFromSection: true,
  columns: ALL_COLUMNS,
  regCodeAsNumber: true,
  formulasInTotals: true,
  thtSheet: false,
  ocop: { stars: 'mixed', decision: 'split', address: false, sectionsByStar: true, ownerVariants: true, title: true },
  emptySheets: true,
  ocopFirst: false,
};

function truthOf(seed: number): Truth {
  const t = fc.sample(truthArb({ minOrgs: 8, maxOrgs: 14 }), { seed, numRuns: 1 })[0];
  if (!t) throw new Error('no sample');
  return t;
}

/** Two copied rows (one marked "Trùng"), a namesake in another commune, and OCOP products of both. */
function withTraps(truth: Truth): Truth {
  const orgs = truth.orgs.map((o) => ({ ...o }));
  const [a, b] = orgs;
  if (!a || !b) throw new Error('too small');
  a.duplicate = 'marked';
  b.duplicate = 'copy';
  const pair = orgs.slice(2).flatMap((x, i) =>
    orgs
      .slice(i + 3)
      .filter(
        (y) =>
          y.type === x.type &&
          y.place.communeName !== x.place.communeName &&
          !orgs.some((z) => z !== x && z.name === x.name && z.place.communeName === y.place.communeName),
      )
      .map((y) => [x, y] as const),
  )[0];
  if (pair) pair[1].name = pair[0].name;
  const owner = pair?.[0] ?? a;
  const ocop = [
    ...truth.ocop,
    {
      product: 'Mật ong bạc hà',
      owner: { kind: 'org' as const, key: a.key },
      stars: 4 as const,
      decided: { kind: 'year' as const, y: truth.year - 1 },
      decisionNo: '12/QĐ-UBND',
    },
    {
      product: 'Chè Shan tuyết',
      owner: { kind: 'org' as const, key: owner.key },
      stars: 3 as const,
      decided: { kind: 'date' as const, date: { y: truth.year, m: 3, d: 5 } },
      decisionNo: '345/QĐ-UBND',
    },
  ];
  return { ...truth, orgs, ocop };
}

async function roundtrip(truth: Truth, layout: Layout): Promise<void> {
  const dir = fs.mkdtempSync(path.join(root, 'case-'));
  const r = await runRoundtrip(truth, layout, dir, await officeDatabase(root));
  const problems = problemsOf(r);
  const kept = problems.length > 0 ? keepFailure(failureFolder('example'), r, truth, layout, problems) : '';
  expect(
    problems.map((p) => p.message),
    `workbook kept: ${kept}`,
  ).toEqual([]);
}

describe('import round trip (examples)', () => {
  it('TCVN3, a 3-row header, district sections with subtotals and a total, statuses only in the notes (.xlsx)', async () => {
    await roundtrip(truthOf(101), HARDEST);
  });

  it("the same in an .xls (BIFF8) without font names, TCVN3 capitals in the small letters' bytes, sections by type, total on top", async () => {
    await roundtrip(truthOf(202), {
      ...HARDEST,
      seed: 7,
      format: 'xls-biff8',
      sections: 'type',
      total: 'top',
      numberRow: 'mixed',
      moneyUnit: 'nghin',
      moneyUnitWhere: 'dvt',
      numbersAsText: 2,
    });
  });

  it('no date in the title (--year), VNI, a 2-row header, money as Vietnamese text, THT on their own sheet dated by the cooperation contract', async () => {
    await roundtrip(truthOf(303), {
      ...HARDEST,
      seed: 11,
      format: 'xlsx-sheetjs',
      listDate: 'none',
      attachedTo: false,
      encoding: 'vni',
      headerRows: 2,
      statusMode: 'column',
      columns: { ...ALL_COLUMNS, status: true, type: true },
      thtSheet: true,
      sections: 'none',
      numbersAsText: 2,
      dates: ['dash', 'words'],
    });
  });

  it('copied rows (one marked "Trùng"), namesakes in two communes, OCOP owners written "Hợp tác xã …", in capitals, "Hoà"', async () => {
    await roundtrip(withTraps(truthOf(404)), {
      ...HARDEST,
      seed: 13,
      encoding: 'unicode',
      headerRows: 2,
      sections: 'none',
      ocop: { ...HARDEST.ocop, address: true, sectionsByStar: false },
    });
  });

  it('mixed encodings column by column (TCVN3, VNI, NFD, NFC), commune names without "xã", statuses in a column with dissolution dates in the notes', async () => {
    await roundtrip(truthOf(505), {
      ...HARDEST,
      seed: 17,
      encoding: 'columns',
      address: 'bare-commune',
      districtFromSection: false,
      sections: 'district',
      statusMode: 'column',
      columns: { ...ALL_COLUMNS, status: true, previousYear: true },
    });
  });
});
