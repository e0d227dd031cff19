import { parseVnDate } from '../../../src-main/shared/vn-date.ts';
import { localIsoDate } from '../../../src-main/shared/calendar.ts';

/**
 * Reading form fields the way the grids read cells: Vietnamese dates day-first (15/03/2025, 15.3.25…),
 * a Vietnamese sentence when the text cannot be read, and blank meaning "not given", never a zero.
 */
export type Read<T> = { ok: true; value: T } | { ok: false; reason: string };

export function readDate(text: string, label: string, required: boolean): Read<string | null> {
  if (text.trim() === '') return required ? { ok: false, reason: `${label}: không được để trống.` } : { ok: true, value: null };
  const r = parseVnDate(text);
  if (!r.ok) return { ok: false, reason: `${label}: ${r.reason}` };
  if (r.value.precision !== 'day') return { ok: false, reason: `${label}: cần ghi đủ ngày/tháng/năm, ví dụ 15/03/2025.` };
  return { ok: true, value: r.value.iso };
}

export function readTime(text: string, label: string): Read<string | null> {
  const t = text.trim();
  if (t === '') return { ok: true, value: null };
  const m = /^(\d{1,2})\s*(?::|h|giờ)\s*(\d{1,2})?\s*(?:phút)?$/i.exec(t);
  const hh = m ? Number(m[1]) : NaN;
  const mm = m ? Number(m[2] ?? 0) : NaN;
  if (!m || hh > 23 || mm > 59) return { ok: false, reason: `${label}: ghi giờ dạng 08:30.` };
  return { ok: true, value: `${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}` };
}

export { showDate } from '../../lib/format.ts';

/** Today in the clerk's time zone, as ISO. */
export function todayIso(): string {
  return localIsoDate(new Date());
}

/** Collects field errors while a form is read, so every problem is shown at once, not one per save. */
export class Problems {
  readonly byField: Record<string, string> = {};
  take<T>(field: string, r: Read<T>, fallback: T): T {
    if (r.ok) return r.value;
    this.byField[field] = r.reason;
    return fallback;
  }
  add(field: string, reason: string): void {
    this.byField[field] = reason;
  }
  get any(): boolean {
    return Object.keys(this.byField).length > 0;
  }
  get summary(): string {
    return Object.values(this.byField).join(' ');
  }
}
