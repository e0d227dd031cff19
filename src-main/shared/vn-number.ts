/**
 * Numbers shown the Vietnamese way: "." groups thousands, "," marks decimals ("1.580.000", "4,67").
 *
 * Written by hand instead of `Intl.NumberFormat('vi-VN')` because Node and Electron may ship reduced ICU
 * data (then 'vi-VN' silently falls back to English "1,580,000"), and ICU versions differ in details.
 * Reports have golden files and must print the same bytes on every machine.
 */
import { type Decimal, decimalFromNumber, roundDecimals, toParts } from './decimal.ts';

export interface FormatNumberOptions {
  /** Exactly this many decimals, zero-padded: 1.5 with 2 → "1,50". Takes precedence over maxDecimals. */
  decimals?: number;
  /**
   * At most this many decimals, trailing zeros dropped. Default 10: enough for any figure a clerk types,
   * and it hides float noise such as 0.1 + 0.2 = 0.30000000000000004 → "0,3".
   */
  maxDecimals?: number;
  /** Group thousands with "." (default true). Turn off for years and codes: 2024, not "2.024". */
  grouping?: boolean;
}

const DEFAULT_MAX_DECIMALS = 10;

function checkDecimals(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0 || value > 20) {
    throw new RangeError(`${name} must be an integer from 0 to 20, got ${String(value)}`);
  }
}

/** "1580000" → "1.580.000". Input is a string of digits without sign. */
export function groupThousands(intDigits: string): string {
  let out = '';
  for (let i = 0; i < intDigits.length; i++) {
    if (i > 0 && (intDigits.length - i) % 3 === 0) out += '.';
    out += intDigits[i];
  }
  return out;
}

/**
 * Writes an already-rounded decimal. Shared with vn-scale so report phrasing and grids agree to the byte.
 * The minus sign is ASCII "-": it survives copy-paste into Excel, where U+2212 becomes text.
 */
export function writeDecimal(d: Decimal, minDecimals: number, grouping: boolean): string {
  const p = toParts(d, minDecimals);
  const int = grouping ? groupThousands(p.int) : p.int;
  return `${p.negative ? '-' : ''}${int}${p.frac === '' ? '' : `,${p.frac}`}`;
}

/**
 * Formats a number for display: formatNumber(1580000) → "1.580.000", formatNumber(-1234.5) → "-1.234,5",
 * formatNumber(4.666, { decimals: 2 }) → "4,67". Rounds half away from zero on the decimal digits.
 * Throws RangeError for NaN and ±Infinity: a non-finite figure is a bug upstream, never something to print.
 */
export function formatNumber(n: number, options: FormatNumberOptions = {}): string {
  if (!Number.isFinite(n)) throw new RangeError(`formatNumber: not a finite number (${String(n)})`);
  const fixed = options.decimals;
  const max = fixed ?? options.maxDecimals ?? DEFAULT_MAX_DECIMALS;
  checkDecimals(fixed === undefined ? 'maxDecimals' : 'decimals', max);
  const rounded = roundDecimals(decimalFromNumber(n), max, 'half-up').value;
  return writeDecimal(rounded, fixed ?? 0, options.grouping ?? true);
}
