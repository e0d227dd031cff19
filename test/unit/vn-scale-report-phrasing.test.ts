import { describe, expect, it } from 'vitest';
import { formatCountScale, formatMoneyScale, formatShare } from '../../src-main/shared/index.ts';

describe('formatMoneyScale phrases đồng amounts as the annual report does', () => {
  it.each([
    // The examples of indicators.md.
    [1_580_000_000, '1,58 tỷ đồng'],
    [174_000_000, '174 triệu đồng'],
    [4_670_000, '4,67 triệu đồng'],
    // Three significant digits, trailing zeros dropped.
    [1_000_000_000, '1 tỷ đồng'],
    [1_500_000_000, '1,5 tỷ đồng'],
    [1_234_567_890, '1,23 tỷ đồng'],
    [12_345_678_901, '12,3 tỷ đồng'],
    [123_456_789_012, '123 tỷ đồng'],
    [1_235_000, '1,24 triệu đồng'],
    [1_234_999, '1,23 triệu đồng'],
    [4_670, '4,67 nghìn đồng'],
    [1_000, '1 nghìn đồng'],
    [999, '999 đồng'],
    [5, '5 đồng'],
    [0, '0 đồng'],
    // Integer digits are never rounded away above 1.000 tỷ.
    [1_580_000_000_000, '1.580 tỷ đồng'],
    [95_274_400_000_000, '95.274 tỷ đồng'],
    [95_274_600_000_000, '95.275 tỷ đồng'],
  ])('%s đồng → %s', (dong, text) => {
    expect(formatMoneyScale(dong)).toBe(text);
  });

  it('moves to the next word when rounding reaches 1.000 of a unit', () => {
    expect(formatMoneyScale(999_999_999)).toBe('1 tỷ đồng');
    expect(formatMoneyScale(999_500_000)).toBe('1 tỷ đồng');
    expect(formatMoneyScale(999_499_999)).toBe('999 triệu đồng');
    expect(formatMoneyScale(999_999)).toBe('1 triệu đồng');
    expect(formatMoneyScale(999_950)).toBe('1 triệu đồng');
    expect(formatMoneyScale(999_499)).toBe('999 nghìn đồng');
    expect(formatMoneyScale(999.6)).toBe('1 nghìn đồng');
  });

  it('rounds half away from zero on decimal digits', () => {
    expect(formatMoneyScale(1_235_000)).toBe('1,24 triệu đồng');
    expect(formatMoneyScale(-1_235_000)).toBe('-1,24 triệu đồng');
    expect(formatMoneyScale(1_005_000)).toBe('1,01 triệu đồng');
  });

  it('keeps the sign of losses', () => {
    expect(formatMoneyScale(-174_000_000)).toBe('-174 triệu đồng');
    expect(formatMoneyScale(-1_580_000_000)).toBe('-1,58 tỷ đồng');
    expect(formatMoneyScale(-999_999_999)).toBe('-1 tỷ đồng');
  });

  it('writes whole đồng below one nghìn and never "-0"', () => {
    expect(formatMoneyScale(0.4)).toBe('0 đồng');
    expect(formatMoneyScale(-0.4)).toBe('0 đồng');
    expect(formatMoneyScale(12.6)).toBe('13 đồng');
  });

  it('can force one unit so that year N−1 prints like year N', () => {
    expect(formatMoneyScale(980_000_000, { unit: 'ty' })).toBe('0,98 tỷ đồng');
    expect(formatMoneyScale(1_580_000_000, { unit: 'trieu' })).toBe('1.580 triệu đồng');
    expect(formatMoneyScale(1_580_000_000, { unit: 'dong' })).toBe('1.580.000.000 đồng');
    expect(formatMoneyScale(999_999_999, { unit: 'trieu' })).toBe('1.000 triệu đồng');
  });

  it('takes another number of significant digits', () => {
    expect(formatMoneyScale(1_583_000_000, { significantDigits: 2 })).toBe('1,6 tỷ đồng');
    expect(formatMoneyScale(1_583_400_000, { significantDigits: 4 })).toBe('1,583 tỷ đồng');
  });

  it('refuses NaN and Infinity', () => {
    expect(() => formatMoneyScale(Number.NaN)).toThrow(RangeError);
    expect(() => formatMoneyScale(Infinity)).toThrow(RangeError);
  });
});

describe('formatCountScale phrases counts of people', () => {
  it('rounds to 3 significant digits: 16.318 → "16,3 nghìn"', () => {
    expect(formatCountScale(16_318)).toBe('16,3 nghìn');
    expect(formatCountScale(29_214)).toBe('29,2 nghìn');
    expect(formatCountScale(10_000)).toBe('10 nghìn');
    expect(formatCountScale(125_500)).toBe('126 nghìn');
    expect(formatCountScale(999_999)).toBe('1 triệu');
    expect(formatCountScale(1_580_000)).toBe('1,58 triệu');
    expect(formatCountScale(7_700_000)).toBe('7,7 triệu');
  });

  it('writes "trên" for a value cut down to whole units: 29.214 → "trên 29 nghìn"', () => {
    expect(formatCountScale(29_214, { style: 'over' })).toBe('trên 29 nghìn');
    expect(formatCountScale(16_318, { style: 'over' })).toBe('trên 16 nghìn');
    expect(formatCountScale(29_999, { style: 'over' })).toBe('trên 29 nghìn');
    expect(formatCountScale(999_999, { style: 'over' })).toBe('trên 999 nghìn');
    expect(formatCountScale(1_580_000, { style: 'over' })).toBe('trên 1,5 triệu');
    expect(formatCountScale(2_000_001, { style: 'over' })).toBe('trên 2 triệu');
  });

  it('drops "trên" when nothing was cut off', () => {
    expect(formatCountScale(29_000, { style: 'over' })).toBe('29 nghìn');
    expect(formatCountScale(1_500_000, { style: 'over' })).toBe('1,5 triệu');
  });

  it('writes small counts in full', () => {
    expect(formatCountScale(694)).toBe('694');
    expect(formatCountScale(9_999)).toBe('9.999');
    expect(formatCountScale(1_580, { style: 'over' })).toBe('1.580');
    expect(formatCountScale(0)).toBe('0');
    expect(formatCountScale(25.333)).toBe('25,3');
    expect(formatCountScale(1_580, { exactBelow: 1_000 })).toBe('1,58 nghìn');
    expect(formatCountScale(1_580, { exactBelow: 1_000, style: 'over' })).toBe('trên 1,5 nghìn');
  });

  it('keeps the sign of a rounded decrease but refuses "trên" for negatives', () => {
    expect(formatCountScale(-16_318)).toBe('-16,3 nghìn');
    expect(() => formatCountScale(-29_214, { style: 'over' })).toThrow(RangeError);
  });

  it('refuses NaN and Infinity', () => {
    expect(() => formatCountScale(Number.NaN)).toThrow(RangeError);
    expect(() => formatCountScale(-Infinity)).toThrow(RangeError);
  });
});

describe('formatShare writes a ratio as a percentage', () => {
  it.each([
    [0.32, '32%'],
    [0.325, '32,5%'],
    [0.3249, '32,5%'],
    [0.3244, '32,4%'],
    [0.12345, '12,3%'],
    [0.0005, '0,1%'],
    [0.0004, '0%'],
    [1, '100%'],
    [0, '0%'],
    [0.29, '29%'],
    [0.57, '57%'],
    [12.5, '1.250%'],
    [-0.125, '-12,5%'],
  ])('%s → %s', (ratio, text) => {
    expect(formatShare(ratio)).toBe(text);
  });

  it('takes another number of decimals', () => {
    expect(formatShare(0.12345, { maxDecimals: 2 })).toBe('12,35%');
    expect(formatShare(0.325, { maxDecimals: 0 })).toBe('33%');
  });

  it('refuses NaN and Infinity (a share of no HTX is not a number)', () => {
    expect(() => formatShare(0 / 0)).toThrow(RangeError);
    expect(() => formatShare(1 / 0)).toThrow(RangeError);
  });
});
