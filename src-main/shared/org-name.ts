/**
 * The key under which organization names are compared when importing rows and matching OCOP owners.
 *
 * Unlike foldVietnamese, the key keeps diacritics: "HTX Thành Công" and "HTX Thanh Công" may be two real
 * cooperatives, and a registry of thousands must not merge them. What the key does remove are differences
 * that never distinguish two organizations: NFC vs NFD, old vs new tone placement, case, spacing,
 * punctuation and quotes, and the abbreviations listed in abbreviations.ts. For a looser, diacritic-blind
 * candidate search use foldVietnamese(normalizeOrgName(name)) and let the clerk confirm.
 */
import { ORG_ABBREVIATIONS } from './abbreviations.ts';
import { placeToneInWord, placeToneMarks } from './vn-tone.ts';

const ABBREVIATIONS: ReadonlyMap<string, string> = new Map(ORG_ABBREVIATIONS);
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;
const INVISIBLE_ALL = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const SEPARATORS = /[^\p{L}\p{M}\p{N}]+/u;
const LETTERS_ONLY = /^[\p{L}\p{M}]+$/u;

/**
 * normalizeOrgName("HTX  DV-NN “Hoà Bình”") === normalizeOrgName("Hợp tác xã dịch vụ nông nghiệp Hòa Bình")
 * → "hợp tác xã dịch vụ nông nghiệp hoà bình". The result is NFC, lower case, words separated by one space.
 */
export function normalizeOrgName(name: string): string {
  // Invisible characters go first: a soft hyphen inside a word would split it into two "syllables".
  const visible = INVISIBLE.test(name) ? name.replace(INVISIBLE_ALL, '') : name;
  // Case does not decide where a tone mark goes, so lower-casing first lets every spelling of a word share
  // one remembered placement. Eth is taken for Đ by mis-decoded files.
  let lower = visible.normalize('NFC').toLowerCase();
  if (lower.includes('ð')) lower = lower.replace(/ð/g, 'đ');
  const words: string[] = [];
  for (const token of lower.split(SEPARATORS)) {
    if (token === '') continue;
    // A token mixing letters and digits ("số1") is placed syllable by syllable, like any text.
    const placed = LETTERS_ONLY.test(token) ? placeToneInWord(token, 'new') : placeToneMarks(token, 'new');
    words.push(ABBREVIATIONS.get(placed) ?? placed);
  }
  return words.join(' ');
}
