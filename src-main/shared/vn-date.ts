/**
 * Reading dates as clerks write them. Vietnamese dates are always day-first: "5/3/2019" is 5 March, never
 * 3 May, whatever the machine's locale says. Accepted forms:
 *   15/03/2019  5/3/2019  15.03.2019  15-03-2019  15/03/19  (one separator kind per date)
 *   2019-03-15  2019/03/15  (year first: unambiguous because the year has 4 digits)
 *   ngày 15 tháng 3 năm 2019 · tháng 3/2019 · 03/2019 · 2019-03 · năm 2019 · 2019   (partial dates)
 *   a trailing time ("15/03/2019 08:30", "2019-03-15T00:00:00Z") is ignored: these are date fields.
 * Two-digit years follow Excel's window: 00–29 → 2000–2029, 30–99 → 1930–1999.
 * Day and month are checked against the calendar: 31/02/2019 is an error, 29/02/2020 is fine.
 */
import { daysInMonth, isoDate, pad2 } from './calendar.ts';
import { type VnFailure, fail, quote } from './result.ts';
import { foldVietnamese } from './text-fold.ts';
import { type ExcelDateSystem, excelSerialToIso } from './vn-excel-date.ts';

/** A full date, or a partial one when only the month or the year is known (OCOP recognitions often are). */
export type VnDateValue =
  | { precision: 'day'; iso: string; year: number; month: number; day: number }
  | { precision: 'month'; iso: string; year: number; month: number }
  | { precision: 'year'; iso: string; year: number };

export type ParseDateResult = { ok: true; value: VnDateValue } | VnFailure;

export interface ParseDateOptions {
  /**
   * When set, a bare serial ("43539", or a number that is not a 4-digit year) is read as an Excel date in
   * this system. Unset, such input is refused with a hint, since the importer alone knows the system.
   */
  excelDateSystem?: ExcelDateSystem;
}

const TIME_SUFFIX = /^(.+?)(?:[ t]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:am|pm|sa|ch)?\s*(?:z|[+-]\d{2}:?\d{2})?)$/;
const DMY = /^(\d{1,2}) ?([/.-]) ?(\d{1,2}) ?\2 ?(\d{4}|\d{2})$/;
const YMD = /^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})$/;
const MY = /^(\d{1,2}) ?[/.-] ?(\d{4})$/;
const YM = /^(\d{4})[/.-](\d{1,2})$/;
const WORDS_DMY = /^(\d{1,2}) ?thang ?(\d{1,2}) ?(?:nam|,|\/) ?(\d{4})$/;
const WORDS_MY = /^thang ?(\d{1,2}) ?(?:nam|,|\/|-) ?(\d{4})$/;
const SERIAL_TEXT = /^\d{5,7}(?:[.,]\d+)?$/;

function fullYear(text: string): number {
  if (text.length === 4) return Number(text);
  const yy = Number(text);
  return yy <= 29 ? 2000 + yy : 1900 + yy; // Excel's two-digit year window
}

function checkYear(year: number, q: string): VnFailure | undefined {
  return year < 1000 ? fail('invalid-date', `Năm ${String(year)} trong ${q} không hợp lệ.`) : undefined;
}

function checkMonth(month: number, q: string): VnFailure | undefined {
  return month < 1 || month > 12 ? fail('invalid-date', `Tháng ${String(month)} trong ${q} không có (tháng từ 1 đến 12).`) : undefined;
}

function dayValue(year: number, month: number, day: number, q: string): ParseDateResult {
  const bad = checkYear(year, q) ?? checkMonth(month, q);
  if (bad) return bad;
  const dim = daysInMonth(year, month);
  if (day < 1 || day > dim) {
    return fail(
      'invalid-date',
      `Ngày ${pad2(day)}/${pad2(month)}/${String(year)} không có trong lịch: tháng ${String(month)}/${String(year)} có ${String(dim)} ngày.`,
    );
  }
  return { ok: true, value: { precision: 'day', iso: isoDate(year, month, day), year, month, day } };
}

function monthValue(year: number, month: number, q: string): ParseDateResult {
  const bad = checkYear(year, q) ?? checkMonth(month, q);
  if (bad) return bad;
  return { ok: true, value: { precision: 'month', iso: `${String(year)}-${pad2(month)}`, year, month } };
}

function yearValue(year: number, q: string): ParseDateResult {
  return checkYear(year, q) ?? { ok: true, value: { precision: 'year', iso: String(year), year } };
}

function fromSerial(serial: number, system: ExcelDateSystem): ParseDateResult {
  const r = excelSerialToIso(serial, system);
  if (!r.ok) return r;
  const [y, m, d] = r.value.split('-').map(Number);
  return { ok: true, value: { precision: 'day', iso: r.value, year: y ?? 0, month: m ?? 0, day: d ?? 0 } };
}

/** parseVnDate("5/3/2019") → { precision: 'day', iso: '2019-03-05', … }; parseVnDate("2019") → year 2019. */
export function parseVnDate(input: string | number, options: ParseDateOptions = {}): ParseDateResult {
  const system = options.excelDateSystem;
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return fail('not-finite', 'Giá trị không phải là một số hữu hạn.');
    if (Number.isInteger(input) && input >= 1000 && input <= 9999) return yearValue(input, quote(String(input)));
    if (system) return fromSerial(input, system);
    return fail(
      'invalid',
      `Không đọc được ${quote(String(input))} thành ngày: có thể là số ngày kiểu Excel, cần biết hệ ngày 1900 hay 1904.`,
    );
  }
  // Folding removes diacritics and case ("Ngày 15 Tháng 3" → "ngay 15 thang 3"); digits and separators survive.
  const text = foldVietnamese(input.replace(/[\u200B-\u200D\u2060\uFEFF]/g, ''));
  if (text === '') return fail('empty', 'Ô trống: không có ngày.');
  const q = quote(input.trim());
  const s = (TIME_SUFFIX.exec(text)?.[1] ?? text).replace(/^ngay ?/, '').replace(/^nam ?(?=\d{4}$)/, '');
  let m: RegExpExecArray | null;
  if ((m = DMY.exec(s)) ?? (m = WORDS_DMY.exec(s))) {
    const yearText = m.length === 5 ? (m[4] ?? '') : (m[3] ?? '');
    const monthText = m.length === 5 ? (m[3] ?? '') : (m[2] ?? '');
    return dayValue(fullYear(yearText), Number(monthText), Number(m[1]), q);
  }
  if ((m = YMD.exec(s))) return dayValue(Number(m[1]), Number(m[3]), Number(m[4]), q);
  if ((m = MY.exec(s)) ?? (m = WORDS_MY.exec(s))) return monthValue(Number(m[2]), Number(m[1]), q);
  if ((m = YM.exec(s))) return monthValue(Number(m[1]), Number(m[2]), q);
  if (/^\d{4}$/.test(s)) return yearValue(Number(s), q);
  if (SERIAL_TEXT.test(s)) {
    if (system) return fromSerial(Number(s.replace(',', '.')), system);
    return fail('invalid', `Không đọc được ${q} thành ngày: có thể là số ngày kiểu Excel, cần biết hệ ngày 1900 hay 1904.`);
  }
  return fail('invalid', `Không đọc được ${q} thành ngày: hãy ghi theo dạng ngày/tháng/năm, ví dụ 15/03/2019.`);
}
