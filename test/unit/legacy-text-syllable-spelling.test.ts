// The spelling check detection relies on: real syllables pass (with either tone placement), the
// misreadings one legacy encoding makes of the other fail, and so do foreign Latin-1 words.
import { describe, expect, it } from 'vitest';
import { commonSyllables, isCommonSyllable } from '../../src-main/core/import/reader/text/lexicon.ts';
import { isVietnameseSyllable, syllableParts } from '../../src-main/core/import/reader/text/syllable.ts';

describe('Vietnamese syllable spelling', () => {
  it('accepts every word of the common-syllable list', () => {
    const invalid = commonSyllables().filter((w) => !isVietnameseSyllable(w));
    expect(invalid).toEqual([]);
  });

  it('accepts real syllables, old and new tone placement, any case', () => {
    const words = [
      'Hợp',
      'tác',
      'xã',
      'nghiệp',
      'Nguyễn',
      'người',
      'giường',
      'gì',
      'già',
      'quốc',
      'quỳnh',
      'quý',
      'khuya',
      'khuỷu',
      'ngoài',
      'ngoẹo',
      'hoà',
      'hòa',
      'thuỷ',
      'thủy',
      'khoẻ',
      'khỏe',
      'hoạch',
      'huýt',
      'Đắk',
      'Lắk',
      'Krông',
      'xoong',
      'moóc',
      'TỈNH',
      'ươu',
      'yêu',
      'ở',
      'ý',
      'uỷ',
      'ủy',
    ];
    for (const w of words) expect(isVietnameseSyllable(w), w).toBe(true);
  });

  it('rejects the tone on a vowel that cannot carry it', () => {
    // The last one has the dot under the final n (ṇ).
    for (const w of ['nhaỷ', 'maí', 'muá', 'ngoaì', 'tìên', 'hoa\u1e47']) expect(isVietnameseSyllable(w), w).toBe(false);
  });

  it('rejects stops with a tone other than sắc or nặng, and double tones', () => {
    for (const w of ['tàc', 'hỏp', 'mãt', 'ạ\u0301']) expect(isVietnameseSyllable(w), w).toBe(false);
    expect(syllableParts('a\u0301\u0300')).toBeUndefined();
  });

  it('rejects Latin-1 words of other languages and legacy byte soup', () => {
    for (const w of ['Café', 'Müller', 'naïve', 'Straße', 'garçon', 'Hîp', 't¸c', 'taùc', 'Hôïp', 'Sóo', 'roọng']) {
      expect(isVietnameseSyllable(w), w).toBe(false);
    }
  });

  it('ignores case and tone placement when looking up common syllables', () => {
    expect(isCommonSyllable('HOÀ')).toBe(true);
    expect(isCommonSyllable('hòa')).toBe(true);
    expect(isCommonSyllable('Thuỷ')).toBe(true);
    expect(isCommonSyllable('khụng')).toBe(false);
  });
});
