/**
 * Proleptic Gregorian calendar helpers. Plain integer arithmetic and Date.UTC only: nothing here may depend
 * on the machine's time zone, or a date typed in Hà Nội would shift by a day on a laptop set to UTC.
 * Internal to src-main/shared.
 */

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** A moment's calendar date where the clerk is (local time), as ISO: "today" in forms and rules. */
export function localIsoDate(d: Date): string {
  return isoDate(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

/** Strict 'YYYY-MM-DD' that exists in the calendar, else undefined. */
export function readIsoDate(iso: string): Ymd | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

export const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a calendar date (negative before). */
export function epochDay(ymd: Ymd): number {
  return Date.UTC(ymd.year, ymd.month - 1, ymd.day) / MS_PER_DAY;
}

/** Calendar date of a day count since 1970-01-01. */
export function fromEpochDay(days: number): Ymd {
  const d = new Date(days * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
