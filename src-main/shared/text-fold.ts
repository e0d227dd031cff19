/**
 * Folding text for search: "hoa binh" finds "Hòa Bình", "htx" finds "Hợp tác xã".
 *
 * For grids with tens of thousands of rows, build each row's key once with buildSearchKey and test it with
 * the predicate from compileSearch; matchesSearch does both and is meant for one-off checks.
 */
import { ORG_ABBREVIATIONS } from './abbreviations';

// Soft hyphen and zero-width characters are invisible in Unicode text but break substring search.
// (In TCVN3 bytes 0xAD is the letter ư; text reaching this module has already been converted to Unicode.)
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/**
 * Removes every diacritic, maps đ/Đ to d, lower-cases, and collapses whitespace (nbsp included):
 * "  Hợp  tác xã ĐỒNG Tâm" → "hop tac xa dong tam". Works on NFC and NFD input alike because it decomposes
 * first. Ð/ð (U+00D0/U+00F0, Icelandic eth) are folded too: mis-decoded files use them for Đ/đ.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐðÐ]/g, 'd')
    .replace(INVISIBLE, '')
    .toLowerCase() // not toLocaleLowerCase: the result must not depend on the machine's locale
    .replace(/\s+/g, ' ')
    .trim();
}

const FOLDED_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(
  ORG_ABBREVIATIONS.map(([abbr, full]) => [abbr, foldVietnamese(full)] as const),
);

function expandFolded(folded: string): string {
  return folded.replace(/[\p{L}\p{N}]+/gu, (word) => FOLDED_ABBREVIATIONS.get(word) ?? word);
}

/**
 * The text a row is searched in: its folded form, plus (on a second line) the same with abbreviations
 * expanded, so "ht" still finds "HTX" while "hop tac" finds it too.
 */
export function buildSearchKey(text: string): string {
  const folded = foldVietnamese(text);
  const expanded = expandFolded(folded);
  return expanded === folded ? folded : `${folded}\n${expanded}`;
}

/**
 * A predicate over search keys: every word of the query must occur (in any order); a word that is a known
 * abbreviation also matches its expansion ("htx" matches "hop tac xa"). An empty query matches everything.
 */
export function compileSearch(query: string): (searchKey: string) => boolean {
  const terms = foldVietnamese(query)
    .split(' ')
    .filter((t) => t !== '')
    .map((t) => {
      const full = FOLDED_ABBREVIATIONS.get(t);
      return full === undefined ? [t] : [t, full];
    });
  return (key) => terms.every((alternatives) => alternatives.some((a) => key.includes(a)));
}

/** True when `haystack` contains every word of `query`, ignoring diacritics, case, đ/Đ and abbreviations. */
export function matchesSearch(haystack: string, query: string): boolean {
  return compileSearch(query)(buildSearchKey(haystack));
}
