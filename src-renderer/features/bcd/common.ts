import type { ApiError } from '../../../src-main/contract/index.ts';
import { formatNumber } from '../../../src-main/shared/vn-number.ts';

/**
 * The refusals of a save by field: the core says which cell it refuses ({ path, message } in the details, as the
 * contract's gate does), and the form shows each message under its field. The first part of the path is the field.
 */
export function fieldErrors(error: ApiError): Record<string, string> {
  const out: Record<string, string> = {};
  if (Array.isArray(error.details))
    for (const d of error.details as Array<{ path?: unknown; message?: unknown }>)
      if (typeof d.path === 'string' && typeof d.message === 'string') out[d.path.split('.')[0] ?? d.path] ??= d.message;
  return out;
}

/** What a refused save says on its notice line: the cells' messages, or the core's sentence. */
export function refusalText(error: ApiError): string {
  const cells = Object.values(fieldErrors(error));
  return `Chưa lưu: ${cells.length > 0 ? cells.join(' ') : error.message}`;
}

/** Money typed in đồng ("1.500.000"); blank is null, never 0. */
export function readMoney(text: string): { ok: true; value: number | null } | { ok: false; reason: string } {
  const t = text.trim().replace(/\s/g, '');
  if (t === '') return { ok: true, value: null };
  if (!/^\d{1,3}(\.\d{3})*$|^\d+$/.test(t)) return { ok: false, reason: 'Số tiền ghi bằng đồng, ví dụ 1.500.000.' };
  return { ok: true, value: Number(t.replace(/\./g, '')) };
}

export const showMoney = (v: number | null): string => (v === null ? '' : formatNumber(v));

export function thisYear(): number {
  return new Date().getFullYear();
}
