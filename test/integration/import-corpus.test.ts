// Every file of the shared corpora (../shared/data, read in place by path — never copied here) is
// analyzed or refused with a Vietnamese message: no crash, no hang. Each file gets a time limit.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeWorkbook } from '../../src-main/core/import/reader/analyze/analyze-workbook.ts';
import type { WorkbookAnalysis } from '../../src-main/core/import/reader/analyze/types.ts';
import { WorkbookReadError } from '../../src-main/core/import/reader/read/errors.ts';
import { SHARED_DATA } from '../helpers/import-fixtures.ts';

const DIRS = ['spreadsheet-corpus', 'vn-spreadsheets'];
const FILES = DIRS.flatMap((dir) => fs.readdirSync(path.join(SHARED_DATA, dir)).map((name) => path.join(dir, name)));
const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;
// A bound for a stuck reader, not a speed target (speed is measured in test/bench): generous, so a busy
// machine does not fail a file that is read correctly.
const TIME_LIMIT_MS = 120_000;

/** Files that must be refused, and why. */
const REFUSED: Record<string, string> = {
  'spreadsheet-corpus/password_2002_40_xor.xls': 'encrypted',
};

async function outcome(file: string): Promise<WorkbookAnalysis | WorkbookReadError> {
  try {
    return await analyzeWorkbook(path.join(SHARED_DATA, file), { fileName: path.basename(file), limits: { timeoutMs: TIME_LIMIT_MS } });
  } catch (thrown) {
    if (thrown instanceof WorkbookReadError) return thrown;
    throw thrown;
  }
}

describe('every corpus file is analyzed or refused', () => {
  it('finds the corpora', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(49);
  });

  it.each(FILES)(
    '%s',
    async (file) => {
      const result = await outcome(file);
      const refusal = REFUSED[file];
      if (refusal !== undefined) {
        expect(result).toBeInstanceOf(WorkbookReadError);
        expect(result).toMatchObject({ code: refusal });
      }
      if (result instanceof WorkbookReadError) {
        expect(result.code).not.toBe('timeout');
        expect(result.message).toMatch(VIETNAMESE);
        return;
      }
      expect(result.sheets.length).toBeGreaterThan(0);
      for (const sheet of result.sheets) {
        for (const w of sheet.warnings) expect(w).toMatch(VIETNAMESE);
        for (const row of sheet.rows) expect(row.sourceRow).toBeGreaterThan(0);
      }
    },
    TIME_LIMIT_MS + 5_000,
  );
});

describe('what the corpus files hold', () => {
  async function analysis(file: string): Promise<WorkbookAnalysis> {
    const r = await outcome(file);
    if (r instanceof WorkbookReadError) throw r;
    return r;
  }

  it('GSO district list: merged code columns, the "Số lượng" footer and the empty sub-table inside', async () => {
    const s = (await analysis('vn-spreadsheets/GSO_DanhSachCapHuyen_17_05_2022.xls')).sheets[0];
    expect(s?.columns.map((c) => c.header)).toEqual(['Mã', 'Tên', 'Tên Tiếng Anh', 'Cấp', 'Mã TP', 'Tỉnh / Thành Phố']);
    expect(s?.rows.filter((r) => r.kind === 'header').length).toBe(1);
    expect(s?.totalsCheck.map((t) => [t.kind, t.stated, t.computed, t.ok])).toEqual([
      ['count', 0, 0, true],
      ['count', 705, 705, true],
    ]);
    expect(s?.rows.filter((r) => r.kind === 'record').length).toBe(705);
  });

  it('GSO province list: the footer count and codes with leading zeros', async () => {
    const a = await analysis('vn-spreadsheets/GSO_DanhSachCapTinh_17_05_2022.xls');
    expect(a.fileName).toBe('GSO_DanhSachCapTinh_17_05_2022.xls');
    const s = a.sheets[0];
    expect(s?.totalsCheck).toMatchObject([{ kind: 'count', stated: 63, computed: 63, ok: true }]);
    expect(s?.entity).toBeNull();
    expect(s?.warnings.some((w) => w.includes('Không nhận ra'))).toBe(true);
  });

  it('old→new conversion CSV: a two-block title above the header and province rows as sections', async () => {
    const s = (await analysis('vn-spreadsheets/BangChuyendoiDVHCmoi_cu_khong_merge.csv')).sheets[0];
    expect(s?.headerRows).toEqual([2]);
    const sections = s?.rows.filter((r) => r.kind === 'section') ?? [];
    expect(sections.length).toBe(34);
    expect(sections[0]?.context).toEqual({ province: 'THÀNH PHỐ HÀ NỘI' });
    expect(s?.rows.filter((r) => r.kind === 'record').length).toBe(10_571);
  });

  it('1900 and 1904 date systems are reported', async () => {
    expect((await analysis('spreadsheet-corpus/1904__1904.xls')).date1904).toBe(true);
    expect((await analysis('spreadsheet-corpus/1904__1904.xlsx')).date1904).toBe(true);
    expect((await analysis('spreadsheet-corpus/1904__1900.xls')).date1904).toBe(false);
  });

  it('old Excel generations and other writers are read', async () => {
    for (const file of [
      'crlf__CRLFX5_2.XLS',
      'crlf__CRLFX5_3.XLS',
      'crlf__CRLFX5_4.XLS',
      'biff5__merge_cells.xls',
      'A4X_gnumeric.xls',
      'LONumbers.xls',
      'artifacts__wps__write.xls',
      'sheet_visibility_strict.xlsx',
      'wtf_path.xlsx',
      'merge_cells.ods',
      'text_and_numbers.txt',
    ]) {
      const a = await analysis(`spreadsheet-corpus/${file}`);
      expect(a.sheets.length, file).toBeGreaterThan(0);
    }
  });
});
