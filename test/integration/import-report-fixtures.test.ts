// Whole generated workbooks through the whole pipeline: the same report in every format, a workbook of
// several sheets each holding its own entity, OCOP owners that are cooperatives or outside owners,
// numbers as text and every date form, and mappings remembered by shape or chosen by the clerk.
import { describe, expect, it } from 'vitest';
import { analyzeBytes } from '../../src-main/core/import/reader/analyze/analyze-workbook.ts';
import type { SheetAnalysis } from '../../src-main/core/import/reader/analyze/types.ts';
import {
  type Aoa,
  bytesOf,
  certificationSheet,
  cooperativeGroupSheet,
  cooperativeReport,
  csvBytes,
  figuresSheet,
  ocopSheet,
  workbookOf,
} from '../helpers/import-fixtures.ts';

function essentials(s: SheetAnalysis | undefined): unknown {
  if (s === undefined) return undefined;
  return {
    entity: s.entity,
    year: s.year,
    headerRows: s.headerRows,
    columnNumberRow: s.columnNumberRow,
    footerRow: s.footerRow,
    columns: s.columns.map((c) => [c.header, c.field, c.unit]),
    rows: s.rows.map((r) => [r.sourceRow, r.kind, r.context, r.values, r.cellErrors]),
    totals: s.totalsCheck.map((t) => [t.sourceRow, t.field, t.ok]),
  };
}

describe('one report, every format', () => {
  const report = workbookOf([cooperativeReport()]);
  const reference = essentials(analyzeBytes(bytesOf(report, 'xlsx')).sheets[0]);

  it.each(['xls', 'biff8', 'ods', 'xlsb'] as const)('%s', (bookType) => {
    expect(essentials(analyzeBytes(bytesOf(report, bookType)).sheets[0])).toEqual(reference);
  });

  it('CSV (merges lost: group headers joined from the empty cells beside them)', () => {
    const rows = cooperativeReport().rows;
    const s = analyzeBytes(csvBytes(rows, 'utf-8-bom')).sheets[0];
    expect(essentials(s)).toEqual(reference);
  });
});

describe('a workbook with one entity per sheet', () => {
  const a = analyzeBytes(
    bytesOf(workbookOf([cooperativeReport(), cooperativeGroupSheet(), figuresSheet(), ocopSheet(), certificationSheet()]), 'xlsx'),
  );

  it('tells each sheet apart', () => {
    expect(a.sheets.map((s) => [s.name, s.entity, s.orgType, s.year, s.period])).toEqual([
      ['DS HTX', 'organizations', 'HTX', 2024, 'Y'],
      ['THT', 'organizations', 'THT', 2024, 'Y'],
      ['Số liệu', 'figures', null, 2024, 'H1'],
      ['OCOP', 'ocop', null, 2023, null],
      ['Chứng nhận', 'certifications', null, null, null],
    ]);
    for (const s of a.sheets) {
      expect(s.confidence).toBeGreaterThan(0.8);
      expect(s.missingRequired).toEqual([]);
    }
  });

  it('infers the type of tổ hợp tác rows from the sheet and of named ones from their names', () => {
    const tht = a.sheets[1];
    expect(tht?.rows.map((r) => [r.values.type, r.inferred.includes('type')])).toEqual([
      ['THT', true],
      ['THT', true],
      ['THT', true],
    ]);
    expect(tht?.rows[0]?.address).toEqual({ commune: 'Xã Đồng Tâm', district: 'Huyện Lạc Thủy' });
    expect(tht?.defaults).toMatchObject({ type: 'THT' });
  });

  it('reads figures with their unit, per-month income and the sheet period', () => {
    const f = a.sheets[2];
    expect(f?.rows[0]?.values).toEqual({
      name: 'HTX Nông nghiệp Tân Lập',
      members: 25,
      workers: 20,
      revenue: 1_580_000_000,
      profit: 120_000_000,
      avgIncome: 4_500_000,
      year: 2024,
      period: 'H1',
    });
    expect(f?.totalsCheck.every((t) => t.ok)).toBe(true);
  });

  it('splits OCOP owners into cooperatives and outside owners', () => {
    const o = a.sheets[3];
    expect(
      o?.rows.map((r) => [r.values.organizationId ?? null, r.values.externalOwnerName ?? null, r.values.externalOwnerKind ?? null]),
    ).toEqual([
      ['HTX Cam Cao Phong', null, null],
      ['Hợp tác xã Nông nghiệp Tân Lập', null, null],
      [null, 'Công ty TNHH Chè Đà Bắc', 'doanh_nghiep'],
      [null, 'Hộ kinh doanh Bùi Văn Minh', 'ho_kinh_doanh'],
      ['HTX Cam Cao Phong', null, null],
    ]);
    expect(o?.rows.map((r) => r.values.stars ?? r.cellErrors.stars)).toEqual([
      4,
      3,
      4,
      5,
      'Hạng sao OCOP phải từ 3 đến 5 sao (ô ghi “2 sao”).',
    ]);
    expect(o?.rows[3]?.values.decisionDate).toBe('2023-10-01');
    expect(o?.rows[4]?.duplicateOf).toBe(3);
  });

  it('reads certifications', () => {
    const c = a.sheets[4];
    expect(c?.rows.map((r) => [r.values.kind, r.values.issuedOn, r.values.expiresOn])).toEqual([
      ['vietgap', '2023-02-01', '2026-02-01'],
      ['huu_co', '2022-05-10', '2025-05-10'],
      ['vietgahp', '2024-03-05', null],
    ]);
    expect(c?.rows[2]?.blanks).toEqual({ expiresOn: 'x' });
  });
});

describe('numbers as text and every date form', () => {
  const rows: Aoa = [
    ['TT', 'Tên HTX', 'Mã số thuế', 'Ngày thành lập', 'Vốn điều lệ (tr.đ)', 'Số thành viên', 'Điện thoại'],
    [1, 'HTX A', '0107000456', '15/03/2019', '1.580', '1.200', '0912345678'],
    [2, 'HTX B', 107000457, '15.03.2019', '4,67', 35, 912345679],
    [3, 'HTX C', '5400000789', '5/3/2019', '1.234,5', '-', null],
    [4, 'HTX D', 5.4e9, '15-03-2019', 12, 'x', null],
    [5, 'HTX E', '5,4E+09', 43539, 'mười', 'N/A', null],
    [6, 'HTX F', '5400000790', '2019', 0, 0, null],
    [7, 'HTX G', '5400000791', 'tháng 3/2019', '', '12 người', null],
  ];
  const s = analyzeBytes(bytesOf(workbookOf([{ name: 'S', rows, formats: { D6: 'dd/mm/yyyy' } }]), 'xlsx')).sheets[0];

  it('reads each row, with an error on the cells it cannot read', () => {
    // A field is either in values (null when blank) or in cellErrors, never both.
    const v = (r: SheetAnalysis['rows'][number], key: string): unknown => (key in r.values ? r.values[key] : r.cellErrors[key]);
    expect(s?.rows.map((r) => [v(r, 'regCode'), v(r, 'foundedOn'), v(r, 'charterCapital'), v(r, 'members')])).toEqual([
      ['0107000456', '2019-03-15', 1_580_000_000, 1200],
      ['0107000457', '2019-03-15', 4_670_000, 35],
      ['5400000789', '2019-03-05', 1_234_500_000, 0],
      ['5400000000', '2019-03-15', 12_000_000, null],
      [
        'Mã “5,4E+09” đã bị Excel rút gọn thành dạng số mũ nên mất chữ số; hãy lấy lại mã đầy đủ.',
        '2019-03-15',
        'Không đọc được “mười” thành số: có ký tự “m”.',
        null,
      ],
      ['5400000790', '2019', 0, 0],
      ['5400000791', '2019-03', null, 12],
    ]);
    expect(s?.rows[1]?.values.phone).toBe('0912345679');
    expect(s?.rows.map((r) => r.blanks.members ?? '')).toEqual(['', '', 'dash', 'x', 'na', '', '']);
  });
});

describe('remembered and chosen mappings', () => {
  const sheet = (year: number): Aoa => [
    ['TT', 'Tên HTX', 'Địa chỉ', `Doanh thu năm ${String(year)} (tr.đ)`, 'Cột riêng của huyện'],
    [1, 'HTX A', 'Xã X', 100, 'abc'],
  ];

  it('reuses a mapping for a file of the same shape', () => {
    const first = analyzeBytes(bytesOf(workbookOf([{ name: 'S', rows: sheet(2023) }]), 'xlsx'), {
      sheets: { S: { columns: { 4: { kind: 'field', field: 'notes' } } } },
    }).sheets[0];
    expect(first?.columns[4]).toMatchObject({ field: 'notes', source: 'override', confidence: 1 });
    const mappings = { [first?.shape ?? '']: first?.mapping ?? { entity: null, columns: {} } };
    const next = analyzeBytes(bytesOf(workbookOf([{ name: 'Năm sau', rows: sheet(2024) }]), 'xlsx'), { mappings }).sheets[0];
    expect(next?.shape).toBe(first?.shape);
    expect(next?.columns.map((c) => [c.field, c.source])).toEqual([
      [null, 'remembered'],
      ['name', 'remembered'],
      ['legacyAddress', 'remembered'],
      ['revenue', 'remembered'],
      ['notes', 'remembered'],
    ]);
    expect(next?.rows[0]?.values.notes).toBe('abc');
    expect(next?.year).toBe(2024);
  });

  it('applies the clerk’s entity, year, units, header rows and skipped sheets', () => {
    const rows: Aoa = [
      ['Đơn vị', 'Giá trị'],
      ['HTX A', 5],
    ];
    const a = analyzeBytes(
      bytesOf(
        workbookOf([
          { name: 'A', rows },
          { name: 'B', rows },
        ]),
        'xlsx',
      ),
      {
        year: 2022,
        sheets: {
          A: {
            entity: 'figures',
            headerRows: [1],
            columns: { 0: { kind: 'field', field: 'name' }, 1: { kind: 'field', field: 'revenue' } },
            units: { 1: 'ty' },
          },
          B: { skip: true },
        },
      },
    );
    expect(a.sheets.map((s) => s.name)).toEqual(['A']);
    expect(a.sheets[0]?.rows[0]?.values).toEqual({ name: 'HTX A', revenue: 5_000_000_000, year: 2022, period: 'Y' });
    expect(a.sheets[0]?.yearSource).toBe('option');
  });

  it('asks for a unit rather than guessing small numbers', () => {
    const s = analyzeBytes(
      bytesOf(
        workbookOf([
          {
            name: 'S',
            rows: [
              ['Tên HTX', 'Địa chỉ', 'Doanh thu'],
              ['HTX A', 'Xã X', 150],
            ],
          },
        ]),
        'xlsx',
      ),
    ).sheets[0];
    expect(s?.columns[2]?.unit).toBeNull();
    expect(s?.rows[0]?.cellErrors.revenue).toMatch(/đơn vị tính/);
    expect(s?.warnings.some((w) => w.includes('không ghi đơn vị tính'))).toBe(true);
  });
});
