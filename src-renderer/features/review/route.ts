/**
 * Addresses of the "Cần xem lại" page: "#/xem-lai" for every open cell by group, "#/xem-lai/lan-nhap/12"
 * for the cells of one import (linked from the import history).
 */
export const REVIEW_SECTION = 'xem-lai';

export function reviewHref(batchId?: number): string {
  return batchId === undefined ? `#/${REVIEW_SECTION}` : `#/${REVIEW_SECTION}/lan-nhap/${String(batchId)}`;
}

export function batchFromHash(hash: string): number | null {
  const m = /^#?\/?xem-lai\/lan-nhap\/(\d+)/.exec(hash);
  return m?.[1] ? Number(m[1]) : null;
}
