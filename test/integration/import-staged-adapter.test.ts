// The reader behind the import jobs' Analyzer interface: records only, refusals, remembered mappings
// and the clerk's column choices going in, read errors coming out as AppError with the Vietnamese text.
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src-main/contract/index.ts';
import { createAnalyzer, isSavedMapping } from '../../src-main/core/import/reader/analyze/staged-adapter.ts';
import { bytesOf, cooperativeGroupSheet, cooperativeReport, workbookOf } from '../helpers/import-fixtures.ts';

const analyzer = createAnalyzer();
const bytes = bytesOf(
  workbookOf([
    cooperativeReport(),
    cooperativeGroupSheet(),
    {
      name: 'Khác',
      rows: [
        ['Name', 'Value'],
        ['a', 1],
      ],
    },
  ]),
  'xlsx',
);

describe('the reader as an Analyzer', () => {
  it('stages the records of each sheet, with context and refusals', async () => {
    const sheets = await analyzer({ bytes, fileName: 'ds.xlsx', remembered: {}, choices: {} });
    expect(sheets.map((s) => [s.name, s.entity, s.year, s.rows.length, s.refusal === null])).toEqual([
      ['DS HTX', 'organizations', 2024, 4, true],
      ['THT', 'organizations', 2024, 3, true],
      ['Khác', null, null, 1, false],
    ]);
    const first = sheets[0]?.rows[0];
    expect(first).toMatchObject({ sourceRow: 11, context: { district: 'Huyện Lương Sơn' } });
    expect(first?.values).toMatchObject({ name: 'HTX Nông nghiệp Tân Lập', regCode: '5407000123', revenue: 1_200_000_000, type: 'HTX' });
    expect(sheets[1]?.rows[0]?.values.legacyAddress).toBe('Xã Đồng Tâm, Huyện Lạc Thủy');
    expect(sheets[0]?.rows[3]?.markedDuplicate).toBe(true);
    expect(sheets[0]?.totalsMismatches).toEqual([]);
    expect(isSavedMapping(sheets[0]?.savedMapping)).toBe(true);
  });

  it('applies remembered mappings and the clerk’s choices', async () => {
    const first = await analyzer({ bytes, fileName: 'ds.xlsx', remembered: {}, choices: {} });
    const signature = first[0]?.signature ?? '';
    const remembered = { [signature]: first[0]?.savedMapping, junk: { columns: 5 } };
    const again = await analyzer({
      bytes,
      fileName: 'ds.xlsx',
      year: 2023,
      remembered,
      choices: { 'DS HTX': { columns: { 10: null, 3: 'street' } } },
    });
    const columns = again[0]?.columns ?? [];
    expect(columns.find((c) => c.index === 10)?.field).toBeNull();
    expect(columns.find((c) => c.index === 3)).toMatchObject({ field: 'street', confidence: 1 });
    expect(columns.find((c) => c.index === 1)).toMatchObject({ field: 'name', confidence: 1 });
    expect(again[0]?.year).toBe(2023);
  });

  it('turns a file it cannot read into an AppError with the reader’s message', async () => {
    const refused = analyzer({ bytes: Buffer.from('%PDF-1.4'), fileName: 'x.pdf', remembered: {}, choices: {} });
    await expect(refused).rejects.toBeInstanceOf(AppError);
    await expect(refused).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: 'Tệp này không phải là bảng tính (Excel, LibreOffice hoặc CSV).',
    });
  });
});
