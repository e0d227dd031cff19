/**
 * Showing dates: ISO 'YYYY-MM-DD' in the database, dd/mm/yyyy on screen (architecture.md, convention 8).
 * Day and month are always two digits on screen so columns line up and sort visually.
 */
import { daysInMonth, pad2, readIsoDate } from './calendar.ts';

/**
 * formatVnDate('2024-12-31') → "31/12/2024". Partial ISO dates, as parseVnDate returns them, are shown as
 * written: '2024-03' → "03/2024", '2024' → "2024". Throws RangeError for anything else, including dates
 * not in the calendar: the database must never hold one, so showing it would hide a bug.
 */
export function formatVnDate(iso: string): string {
  const full = readIsoDate(iso);
  if (full) return `${pad2(full.day)}/${pad2(full.month)}/${String(full.year)}`;
  const month = /^(\d{4})-(\d{2})$/.exec(iso);
  if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) return `${month[2] ?? ''}/${month[1] ?? ''}`;
  if (/^\d{4}$/.test(iso)) return iso;
  throw new RangeError(`formatVnDate: not an ISO date: ${iso}`);
}

/**
 * The date line of an administrative document (Nghị định 30/2020, Phụ lục I): "ngày 05 tháng 02 năm 2026".
 * Days 1–9 and months 1–2 take a leading zero (so "1" cannot later be turned into "11" or "12");
 * months 3–12 do not: "ngày 15 tháng 3 năm 2026". The caller adds the place: "Phú Thọ, ngày …".
 */
export function formatVnDateLong(iso: string): string {
  const d = readIsoDate(iso);
  if (!d) throw new RangeError(`formatVnDateLong: not an ISO date: ${iso}`);
  const month = d.month <= 2 ? pad2(d.month) : String(d.month);
  return `ngày ${pad2(d.day)} tháng ${month} năm ${String(d.year)}`;
}

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * formatVnDateTime('2024-12-31T16:05:00Z') → "31/12/2024 23:05" on a machine in Việt Nam (UTC+7): the
 * instant is shown in the machine's local time, 24-hour clock, no seconds (audit log, backups, imports).
 * A timestamp without offset ('2024-12-31 23:05:00') is taken as already local, as ECMAScript does; store
 * timestamps with 'Z' (Date.prototype.toISOString) so they mean the same instant everywhere.
 * A Date is accepted too. Throws RangeError for text that is not such a timestamp.
 */
export function formatVnDateTime(timestamp: string | Date): string {
  let date: Date;
  if (typeof timestamp === 'string') {
    const m = TIMESTAMP.exec(timestamp.trim());
    if (!m) throw new RangeError(`formatVnDateTime: not an ISO timestamp: ${timestamp}`);
    const part = (i: number): number => Number(m[i] ?? '0');
    const [year, month, day, hour, minute, second] = [part(1), part(2), part(3), part(4), part(5), part(6)];
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) {
      throw new RangeError(`formatVnDateTime: not a valid timestamp: ${timestamp}`);
    }
    const offset = m[8];
    if (offset === undefined) return `${pad2(day)}/${pad2(month)}/${String(year)} ${pad2(hour)}:${pad2(minute)}`;
    const ms = Number(((m[7] ?? '') + '000').slice(0, 3));
    let utc = Date.UTC(year, month - 1, day, hour, minute, second, ms);
    if (offset.toUpperCase() !== 'Z') {
      const sign = offset.startsWith('-') ? -1 : 1;
      const digits = offset.slice(1).replace(':', '');
      utc -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
    }
    date = new Date(utc);
  } else {
    date = timestamp;
  }
  if (Number.isNaN(date.getTime())) throw new RangeError('formatVnDateTime: invalid Date');
  // Local-time getters are the one intentional use of the machine's time zone in this library.
  return `${pad2(date.getDate())}/${pad2(date.getMonth() + 1)}/${String(date.getFullYear())} ${pad2(date.getHours())}:${pad2(date.getMinutes())}`;
}
