import type { AdminUnits, LegacyAddressInput } from '../admin-units/index.ts';
import { foldVietnamese } from '../../shared/index.ts';

const COMMUNE = /^(xa|phuong|thi tran|tt)\b/;
const DISTRICT = /^(huyen|quan|thi xa|thanh pho|tp)\b/;
const PROVINCE = /^(tinh)\b/;
/** Characters of a part enough to hold the longest prefix and the character after it. */
const PREFIX_HEAD = 16;
/** First letters of the prefixes above, in any case and with any tone (Xã, Phường, Thị trấn, Huyện, Quận, Tỉnh). */
const PREFIX_START = /^[xpthqXPTHQ]/;

type Part = 'province' | 'district' | 'commune';

/** The unit a piece names by its prefix ("xã …", "huyện …", "tỉnh …"), if it has one. */
function partOf(piece: string): Part | undefined {
  // Every prefix starts with x, p, t, h or q; other parts need no folding. Only the head of a part can
  // be its prefix ("thành phố" is the longest): folding the rest is wasted.
  const f = PREFIX_START.test(piece) ? foldVietnamese(piece.slice(0, PREFIX_HEAD)) : '';
  if (PROVINCE.test(f)) return 'province';
  if (DISTRICT.test(f)) return 'district';
  return COMMUNE.test(f) ? 'commune' : undefined;
}

/**
 * Splits an address written the old way ("Xóm 3, xã Tân Lập, huyện Lương Sơn, tỉnh Hòa Bình") into its
 * commune, district and province parts: by their prefixes where written, otherwise by position — the larger
 * units come after the smaller ("Đồng Tâm, xã Tân Lập, Lương Sơn": Lương Sơn is the district).
 */
export function splitLegacyAddress(text: string): LegacyAddressInput {
  const parts = text
    .split(/[,;\-–]/)
    .map((p) => p.trim())
    .filter(Boolean);
  const labels = parts.map(partOf);
  // Without prefixes, the last pieces are the largest units: …, commune, district, province.
  if (labels.every((l) => l === undefined)) {
    if (parts.length < 2) return {};
    const [c, d, pr] = parts.length >= 3 ? parts.slice(-3) : [undefined, ...parts.slice(-2)];
    return { commune: c, district: d, province: pr };
  }
  const at = (part: Part): number => labels.indexOf(part);
  const unlabelledAfter = (i: number): number => labels.findIndex((l, j) => j > i && l === undefined);
  if (at('district') < 0 && at('commune') >= 0) {
    const d = unlabelledAfter(at('commune'));
    if (d >= 0 && (at('province') < 0 || d < at('province'))) labels[d] = 'district';
  }
  if (at('province') < 0 && at('district') >= 0) {
    const p = unlabelledAfter(at('district'));
    if (p >= 0) labels[p] = 'province';
  }
  // "Lâm Sơn - Lương Sơn - tỉnh Hòa Bình": two unlabelled pieces before the province are the commune and the district.
  const pr = at('province');
  if (at('district') < 0 && at('commune') < 0 && pr >= 2 && labels[pr - 1] === undefined && labels[pr - 2] === undefined) {
    labels[pr - 1] = 'district';
  }
  if (at('commune') < 0) {
    const bigger = [at('district'), at('province')].filter((i) => i >= 0);
    const before = bigger.length ? Math.min(...bigger) - 1 : -1;
    if (before >= 0 && labels[before] === undefined) labels[before] = 'commune';
  }
  const out: { province?: string; district?: string; commune?: string } = {};
  labels.forEach((l, i) => {
    if (l !== undefined && out[l] === undefined) out[l] = parts[i];
  });
  return out;
}

const resolved = new Map<string, string | null>();
const byText = new Map<string, string | null>();

/**
 * The current commune of an old address, only when the old→new mapping leaves no doubt. Memoized by the
 * text and by the commune, district and province it names: an imported list repeats them row after row,
 * and an import asks for each row's commune twice (to match the row, then to store it).
 */
export function linkLegacyAddress(units: AdminUnits, text: string, provinceCode: string | undefined): string | null {
  const textKey = `${provinceCode ?? ''}|${text}`;
  const seen = byText.get(textKey);
  if (seen !== undefined) return seen;
  const code = resolve(units, splitLegacyAddress(text), provinceCode);
  if (byText.size >= 20_000) byText.clear();
  byText.set(textKey, code);
  return code;
}

function resolve(units: AdminUnits, input: LegacyAddressInput, provinceCode: string | undefined): string | null {
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
