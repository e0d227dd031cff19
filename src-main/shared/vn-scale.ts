/**
 * Figures phrased the way the annual report prints them (indicators.md, "Formatting in the printed text"):
 *   1.580.000.000 đồng → "1,58 tỷ đồng"    174.000.000 → "174 triệu đồng"    4.670.000 → "4,67 triệu đồng"
 *   16.318 people → "16,3 nghìn"          29.214 → "trên 29 nghìn"          0,32 → "32%"   0,325 → "32,5%"
 *
 * Precision rule (the examples all follow it): 3 significant digits, rounded half away from zero, trailing
 * zeros dropped, but integer digits are never rounded away (95.274 tỷ stays "95.274 tỷ", not "95.300 tỷ").
 * The scale word is the largest whose unit fits the value; when rounding reaches 1.000 of a unit the next
 * word is used, so 999.999.999 đồng is "1 tỷ đồng", not "1.000 triệu đồng".
 *
 * "trên" (more than): the article writes "16,3 nghìn thành viên" but "trên 29 nghìn lao động". The first is
 * a rounded value; the second is a value cut down to whole thousands and flagged as a lower bound. Which
 * one a figure uses is a choice of wording, so the caller picks it: style 'rounded' or 'over'. With 'over'
 * the value is truncated toward zero to whole units of the scale word (keeping one decimal when that
 * leaves a single digit: 1.580.000 → "trên 1,5 triệu"), and "trên" is written only when something non-zero
 * was cut off: 29.000 → "29 nghìn", 29.214 → "trên 29 nghìn". Never rounding up keeps "trên" true.
 */
import { type Decimal, decimalFromNumber, integerDigitCount, isZero, leadingPower, roundDecimals, shift } from './decimal.ts';
import { type MoneyUnit, MONEY_UNIT_LABEL, MONEY_UNIT_POWER } from './vn-money.ts';
import { writeDecimal } from './vn-number.ts';

const DEFAULT_SIGNIFICANT = 3;
const MONEY_UNITS: readonly MoneyUnit[] = ['dong', 'nghin', 'trieu', 'ty'];
/** Scale words for counts of people, products… (no noun: the caller writes "thành viên", "lao động"). */
const COUNT_SCALES: ReadonlyArray<{ power: number; word: string }> = [
  { power: 0, word: '' },
  { power: 3, word: 'nghìn' },
  { power: 6, word: 'triệu' },
  { power: 9, word: 'tỷ' },
];

function finite(n: number, fn: string): Decimal {
  if (!Number.isFinite(n)) throw new RangeError(`${fn}: not a finite number (${String(n)})`);
  return decimalFromNumber(n);
}

/** Rounds to `sig` significant digits without dropping integer digits, and to at most `maxDecimals`. */
function roundSignificant(d: Decimal, sig: number, maxDecimals = Infinity): Decimal {
  const decimals = Math.min(maxDecimals, Math.max(0, sig - 1 - leadingPower(d)));
  return roundDecimals(d, decimals, 'half-up').value;
}

/** Index of the largest scale whose unit (10^power) is ≤ |value|; 0 when below every unit. */
function scaleIndex(d: Decimal, powers: readonly number[]): number {
  let idx = 0;
  powers.forEach((p, i) => {
    if (!isZero(d) && leadingPower(d) >= p) idx = i;
  });
  return idx;
}

/** Rounds in the scale at `start`, moving up while the rounded value reaches 1.000 of the unit. */
function roundInScale(d: Decimal, powers: readonly number[], start: number, sig: number, canMoveUp: boolean) {
  let idx = start;
  for (;;) {
    const power = powers[idx] ?? 0;
    const value = roundSignificant(shift(d, -power), sig, power === 0 ? 0 : Infinity);
    if (!canMoveUp || idx === powers.length - 1 || integerDigitCount(value) < 4) return { idx, value };
    idx++;
  }
}

export interface MoneyScaleOptions {
  /** 'auto' (default) picks the scale word from the value; a unit forces one, e.g. to print N−1 beside N alike. */
  unit?: MoneyUnit | 'auto';
  /** Default 3. */
  significantDigits?: number;
}

/** formatMoneyScale(1_580_000_000) → "1,58 tỷ đồng"; formatMoneyScale(-174_000_000) → "-174 triệu đồng". */
export function formatMoneyScale(dong: number, options: MoneyScaleOptions = {}): string {
  const d = finite(dong, 'formatMoneyScale');
  const powers = MONEY_UNITS.map((u) => MONEY_UNIT_POWER[u]);
  const unit = options.unit ?? 'auto';
  const start = unit === 'auto' ? scaleIndex(d, powers) : MONEY_UNITS.indexOf(unit);
  const { idx, value } = roundInScale(d, powers, start, options.significantDigits ?? DEFAULT_SIGNIFICANT, unit === 'auto');
  return `${writeDecimal(value, 0, true)} ${MONEY_UNIT_LABEL[MONEY_UNITS[idx] ?? 'dong']}`;
}

export interface CountScaleOptions {
  /** 'rounded' (default): "16,3 nghìn". 'over': truncated lower bound, "trên 29 nghìn". */
  style?: 'rounded' | 'over';
  /**
   * Counts below this are written in full ("1.580", "694"): exact small figures read better than
   * "1,58 nghìn". Default 10.000.
   */
  exactBelow?: number;
}

/** formatCountScale(16_318) → "16,3 nghìn"; formatCountScale(29_214, { style: 'over' }) → "trên 29 nghìn". */
export function formatCountScale(count: number, options: CountScaleOptions = {}): string {
  const d = finite(count, 'formatCountScale');
  const style = options.style ?? 'rounded';
  if (style === 'over' && d.negative) throw new RangeError('formatCountScale: "trên" needs a count ≥ 0');
  const powers = COUNT_SCALES.map((s) => s.power);
  const exact = Math.abs(count) < (options.exactBelow ?? 10_000);
  const start = exact ? 0 : scaleIndex(d, powers);
  let text: string;
  let idx: number;
  if (style === 'rounded' || exact) {
    const r = exact
      ? { idx: 0, value: roundSignificant(d, DEFAULT_SIGNIFICANT) }
      : roundInScale(d, powers, start, DEFAULT_SIGNIFICANT, true);
    idx = r.idx;
    text = writeDecimal(r.value, 0, true);
  } else {
    idx = start;
    const scaled = shift(d, -(powers[idx] ?? 0));
    const cut = roundDecimals(scaled, integerDigitCount(scaled) >= 2 ? 0 : 1, 'down');
    text = `${cut.inexact ? 'trên ' : ''}${writeDecimal(cut.value, 0, true)}`;
  }
  const word = COUNT_SCALES[idx]?.word ?? '';
  return word === '' ? text : `${text} ${word}`;
}

/** formatShare(0.32) → "32%"; formatShare(0.325) → "32,5%". `ratio` is a fraction of 1; default ≤ 1 decimal. */
export function formatShare(ratio: number, options: { maxDecimals?: number } = {}): string {
  const d = shift(finite(ratio, 'formatShare'), 2);
  return `${writeDecimal(roundDecimals(d, options.maxDecimals ?? 1, 'half-up').value, 0, true)}%`;
}
