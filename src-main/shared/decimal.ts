/**
 * Exact decimal arithmetic on the digits of a JS number, used only for rounding and scaling before display.
 *
 * Why not `toFixed` or `x * 100`: binary floating point makes `(1.005).toFixed(2)` give "1.00" and
 * `4.67 * 1e6` give 4670000.000000001. A clerk who typed 1,005 expects 1,01. We therefore take the
 * shortest decimal text that round-trips the number (what `String(n)` gives, specified by ECMAScript and
 * identical on every platform) and round or shift *those* digits. Rounding is half away from zero, the
 * school rule used in Vietnamese reports.
 *
 * Internal to src-main/shared: not re-exported from index.ts.
 */

/** value = (negative ? -1 : 1) × digits × 10^exponent; `digits` has no leading or trailing zeros ("0" for zero). */
export interface Decimal {
  readonly negative: boolean;
  readonly digits: string;
  readonly exponent: number;
}

const ZERO: Decimal = { negative: false, digits: '0', exponent: 0 };

/** Builds a normalized decimal: strips leading/trailing zeros; zero is never negative (no "-0" on screen). */
function make(negative: boolean, digits: string, exponent: number): Decimal {
  let start = 0;
  while (start < digits.length - 1 && digits[start] === '0') start++;
  let end = digits.length;
  while (end > start + 1 && digits[end - 1] === '0') {
    end--;
    exponent++;
  }
  const d = digits.slice(start, end);
  if (d === '0' || d === '') return ZERO;
  return { negative, digits: d, exponent };
}

/** The decimal digits of a finite number, from its shortest round-trip representation. */
export function decimalFromNumber(n: number): Decimal {
  if (!Number.isFinite(n)) throw new RangeError(`Not a finite number: ${String(n)}`);
  // String(n) is either "123.45" or "1.2345e+21" / "1e-7"; both forms are fixed by the spec.
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(n));
  if (!m) throw new RangeError(`Unexpected number text: ${String(n)}`);
  const frac = m[3] ?? '';
  return make(m[1] === '-', (m[2] ?? '0') + frac, Number(m[4] ?? '0') - frac.length);
}

/** Parses a plain decimal text such as "1234.5" or "-0.07" (no grouping); used by the number parser. */
export function decimalFromPlain(text: string): Decimal | undefined {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(text);
  if (!m || ((m[2] ?? '') === '' && (m[3] ?? '') === '')) return undefined;
  const frac = m[3] ?? '';
  return make(m[1] === '-', (m[2] ?? '') + frac, -frac.length);
}

export function decimalToNumber(d: Decimal): number {
  // Number() of a decimal string is correctly rounded, so this is the double nearest to the exact value.
  return Number(`${d.negative ? '-' : ''}${d.digits}e${d.exponent}`);
}

export function isZero(d: Decimal): boolean {
  return d.digits === '0';
}

export function abs(d: Decimal): Decimal {
  return d.negative ? { ...d, negative: false } : d;
}

/** Multiplies by 10^k exactly (k may be negative): moving between đồng, nghìn, triệu, tỷ, or to percent. */
export function shift(d: Decimal, k: number): Decimal {
  return isZero(d) ? d : { ...d, exponent: d.exponent + k };
}

/** Power of ten of the leading digit: 1580 → 3, 4.67 → 0, 0.05 → -2. Zero gives 0. */
export function leadingPower(d: Decimal): number {
  return isZero(d) ? 0 : d.digits.length - 1 + d.exponent;
}

/** Number of digits before the decimal point: 1580 → 4, 4.67 → 1, 0.5 → 0 (zero has 1). */
export function integerDigitCount(d: Decimal): number {
  return isZero(d) ? 1 : Math.max(0, leadingPower(d) + 1);
}

function incrementDigits(digits: string): string {
  const out = digits.split('');
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] === '9') {
      out[i] = '0';
    } else {
      out[i] = String(Number(out[i]) + 1);
      return out.join('');
    }
  }
  return `1${out.join('')}`;
}

export interface Rounded {
  readonly value: Decimal;
  /** True when non-zero digits were dropped (the shown value differs from the exact one). */
  readonly inexact: boolean;
}

/**
 * Keeps `decimals` digits after the point (negative: rounds to tens, hundreds…).
 * 'half-up' is half away from zero; 'down' truncates toward zero (used for "trên 29 nghìn").
 */
export function roundDecimals(d: Decimal, decimals: number, mode: 'half-up' | 'down'): Rounded {
  const drop = -decimals - d.exponent;
  if (drop <= 0 || isZero(d)) return { value: d, inexact: false };
  const keepLen = d.digits.length - drop;
  const kept = keepLen > 0 ? d.digits.slice(0, keepLen) : '0';
  // Digits are normalized (no trailing zeros), so anything dropped is non-zero.
  const firstDropped = keepLen >= 0 ? (d.digits[keepLen] ?? '0') : '0';
  const up = mode === 'half-up' && firstDropped >= '5';
  return { value: make(d.negative, up ? incrementDigits(kept) : kept, -decimals), inexact: true };
}

/**
 * Splits into integer and fraction digit strings, fraction padded to at least `minDecimals`.
 * The caller rounds first; this never rounds.
 */
export function toParts(d: Decimal, minDecimals = 0): { negative: boolean; int: string; frac: string } {
  let int: string;
  let frac: string;
  if (d.exponent >= 0) {
    int = d.digits + '0'.repeat(d.exponent);
    frac = '';
  } else {
    const pointAt = d.digits.length + d.exponent;
    int = pointAt > 0 ? d.digits.slice(0, pointAt) : '0';
    frac = pointAt >= 0 ? d.digits.slice(pointAt) : '0'.repeat(-pointAt) + d.digits;
  }
  if (frac.length < minDecimals) frac += '0'.repeat(minDecimals - frac.length);
  return { negative: d.negative && !isZero(d), int, frac };
}
