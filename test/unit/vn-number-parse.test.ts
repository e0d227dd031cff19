import { describe, expect, it } from 'vitest';
import { parseVnNumber, type ParseNumberResult } from '../../src-main/shared/index.ts';

function value(r: ParseNumberResult): number | string {
  return r.ok ? r.value : `error:${r.code}`;
}

describe('parseVnNumber reads Vietnamese number text', () => {
  it.each([
    ['1.580', 1580],
    ['4,67', 4.67],
    ['1.234.567,5', 1_234_567.5],
    ['1.580.000', 1_580_000],
    ['12.000.000', 12_000_000],
    ['0', 0],
    ['0,5', 0.5],
    [',5', 0.5],
    ['007', 7],
    ['1580', 1580],
    ['1,580', 1.58],
  ])('%s → %s', (text, expected) => {
    expect(value(parseVnNumber(text))).toBe(expected);
  });

  it('handles signs, spaces, non-breaking spaces and parentheses', () => {
    expect(value(parseVnNumber('  -1.234,5 '))).toBe(-1234.5);
    expect(value(parseVnNumber('+1.580'))).toBe(1580);
    expect(value(parseVnNumber('- 1.580'))).toBe(-1580);
    expect(value(parseVnNumber('\u2212 42'))).toBe(-42);
    expect(value(parseVnNumber('(1.234)'))).toBe(-1234);
    expect(value(parseVnNumber('( 1.234,5 )'))).toBe(-1234.5);
    expect(value(parseVnNumber('\u00a01.580.000\u00a0'))).toBe(1_580_000);
    expect(value(parseVnNumber('1 580 000'))).toBe(1_580_000);
    expect(value(parseVnNumber('1\u00a0580\u202f000,5'))).toBe(1_580_000.5);
    expect(value(parseVnNumber('\ufeff1.580'))).toBe(1580);
    expect(value(parseVnNumber('-0'))).toBe(0);
    expect(Object.is(value(parseVnNumber('-0')), -0)).toBe(false);
  });

  it('reads a single dot before exactly 3 digits as thousands, otherwise as a decimal point', () => {
    const r = parseVnNumber('1.580');
    expect(r).toEqual({ ok: true, value: 1580, notation: 'vn' });
    expect(parseVnNumber('4.670')).toMatchObject({ value: 4670, notation: 'vn' });
    expect(parseVnNumber('1580.5')).toEqual({ ok: true, value: 1580.5, notation: 'en' });
    expect(parseVnNumber('4.67')).toMatchObject({ value: 4.67, notation: 'en' });
    expect(parseVnNumber('0.580')).toMatchObject({ value: 0.58, notation: 'en' });
    expect(parseVnNumber('.5')).toMatchObject({ value: 0.5, notation: 'en' });
    expect(parseVnNumber('1234.567')).toMatchObject({ value: 1234.567, notation: 'en' });
    expect(parseVnNumber('1580')).toMatchObject({ value: 1580, notation: 'plain' });
  });

  it('with both signs, takes the later one as the decimal point', () => {
    expect(parseVnNumber('1.234.567,5')).toMatchObject({ value: 1_234_567.5, notation: 'vn' });
    expect(parseVnNumber('1,234,567.5')).toMatchObject({ value: 1_234_567.5, notation: 'en' });
    expect(parseVnNumber('1,234.5')).toMatchObject({ value: 1234.5, notation: 'en' });
  });

  it('reads scientific notation as Excel shows long numbers', () => {
    expect(value(parseVnNumber('5.4e9'))).toBe(5_400_000_000);
    expect(value(parseVnNumber('1,58E+09'))).toBe(1_580_000_000);
    expect(value(parseVnNumber('1.5E-3'))).toBe(0.0015);
    expect(value(parseVnNumber('2E3'))).toBe(2000);
  });

  it.each([
    'abc',
    '1,2,3',
    '12a',
    '1.2.3',
    '1.58.000',
    '1,234,567',
    '1.580,',
    '1.580.',
    '5,',
    '1.580,5,5',
    '1.5,5',
    '12 5',
    '1 580.000',
    '--5',
    '(-5)',
    '+',
    '-',
    '()',
    'e5',
    '12e',
    '1e400',
    'NaN',
    'Infinity',
    '1,5 tr',
    '50%',
  ])('refuses %s with a Vietnamese reason, never 0', (text) => {
    const r = parseVnNumber(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toMatch(/số/);
      expect(r.code).toBe('invalid');
    }
  });

  it('names the offending character', () => {
    const r = parseVnNumber('12a');
    expect(r).toMatchObject({ ok: false, code: 'invalid' });
    if (!r.ok) expect(r.reason).toContain('“a”');
    const c = parseVnNumber('1,2,3');
    if (!c.ok) expect(c.reason).toContain('dấu phẩy');
  });

  it('reports blank cells as empty, which is not zero', () => {
    expect(parseVnNumber('')).toMatchObject({ ok: false, code: 'empty' });
    expect(parseVnNumber('   \u00a0 ')).toMatchObject({ ok: false, code: 'empty' });
  });

  it('accepts number values but refuses NaN and Infinity', () => {
    expect(parseVnNumber(1580.5)).toEqual({ ok: true, value: 1580.5, notation: 'plain' });
    expect(parseVnNumber(Number.NaN)).toMatchObject({ ok: false, code: 'not-finite' });
    expect(parseVnNumber(Number.POSITIVE_INFINITY)).toMatchObject({ ok: false, code: 'not-finite' });
    expect(parseVnNumber(-Infinity)).toMatchObject({ ok: false, code: 'not-finite' });
  });

  it('refuses numbers too large to be exact', () => {
    expect(parseVnNumber('9.007.199.254.740.991')).toMatchObject({ ok: true, value: Number.MAX_SAFE_INTEGER });
    expect(parseVnNumber('9.007.199.254.740.993')).toMatchObject({ ok: false, code: 'out-of-range' });
    expect(parseVnNumber(1e300)).toMatchObject({ ok: false, code: 'out-of-range' });
  });

  it('can insist on whole numbers for counts', () => {
    expect(parseVnNumber('16,3', { integer: true })).toMatchObject({ ok: false, code: 'invalid' });
    expect(parseVnNumber('16,0', { integer: true })).toMatchObject({ ok: true, value: 16 });
    expect(parseVnNumber('16.318', { integer: true })).toMatchObject({ ok: true, value: 16_318 });
    expect(parseVnNumber(2.5, { integer: true })).toMatchObject({ ok: false });
  });

  it('can force one convention for a whole column', () => {
    expect(parseVnNumber('1.580', { separators: 'en' })).toMatchObject({ value: 1.58 });
    expect(parseVnNumber('1,580', { separators: 'en' })).toMatchObject({ value: 1580 });
    expect(parseVnNumber('1,234,567.5', { separators: 'en' })).toMatchObject({ value: 1_234_567.5 });
    expect(parseVnNumber('1.234.567,5', { separators: 'en' }).ok).toBe(false);
    expect(parseVnNumber('4,67', { separators: 'en' }).ok).toBe(false);
    expect(parseVnNumber('1580.5', { separators: 'vn' }).ok).toBe(false);
    expect(parseVnNumber('4.67', { separators: 'vn' }).ok).toBe(false);
    expect(parseVnNumber('1.580', { separators: 'vn' })).toMatchObject({ value: 1580 });
    expect(parseVnNumber('4,67', { separators: 'vn' })).toMatchObject({ value: 4.67 });
  });

  it('reads back what formatNumber writes (seeded random round trip)', async () => {
    const { formatNumber } = await import('../../src-main/shared/index.ts');
    let seed = 12345;
    const rand = (): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    for (let i = 0; i < 2000; i++) {
      const decimals = Math.floor(rand() * 4);
      const magnitude = 10 ** Math.floor(rand() * 12);
      const n = Number(((rand() - 0.5) * magnitude).toFixed(decimals));
      const text = formatNumber(n);
      expect(value(parseVnNumber(text, { separators: 'vn' })), text).toBe(n === 0 ? 0 : n);
    }
  });
});
