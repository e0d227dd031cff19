// The direct .xlsx reader gives the workbook SheetJS gives — values, texts, number formats, fonts, merges,
// hidden sheets, 1904 dates — on files it did not write: the public corpus, books written by SheetJS, by
// ExcelJS and by LibreOffice, random grids and the round-trip generator's legacy books. Where it does not
// know something it steps aside, and SheetJS reads the file.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import { readCommonXlsx, readWithSheetJs } from '../../src-main/core/import/reader/read/read-workbook.ts';
import type { Workbook } from '../../src-main/core/import/reader/read/model.ts';
import { layoutArb, truthArb, writeLegacyBook } from '../helpers/legacy-book/index.ts';
import { type Aoa, bytesOf, cooperativeReport, SHARED_DATA, tcvn3, vni, withXlsxFont, workbookOf } from '../helpers/import-fixtures.ts';
import { resaveWithLibreOffice } from '../helpers/libreoffice.ts';
import { tempDir } from '../helpers/temp.ts';

/** Both readers on the same bytes; the direct one must have read the file (unless `mayStepAside`). */
function bothReaders(bytes: Uint8Array, mayStepAside = false): { direct: Workbook | undefined; sheetjs: Workbook } {
  const direct = readCommonXlsx(bytes);
  const sheetjs = readWithSheetJs(bytes);
  if (!mayStepAside) expect(direct, 'the direct reader stepped aside').toBeDefined();
  if (direct !== undefined) expect(direct).toEqual(sheetjs);
  return { direct, sheetjs };
}

describe('the public corpus of odd .xlsx files', () => {
  const dir = path.join(SHARED_DATA, 'spreadsheet-corpus');
  const files = fs.readdirSync(dir).filter((f) => /\.xlsx$/i.test(f));

  it.each(files)(
    '%s reads the same as with SheetJS, or is left to SheetJS',
    (file) => {
      const bytes = fs.readFileSync(path.join(dir, file));
      let sheetjs: Workbook;
      try {
        sheetjs = readWithSheetJs(bytes);
      } catch {
        return; // a file SheetJS refuses is refused whichever reader is tried first
      }
      const direct = readCommonXlsx(bytes);
      if (direct !== undefined) expect(direct).toEqual(sheetjs);
    },
    120_000,
  );

  it('reads most of them directly', () => {
    const direct = files.filter((f) => {
      try {
        return readCommonXlsx(fs.readFileSync(path.join(dir, f))) !== undefined;
      } catch {
        return false;
      }
    });
    expect(direct.length).toBeGreaterThanOrEqual(Math.ceil(files.length / 2));
  });
});

describe('books written by SheetJS', () => {
  it.each([
    ['Unicode', (s: string) => s],
    ['TCVN3', tcvn3],
    ['VNI', vni],
  ])('the cooperative report in %s', (_name, encode) => {
    bothReaders(bytesOf(workbookOf([cooperativeReport(encode)]), 'xlsx'));
  });

  it('with a legacy font on its cells, in the 1904 date system, with number formats', () => {
    const rows: Aoa = [
      ['Tªn HTX', 'Ngµy', 'Doanh thu', 'Tû lÖ'],
      ['HTX T©n LËp', 43_000, 1_234_567.891, 0.1234],
    ];
    const wb = workbookOf([{ name: 'DS', rows, formats: { B2: 'dd/mm/yyyy', C2: '#,##0.00', D2: '0.0%' } }], true);
    const { direct } = bothReaders(withXlsxFont(bytesOf(wb, 'xlsx'), '.VnTime'));
    expect(direct?.date1904).toBe(true);
    expect(direct?.sheets[0]?.rows[0]?.[0]?.font).toBe('.VnTime');
  });
});

async function excelJsBook(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('books written by ExcelJS', () => {
  it('shared and rich strings, booleans, errors, formulas with results, merges, a hidden sheet', async () => {
    const bytes = await excelJsBook((wb) => {
      const ws = wb.addWorksheet('Danh sách');
      ws.addRow(['TT', 'Tên', 'Ghi chú', 'Có', 'Số']);
      ws.addRow([1, { richText: [{ text: 'HTX ', font: { bold: true } }, { text: 'Tân Lập & Co <1>' }] }, 'dòng 1\r\ndòng 2', true, 12.5]);
      ws.addRow([2, 'Quỹ TDND', { error: '#DIV/0!' }, false, { formula: 'E2*2', result: 25 }]);
      ws.addRow([3, '  cách  ', { formula: 'B3&"x"', result: 'Quỹ TDNDx' }, null, { formula: 'NA()', result: { error: '#N/A' } }]);
      ws.mergeCells('A5:C6');
      ws.getCell('A5').value = 'Người lập biểu';
      ws.getCell('E2').numFmt = '#,##0.00';
      ws.getCell('E3').numFmt = '0%';
      ws.getCell('B4').numFmt = '@';
      ws.getCell('D2').numFmt = '"Có";"Có";"Không"';
      const hidden = wb.addWorksheet('Ẩn', { state: 'hidden' });
      hidden.addRow(['x', new Date(Date.UTC(2024, 11, 31))]);
      hidden.getCell('B1').numFmt = 'dd/mm/yyyy';
    });
    const { direct } = bothReaders(bytes);
    expect(direct?.sheets.map((s) => s.hidden)).toEqual([0, 1]);
  });

  it('random grids of texts, numbers, booleans and blanks in random formats', async () => {
    const value = fc.oneof(
      fc.constant(null),
      fc.string({ maxLength: 12 }),
      fc.constantFrom('Hợp tác xã', 'Hîp t¸c x·', 'Hôïp taùc xaõ', '1.580', '15/03/2019', 'a&b<c>"d"', '_x000D_'),
      fc.double({ min: -1e12, max: 1e12, noNaN: true }),
      fc.integer({ min: -1e9, max: 1e10 }),
      fc.boolean(),
    );
    const formats = ['General', '0', '0.00', '#,##0', '#,##0.00', '0%', 'dd/mm/yyyy', 'm/d/yy', '@', '0000000000', '#,##0 "đ"'];
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(value, { maxLength: 8 }), { minLength: 1, maxLength: 12 }),
        fc.array(fc.constantFrom(...formats), { minLength: 8, maxLength: 8 }),
        async (rows, columnFormats) => {
          if (rows.every((r) => r.every((v) => v === null || v === ''))) return;
          const bytes = await excelJsBook((wb) => {
            const ws = wb.addWorksheet('S');
            for (const r of rows) ws.addRow(r);
            columnFormats.forEach((f, c) => {
              if (f !== 'General') ws.getColumn(c + 1).numFmt = f;
            });
          });
          bothReaders(bytes);
          bothReaders(bytesOf(workbookOf([{ name: 'S', rows: rows as Aoa }]), 'xlsx'));
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('books nobody here wrote by hand', () => {
  it('the round-trip generator’s legacy books, as .xlsx', async () => {
    const dir = tempDir('kttt-direct-');
    const cases = fc.sample(fc.tuple(truthArb(), layoutArb), { numRuns: 12, seed: 4242 });
    let read = 0;
    for (const [truth, layout] of cases) {
      if (layout.format === 'xls-biff8') continue;
      const book = await writeLegacyBook(truth, layout, dir);
      bothReaders(fs.readFileSync(book.file));
      read++;
    }
    expect(read).toBeGreaterThan(3);
  }, 120_000);

  it('a book saved again by LibreOffice', () => {
    const dir = tempDir('kttt-direct-lo-');
    const source = path.join(dir, 'bao-cao.xlsx');
    fs.writeFileSync(source, bytesOf(workbookOf([cooperativeReport()]), 'xlsx'));
    const resaved = resaveWithLibreOffice(source, 'xlsx');
    bothReaders(fs.readFileSync(resaved));
  }, 180_000);
});

describe('what the direct reader leaves to SheetJS', () => {
  it('an .xls, a .csv and an ISO-dated cell', () => {
    const wb = workbookOf([{ name: 'S', rows: [['Tên'], ['HTX A']] }]);
    expect(readCommonXlsx(bytesOf(wb, 'xls'))).toBeUndefined();
    expect(readCommonXlsx(new TextEncoder().encode('Tên,Số\nHTX A,1\n'))).toBeUndefined();
    const dated = XLSX.utils.aoa_to_sheet([['Ngày'], [new Date(Date.UTC(2024, 0, 2))]], { cellDates: true });
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, dated, 'S');
    const bytes = bytesOf(book, 'xlsx');
    const direct = readCommonXlsx(bytes);
    if (direct !== undefined) expect(direct).toEqual(readWithSheetJs(bytes));
  });
});
