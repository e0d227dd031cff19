import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src-main/shared/index.ts';

describe('formatNumber writes Vietnamese numbers: "." groups thousands, "," marks decimals', () => {
  it.each([
    [1_580_000, '1.580.000'],
    [4.67, '4,67'],
    [-1234.5, '-1.234,5'],
    [0, '0'],
    [999, '999'],
    [1000, '1.000'],
    [1580, '1.580'],
    [12_345_678_901, '12.345.678.901'],
    [0.05, '0,05'],
    [-0.5, '-0,5'],
    [1e21, '1.000.000.000.000.000.000.000'],
  ])('%s → %s', (n, text) => {
    expect(formatNumber(n)).toBe(text);
  });

  it('never prints "-0"', () => {
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(-0.004, { decimals: 2 })).toBe('0,00');
    expect(formatNumber(-0.004, { maxDecimals: 2 })).toBe('0');
  });

  it('pads to a fixed number of decimals', () => {
    expect(formatNumber(1.5, { decimals: 2 })).toBe('1,50');
    expect(formatNumber(4.666, { decimals: 2 })).toBe('4,67');
    expect(formatNumber(1580, { decimals: 1 })).toBe('1.580,0');
    expect(formatNumber(2.5, { decimals: 0 })).toBe('3');
    expect(formatNumber(-2.5, { decimals: 0 })).toBe('-3');
  });

  it('rounds half away from zero on the decimal digits, not on the binary value', () => {
    // (1.005).toFixed(2) is "1.00" because of binary floating point; clerks expect 1,01.
    expect(formatNumber(1.005, { decimals: 2 })).toBe('1,01');
    expect(formatNumber(-1.005, { decimals: 2 })).toBe('-1,01');
    expect(formatNumber(9.995, { decimals: 2 })).toBe('10,00');
    expect(formatNumber(999_999.96, { decimals: 1 })).toBe('1.000.000,0');
  });

  it('drops trailing zeros under maxDecimals and hides float noise by default', () => {
    expect(formatNumber(1.5, { maxDecimals: 2 })).toBe('1,5');
    expect(formatNumber(1.499, { maxDecimals: 2 })).toBe('1,5');
    expect(formatNumber(0.1 + 0.2)).toBe('0,3');
    expect(formatNumber(1e-7)).toBe('0,0000001');
    expect(formatNumber(1e-11)).toBe('0');
  });

  it('can leave out grouping for years and codes', () => {
    expect(formatNumber(2024, { grouping: false })).toBe('2024');
    expect(formatNumber(1234.5, { grouping: false })).toBe('1234,5');
  });

  it('refuses NaN and Infinity instead of printing them', () => {
    expect(() => formatNumber(Number.NaN)).toThrow(RangeError);
    expect(() => formatNumber(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => formatNumber(Number.NEGATIVE_INFINITY)).toThrow(RangeError);
  });

  it('refuses nonsense decimal counts', () => {
    expect(() => formatNumber(1, { decimals: -1 })).toThrow(RangeError);
    expect(() => formatNumber(1, { decimals: 1.5 })).toThrow(RangeError);
    expect(() => formatNumber(1, { maxDecimals: 21 })).toThrow(RangeError);
  });

  it('does not depend on Intl locale data', () => {
    // Same output whatever Intl says; spot-check against a value Intl might group differently.
    expect(formatNumber(1234567.891, { decimals: 2 })).toBe('1.234.567,89');
  });
});
