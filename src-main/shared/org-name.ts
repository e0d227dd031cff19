/**
 * The key under which organization names are compared when importing rows and matching OCOP owners.
 *
 * Unlike foldVietnamese, the key keeps diacritics: "HTX Thành Công" and "HTX Thanh Công" may be two real
 * cooperatives, and a registry of thousands must not merge them. What the key does remove are differences
 * that never distinguish two organizations: NFC vs NFD, old vs new tone placement, case, spacing,
 * punctuation and quotes, and the abbreviations listed in abbreviations.ts. For a looser, diacritic-blind
 * candidate search use foldVietnamese(normalizeOrgName(name)) and let the clerk confirm.
 */
import { ORG_ABBREVIATIONS } from './abbreviations';
import { placeToneMarks } from './vn-tone';

const ABBREVIATIONS: ReadonlyMap<string, string> = new Map(ORG_ABBREVIATIONS);

/**
 * normalizeOrgName("HTX  DV-NN “Hoà Bình”") === normalizeOrgName("Hợp tác xã dịch vụ nông nghiệp Hòa Bình")
 * → "hợp tác xã dịch vụ nông nghiệp hoà bình". The result is NFC, lower case, words separated by one space.
 */
export function normalizeOrgName(name: string): string {
  // Invisible characters go first: a soft hyphen inside a word would split it into two "syllables".
  const visible = name.replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '');
  const words = placeToneMarks(visible, 'new')
    .toLowerCase()
    .replace(/[ðÐ]/g, 'đ') // eth mistaken for Đ by mis-decoded files
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim();
  if (words === '') return '';
  return words
    .split(' ')
    .map((w) => ABBREVIATIONS.get(w) ?? w)
    .join(' ');
}
