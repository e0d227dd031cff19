/**
 * Which encoding is a cell's text in, and its Unicode NFC form.
 *
 * A cell is read three ways — as it is (Unicode), as TCVN3 bytes and as VNI bytes — and each reading
 * is scored word by word (word-evidence.ts): a word that spells a Vietnamese syllable is valid, a
 * common syllable scores double. A legacy reading wins only when more of its words are valid than
 * of the text as it is, so:
 * - real Unicode Vietnamese is never touched: anything beyond Latin-1 ("ợ", "ư", combining marks)
 *   cannot be a byte string, and Latin-1-only Vietnamese ("Tân Phú") is as valid as its legacy
 *   readings ("Tõn Phỳ") at best, and ties keep the text;
 * - Latin-1 words of other languages ("Café", "Müller", "São Paulo", "naïve") spell no syllable under
 *   any reading, so nothing beats the text as it is;
 * - without a hint, a conversion also needs one strong word (see WordReading.strong), so a stray
 *   "µm" does not become "àm".
 * A hint (the column's legacy encoding, or the cell's font) drops the strong-word requirement, breaks
 * TCVN3/VNI ties, and lets a tie with the text as it is go to the more familiar reading ("Cã" → "Có").
 */
import { isByteString } from './byte-string.ts';
import { decodeTcvn3, isTcvn3CapitalFont, isTcvn3FontName } from './tcvn3.ts';
import { decodeVni, isVniFontName } from './vni.ts';
import { type WordReading, wordEvidence } from './word-evidence.ts';

export type TextEncoding = 'unicode' | 'tcvn3' | 'vni' | 'ascii';
export type LegacyEncoding = 'tcvn3' | 'vni';

export interface EncodingGuess {
  encoding: TextEncoding;
  /** 0..1; 1 for ASCII and for text that cannot be legacy bytes. */
  confidence: number;
}

export interface FixResult extends EncodingGuess {
  /** The text in Unicode NFC. */
  text: string;
}

export interface FixHint {
  /** Encoding the column is known or detected to use (see detectColumnEncoding().legacy). */
  encoding?: TextEncoding | undefined;
  /** The cell's font as the reader gives it: ".VnTime", ".VnTimeH" (capital-only), "VNI-Times" … */
  fontName?: string | undefined;
  /**
   * The column holds no text that reads as Unicode (detectColumnEncoding().allLegacy): a cell that
   * reads equally well as it is and in `encoding` is taken to be in `encoding`.
   */
  allLegacy?: boolean | undefined;
}

interface ReadingScore {
  score: number;
  valid: number;
  strong: number;
}

/** What one cell says about each reading. Computed once per distinct value. */
export interface CellEvidence {
  kind: 'ascii' | 'unicode' | 'bytes';
  /** Words with a non-ASCII character: the only ones the readings disagree on. */
  words: number;
  unicode: ReadingScore;
  tcvn3: ReadingScore;
  vni: ReadingScore;
}

/**
 * Runs of characters that can be letters under some reading: ASCII letters, every Latin-1 character
 * from 0xA1 (TCVN3 puts letters on "¸", "·", "×" …) and the Windows-1252 letters Š Œ Ž š œ ž Ÿ ƒ.
 */
const WORD = /[A-Za-z\u00a1-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192]+/g;
const NON_ASCII = /[^\x00-\x7f]/;

/** True when the text is plain ASCII: nothing to convert, whatever the encoding. */
export function isAsciiText(value: string): boolean {
  return !NON_ASCII.test(value);
}

function emptyScore(): ReadingScore {
  return { score: 0, valid: 0, strong: 0 };
}

function add(into: ReadingScore, word: WordReading): void {
  if (word.verdict === 0) return;
  into.valid++;
  into.score += word.verdict;
  if (word.strong) into.strong++;
}

/** Score the three readings of one cell. */
export function cellEvidence(value: string): CellEvidence {
  const evidence: CellEvidence = {
    kind: 'ascii',
    words: 0,
    unicode: emptyScore(),
    tcvn3: emptyScore(),
    vni: emptyScore(),
  };
  if (isAsciiText(value)) return evidence;
  if (!isByteString(value)) {
    evidence.kind = 'unicode';
    return evidence;
  }
  evidence.kind = 'bytes';
  for (const match of value.matchAll(WORD)) {
    const raw = match[0];
    if (!NON_ASCII.test(raw)) continue;
    evidence.words++;
    const word = wordEvidence(raw);
    add(evidence.unicode, word.unicode);
    add(evidence.tcvn3, word.tcvn3);
    add(evidence.vni, word.vni);
  }
  return evidence;
}

function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}

/** What the caller knows about the cell's surroundings. */
export interface DecideOptions {
  /** The legacy encoding expected (the column's, or the cell font's). */
  hint?: LegacyEncoding | undefined;
  /** The column holds no text that reads better as it is: ties between as-is and `hint` go to `hint`. */
  allLegacy?: boolean | undefined;
}

/** Order two legacy readings: more valid words, then the hint, then more familiar words. */
function pickLegacy(evidence: CellEvidence, hint: LegacyEncoding | undefined): LegacyEncoding {
  const { tcvn3: t, vni: v } = evidence;
  if (t.valid !== v.valid) return t.valid > v.valid ? 'tcvn3' : 'vni';
  if (hint !== undefined) return hint;
  if (t.score !== v.score) return t.score > v.score ? 'tcvn3' : 'vni';
  return v.strong > t.strong ? 'vni' : 'tcvn3';
}

/** Choose the encoding of one cell from its evidence. */
export function decideEncoding(evidence: CellEvidence, options: DecideOptions = {}): EncodingGuess {
  if (evidence.kind === 'ascii') return { encoding: 'ascii', confidence: 1 };
  if (evidence.kind === 'unicode' || evidence.words === 0) return { encoding: 'unicode', confidence: 1 };
  const { unicode, words } = evidence;
  const best = pickLegacy(evidence, options.hint);
  const chosen = evidence[best];
  const other = evidence[best === 'tcvn3' ? 'vni' : 'tcvn3'];
  const hinted = options.hint === best;
  // More words must spell Vietnamese than in the text as it is. When as many do ("mét" is a word, and
  // the TCVN3 bytes of "một"), the text is kept unless the column says it is legacy and the legacy
  // reading is the more familiar one (or, in a column with no Unicode text, at least as familiar).
  const tie = hinted && chosen.valid === unicode.valid && chosen.valid > 0;
  // In a column of legacy text, a cell whose legacy reading is Vietnamese word for word is legacy too, even
  // when its bytes also spell real words as they are ("Thu hoài GCN", the VNI bytes of "Thu hồi GCN").
  const beatsAsIs =
    chosen.valid > unicode.valid ||
    (tie && (chosen.score > unicode.score || (options.allLegacy === true && (chosen.score === unicode.score || chosen.valid === words))));
  if (beatsAsIs && (chosen.strong > 0 || hinted) && chosen.valid * 2 >= words) {
    const margin = (chosen.score - Math.max(unicode.score, other.score)) / (2 * words);
    const support = 0.6 + 0.2 * Math.min(2, chosen.strong + (hinted ? 1 : 0));
    return { encoding: best, confidence: clamp01(Math.max(margin, 0.25) * support) };
  }
  // Kept as it is. Sure when no reading spells Vietnamese (a foreign word) or the text itself reads
  // better; unsure when a legacy reading came close.
  if (unicode.valid === 0 && chosen.valid === 0) return { encoding: 'unicode', confidence: 0.9 };
  return { encoding: 'unicode', confidence: clamp01(0.5 + (unicode.score - chosen.score) / (4 * words)) };
}

/**
 * True when the cell is Unicode on its own evidence: letters beyond Latin-1, or Vietnamese words that
 * read better as they are than as either legacy encoding ("Tân Phú", not "Tõn Phỳ").
 */
export function readsAsUnicode(evidence: CellEvidence): boolean {
  if (evidence.kind === 'unicode') return true;
  if (evidence.kind !== 'bytes') return false;
  const { unicode, tcvn3, vni } = evidence;
  return unicode.valid > 0 && unicode.score > Math.max(tcvn3.score, vni.score);
}

/**
 * True when the cell is Unicode and could not be `legacy` text: it reads as Unicode on its own evidence, and
 * its `legacy` reading does not spell Vietnamese word for word. Only such a cell shows that a column of
 * legacy text also holds Unicode.
 */
export function readsOnlyAsUnicode(evidence: CellEvidence, legacy: LegacyEncoding): boolean {
  return readsAsUnicode(evidence) && (evidence.kind === 'unicode' || evidence[legacy].valid < evidence.words);
}

/** The cell's encoding with a confidence. */
export function detectTextEncoding(value: string, hint?: FixHint | TextEncoding): EncodingGuess {
  return decideEncoding(cellEvidence(value), decideOptionsOf(normalizeHint(hint)));
}

function normalizeHint(hint: FixHint | TextEncoding | undefined): FixHint {
  if (hint === undefined) return {};
  return typeof hint === 'string' ? { encoding: hint } : hint;
}

interface FontFacts {
  legacy: LegacyEncoding | undefined;
  /** A TCVN3 capital-only font (.VnTimeH). */
  capital: boolean;
}

// What each font name says, by name: a workbook names a handful of fonts, but old .xls files give one
// for every cell, and the name tests are regular expressions.
const FONT_FACTS = new Map<string, FontFacts>();
const FONT_FACTS_LIMIT = 1_000;

function fontFacts(fontName: string): FontFacts {
  let facts = FONT_FACTS.get(fontName);
  if (facts === undefined) {
    const legacy = isTcvn3FontName(fontName) ? 'tcvn3' : isVniFontName(fontName) ? 'vni' : undefined;
    facts = { legacy, capital: isTcvn3CapitalFont(fontName) };
    if (FONT_FACTS.size >= FONT_FACTS_LIMIT) FONT_FACTS.clear();
    FONT_FACTS.set(fontName, facts);
  }
  return facts;
}

function decideOptionsOf(hint: FixHint): DecideOptions {
  // A legacy font outranks the column: the clerk saw the cell's bytes drawn by that font, so a tie
  // with the text as it is goes to the font ("mét" in .VnTime showed as "một").
  const font = hint.fontName === undefined ? undefined : fontFacts(hint.fontName).legacy;
  if (font !== undefined) return { hint: font, allLegacy: true };
  const legacy = hint.encoding === 'tcvn3' || hint.encoding === 'vni' ? hint.encoding : undefined;
  return { hint: legacy, allLegacy: legacy !== undefined && hint.allLegacy === true };
}

/**
 * What decideEncoding says of any ASCII text, which reads the same under every encoding: most cells of
 * a sheet (numbers, codes, dates) need no options worked out and no guess made for them.
 */
const ASCII_GUESS: Readonly<EncodingGuess> = { encoding: 'ascii', confidence: 1 };

/** Convert text a cell's evidence has been scored for; shared with the column functions. */
export function fixWithEvidence(value: string, evidence: CellEvidence, hint: FixHint): FixResult {
  const { encoding, confidence } = evidence.kind === 'ascii' ? ASCII_GUESS : decideEncoding(evidence, decideOptionsOf(hint));
  const capitalFont = hint.fontName !== undefined && fontFacts(hint.fontName).capital;
  switch (encoding) {
    case 'tcvn3':
      return { encoding, confidence, text: decodeTcvn3(value, { capitalFont }) };
    case 'vni':
      return { encoding, confidence, text: decodeVni(value) };
    case 'ascii':
      // A capital-only font shows ASCII letters as capitals too; keep what the clerk saw.
      return { encoding, confidence, text: capitalFont ? value.toUpperCase() : value };
    case 'unicode':
      return { encoding, confidence, text: value.normalize('NFC') };
  }
}

/**
 * The cell's text in Unicode NFC and the encoding it was found in. `hint` is the column's encoding
 * (e.g. detectColumnEncoding(values).legacy) and/or the cell's font name.
 */
export function fixLegacyText(value: string, hint?: FixHint | TextEncoding): FixResult {
  return fixWithEvidence(value, cellEvidence(value), normalizeHint(hint));
}
