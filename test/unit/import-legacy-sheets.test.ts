// Whole sheets typed in TCVN3 or VNI, mixed with Unicode column by column and cell by cell, in .xls,
// .xlsx and 8-bit CSV (also Windows-1258): analyzed exactly like their Unicode twin. Capital-only TCVN3
// fonts are honoured where the file names the cell's font.
import { describe, expect, it } from 'vitest';
import { analyzeBytes } from '../../src-main/core/import/reader/analyze/analyze-workbook.ts';
import type { SheetAnalysis } from '../../src-main/core/import/reader/analyze/types.ts';
import {
  type Aoa,
  bytesOf,
  cooperativeReport,
  csvBytes,
  tcvn3,
  vni,
  withXlsFont,
  withXlsxFont,
  workbookOf,
} from '../helpers/import-fixtures.ts';

function sheetOf(bytes: Uint8Array): SheetAnalysis {
  const s = analyzeBytes(bytes).sheets[0];
  if (s === undefined) throw new Error('no sheet');
  return s;
}

function essentials(s: SheetAnalysis): unknown {
  return {
    entity: s.entity,
    year: s.year,
    title: s.title,
    headers: s.columns.map((c) => [c.header, c.field]),
    rows: s.rows.map((r) => [r.kind, r.label, r.context, r.values, r.cellErrors]),
    totals: s.totalsCheck.map((t) => t.ok),
  };
}

/** Windows-1258 bytes of Unicode text: precomposed where the code page has the letter, else base + tone mark. */
function cp1258(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1258');
  const byteOf = new Map<string, number>();
  for (let b = 0; b < 256; b++) byteOf.set(decoder.decode(Uint8Array.of(b)), b);
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const direct = byteOf.get(ch);
    if (direct !== undefined) {
      out.push(direct);
      continue;
    }
    // The tone mark follows the letter with its other marks (ơ, â …), which the code page has precomposed.
    const nfd = ch.normalize('NFD');
    const tone = /[\u0300\u0301\u0303\u0309\u0323]/.exec(nfd)?.[0] ?? '';
    const base = byteOf.get(nfd.replace(tone, '').normalize('NFC'));
    const mark = byteOf.get(tone);
    if (base === undefined || mark === undefined) throw new Error(`no Windows-1258 bytes for ${ch}`);
    out.push(base, mark);
  }
  return Uint8Array.from(out);
}

describe('legacy sheets read like their Unicode twin', () => {
  const unicode = essentials(sheetOf(bytesOf(workbookOf([cooperativeReport()]), 'xlsx')));

  it.each([
    ['TCVN3 in .xls', tcvn3, 'xls'],
    ['TCVN3 in .xlsx', tcvn3, 'xlsx'],
    ['VNI in .xls', vni, 'xls'],
    ['VNI in .xlsx', vni, 'xlsx'],
  ] as const)('%s', (_name, encode, bookType) => {
    const s = sheetOf(bytesOf(workbookOf([cooperativeReport(encode)]), bookType));
    expect(essentials(s)).toEqual(unicode);
    expect(s.columns.find((c) => c.field === 'name')?.encoding).toBe(encode === tcvn3 ? 'tcvn3' : 'vni');
  });

  it('decides per column and per cell in a sheet mixing TCVN3, VNI and Unicode', () => {
    const rows: Aoa = [
      ['TT', 'Tên HTX', 'Địa chỉ', 'Tình trạng', 'Ghi chú'],
      [1, tcvn3('Hợp tác xã Đồng Tâm'), vni('Xã Tân Vinh, huyện Lương Sơn'), 'Đang hoạt động', 'Café Müller'],
      [2, tcvn3('HTX Thống Nhất'), vni('Phường Đồng Tiến'), tcvn3('Tạm ngừng hoạt động'), tcvn3('Trùng với dòng 2')],
      [3, 'Hợp tác xã Hòa Bình', vni('Xã Mông Hóa'), vni('Đã giải thể'), null],
      [4, vni('Tổ hợp tác Dệt'), 'Xã Mai Hịch', 'Ngừng hoạt động', 'naïve'],
    ];
    const s = sheetOf(bytesOf(workbookOf([{ name: 'Trộn', rows }]), 'xlsx'));
    const records = s.rows.map((r) => [r.values.name, r.values.legacyAddress, r.values.status, r.values.notes]);
    expect(records).toEqual([
      ['Hợp tác xã Đồng Tâm', 'Xã Tân Vinh, huyện Lương Sơn', 'dang_hoat_dong', 'Café Müller'],
      ['HTX Thống Nhất', 'Phường Đồng Tiến', 'tam_ngung', 'Trùng với dòng 2'],
      ['Hợp tác xã Hòa Bình', 'Xã Mông Hóa', 'da_giai_the', null],
      ['Tổ hợp tác Dệt', 'Xã Mai Hịch', 'ngung_hoat_dong', 'naïve'],
    ]);
    expect(s.rows[1]?.markedDuplicate).toBe(true);
  });

  it('converts headers over columns of numbers with the encoding of the rest of the sheet', () => {
    const rows: Aoa = [
      [tcvn3('TT'), tcvn3('Tên hợp tác xã'), tcvn3('Địa chỉ'), tcvn3('Doanh thu (tr.đ)'), tcvn3('Ghi chú')],
      [1, tcvn3('Hợp tác xã Tân Lập'), tcvn3('Xã Tân Vinh'), '1.580,5', null],
    ];
    const s = sheetOf(bytesOf(workbookOf([{ name: 'S', rows }]), 'xls'));
    expect(s.columns.map((c) => [c.header, c.field, c.unit])).toEqual([
      ['TT', null, null],
      ['Tên hợp tác xã', 'name', null],
      ['Địa chỉ', 'legacyAddress', null],
      ['Doanh thu (tr.đ)', 'revenue', 'trieu'],
      ['Ghi chú', 'notes', null],
    ]);
    expect(s.rows[0]?.values.revenue).toBe(1_580_500_000);
  });

  it('keeps a header retyped in Unicode above a TCVN3 column', () => {
    const rows: Aoa = [
      ['TT', 'Tên HTX', 'Địa chỉ'],
      [1, tcvn3('Hợp tác xã Tân Lập'), tcvn3('Xã Tân Vinh')],
    ];
    const s = sheetOf(bytesOf(workbookOf([{ name: 'S', rows }]), 'xls'));
    expect(s.columns.map((c) => [c.header, c.field])).toEqual([
      ['TT', null],
      ['Tên HTX', 'name'],
      ['Địa chỉ', 'legacyAddress'],
    ]);
    expect(s.rows[0]?.values).toMatchObject({ name: 'Hợp tác xã Tân Lập', legacyAddress: 'Xã Tân Vinh' });
  });

  it('reads TCVN3 typed in a capital-only font as capitals when the .xls names the font', () => {
    const rows: Aoa = [
      ['TT', 'Tên HTX', 'Địa chỉ'],
      [1, tcvn3('hợp tác xã tân lập'), tcvn3('xã tân vinh')],
    ];
    const bytes = bytesOf(workbookOf([{ name: 'S', rows }]), 'xls');
    expect(sheetOf(bytes).rows[0]?.values.name).toBe('hợp tác xã tân lập');
    const capital = sheetOf(withXlsFont(bytes, '.VnAH'));
    expect(capital.rows[0]?.values).toMatchObject({ name: 'HỢP TÁC XÃ TÂN LẬP', legacyAddress: 'XÃ TÂN VINH' });
  });

  it('reads the capital-only font of an .xlsx too', () => {
    const rows: Aoa = [
      ['TT', 'Tên HTX', 'Địa chỉ'],
      [1, tcvn3('hợp tác xã tân lập'), tcvn3('xã tân vinh')],
    ];
    const s = sheetOf(withXlsxFont(bytesOf(workbookOf([{ name: 'S', rows }]), 'xlsx'), '.VnTimeH'));
    expect(s.rows[0]?.values.name).toBe('HỢP TÁC XÃ TÂN LẬP');
  });

  it('reads CSV saved from a TCVN3 or VNI sheet as raw bytes', () => {
    for (const encode of [tcvn3, vni]) {
      const rows: Aoa = [
        [encode('TT'), encode('Tên HTX'), encode('Tình trạng')],
        [1, encode('Hợp tác xã Trường Sơn'), encode('Tạm ngừng hoạt động')],
      ];
      const s = sheetOf(csvBytes(rows, 'latin1'));
      expect(s.rows[0]?.values).toMatchObject({ name: 'Hợp tác xã Trường Sơn', status: 'tam_ngung' });
    }
  });

  it('reads CSV in Windows-1258', () => {
    const text = 'TT,Tên hợp tác xã,Tình trạng\r\n1,Hợp tác xã Đồng Tâm,Đã giải thể\r\n2,HTX Thuỷ lợi Yên Thủy,Đang hoạt động\r\n';
    const s = sheetOf(cp1258(text));
    expect(s.columns.map((c) => c.header)).toEqual(['TT', 'Tên hợp tác xã', 'Tình trạng']);
    expect(s.rows.map((r) => [r.values.name, r.values.status])).toEqual([
      ['Hợp tác xã Đồng Tâm', 'da_giai_the'],
      ['HTX Thuỷ lợi Yên Thủy', 'dang_hoat_dong'],
    ]);
  });
});
