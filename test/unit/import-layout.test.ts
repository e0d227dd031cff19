// Understanding a sheet's layout: the header under a title block, header rows joined with their merged
// group headers, column-number rows, section rows giving context, totals (never records, cross-checked),
// repeated headers, and the signature block that ends the data.
import { describe, expect, it } from 'vitest';
import { analyzeBytes } from '../../src-main/core/import/reader/analyze/analyze-workbook.ts';
import type { SheetAnalysis } from '../../src-main/core/import/reader/analyze/types.ts';
import { type Aoa, bytesOf, cooperativeReport, csvBytes, tcvn3, vni, workbookOf } from '../helpers/import-fixtures.ts';

function analyze(rows: Aoa, merges?: string[], options: Parameters<typeof analyzeBytes>[1] = {}): SheetAnalysis {
  const spec = merges === undefined ? { name: 'S', rows } : { name: 'S', rows, merges };
  const sheet = analyzeBytes(bytesOf(workbookOf([spec]), 'xlsx'), options).sheets[0];
  if (sheet === undefined) throw new Error('no sheet');
  return sheet;
}

function kinds(s: SheetAnalysis): string[] {
  return s.rows.map((r) => `${String(r.sourceRow)}:${r.kind}`);
}

describe('the cooperative report', () => {
  const s = analyzeBytes(bytesOf(workbookOf([cooperativeReport()]), 'xlsx')).sheets[0];
  if (s === undefined) throw new Error('no sheet');

  it('finds the two header rows under the title block and the column-number row', () => {
    expect(s.headerRows).toEqual([7, 8]);
    expect(s.columnNumberRow).toBe(9);
    expect(s.title).toContain('DANH SÁCH HỢP TÁC XÃ TRÊN ĐỊA BÀN TỈNH ĐẾN 31/12/2024');
  });

  it('joins merged group headers with their sub-headers', () => {
    expect(s.columns.map((c) => c.header)).toEqual([
      'TT',
      'Tên hợp tác xã',
      'Mã số HTX',
      'Địa chỉ',
      'Ngày thành lập',
      'Tình trạng',
      'Lao động (người) › Tổng số',
      'Lao động (người) › Trong đó thường xuyên',
      'Kết quả SXKD năm 2024 › Doanh thu',
      'Kết quả SXKD năm 2024 › Lợi nhuận',
      'Ghi chú',
    ]);
    expect(s.columns.map((c) => c.field)).toEqual([
      null,
      'name',
      'regCode',
      'legacyAddress',
      'foundedOn',
      'status',
      'workers',
      'regularWorkers',
      'revenue',
      'profit',
      'notes',
    ]);
    expect(s.columns[0]?.target).toEqual({ kind: 'rowNumber' });
  });

  it('classifies every row, the signature block below the table included', () => {
    expect(kinds(s)).toEqual([
      '10:section',
      '11:record',
      '12:record',
      '13:total',
      '14:section',
      '15:record',
      '16:record',
      '17:total',
      '18:blank',
      '19:footer',
      '20:footer',
      '21:footer',
    ]);
    expect(s.footerRow).toBe(19);
  });

  it('gives section context to the records below', () => {
    const row = (n: number): SheetAnalysis['rows'][number] | undefined => s.rows.find((r) => r.sourceRow === n);
    expect(row(11)?.context).toEqual({ district: 'Huyện Lương Sơn' });
    expect(row(15)?.context).toEqual({ district: 'Thành phố Hòa Bình' });
    expect(row(15)?.values.name).toBe('HTX Vận tải Thống Nhất');
  });

  it('cross-checks totals, section subtotals and the grand total', () => {
    expect(s.totalsCheck.length).toBe(12);
    expect(s.totalsCheck.every((t) => t.ok)).toBe(true);
    const grand = s.totalsCheck.find((t) => t.sourceRow === 17 && t.field === 'revenue');
    expect(grand).toMatchObject({ stated: 2_480_500_000, computed: 2_480_500_000, records: 4, fromRow: 11, toRow: 16 });
  });

  it('finds the year of the figures in the header, not in the report date', () => {
    expect(s).toMatchObject({ year: 2024, yearSource: 'header', period: 'Y', entity: 'organizations', orgType: 'HTX' });
  });

  it('marks duplicates and dissolved or suspended organizations', () => {
    const repeated = s.rows.find((r) => r.sourceRow === 16);
    expect(repeated?.duplicateOf).toBe(11);
    expect(repeated?.markedDuplicate).toBe(true);
    expect(s.rows.filter((r) => r.kind === 'record').map((r) => r.values.status)).toEqual([
      'dang_hoat_dong',
      'tam_ngung',
      'da_giai_the',
      'dang_hoat_dong',
    ]);
  });
});

describe('header variants', () => {
  // Names and figures only: a figures sheet; its names are matched to the registry later.
  it('joins a two-row header written without merges (CSV)', () => {
    const rows: Aoa = [
      ['TT', 'Tên HTX', 'Lao động', null, 'Kết quả SXKD năm 2024 (tr.đ)', null, 'Ghi chú'],
      [null, null, 'Tổng số', 'Thường xuyên', 'Doanh thu', 'Lợi nhuận', null],
      [1, 'HTX A', 10, 5, '100', '10', null],
    ];
    const s = analyzeBytes(csvBytes(rows, 'utf-8')).sheets[0];
    expect(s?.headerRows).toEqual([1, 2]);
    expect(s?.columns.map((c) => c.header)).toEqual([
      'TT',
      'Tên HTX',
      'Lao động › Tổng số',
      'Lao động › Thường xuyên',
      'Kết quả SXKD năm 2024 (tr.đ) › Doanh thu',
      'Kết quả SXKD năm 2024 (tr.đ) › Lợi nhuận',
      'Ghi chú',
    ]);
    expect(s?.entity).toBe('figures');
    expect(s?.columns.map((c) => c.field)).toEqual([null, 'name', 'workers', 'regularWorkers', 'revenue', 'profit', 'notes']);
    expect(s?.rows[0]?.values).toMatchObject({ revenue: 100_000_000, workers: 10 });
  });

  it('joins a three-row header', () => {
    const rows: Aoa = [
      ['TT', 'Tên HTX', 'Kết quả năm 2024', null, null],
      [null, null, 'Lao động', null, 'Doanh thu (tr.đ)'],
      [null, null, 'Tổng số', 'Thường xuyên', null],
      [1, 'HTX A', 10, 5, 100],
    ];
    const s = analyze(rows, ['A1:A3', 'B1:B3', 'C1:E1', 'C2:D2', 'E2:E3']);
    expect(s.headerRows).toEqual([1, 2, 3]);
    expect(s.columns.map((c) => c.header)).toEqual([
      'TT',
      'Tên HTX',
      'Kết quả năm 2024 › Lao động › Tổng số',
      'Kết quả năm 2024 › Lao động › Thường xuyên',
      'Kết quả năm 2024 › Doanh thu (tr.đ)',
    ]);
    expect(s.columns.map((c) => c.field)).toEqual([null, 'name', 'workers', 'regularWorkers', 'revenue']);
  });

  it.each([
    ['(1) (2) …', ['(1)', '(2)', '(3)', '(4)']],
    ['1 2 3 as numbers', [1, 2, 3, 4]],
    ['A B C', ['A', 'B', 'C', 'D']],
    ['A B 1 2', ['A', 'B', 1, 2]],
    ['with formulas', ['1', '2', '3', '4=3*2']],
  ])('skips a column-number row: %s', (_name, numbers) => {
    const s = analyze([['TT', 'Tên HTX', 'Thành viên', 'Doanh thu (tr.đ)'], numbers, [1, 'HTX A', 10, 100]]);
    expect(s.columnNumberRow).toBe(2);
    expect(kinds(s)).toEqual(['3:record']);
  });

  it('does not take a first data row of small numbers for column numbers', () => {
    const s = analyze([
      ['TT', 'Tên HTX', 'Thành viên', 'Lao động'],
      [1, 'HTX A', 10, 5],
    ]);
    expect(s.columnNumberRow).toBeNull();
    expect(kinds(s)).toEqual(['2:record']);
  });

  it('joins a column whose header is merged over two physical columns (GSO style)', () => {
    const rows: Aoa = [
      ['Mã', null, 'Tên HTX', 'Số TV'],
      ['001', null, 'HTX A', 5],
      [null, '002', 'HTX B', 6],
    ];
    const s = analyze(rows, ['A1:B1', 'A2:B2'], {
      sheets: { S: { entity: 'organizations', columns: { 0: { kind: 'field', field: 'regCode' } } } },
    });
    expect(s.columns.map((c) => c.letter)).toEqual(['A', 'C', 'D']);
    expect(s.rows.map((r) => r.values.regCode)).toEqual(['001', '002']);
  });
});

describe('merged data cells', () => {
  it('gives a district merged down beside its cooperatives to each of them', () => {
    const rows: Aoa = [
      ['TT', 'Tên HTX', 'Huyện', 'Mã số HTX'],
      [1, 'HTX A', 'Huyện Lạc Sơn', '5400000001'],
      [2, 'HTX B', null, '5400000002'],
      [3, 'HTX C', 'Huyện Kim Bôi', '5400000003'],
    ];
    const s = analyze(rows, ['C2:C3']);
    expect(s.rows.map((r) => r.address.district)).toEqual(['Huyện Lạc Sơn', 'Huyện Lạc Sơn', 'Huyện Kim Bôi']);
  });
});

describe('sections, totals and the end of data', () => {
  const rows: Aoa = [
    ['STT', 'Tên hợp tác xã', 'Số thành viên', 'Doanh thu (triệu đồng)'],
    ['TỔNG CỘNG', null, 60, 600],
    ['A', 'NÔNG NGHIỆP', null, null],
    ['I', 'Huyện Lạc Sơn', null, null],
    [1, 'HTX A', 10, 100],
    [2, 'HTX B', 20, 200],
    ['II', 'Huyện Yên Thủy', null, null],
    [1, 'HTX C', 5, 50],
    ['B', 'CÔNG NGHIỆP - TTCN', null, null],
    ['I. Huyện Lạc Sơn', null, null, null],
    [1, 'HTX D', 25, 250],
    [null, 'Cộng', 25, 999],
    [null, 'Công ty TNHH Minh Phát', 3, 30],
    ['Ghi chú: số liệu sơ bộ'],
    // A numbered organization under the notes is still a record: a row added after the table was signed.
    [1, 'HTX thêm dưới ghi chú', 1, 1],
  ];
  const s = analyze(rows, ['A10:D10']);

  it('reads sections of two levels and their context', () => {
    expect(kinds(s)).toEqual([
      '2:total',
      '3:section',
      '4:section',
      '5:record',
      '6:record',
      '7:section',
      '8:record',
      '9:section',
      '10:section',
      '11:record',
      '12:total',
      '13:record',
      '14:footer',
      '15:record',
    ]);
    expect(s.rows.find((r) => r.sourceRow === 5)?.context).toEqual({ sector: 'nong_nghiep', district: 'Huyện Lạc Sơn' });
    expect(s.rows.find((r) => r.sourceRow === 8)?.context).toEqual({ sector: 'nong_nghiep', district: 'Huyện Yên Thủy' });
    expect(s.rows.find((r) => r.sourceRow === 11)?.context).toEqual({ sector: 'cong_nghiep', district: 'Huyện Lạc Sơn' });
    expect(s.rows.find((r) => r.sourceRow === 10)?.label).toBe('Huyện Lạc Sơn');
  });

  it('never takes a total for a record, nor "Công ty" for a total', () => {
    expect(s.rows.filter((r) => r.kind === 'record').map((r) => r.values.name)).toEqual([
      'HTX A',
      'HTX B',
      'HTX C',
      'HTX D',
      'Công ty TNHH Minh Phát',
      'HTX thêm dưới ghi chú',
    ]);
  });

  it('checks a grand total written above its records, and reports a wrong subtotal', () => {
    const top = s.totalsCheck.filter((t) => t.sourceRow === 2);
    expect(top.map((t) => [t.field, t.stated, t.computed, t.ok])).toEqual([
      ['members', 60, 64, false],
      ['revenue', 600_000_000, 631_000_000, false],
    ]);
    const sub = s.totalsCheck.filter((t) => t.sourceRow === 12);
    expect(sub.map((t) => [t.field, t.ok])).toEqual([
      ['members', true],
      ['revenue', false],
    ]);
    expect(s.warnings.some((w) => w.includes('Dòng tổng 12'))).toBe(true);
  });

  it('ends the data at notes under the table', () => {
    expect(s.footerRow).toBe(14);
  });

  it('counts "Số lượng" rows and skips a repeated header row', () => {
    const t = analyze([
      ['Mã số HTX', 'Tên HTX', 'Địa chỉ'],
      ['01', 'HTX A', 'Xã X'],
      ['Mã số HTX', 'Tên HTX', 'Địa chỉ'],
      ['02', 'HTX B', 'Xã Y'],
      ['Số lượng : 3'],
    ]);
    expect(kinds(t)).toEqual(['2:record', '3:header', '4:record', '5:total']);
    expect(t.totalsCheck).toMatchObject([{ kind: 'count', stated: 3, computed: 1, ok: false }]);
  });

  it('treats a numbered row with nothing else as blank, and unmarked capital headings as sections', () => {
    const t = analyze([
      ['TT', 'Tên HTX', 'Số thành viên', 'Mã số HTX'],
      [null, 'THÀNH PHỐ HÒA BÌNH', null, null],
      [1, 'HTX A', 3, '5400000001'],
      [2, null, null, null],
      [null, 'HUYỆN KIM BÔI', null, null],
      [1, 'HTX B', 4, '5400000002'],
      [2, null, null, null],
    ]);
    // The trailing template row is dropped with the other trailing blanks.
    expect(kinds(t)).toEqual(['2:section', '3:record', '4:blank', '5:section', '6:record']);
    expect(t.rows[4]?.context).toEqual({ district: 'HUYỆN KIM BÔI' });
  });
});

describe('a header with too little text to judge alone', () => {
  it('takes the encoding of the rest of the sheet ("TRÑ" is VNI "TRĐ" in a VNI sheet, not TCVN3 "TRẸ")', () => {
    const v = (s: string): string => vni(s);
    const rows: Aoa = [
      [v('DANH SÁCH HỢP TÁC XÃ NĂM 2024')],
      [v('SỐ THỨ TỰ'), v('TÊN ĐƠN VỊ'), v('DOANH THU (TRĐ)'), v('TÌNH TRẠNG'), v('ĐỊA BÀN XÃ')],
      [1, v('HTX Nông nghiệp Đoàn Kết'), 120, v('Đang hoạt động'), v('Xã Tân Vinh')],
      [2, v('HTX Dịch vụ Thống Nhất'), 0, v('Tạm ngừng hoạt động'), v('Phường Đồng Tiến')],
      [3, v('Quỹ tín dụng nhân dân Hòa Sơn'), 35, v('Đang hoạt động'), v('Xã Hòa Sơn')],
    ];
    const s = analyze(rows);
    expect(s.columns.map((c) => c.header)).toContain('DOANH THU (TRĐ)');
    expect(s.columns.find((c) => c.header === 'DOANH THU (TRĐ)')?.unit).toBe('trieu');
  });
});

describe('a money header typed in the other legacy font than its sheet', () => {
  it('reads its unit from the reading that names one ("trñ" in a TCVN3 sheet is VNI "trđ", not TCVN3 "trủ")', () => {
    const t = (s: string): string => tcvn3(s);
    const rows: Aoa = [
      [t('DANH SÁCH HỢP TÁC XÃ NĂM 2024')],
      [t('Số TT'), t('Tên hợp tác xã'), vni('Doanh thu (trđ)'), null, t('Tình trạng hoạt động'), t('Địa bàn xã')],
      [null, null, t('Năm 2023'), t('Năm 2024'), null, null],
      [1, t('HTX Nông nghiệp Đoàn Kết'), 120, 130, t('Đang hoạt động'), t('Xã Tân Vinh')],
      [2, t('HTX Dịch vụ Thống Nhất'), 0, 15, t('Tạm ngừng hoạt động'), t('Phường Đồng Tiến')],
      [3, t('Quỹ tín dụng nhân dân Hòa Sơn'), 35, 40, t('Đang hoạt động'), t('Xã Hòa Sơn')],
    ];
    const s = analyze(rows, ['C2:D2', 'A2:A3', 'B2:B3', 'E2:E3', 'F2:F3']);
    const revenue = s.columns.filter((c) => c.header.startsWith('Doanh thu'));
    expect(revenue.map((c) => c.header)).toEqual(['Doanh thu (trđ) › Năm 2023', 'Doanh thu (trđ) › Năm 2024']);
    // The 2023 column is not the list's year: left unmapped, it has no unit to read.
    expect(revenue.find((c) => c.header.endsWith('2024'))?.unit).toBe('trieu');
  });

  it('leaves a header no reading knows as its sheet reads it ("(tổ)" does not become VNI "(tỉ)", a unit by chance)', () => {
    const t = (s: string): string => tcvn3(s);
    const rows: Aoa = [
      [t('DANH SÁCH HỢP TÁC XÃ NĂM 2024')],
      [t('Số TT'), t('Tên hợp tác xã'), t('Số THT (tổ)'), t('Tình trạng hoạt động'), t('Địa bàn xã')],
      [1, t('HTX Nông nghiệp Đoàn Kết'), 3, t('Đang hoạt động'), t('Xã Tân Vinh')],
      [2, t('HTX Dịch vụ Thống Nhất'), 0, t('Tạm ngừng hoạt động'), t('Phường Đồng Tiến')],
    ];
    expect(analyze(rows).columns.map((c) => c.header)).toContain('Số THT (tổ)');
  });
});
