/**
 * Case of TCVN3 toned vowels, which the bytes do not carry (one byte serves "ỉ" and "Ỉ").
 *
 * Without the font name the only evidence is the case of the letters that do carry it (ASCII letters
 * and Ă Â Ê Ô Ơ Ư Đ), so a toned vowel takes:
 * 1. the case of the next such letter in its word: "TØNH" → TỈNH, "TØnh" → Tỉnh, "¸NH" → ÁNH;
 * 2. at the end of a word, lower case after a lower-case letter ("Hoµ" → Hoà), upper case after two or
 *    more capitals with no lower-case letter ("HOµ" → HOÀ);
 * 3. otherwise (one capital before it, as in "Hµ", which is "Hà" or "HÀ"; or no letter with case, as in
 *    "ë") the style of the whole cell: upper case only when the cell has an all-capitals word and no
 *    word with a lower-case letter ("Hµ NéI" → HÀ NỘI, "Hµ Néi" → Hà Nội).
 * A word that starts with a toned capital ("Ánh") cannot be told from "ánh" this way; only the font
 * can, which is why callers pass the capital-only font when the reader gives it.
 */

/** Case evidence of one decoded character; Ambiguous is a toned vowel, whose byte serves both cases. */
export const CaseKind = { Other: 0, Upper: 1, Lower: 2, Ambiguous: 3 } as const;
export type CaseKind = (typeof CaseKind)[keyof typeof CaseKind];

interface WordRange {
  start: number;
  end: number;
}

function wordsOf(kinds: ArrayLike<number>): WordRange[] {
  const words: WordRange[] = [];
  let start = -1;
  for (let i = 0; i <= kinds.length; i++) {
    const inWord = i < kinds.length && kinds[i] !== CaseKind.Other;
    if (inWord && start < 0) start = i;
    if (!inWord && start >= 0) {
      words.push({ start, end: i });
      start = -1;
    }
  }
  return words;
}

function cellIsAllCapitals(kinds: ArrayLike<number>, words: readonly WordRange[]): boolean {
  let capitalWords = 0;
  for (const { start, end } of words) {
    let upper = 0;
    for (let i = start; i < end; i++) {
      if (kinds[i] === CaseKind.Lower) return false;
      if (kinds[i] === CaseKind.Upper) upper++;
    }
    // A single capital proves nothing: it starts title-case words too.
    if (upper >= 2) capitalWords++;
  }
  return capitalWords > 0;
}

function upperAt(kinds: ArrayLike<number>, word: WordRange, k: number, cellUpper: boolean): boolean {
  for (let i = k + 1; i < word.end; i++) {
    if (kinds[i] === CaseKind.Upper) return true;
    if (kinds[i] === CaseKind.Lower) return false;
  }
  let upperBefore = 0;
  let lastBefore: CaseKind = CaseKind.Other;
  let anyLower = false;
  for (let i = word.start; i < k; i++) {
    const kind = kinds[i];
    if (kind === CaseKind.Upper) upperBefore++;
    if (kind === CaseKind.Lower) anyLower = true;
    if (kind === CaseKind.Upper || kind === CaseKind.Lower) lastBefore = kind;
  }
  if (lastBefore === CaseKind.Lower) return false;
  if (upperBefore >= 2 && !anyLower) return true;
  return cellUpper;
}

/**
 * Positions of the ambiguous characters that their neighbours say are capitals, given the case kind
 * of each decoded character (one per input character). Usually empty: most text is lower case.
 */
export function capitalPositions(kinds: ArrayLike<number>): number[] {
  const words = wordsOf(kinds);
  const cellUpper = cellIsAllCapitals(kinds, words);
  const out: number[] = [];
  for (const word of words) {
    for (let k = word.start; k < word.end; k++) {
      if (kinds[k] === CaseKind.Ambiguous && upperAt(kinds, word, k, cellUpper)) out.push(k);
    }
  }
  return out;
}
