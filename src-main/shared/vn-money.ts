/**
 * Money units written in spreadsheet headers, and conversion to integer đồng (how the database stores money).
 *
 * Headers say the unit in many spellings: "Doanh thu (triệu đồng)", "(tr.đ)", "(trđ)", "(Tr. đồng)",
 * "(nghìn đồng)", "(ngàn đồng)", "(1.000đ)", "(tỷ đồng)", "(tỉ đồng)", "(đồng)", "(VNĐ)",
 * "Thu nhập BQ (tr.đ/người/tháng)", "ĐVT: triệu đồng". We look for the unit only where headers put it —
 * inside parentheses, after "ĐVT:"/"Đơn vị tính:", or as the whole header — and compare it against a closed
 * list, so that words such as "công ty" (whose folded form contains "ty") are never read as "tỷ".
 * Bare scale words "(triệu)", "(tỷ)", "(nghìn)" count as money: in these reports a bare scale is always
 * money; people counts write "(người)" or "(nghìn người)", which are not in the list.
 */
import { decimalFromNumber, decimalToNumber, roundDecimals, shift } from './decimal.ts';
import { type ParseNumberOptions, type ParseNumberResult, parseVnNumber } from './vn-number-parse.ts';
import { fail, quote } from './result.ts';
import { foldVietnamese } from './text-fold.ts';

export type MoneyUnit = 'dong' | 'nghin' | 'trieu' | 'ty';

/** Power of ten of each unit in đồng. Powers rather than factors keep conversions exact (see toDong). */
export const MONEY_UNIT_POWER: Readonly<Record<MoneyUnit, number>> = { dong: 0, nghin: 3, trieu: 6, ty: 9 };

/** Display names, for grid headers and messages. */
export const MONEY_UNIT_LABEL: Readonly<Record<MoneyUnit, string>> = {
  dong: 'đồng',
  nghin: 'nghìn đồng',
  trieu: 'triệu đồng',
  ty: 'tỷ đồng',
};

/**
 * Spellings after folding (no diacritics, lower case) with spaces and dots removed: "tr. đồng" → "trdong".
 * "tỉ" is the older spelling of "tỷ"; "ngàn" is the southern word for "nghìn".
 */
const SPELLINGS: Readonly<Record<MoneyUnit, readonly string[]>> = {
  dong: ['d', 'dong', 'vnd', 'vndong', 'dongvn'],
  nghin: ['nghind', 'nghindong', 'ngand', 'ngandong', 'ngd', 'ngdong', '1000d', '1000dong', '1000vnd', 'nghin', 'ngan', 'nghinvnd'],
  trieu: ['trd', 'trdong', 'trieud', 'trieudong', 'trieu', 'tr', 'trvnd', 'trieuvnd'],
  ty: ['tyd', 'tydong', 'tid', 'tidong', 'ty', 'ti', 'tyvnd'],
};

const BY_SPELLING: ReadonlyMap<string, MoneyUnit> = new Map(
  (Object.keys(SPELLINGS) as MoneyUnit[]).flatMap((unit) => SPELLINGS[unit].map((s) => [s, unit] as const)),
);

function unitOfSegment(segment: string): MoneyUnit | undefined {
  // "tr.đ/người/tháng": the money unit is what comes before the first "/".
  const head = segment.split('/')[0] ?? '';
  return BY_SPELLING.get(head.replace(/[\s.]/g, ''));
}

/**
 * The money unit a header declares, or undefined when it declares none (then the caller decides, usually
 * from a column default or by asking the clerk; never assume đồng silently).
 * When several parenthesized parts exist, the last one that is a unit wins ("Vốn (năm 2024) (tr.đ)").
 */
export function detectMoneyUnit(header: string): MoneyUnit | undefined {
  const folded = foldVietnamese(header);
  const segments: string[] = [];
  for (const m of folded.matchAll(/\(([^()]*)\)/g)) segments.push(m[1] ?? '');
  const dvt = /(?:dvt|don vi tinh|don vi)\s*:?\s*([^()]*)$/.exec(folded);
  if (dvt) segments.push(dvt[1] ?? '');
  segments.push(folded);
  let found: MoneyUnit | undefined;
  for (const seg of segments.slice(0, -1)) found = unitOfSegment(seg) ?? found;
  // The whole header counts only when nothing more specific matched (a sub-header "tr.đ/người/tháng").
  return found ?? unitOfSegment(segments[segments.length - 1] ?? '');
}

/** Multiplier from the header's unit to đồng: "(triệu đồng)" → 1_000_000; undefined when no unit is named. */
export function unitFactor(header: string): number | undefined {
  const unit = detectMoneyUnit(header);
  return unit === undefined ? undefined : 10 ** MONEY_UNIT_POWER[unit];
}

function powerOf(unit: MoneyUnit | number): number | undefined {
  if (typeof unit === 'string') return MONEY_UNIT_POWER[unit];
  const p = Math.round(Math.log10(unit));
  return unit > 0 && 10 ** p === unit ? p : undefined;
}

/**
 * Converts an amount in `unit` (a MoneyUnit, or a factor such as unitFactor returns) to whole đồng,
 * rounding half away from zero on the decimal digits: toDong(4.67, 'trieu') → 4_670_000, and
 * toDong(0.5005, 'nghin') → 501 where Math.round(0.5005 * 1000) gives 500 (the product is 500.49999999999994).
 * Losses are negative and round symmetrically. Throws RangeError for a non-finite
 * value or a result beyond Number.MAX_SAFE_INTEGER; use parseMoney for cell text, which reports instead.
 */
export function toDong(value: number, unit: MoneyUnit | number): number {
  if (!Number.isFinite(value)) throw new RangeError(`toDong: not a finite number (${String(value)})`);
  const power = powerOf(unit);
  let dong: number;
  if (power === undefined) {
    if (typeof unit !== 'number' || !Number.isFinite(unit) || unit <= 0) throw new RangeError(`toDong: bad unit ${String(unit)}`);
    // A factor that is not a power of ten has no exact decimal shift; multiply, then round.
    dong = decimalToNumber(roundDecimals(decimalFromNumber(value * unit), 0, 'half-up').value);
  } else {
    dong = decimalToNumber(roundDecimals(shift(decimalFromNumber(value), power), 0, 'half-up').value);
  }
  if (Math.abs(dong) > Number.MAX_SAFE_INTEGER) throw new RangeError(`toDong: amount too large (${String(value)})`);
  return dong === 0 ? 0 : dong;
}

/** Amount in đồng shown in another unit, for grids with a unit per grid: 4_670_000 in 'trieu' → 4.67. */
export function fromDong(dong: number, unit: MoneyUnit): number {
  // An IEEE division is correctly rounded, so 4670000 / 1e6 is exactly the double written "4.67".
  return dong / 10 ** MONEY_UNIT_POWER[unit];
}

/** Reads a money cell in `unit` and returns whole đồng, or a failure to show the clerk. */
export function parseMoney(input: string | number, unit: MoneyUnit, options: Omit<ParseNumberOptions, 'integer'> = {}): ParseNumberResult {
  const r = parseVnNumber(input, options);
  if (!r.ok) return r;
  const dong = decimalToNumber(roundDecimals(shift(decimalFromNumber(r.value), MONEY_UNIT_POWER[unit]), 0, 'half-up').value);
  if (Math.abs(dong) > Number.MAX_SAFE_INTEGER) {
    return fail('out-of-range', `Số tiền ${quote(String(input))} ${MONEY_UNIT_LABEL[unit]} quá lớn.`);
  }
  return { ok: true, value: dong === 0 ? 0 : dong, notation: r.notation };
}
