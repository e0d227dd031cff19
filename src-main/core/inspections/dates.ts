/**
 * Arithmetic on ISO dates for the inspection rules. Date.UTC only, so a rule gives the same answer on a
 * laptop set to UTC and on one in Hà Nội.
 */
const MS_PER_DAY = 86_400_000;

function parts(iso: string): [number, number, number] {
  return iso.split('-').map(Number) as [number, number, number];
}

function isoOf(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  const [y, m, d] = parts(iso);
  return isoOf(Date.UTC(y, m - 1, d + days));
}

/**
 * The same day `months` later, held to the month's last day: 31/08 + 6 months is 28/02 (or 29/02), not
 * 03/03. A clerk reading "within 6 months" counts calendar months, never a fixed number of days.
 */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = parts(iso);
  const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return isoOf(Date.UTC(y, m - 1 + months, Math.min(d, last)));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / MS_PER_DAY);
}

export function yearOf(iso: string): number {
  return parts(iso)[0];
}

/** The last day on which the annual members' meeting of `fiscalYear` is on time: 4 months after 31/12. */
export function meetingDeadline(fiscalYear: number, months: number): string {
  return addDays(addMonths(`${fiscalYear + 1}-01-01`, months), -1);
}
