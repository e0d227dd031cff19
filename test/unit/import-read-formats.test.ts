// Reading every spreadsheet generation into the neutral model: .xlsx, .xls (BIFF8), .ods, CSV in UTF-8
// with and without BOM, UTF-16 "Unicode Text", legacy 8-bit bytes, HTML saved as .xls; merges, number
// formats, the 1904 flag and cell fonts (patched into generated files, as SheetJS cannot write them).
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../src-main/core/import/reader/read/read-workbook.ts';
import type { Workbook } from '../../src-main/core/import/reader/read/model.ts';
import { bytesOf, csvBytes, tcvn3, withXlsFont, withXlsxFont, workbookOf } from '../helpers/import-fixtures.ts';

const ROWS = [
  ['TT', 'Tên hợp tác xã', 'Mã số', 'Doanh thu'],
  [1, 'HTX Tân Lập', '0107000456', 1580.5],
  [2, 'Hợp tác xã Hòa Sơn', '5407000123', '4,67'],
];

function texts(wb: Workbook, sheet = 0): string[][] {
  return (wb.sheets[sheet]?.rows ?? []).map((row) => row.map((c) => (c == null ? '' : c.text)));
}

describe('reading workbook formats', () => {
  it.each(['xlsx', 'xls', 'biff8', 'ods', 'xlsb'] as const)('reads %s written by SheetJS', (bookType) => {
    const wb = readWorkbook(bytesOf(workbookOf([{ name: 'DS', rows: ROWS, merges: ['A4:B4'] }]), bookType));
    expect(wb.format).toBe(bookType === 'biff8' ? 'xls' : bookType);
    expect(wb.sheets[0]?.name).toBe('DS');
    expect(texts(wb)[1]).toEqual(['1', 'HTX Tân Lập', '0107000456', '1580.5']);
    expect(wb.sheets[0]?.rows[2]?.[3]).toMatchObject({ type: 's', value: '4,67' });
    expect(wb.sheets[0]?.rows[1]?.[3]).toMatchObject({ type: 'n', value: 1580.5 });
  });

  it('keeps merged ranges and number formats', () => {
    const spec = {
      name: 'S',
      rows: [
        ['Lao động', null],
        ['Tổng số', 'Thường xuyên'],
        [43539, 5400000789],
      ],
      merges: ['A1:B1'],
      formats: { A3: 'dd/mm/yyyy', B3: '0000000000' },
    };
    for (const bookType of ['xlsx', 'xls'] as const) {
      const wb = readWorkbook(bytesOf(workbookOf([spec]), bookType));
      expect(wb.sheets[0]?.merges).toEqual([{ r1: 0, c1: 0, r2: 0, c2: 1 }]);
      expect(wb.sheets[0]?.rows[2]?.[0]?.format).toBe('dd/mm/yyyy');
      expect(wb.sheets[0]?.rows[2]?.[1]?.format).toBe('0000000000');
    }
  });

  it('reports the 1904 date system', () => {
    expect(readWorkbook(bytesOf(workbookOf([{ name: 'S', rows: ROWS }], true), 'xlsx')).date1904).toBe(true);
    expect(readWorkbook(bytesOf(workbookOf([{ name: 'S', rows: ROWS }]), 'xlsx')).date1904).toBe(false);
  });

  it('reads CSV in UTF-8 with and without BOM, keeping Vietnamese numbers and codes as typed', () => {
    for (const encoding of ['utf-8', 'utf-8-bom'] as const) {
      const wb = readWorkbook(csvBytes(ROWS, encoding));
      expect(wb.format).toBe('csv');
      expect(wb.textEncoding).toBe('utf-8');
      expect(texts(wb)).toEqual([
        ['TT', 'Tên hợp tác xã', 'Mã số', 'Doanh thu'],
        ['1', 'HTX Tân Lập', '0107000456', '1580.5'],
        ['2', 'Hợp tác xã Hòa Sơn', '5407000123', '4,67'],
      ]);
    }
  });

  it('reads UTF-16 "Unicode Text" (tab-separated) with and without BOM', () => {
    const wb = readWorkbook(csvBytes(ROWS, 'utf-16le', '\t'));
    expect(wb.textEncoding).toBe('utf-16le');
    expect(texts(wb)[2]).toEqual(['2', 'Hợp tác xã Hòa Sơn', '5407000123', '4,67']);
    const noBom = csvBytes(ROWS, 'utf-16le', '\t').subarray(2);
    expect(texts(readWorkbook(noBom))[1]?.[1]).toBe('HTX Tân Lập');
  });

  it('reads semicolon-separated CSV and CR-only line ends', () => {
    const wb = readWorkbook(Buffer.from('Tên;Doanh thu\rHTX A;1.580\rHTX B;4,67\r', 'utf8'));
    expect(texts(wb)).toEqual([
      ['Tên', 'Doanh thu'],
      ['HTX A', '1.580'],
      ['HTX B', '4,67'],
    ]);
  });

  it('hands legacy 8-bit CSV on as bytes with the Vietnamese code page', () => {
    const wb = readWorkbook(csvBytes([['Tên'], [tcvn3('Hợp tác xã Tân Lập')]], 'latin1'));
    expect(wb.textEncoding).toBe('bytes');
    expect(wb.codepage).toBe(1258);
    expect(texts(wb)[1]?.[0]).toBe('Hîp t¸c x· T©n LËp');
  });

  it('reads an HTML table saved as .xls by a web export', () => {
    const html =
      '<html><head><meta charset="utf-8"></head><body><table><tr><td>Tên</td><td>Doanh thu</td></tr><tr><td>HTX Tân Lập</td><td>1.580</td></tr></table></body></html>';
    const wb = readWorkbook(Buffer.from(html, 'utf8'));
    expect(wb.format).toBe('html');
    expect(texts(wb)).toEqual([
      ['Tên', 'Doanh thu'],
      ['HTX Tân Lập', '1.580'],
    ]);
  });

  it('drops trailing empty rows and counts the widest row', () => {
    const wb = readWorkbook(bytesOf(workbookOf([{ name: 'S', rows: [['a', 'b', 'c'], ['d'], [], [null, null]] }]), 'xlsx'));
    expect(wb.sheets[0]?.rows.length).toBe(2);
    expect(wb.sheets[0]?.columnCount).toBe(3);
  });

  it('keeps sheet visibility', () => {
    const wb = workbookOf([
      { name: 'A', rows: [['x']] },
      { name: 'B', rows: [['y']] },
    ]);
    wb.Workbook = {
      Sheets: [
        { name: 'A', Hidden: 0 },
        { name: 'B', Hidden: 1 },
      ],
    };
    expect(readWorkbook(bytesOf(wb, 'xlsx')).sheets.map((s) => s.hidden)).toEqual([0, 1]);
  });
});

describe('cell fonts', () => {
  const rows = [['Tên'], [tcvn3('hîp t¸c x·')]];

  it('reads the font of text cells in .xls', () => {
    const wb = readWorkbook(withXlsFont(bytesOf(workbookOf([{ name: 'S', rows }]), 'xls'), '.VnAH'));
    expect(wb.sheets[0]?.rows[1]?.[0]?.font).toBe('.VnAH');
  });

  it('reads the font of text cells in .xlsx', () => {
    const wb = readWorkbook(withXlsxFont(bytesOf(workbookOf([{ name: 'S', rows }]), 'xlsx'), '.VnTimeH'));
    expect(wb.sheets[0]?.rows[1]?.[0]?.font).toBe('.VnTimeH');
  });

  it('leaves fonts out when no legacy font is used', () => {
    const wb = readWorkbook(bytesOf(workbookOf([{ name: 'S', rows }]), 'xls'));
    expect(wb.sheets[0]?.rows[1]?.[0]?.font).toBeUndefined();
  });
});
