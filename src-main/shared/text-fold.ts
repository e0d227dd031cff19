/**
 * Folding text for search: "hoa binh" finds "Hòa Bình", "htx" finds "Hợp tác xã".
 *
 * For grids with tens of thousands of rows, build each row's key once with buildSearchKey and test it with
 * the predicate from compileSearch; matchesSearch does both and is meant for one-off checks.
 */
import { ORG_ABBREVIATIONS } from './abbreviations.ts';
import { remembered } from './memo.ts';

// Soft hyphen and zero-width characters are invisible in Unicode text but break substring search.
// (In TCVN3 bytes 0xAD is the letter ư; text reaching this module has already been converted to Unicode.)
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const INVISIBLE_ANY = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;

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
 * Each whitespace-separated word folded, and expanded, once: rows of a registry repeat the same words. A grid
 * of 50,000 rows has a few tens of thousands of distinct words at most.
 */
const foldedWord = remembered(100_000, (word: string): readonly [folded: string, expanded: string] => {
  const folded = foldVietnamese(word);
  return [folded, expandFolded(folded)];
});

const DIGITS = /^[0-9]+$/;

/**
 * The text a row is searched in: its folded form, plus (on a second line) the same with abbreviations
 * expanded, so "ht" still finds "HTX" while "hop tac" finds it too. Built word by word (a word never spans
 * a space, so this is the same as folding the whole text), each distinct word folded only once.
 */
export function buildSearchKey(text: string): string {
  // Invisible characters go before splitting: \uFEFF counts as a space to /\s/, but folding removes it.
  const visible = INVISIBLE_ANY.test(text) ? text.replace(INVISIBLE, '') : text;
  // Split on the plain space only (much faster than /\s+/): folding turns any other whitespace inside a
  // word into a space and trims it, as folding the whole text does.
  const words = visible.split(' ');
  let plain = '';
  // The expanded line, started only at the first word an abbreviation expands: until then it is `plain`.
  let full: string | null = null;
  for (const word of words) {
    if (word === '') continue;
    // Numbers and codes fold to themselves; kept out of the remembered words, where 50,000 one-off
    // codes and row numbers would crowd out the words that do repeat.
    let f = word;
    let e = word;
    if (!DIGITS.test(word)) {
      const folded = foldedWord(word);
      f = folded[0];
      e = folded[1];
      if (f === '') continue; // only invisible characters
    }
    if (full !== null) full = `${full} ${e}`;
    else if (e !== f) full = plain === '' ? e : `${plain} ${e}`;
    plain = plain === '' ? f : `${plain} ${f}`;
  }
  return full === null || full === plain ? plain : `${plain}\n${full}`;
}

/**
 * The words of a query, folded, each with its alternatives: a known abbreviation also stands for its
 * expansion ("htx" → ["htx", "hop tac xa"]). A key matches when, for every word, one alternative occurs in
 * it; no alternative holds a line break, so one that occurs in a key occurs within one of its lines.
 */
export function searchTerms(query: string): readonly (readonly string[])[] {
  return foldVietnamese(query)
    .split(' ')
    .filter((t) => t !== '')
    .map((t) => {
      const full = FOLDED_ABBREVIATIONS.get(t);
      return full === undefined ? [t] : [t, full];
    });
}

/**
 * A predicate over search keys: every word of the query must occur (in any order); a word that is a known
 * abbreviation also matches its expansion ("htx" matches "hop tac xa"). An empty query matches everything.
 */
export function compileSearch(query: string): (searchKey: string) => boolean {
  const terms = searchTerms(query);
  return (key) => terms.every((alternatives) => alternatives.some((a) => key.includes(a)));
}

/** True when `haystack` contains every word of `query`, ignoring diacritics, case, đ/Đ and abbreviations. */
export function matchesSearch(haystack: string, query: string): boolean {
  return compileSearch(query)(buildSearchKey(haystack));
}
