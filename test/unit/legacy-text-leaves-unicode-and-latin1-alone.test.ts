// Real Unicode Vietnamese, and Latin-1 words of other languages, must come out unchanged (only NFC).
import { describe, expect, it } from 'vitest';
import { detectColumnEncoding, fixLegacyColumn } from '../../src-main/core/import/reader/text/column.ts';
import { detectTextEncoding, fixLegacyText } from '../../src-main/core/import/reader/text/detect.ts';

const UNICODE_VIETNAMESE = [
  'Hợp tác xã nông nghiệp',
  'Quỹ tín dụng nhân dân',
  'Phường Ngọc Hà',
  'TỈNH LÂM ĐỒNG',
  'Đắk Lắk',
  // Latin-1-only Vietnamese: these are byte strings too, and their legacy readings are near-words.
  'Tân Phú',
  'Cà Mau',
  'Hoàng',
  'Hoà Bình',
  'Có',
  'Không',
  'Tây Ninh',
  'Bà Rịa',
  'mét',
  'tú',
  'CÀ MAU',
  'Thái Bình',
];
const LATIN1_FOREIGN = [
  'Café',
  'Müller',
  'São Paulo',
  'naïve',
  'Zürich',
  'Straße',
  'crème brûlée',
  'Peña',
  'José',
  'Noël',
  'Björn',
  'garçon',
  'Raúl',
  'Citroën',
  'Ångström',
  'Øre',
  'sí',
  'año',
  'été',
  '25°C',
  'm²',
  '±5%',
  '© 2024',
  '«Hello»',
  '½ ha',
];

describe('text that is not legacy stays as it is', () => {
  it.each(UNICODE_VIETNAMESE)('keeps Unicode Vietnamese %j', (text) => {
    const result = fixLegacyText(text);
    expect(result.text).toBe(text);
    expect(result.encoding).toBe('unicode');
  });

  it.each(LATIN1_FOREIGN)('keeps the Latin-1 text %j', (text) => {
    expect(fixLegacyText(text)).toMatchObject({ text, encoding: 'unicode' });
    // Even where the column is known to be TCVN3 or VNI.
    expect(fixLegacyText(text, 'tcvn3').text).toBe(text);
    expect(fixLegacyText(text, 'vni').text).toBe(text);
  });

  it('keeps Unicode Vietnamese in a column hinted as legacy', () => {
    for (const text of UNICODE_VIETNAMESE) {
      expect(fixLegacyText(text, 'tcvn3').text, text).toBe(text);
      expect(fixLegacyText(text, 'vni').text, text).toBe(text);
    }
  });

  it('reads a word that is also the legacy bytes of another word by its column', () => {
    // "mét" (metre) is how TCVN3 stores "một" (one), "Phó" how it stores "Phú". Alone, or in a TCVN3
    // column that also holds Unicode, they are kept; in a column with no Unicode at all they are TCVN3.
    for (const [text, tcvn3] of [
      ['mét', 'một'],
      ['Phó', 'Phú'],
      ['dòng', 'dũng'],
    ] as const) {
      expect(fixLegacyText(text)).toMatchObject({ text, encoding: 'unicode' });
      expect(fixLegacyText(text, 'tcvn3').text).toBe(text);
      expect(fixLegacyText(text, { encoding: 'tcvn3', allLegacy: true })).toMatchObject({ text: tcvn3, encoding: 'tcvn3' });
    }
    expect(fixLegacyText('cô', { encoding: 'vni', allLegacy: true }).text).toBe('cơ');
  });

  it('keeps real Latin-1-only words in a column that mixes Unicode and TCVN3', () => {
    const values = ['Phó', 'Chủ tịch', 'Tân Phú', 'dòng', 'Cô', 'trò', 'bò', 'Hîp t¸c x·', 'Kh«ng'];
    const { column, cells } = fixLegacyColumn(values);
    expect(column).toMatchObject({ legacy: 'tcvn3', allLegacy: false, mixed: true });
    expect(cells.map((c) => c.text)).toEqual(['Phó', 'Chủ tịch', 'Tân Phú', 'dòng', 'Cô', 'trò', 'bò', 'Hợp tác xã', 'Không']);
  });

  it('returns decomposed Unicode composed, and calls it Unicode', () => {
    const nfd = 'Hợp tác xã'.normalize('NFD');
    expect(fixLegacyText(nfd)).toMatchObject({ text: 'Hợp tác xã', encoding: 'unicode', confidence: 1 });
  });

  it('calls pure ASCII ascii and never changes it', () => {
    for (const text of ['', 'HTX Tan Phu', '0912 345 678', 'UBND', 'Hop tac xa']) {
      expect(fixLegacyText(text)).toEqual({ text, encoding: 'ascii', confidence: 1 });
    }
  });

  it('judges a whole column of them non-legacy', () => {
    const column = detectColumnEncoding([...UNICODE_VIETNAMESE, ...LATIN1_FOREIGN]);
    expect(column.encoding).toBe('unicode');
    expect(column.legacy).toBeUndefined();
    const fixed = fixLegacyColumn([...UNICODE_VIETNAMESE, ...LATIN1_FOREIGN]);
    expect(fixed.cells.map((c) => c.text)).toEqual([...UNICODE_VIETNAMESE, ...LATIN1_FOREIGN]);
  });

  it('is confident about text with letters beyond Latin-1', () => {
    expect(detectTextEncoding('Hợp tác xã')).toEqual({ encoding: 'unicode', confidence: 1 });
  });
});
