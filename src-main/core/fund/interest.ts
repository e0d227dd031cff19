/**
 * The fund's interest rule (docs/fund.md): interest = balance × days × yearly rate / 365, days counted as the
 * calendar days from one date to the next (the first day counts, the last does not), the year always 365 days.
 * Rates are integers in millionths of 1 a year (4,8 %/năm = 48 000), so every product is an exact integer in
 * BigInt and an amount is rounded once, half up, to the đồng: no floating-point drift, however long the loan.
 */
import { daysBetween } from '../inspections/dates.ts';

export const RATE_SCALE = 1_000_000;
const DAYS_IN_YEAR = 365n;

/** A yearly rate typed in percent (4,8) as millionths of 1 (48 000); undefined when finer than 0,0001 %. */
export function ratePpmOfPercent(percent: number): number | undefined {
  const ppm = Math.round(percent * 10_000);
  return Math.abs(ppm - percent * 10_000) < 1e-6 && ppm >= 0 ? ppm : undefined;
}

export function percentOfRatePpm(ppm: number): number {
  return ppm / 10_000;
}

/** n / d rounded half up, for n ≥ 0 and d > 0. */
export function roundHalfUp(n: bigint, d: bigint): bigint {
  return (2n * n + d) / (2n * d);
}

/**
 * Sum of balance × days over the segments of a period, the exact numerator of its interest. Each segment
 * holds `balance` from its date to the next segment's date (or `to`).
 */
export function balanceDays(segments: readonly { from: string; balance: number }[], to: string): bigint {
  let sum = 0n;
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i];
    if (!seg) continue;
    const end = segments[i + 1]?.from ?? to;
    const days = daysBetween(seg.from, end);
    if (days > 0 && seg.balance > 0) sum += BigInt(seg.balance) * BigInt(days);
  }
  return sum;
}

/** Interest in đồng on an exact balance × days numerator at a yearly rate in millionths. */
export function interestOf(balanceDaysSum: bigint, ratePpm: number): number {
  return Number(roundHalfUp(balanceDaysSum * BigInt(ratePpm), DAYS_IN_YEAR * BigInt(RATE_SCALE)));
}

/** Interest on one balance held from `from` to `to`. */
export function simpleInterest(balance: number, from: string, to: string, ratePpm: number): number {
  return interestOf(balanceDays([{ from, balance }], to), ratePpm);
}
