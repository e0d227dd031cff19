// TCVN3 has no bytes for toned capitals and puts ư on 0xAD (the soft hyphen). Capitals come back from
// the capital-only font when the reader gives the font name, otherwise from the neighbouring letters.
import { describe, expect, it } from 'vitest';
import { fixLegacyText } from '../../src-main/core/import/reader/text/detect.ts';
import { decodeTcvn3, encodeTcvn3, isTcvn3CapitalFont, isTcvn3FontName } from '../../src-main/core/import/reader/text/tcvn3.ts';

describe('TCVN3 capitals', () => {
  it('judges the case of a toned vowel from the letters next to it', () => {
    expect(decodeTcvn3('TØNH')).toBe('TỈNH');
    expect(decodeTcvn3('TØnh')).toBe('Tỉnh');
    expect(decodeTcvn3('¸NH S¸NG')).toBe('ÁNH SÁNG');
    expect(decodeTcvn3('HOµ')).toBe('HOÀ');
    expect(decodeTcvn3('Hoµ')).toBe('Hoà');
    expect(decodeTcvn3('UBND TØNH H¦NG Y£N')).toBe('UBND TỈNH HƯNG YÊN');
    expect(decodeTcvn3('Céng hoµ x· héi chñ nghÜa ViÖt Nam')).toBe('Cộng hoà xã hội chủ nghĩa Việt Nam');
    expect(decodeTcvn3('CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM')).toBe('CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  });

  it('uses the style of the whole cell when a word alone cannot tell ("Hµ" is Hà or HÀ)', () => {
    expect(decodeTcvn3('Hµ NéI')).toBe('HÀ NỘI');
    expect(decodeTcvn3('Hµ Néi')).toBe('Hà Nội');
    expect(decodeTcvn3('§µ N½NG')).toBe('ĐÀ NẴNG');
    expect(decodeTcvn3('§µ N½ng')).toBe('Đà Nẵng');
    expect(decodeTcvn3('Hµ')).toBe('Hà');
    expect(decodeTcvn3('KT. CHñ TÞCH')).toBe('KT. CHỦ TỊCH');
  });

  it('upper-cases everything set in a capital-only font, whatever the bytes say', () => {
    expect(decodeTcvn3('tØnh l©m ®ång', { capitalFont: true })).toBe('TỈNH LÂM ĐỒNG');
    expect(decodeTcvn3('Hîp t¸c x·', { capitalFont: true })).toBe('HỢP TÁC XÃ');
    // Through the cell API: the reader's font name is the hint.
    expect(fixLegacyText('danh s¸ch hîp t¸c x·', { fontName: '.VnTimeH' })).toMatchObject({
      text: 'DANH SÁCH HỢP TÁC XÃ',
      encoding: 'tcvn3',
    });
    expect(fixLegacyText('danh s¸ch hîp t¸c x·', { fontName: '.VnTime' }).text).toBe('danh sách hợp tác xã');
    // An ASCII-only cell in that font was also shown in capitals.
    expect(fixLegacyText('ubnd', { fontName: '.VnArialH' })).toMatchObject({ text: 'UBND', encoding: 'ascii' });
  });

  it('recognises the capital-only font names', () => {
    for (const name of ['.VnTimeH', '.VnArialH', '.VnArial NarrowH', '.VnCourier NewH', 'VnTimeH', ' .VnBlackH ']) {
      expect(isTcvn3CapitalFont(name), name).toBe(true);
      expect(isTcvn3FontName(name), name).toBe(true);
    }
    for (const name of ['.VnTime', '.VnArial', 'VNI-Times', 'VNI-TimesH', 'Times New Roman', 'Arial', 'Tahoma']) {
      expect(isTcvn3CapitalFont(name), name).toBe(false);
    }
    expect(isTcvn3FontName('VNI-Times')).toBe(false);
    expect(isTcvn3FontName('Times New Roman')).toBe(false);
  });

  it('encodes toned capitals with the lower-case byte, as the table does', () => {
    expect(encodeTcvn3('TỈNH')).toBe('TØNH');
    expect(encodeTcvn3('ĐỒNG')).toBe('§åNG');
  });
});

describe('TCVN3 0xAD is the letter ư, not a soft hyphen', () => {
  it('decodes U+00AD to ư in every position', () => {
    expect(decodeTcvn3('Ph\u00adêng')).toBe('Phường');
    expect(decodeTcvn3('\u00adu ®·i')).toBe('ưu đãi');
    expect(decodeTcvn3('th\u00ad')).toBe('thư');
    // In capitals typists used the capital byte 0xA6 (¦) for Ư; 0xAD stays lower case.
    expect(decodeTcvn3('TR¦êNG')).toBe('TRƯỜNG');
    expect(decodeTcvn3('TR\u00adêNG', { capitalFont: true })).toBe('TRƯỜNG');
  });

  it('encodes ư as 0xAD', () => {
    expect(encodeTcvn3('Phường')).toBe('Ph\u00adêng');
    expect(encodeTcvn3('ư').charCodeAt(0)).toBe(0xad);
  });

  it('detects and converts a cell whose only special letters are soft hyphens', () => {
    expect(fixLegacyText('Th\u00ad k\u00ad')).toMatchObject({ text: 'Thư kư', encoding: 'tcvn3' });
    expect(fixLegacyText('Ph\u00adêng 1')).toMatchObject({ text: 'Phường 1', encoding: 'tcvn3' });
  });
});
