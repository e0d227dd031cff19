import { formatVnDate, formatVnDateTime } from '../../src-main/shared/vn-date-format.ts';

/** ISO date → dd/mm/yyyy for display; blank for none, and text that is not a date shown as it is. */
export function showDate(iso: string | null | undefined): string {
  if (!iso) return '';
  try {
    return formatVnDate(iso);
  } catch {
    return iso;
  }
}

/** ISO timestamp → dd/mm/yyyy HH:mm in local time; as it is when it cannot be read. */
export function showDateTime(ts: string | null | undefined): string {
  if (!ts) return '';
  try {
    return formatVnDateTime(ts);
  } catch {
    return ts;
  }
}
