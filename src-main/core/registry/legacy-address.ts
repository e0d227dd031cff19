import type { AdminUnits, LegacyAddressInput } from '../admin-units/index.ts';
import { foldVietnamese } from '../../shared/index.ts';

const COMMUNE = /^(xa|phuong|thi tran|tt)\b/;
const DISTRICT = /^(huyen|quan|thi xa|thanh pho|tp)\b/;
const PROVINCE = /^(tinh)\b/;
/** Characters of a part enough to hold the longest prefix and the character after it. */
const PREFIX_HEAD = 16;
/** First letters of the prefixes above, in any case and with any tone (Xã, Phường, Thị trấn, Huyện, Quận, Tỉnh). */
const PREFIX_START = /^[xpthqXPTHQ]/;

/**
 * Splits an address written the old way ("Xóm 3, xã Tân Lập, huyện Lương Sơn, tỉnh Hòa Bình") into its
 * commune, district and province parts: by their prefixes where written, otherwise by position from the end.
 */
export function splitLegacyAddress(text: string): LegacyAddressInput {
  const parts = text
    .split(/[,;\-–]/)
    .map((p) => p.trim())
    .filter(Boolean);
  const out: { province?: string; district?: string; commune?: string } = {};
  const unlabelled: string[] = [];
  for (const p of parts) {
    // Every prefix starts with x, p, t, h or q; other parts need no folding. Only the head of a part can
    // be its prefix ("thành phố" is the longest): folding the rest is wasted.
    const f = PREFIX_START.test(p) ? foldVietnamese(p.slice(0, PREFIX_HEAD)) : '';
    if (PROVINCE.test(f)) out.province = p;
    else if (DISTRICT.test(f) && !out.district) out.district = p;
    else if (COMMUNE.test(f)) out.commune = p;
    else unlabelled.push(p);
  }
  // Without prefixes, the last pieces are the largest units: …, commune, district, province.
  if (!out.province && !out.district && !out.commune && unlabelled.length >= 2) {
    const [c, d, pr] = unlabelled.length >= 3 ? unlabelled.slice(-3) : [undefined, ...unlabelled.slice(-2)];
    return { commune: c, district: d, province: pr };
  }
  return out;
}

const resolved = new Map<string, string | null>();

/**
 * The current commune of an old address, only when the old→new mapping leaves no doubt. Memoized by the
 * commune, district and province written: an imported list repeats them row after row.
 */
export function linkLegacyAddress(units: AdminUnits, text: string, provinceCode: string | undefined): string | null {
  const input = splitLegacyAddress(text);
  if (!input.commune) return null;
  const key = `${provinceCode ?? ''}|${input.province ?? ''}|${input.district ?? ''}|${input.commune}`;
  const known = resolved.get(key);
  if (known !== undefined) return known;
  const r = units.resolveLegacyAddress(input, provinceCode ? { newProvinceCode: provinceCode } : {});
  const code = r.status === 'unique' ? r.newCommuneCode : null;
  if (resolved.size >= 10_000) resolved.clear();
  resolved.set(key, code);
  return code;
}
