/**
 * The shape of a sheet's header, as a short fingerprint: two files laid out alike (this year's and last
 * year's report from the same district) get the same one, so a mapping the clerk confirmed once can be
 * reused. Header texts are compared in normalizeHeader's form with years and numbers masked, so
 * "Doanh thu năm 2023 (tr.đ)" and "DOANH THU NĂM 2024" have the same shape; the column positions count.
 */
import { createHash } from 'node:crypto';
import { normalizeHeader } from './normalize.ts';

export function shapeSignature(headers: readonly { index: number; path: readonly string[] }[]): string {
  const parts = headers.map((h) => `${String(h.index)}:${h.path.map((p) => normalizeHeader(p).replace(/\d+/g, '#')).join('>')}`);
  while (parts.length > 0 && /^\d+:$/.test(parts[parts.length - 1] ?? '')) parts.pop();
  return createHash('sha256').update(parts.join('|')).digest('hex').slice(0, 16);
}
