/**
 * How one word of a cell reads as it is, as TCVN3 and as VNI: not Vietnamese, a possible syllable,
 * or a common one, and whether that reading is telling enough to convert a cell on its own.
 */
import { remembered } from '../../../../shared/memo.ts';
import { isCommonParts } from './lexicon.ts';
import { isSyllableParts, syllableParts } from './syllable.ts';
import { decodeTcvn3 } from './tcvn3.ts';
import { decodeVni } from './vni.ts';

/** 0: not a Vietnamese word; 1: a possible syllable; 2: a common one. */
export type WordVerdict = 0 | 1 | 2;

export interface WordReading {
  verdict: WordVerdict;
  /**
   * The reading changes the word into a familiar syllable, or into a real word of two letters or more
   * that has a letter Latin-1 lacks or came from a symbol byte. A lone "¬" → "ơ" or a stray
   * "µm" → "àm" is not telling.
   */
  strong: boolean;
}

export interface WordEvidence {
  unicode: WordReading;
  tcvn3: WordReading;
  vni: WordReading;
}

const BEYOND_LATIN1 = /[^\x00-\xff]/;

/**
 * A Latin-1 symbol inside a word ("¸" in "t¸c", "«" in "Kr«ng"): no language writes words that way,
 * but TCVN3 puts letters on those bytes. (ª, µ and º are letters and are left out.)
 */
const SYMBOL_IN_WORD = /[\u00a1-\u00a9\u00ab-\u00b4\u00b6-\u00b9\u00bb-\u00bf\u00d7\u00f7]/;

/** Case as a typist writes it: "hợp", "Hợp", "HỢP". VNI bytes carry case, and a misread of another
 * encoding gives things like "hƠn", so case counts under every reading. */
function plainCase(word: string): boolean {
  const rest = word.slice(1);
  return rest === rest.toLowerCase() || word === word.toUpperCase();
}

/**
 * Abbreviations made of consonants with đ, as headers and units write them: "tr.đ", "đ/người",
 * "ĐVT", "TĐKT". Not syllables, but only Vietnamese writes them, so they count as words.
 */
const D_ABBREVIATION = /^(?=.*[đĐ])[bcdđghklmnpqrstvxBCDĐGHKLMNPQRSTVX]{1,5}$/;

function verdictOf(word: string): WordVerdict {
  if (D_ABBREVIATION.test(word)) return plainCase(word) ? 1 : 0;
  const parts = syllableParts(word);
  if (parts === undefined || !isSyllableParts(parts) || !plainCase(word)) return 0;
  return isCommonParts(parts) ? 2 : 1;
}

function reading(raw: string, decoded: string): WordReading {
  const verdict = verdictOf(decoded);
  const telling = BEYOND_LATIN1.test(decoded) || SYMBOL_IN_WORD.test(raw);
  const strong = verdict > 0 && decoded !== raw && (verdict === 2 || (telling && decoded.length >= 2));
  return { verdict, strong };
}

/**
 * The three readings of a word made of letter-like characters (see detect.ts). Remembered by raw word: a
 * sheet repeats the same few thousand words, so most words cost one lookup; the bound keeps memory flat.
 */
export const wordEvidence: (raw: string) => WordEvidence = remembered(50_000, (raw: string): WordEvidence => ({
  unicode: reading(raw, raw),
  tcvn3: reading(raw, decodeTcvn3(raw)),
  vni: reading(raw, decodeVni(raw)),
}));
