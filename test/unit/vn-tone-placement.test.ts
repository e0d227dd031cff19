import { describe, expect, it } from 'vitest';
import { placeToneMarks } from '../../src-main/shared/index.ts';

describe('placeToneMarks unifies old and new tone placement', () => {
  it.each([
    // [old style, new style]
    ['hòa', 'hoà'],
    ['Hòa Bình', 'Hoà Bình'],
    ['HÒA', 'HOÀ'],
    ['khỏe', 'khoẻ'],
    ['thủy', 'thuỷ'],
    ['Thủy Nguyên', 'Thuỷ Nguyên'],
    ['Thúy', 'Thuý'],
    ['ủy ban', 'uỷ ban'],
    ['Ủy', 'Uỷ'],
    ['họa', 'hoạ'],
    ['lõa', 'loã'],
  ])('%s (old) ⇄ %s (new)', (oldStyle, newStyle) => {
    expect(placeToneMarks(oldStyle, 'new')).toBe(newStyle);
    expect(placeToneMarks(newStyle, 'new')).toBe(newStyle);
    expect(placeToneMarks(newStyle, 'old')).toBe(oldStyle);
    expect(placeToneMarks(oldStyle, 'old')).toBe(oldStyle);
  });

  it.each([
    // Words whose placement is the same in both styles must not move.
    'Hoàng',
    'Quý',
    'Quỳnh',
    'Quốc',
    'Nguyễn',
    'người',
    'được',
    'giữa',
    'già',
    'gì',
    'gìn',
    'giếng',
    'ngoài',
    'xoáy',
    'khuỷu',
    'mùa',
    'của',
    'mía',
    'cái',
    'hướng',
    'rượu',
    'thuở',
    'khuyến',
    'tuổi',
    'hoặc',
    'toán',
    'Huế',
    'Tuấn',
    'Lý',
    'ý',
    'Đắk Lắk',
    'Thành',
    'cứu',
    'yếu',
  ])('leaves %s as it is', (word) => {
    expect(placeToneMarks(word, 'new')).toBe(word);
    expect(placeToneMarks(word, 'old')).toBe(word);
  });

  it('repairs misplaced marks', () => {
    expect(placeToneMarks('Qúy')).toBe('Quý');
    expect(placeToneMarks('qủa')).toBe('quả');
    expect(placeToneMarks('gìa')).toBe('già');
    expect(placeToneMarks('hòang')).toBe('hoàng');
    expect(placeToneMarks('ngòai')).toBe('ngoài');
  });

  it('accepts NFD input and returns NFC', () => {
    const out = placeToneMarks('Hòa Bình Thủy'.normalize('NFD'));
    expect(out).toBe('Hoà Bình Thuỷ');
    expect(out).toBe(out.normalize('NFC'));
  });

  it('leaves foreign words, numbers and punctuation alone', () => {
    expect(placeToneMarks('café, résumé; VietGAP 4★ (2024)')).toBe('café, résumé; VietGAP 4★ (2024)');
    expect(placeToneMarks('')).toBe('');
  });
});
