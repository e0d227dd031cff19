/**
 * The generator checked on its own, without the app: legacy text round-trips through the GPL tables, and a
 * written workbook read back with SheetJS holds every organization (twice when copied), its figures and the
 * title's date, whatever the layout.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { CHARSET_TABLE, decodeLegacy, encodeLegacy } from '../helpers/legacy-book/charsets.ts';
import { decimalsFor, excelSerial, MONEY_FACTOR, viNumber } from '../helpers/legacy-book/cells.ts';
import { layoutArb, type Layout } from '../helpers/legacy-book/layout.ts';
import type { Truth } from '../helpers/legacy-book/model.ts';
import { oldProvince } from '../helpers/legacy-book/places.ts';
import { truthArb } from '../helpers/legacy-book/registry.ts';
import { newTonePlacement } from '../helpers/legacy-book/tones.ts';
import { EXTERNAL_OWNERS, NAME_PLACES, NAME_STEMS, OCOP_PRODUCTS, SECTOR_ITEMS } from '../helpers/legacy-book/words.ts';
import { writeLegacyBook } from '../helpers/legacy-book/write.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kttt-legacy-book-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const norm = (s: string) => newTonePlacement(s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim());

/** What a text cell may say: as stored, or decoded from TCVN3 or VNI. */
function readings(s: string): string[] {
  return [s, decodeLegacy(s, 'TCVN3'), decodeLegacy(s, 'VNI-WIN')].map(norm);
}

function cellsOf(ws: XLSX.WorkSheet): XLSX.CellObject[][] {
  const range = XLSX.utils.decode_range(ws['!ref'] ?? 'A1:A1');
  const rows: XLSX.CellObject[][] = [];
  for (let r = range.s.r; r <= range.e.r; r++) {
    const row: XLSX.CellObject[] = [];
    for (let c = range.s.c; c <= range.e.c; c++) row.push(ws[XLSX.utils.encode_cell({ r, c })] ?? { t: 'z' });
    rows.push(row);
  }
  return rows;
}

/** A cell as a number: a number cell, or Vietnamese number text ("1.234,5", "(1.234)"). */
function numberOf(c: XLSX.CellObject): number | null {
  if (c.t === 'n' && typeof c.v === 'number') return c.v;
  if (c.t !== 's' || typeof c.v !== 'string' || !/^\(?-?[\d.]+(,\d+)?\)?$/.test(c.v)) return null;
  const negative = c.v.startsWith('(') || c.v.startsWith('-');
  const n = Number(c.v.replace(/[()-]/g, '').replace(/\./g, '').replace(',', '.'));
  return negative ? -n : n;
}

function checkBook(truth: Truth, layout: Layout, wb: XLSX.WorkBook): void {
  const orgSheets = wb.SheetNames.filter((n) => !/OCOP/.test(n)).map((n) => cellsOf(wb.Sheets[n] ?? {}));
  const rows = orgSheets.flat();
  const nameRows = new Map<string, XLSX.CellObject[][]>();
  for (const row of rows) {
    for (const c of row) {
      if (c.t !== 's' || typeof c.v !== 'string') continue;
      for (const r of new Set(readings(c.v))) nameRows.set(r, [...(nameRows.get(r) ?? []), row]);
    }
  }
  const written = new Map<string, number>();
  for (const o of truth.orgs) written.set(norm(o.name), (written.get(norm(o.name)) ?? 0) + (o.duplicate === 'none' ? 1 : 2));
  for (const o of truth.orgs) {
    const found = nameRows.get(norm(o.name)) ?? [];
    expect(found.length, `rows of "${o.name}"`).toBe(written.get(norm(o.name)));
    const members = o.figures.members;
    if (layout.columns.members && members.kind === 'value' && written.get(norm(o.name)) === (o.duplicate === 'none' ? 1 : 2)) {
      expect(
        found.some((row) => row.some((c) => numberOf(c) === members.value)),
        `members of "${o.name}"`,
      ).toBe(true);
    }
    const revenue = o.figures.revenue;
    if (layout.columns.revenue && revenue.kind === 'value') {
      const inUnit = revenue.value / MONEY_FACTOR[layout.moneyUnit];
      expect(
        found.some((row) =>
          row.some((c) => {
            const n = numberOf(c);
            return n !== null && Math.abs(n - inUnit) < 1e-9 * Math.max(1, inUnit);
          }),
        ),
        `revenue of "${o.name}"`,
      ).toBe(true);
    }
  }
  const allText = rows.flatMap((r) => r.flatMap((c) => (c.t === 's' && typeof c.v === 'string' ? readings(c.v) : [])));
  if (layout.listDate === 'den') expect(allText.some((t) => t.includes(`31/12/${truth.year}`))).toBe(true);
  if (layout.listDate === 'nam') expect(allText.some((t) => t.includes(`năm ${truth.year}`) && t.startsWith('danh sách'))).toBe(true);
  if (layout.listDate === 'none') expect(allText.some((t) => t.startsWith('danh sách') && /\d{4}/.test(t))).toBe(false);
  if (truth.ocop.length > 0) {
    const ocop = cellsOf(wb.Sheets[wb.SheetNames.find((n) => /OCOP/.test(n)) ?? ''] ?? {}).flat();
    for (const p of truth.ocop) expect(ocop.some((c) => typeof c.v === 'string' && readings(c.v).includes(norm(p.product)))).toBe(true);
  }
}

describe('the legacy workbook generator', () => {
  it("writes TCVN3 and VNI that the GPL tables read back (the table file's own examples included)", () => {
    const table = JSON.parse(fs.readFileSync(CHARSET_TABLE, 'utf8')) as {
      examples_generated_from_table: Array<{ unicode: string; TCVN3_as_cp1252: string; 'VNI-WIN_as_cp1252': string }>;
    };
    for (const e of table.examples_generated_from_table) {
      expect(encodeLegacy(e.unicode, 'TCVN3')).toBe(e.TCVN3_as_cp1252);
      expect(encodeLegacy(e.unicode, 'VNI-WIN')).toBe(e['VNI-WIN_as_cp1252']);
    }
    const words = [
      ...Object.values(NAME_STEMS).flat(),
      ...NAME_PLACES,
      ...SECTOR_ITEMS,
      ...OCOP_PRODUCTS,
      ...EXTERNAL_OWNERS,
      ...oldProvince().communes.map((c) => `${c.kind} ${c.name}`),
    ];
    for (const w of words) {
      expect(decodeLegacy(encodeLegacy(w, 'VNI-WIN'), 'VNI-WIN')).toBe(w.normalize('NFC'));
      expect(norm(decodeLegacy(encodeLegacy(w, 'TCVN3'), 'TCVN3'))).toBe(norm(w));
      expect(norm(decodeLegacy(encodeLegacy(w.toLowerCase(), 'TCVN3'), 'TCVN3'))).toBe(norm(w));
    }
    expect(encodeLegacy('Hương', 'TCVN3')).toBe('H\u00ad\u00acng'); // ư is the soft hyphen byte
  });

  it("writes numbers and dates the clerks' ways, exactly", () => {
    expect(viNumber(1234567.5, 1)).toBe('1.234.567,5');
    expect(viNumber(-1580, 0)).toBe('-1.580');
    expect(decimalsFor(1_580_500_000, 1e6)).toBe(1);
    expect(decimalsFor(4_670_000, 1e6)).toBe(2);
    expect(decimalsFor(1_580_000_000, 1e9)).toBe(2);
    expect(excelSerial({ y: 2019, m: 3, d: 15 })).toBe(43539);
    expect(newTonePlacement('HTX Nông nghiệp Hòa Sơn Thủy')).toBe('HTX Nông nghiệp Hoà Sơn Thuỷ');
    expect(newTonePlacement('Hoàng Quý')).toBe('Hoàng Quý');
  });

  it('writes every organization, its figures and the title date in any layout, read back by SheetJS', async () => {
    await fc.assert(
      fc.asyncProperty(truthArb(), layoutArb, async (truth, layout) => {
        const sub = fs.mkdtempSync(path.join(dir, 'b-'));
        const book = await writeLegacyBook(truth, layout, sub);
        checkBook(truth, layout, XLSX.read(fs.readFileSync(book.file)));
        fs.rmSync(sub, { recursive: true, force: true });
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('names the legacy font of typed cells in ExcelJS files (.VnTime, .VnTimeH, VNI-Times)', async () => {
    const [truth, layout] = fc.sample(fc.tuple(truthArb({ minOrgs: 3, maxOrgs: 5 }), layoutArb), { numRuns: 1, seed: 42 })[0] ?? [];
    if (!truth || !layout) throw new Error('no sample');
    const book = await writeLegacyBook(
      truth,
      { ...layout, format: 'xlsx-exceljs', encoding: 'tcvn3', capitalsFont: true, upperHeaders: true },
      dir,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(book.file);
    const fonts = new Set<string>();
    wb.eachSheet((ws) =>
      ws.eachRow((row) => row.eachCell((cell) => void (typeof cell.value === 'string' && cell.font?.name && fonts.add(cell.font.name)))),
    );
    expect(fonts).toContain('.VnTime');
    expect(fonts).toContain('.VnTimeH');
  });
});
