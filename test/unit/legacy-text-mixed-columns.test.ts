// Columns: detected as a whole, converted cell by cell, with the column's legacy encoding as a hint
// for cells too short to judge alone — and mixed columns (TCVN3 + VNI + Unicode) decided per cell.
import { describe, expect, it } from 'vitest';
import { detectColumnEncoding, fixLegacyColumn } from '../../src-main/core/import/reader/text/column.ts';
import { fixLegacyText } from '../../src-main/core/import/reader/text/detect.ts';

describe('column encoding', () => {
  it('detects a TCVN3 column and converts its short cells too', () => {
    const values = ['Hîp t¸c x· n«ng nghiÖp', 'Kh«ng', 'Cã', 'Hµ', 'x·', 'HTX', '', 'mét'];
    const column = detectColumnEncoding(values);
    expect(column).toMatchObject({ encoding: 'tcvn3', legacy: 'tcvn3', mixed: false });
    expect(column.confidence).toBeGreaterThan(0.5);
    expect(fixLegacyColumn(values).cells.map((c) => c.text)).toEqual([
      'Hợp tác xã nông nghiệp',
      'Không',
      'Có',
      'Hà',
      'xã',
      'HTX',
      '',
      'một',
    ]);
  });

  it('detects a VNI column', () => {
    const values = ['Hôïp taùc xaõ', 'Quyõ tín duïng nhaân daân', 'Phöôøng Ngoïc Haø', 'Coù', 'Khoâng'];
    const column = detectColumnEncoding(values);
    expect(column).toMatchObject({ encoding: 'vni', legacy: 'vni', mixed: false });
    expect(fixLegacyColumn(values).cells.map((c) => c.text)).toEqual([
      'Hợp tác xã',
      'Quỹ tín dụng nhân dân',
      'Phường Ngọc Hà',
      'Có',
      'Không',
    ]);
  });

  it('decides each cell of a column that mixes TCVN3, VNI, Unicode and foreign words', () => {
    const values = [
      'Hîp t¸c x· Hoµ B×nh', // TCVN3
      'Hôïp taùc xaõ Taân Tieán', // VNI
      'Hợp tác xã Đồng Tâm', // Unicode
      'Tân Phú', // Unicode, Latin-1 only
      'Café Müller', // foreign
      'Tæ hîp t¸c §oµn KÕt', // TCVN3
      'HTX 123', // ASCII
    ];
    const { column, cells } = fixLegacyColumn(values);
    expect(column.mixed).toBe(true);
    // Most non-ASCII cells are already Unicode; TCVN3 is the legacy encoding it holds most of.
    expect(column.encoding).toBe('unicode');
    expect(column.legacy).toBe('tcvn3');
    expect(column.counts).toEqual({ tcvn3: 2, vni: 1, unicode: 3, ascii: 1 });
    expect(cells.map((c) => [c.text, c.encoding])).toEqual([
      ['Hợp tác xã Hoà Bình', 'tcvn3'],
      ['Hợp tác xã Tân Tiến', 'vni'],
      ['Hợp tác xã Đồng Tâm', 'unicode'],
      ['Tân Phú', 'unicode'],
      ['Café Müller', 'unicode'],
      ['Tổ hợp tác Đoàn Kết', 'tcvn3'],
      ['HTX 123', 'ascii'],
    ]);
  });

  it('converts header units written with đ abbreviations once the sheet is known to be TCVN3', () => {
    // Header cells are judged together, as a column is: "(tr.®)" alone is too little to go on.
    const headers = ['STT', 'Tªn HTX', 'Doanh thu (tr.®)', '§VT', 'Lîi nhuËn (®/n¨m)'];
    expect(fixLegacyColumn(headers).cells.map((c) => c.text)).toEqual(['STT', 'Tên HTX', 'Doanh thu (tr.đ)', 'ĐVT', 'Lợi nhuận (đ/năm)']);
    expect(fixLegacyText('§VT')).toMatchObject({ text: 'ĐVT', encoding: 'tcvn3' });
    // A section sign alone stays a section sign.
    expect(fixLegacyText('§ 5').text).toBe('§ 5');
  });

  it('calls a column with nothing but ASCII ascii', () => {
    expect(detectColumnEncoding(['1', '2', 'HTX', ''])).toMatchObject({ encoding: 'ascii', mixed: false });
    expect(detectColumnEncoding([])).toMatchObject({ encoding: 'ascii', confidence: 0 });
  });

  it('uses each cell font when the reader gives it', () => {
    const values = ['tØnh l©m ®ång', 'Lieân minh HTX'];
    const { cells } = fixLegacyColumn(values, ['.VnTimeH', 'VNI-Times']);
    expect(cells.map((c) => c.text)).toEqual(['TỈNH LÂM ĐỒNG', 'Liên minh HTX']);
  });

  it('reads a cell in a TCVN3 font as the font showed it, but never a foreign word', () => {
    // "mét" in .VnTime was drawn as "một"; "Café" would be "Cafộ", no word at all, so it stays.
    expect(fixLegacyText('mét', { fontName: '.VnTime' }).text).toBe('một');
    expect(fixLegacyText('Café', { fontName: '.VnTime' }).text).toBe('Café');
    expect(fixLegacyText('Hợp tác', { fontName: '.VnTime' }).text).toBe('Hợp tác');
  });

  it('lets a cell font point to the encoding when the cell alone is unclear', () => {
    // "Hoaø" alone: Latin-1 "Hoaø" is not Vietnamese, the VNI reading "Hoà" is.
    expect(fixLegacyText('Hoaø', { fontName: 'VNI-Times' })).toMatchObject({ text: 'Hoà', encoding: 'vni' });
  });
});
