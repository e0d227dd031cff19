/**
 * VNI-Windows (VNI-Times, VNI-Helve … fonts) ↔ Unicode NFC.
 *
 * Character facts the tables are built from:
 * - A toned or hatted vowel is its ASCII base letter followed by one mark byte. The mark bytes for a
 *   capital are the lower-case ones minus 0x20 (so the accent sits higher on capitals).
 * - Tone marks (after a e o u y and after ơ ư): sắc 0xF9, huyền 0xF8, hỏi 0xFB, ngã 0xF5, nặng 0xEF.
 * - Circumflex with tone (after a e o): alone 0xE2, sắc 0xE1, huyền 0xE0, hỏi 0xE5, ngã 0xE3, nặng 0xE4.
 * - Breve with tone (after a): alone 0xEA, sắc 0xE9, huyền 0xE8, hỏi 0xFA, ngã 0xFC, nặng 0xEB.
 * - Single bytes: ơ 0xF4, ư 0xF6, đ 0xF1, í 0xED, ì 0xEC, ỉ 0xE6, ĩ 0xF3, ị 0xF2, ỵ 0xEE.
 * So "ợ" is 0xF4 0xEF ("ôï"); the decoder reads the longest sequence first — a base, then the mark
 * that follows it — so it never stops at "ơ" + "ï".
 */
import { byteOfCharCode, encodeToByteString, symbolOfHighControlByte, type LegacyEncodeOptions } from './byte-string.ts';
import { composeVowel, letterParts, type Tone } from './vietnamese-letters.ts';

/** Distance between a lower-case mark or letter byte and its capital form. */
const CAPITAL_OFFSET = 0x20;

const TONE_MARKS: ReadonlyArray<readonly [number, Tone]> = [
  [0xf9, 'acute'],
  [0xf8, 'grave'],
  [0xfb, 'hook'],
  [0xf5, 'tilde'],
  [0xef, 'dot'],
];
const CIRCUMFLEX_MARKS: ReadonlyArray<readonly [number, Tone]> = [
  [0xe2, 'none'],
  [0xe1, 'acute'],
  [0xe0, 'grave'],
  [0xe5, 'hook'],
  [0xe3, 'tilde'],
  [0xe4, 'dot'],
];
const BREVE_MARKS: ReadonlyArray<readonly [number, Tone]> = [
  [0xea, 'none'],
  [0xe9, 'acute'],
  [0xe8, 'grave'],
  [0xfa, 'hook'],
  [0xfc, 'tilde'],
  [0xeb, 'dot'],
];
/** Letters with a byte of their own (lower case). */
const SINGLE_BYTE_LETTERS: ReadonlyArray<readonly [number, string]> = [
  [0xf4, 'ơ'],
  [0xf6, 'ư'],
  [0xf1, 'đ'],
  [0xed, 'í'],
  [0xec, 'ì'],
  [0xe6, 'ỉ'],
  [0xf3, 'ĩ'],
  [0xf2, 'ị'],
  [0xee, 'ỵ'],
];

/** Key of a base letter in BASE_MARKS: the lower-case byte of the base ('a', or 0xF4 for ơ). */
type MarkTable = Map<number, string>;

/** For each lower-case base byte: lower-case mark byte → resulting lower-case letter. */
const BASE_MARKS = new Map<number, MarkTable>();
/** Lower-case NFC letter → its VNI bytes (lower-case form). */
const BYTES_OF_LETTER = new Map<string, number[]>();
/** Lower-case single-byte letters by byte. */
const LETTER_OF_SINGLE_BYTE = new Map<number, string>(SINGLE_BYTE_LETTERS);

function addMarks(baseByte: number, baseLetter: string, hat: string, marks: ReadonlyArray<readonly [number, Tone]>): void {
  let table = BASE_MARKS.get(baseByte);
  if (table === undefined) {
    table = new Map();
    BASE_MARKS.set(baseByte, table);
  }
  for (const [mark, tone] of marks) {
    const letter = composeVowel(baseLetter + hat, tone);
    table.set(mark, letter);
    // ỵ has a byte of its own; keep it, as VNI keyboards write it.
    if (!BYTES_OF_LETTER.has(letter)) BYTES_OF_LETTER.set(letter, [baseByte, mark]);
  }
}

for (const [byte, letter] of SINGLE_BYTE_LETTERS) BYTES_OF_LETTER.set(letter, [byte]);
for (const base of ['a', 'e', 'o', 'u', 'y']) addMarks(base.charCodeAt(0), base, '', TONE_MARKS);
for (const base of ['a', 'e', 'o']) addMarks(base.charCodeAt(0), base, '\u0302', CIRCUMFLEX_MARKS);
addMarks(0x61, 'a', '\u0306', BREVE_MARKS);
addMarks(0xf4, 'ơ', '', TONE_MARKS);
addMarks(0xf6, 'ư', '', TONE_MARKS);

/** Bytes VNI uses for letters or marks, in either case; the rest show their Latin-1 glyph. */
const VNI_BYTES = new Set<number>();
for (const table of BASE_MARKS.values()) {
  for (const mark of table.keys()) VNI_BYTES.add(mark).add(mark - CAPITAL_OFFSET);
}
for (const [byte] of SINGLE_BYTE_LETTERS) VNI_BYTES.add(byte).add(byte - CAPITAL_OFFSET);

function lowerByte(byte: number): number {
  if (byte >= 0x41 && byte <= 0x5a) return byte + 0x20;
  if (byte >= 0xc0 && byte <= 0xde && VNI_BYTES.has(byte)) return byte + CAPITAL_OFFSET;
  return byte;
}

function isUpperByte(byte: number): boolean {
  return lowerByte(byte) !== byte;
}

/**
 * Decode VNI text (either byte reading) to Unicode NFC. The letter's case comes from the base byte; a
 * mark of the other case is accepted too, since hand-edited cells mix them. Characters that are not
 * bytes, and mark bytes with no base before them, are kept as they are.
 */
export function decodeVni(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    const byte = byteOfCharCode(ch.charCodeAt(0));
    if (byte === undefined) {
      out += ch;
      i++;
      continue;
    }
    const lower = lowerByte(byte);
    const upper = isUpperByte(byte);
    let letter = LETTER_OF_SINGLE_BYTE.get(lower);
    const marks = BASE_MARKS.get(lower);
    let used = 1;
    if (marks !== undefined && i + 1 < text.length) {
      const next = byteOfCharCode(text.charCodeAt(i + 1));
      const marked = next === undefined ? undefined : marks.get(lowerByte(next));
      if (marked !== undefined) {
        letter = marked;
        used = 2;
      }
    }
    if (letter !== undefined) out += upper ? letter.toUpperCase() : letter;
    else if (byte >= 0x80 && byte <= 0x9f) out += symbolOfHighControlByte(byte);
    else out += ch;
    i += used;
  }
  return out.normalize('NFC');
}

/**
 * Encode Unicode text as VNI-Windows bytes, returned as a byte string. Characters outside the charset
 * become `replacement`; Latin-1 / Windows-1252 characters on bytes VNI leaves free are kept.
 */
export function encodeVni(text: string, options: LegacyEncodeOptions = {}): string {
  return encodeToByteString(
    text,
    options,
    (ch) => {
      const parts = letterParts(ch);
      const bytes = BYTES_OF_LETTER.get(ch.toLowerCase());
      if (parts === undefined || bytes === undefined) return undefined;
      return parts.upper ? bytes.map(upperFormOf) : bytes;
    },
    (byte) => VNI_BYTES.has(byte),
  );
}

function upperFormOf(byte: number): number {
  if (byte >= 0x61 && byte <= 0x7a) return byte - 0x20;
  if (VNI_BYTES.has(byte) && byte >= 0xe0) return byte - CAPITAL_OFFSET;
  return byte;
}

/** True for a VNI font name: "VNI-Times", "VNI-Helve-Condense", "VNI Times" … */
export function isVniFontName(fontName: string): boolean {
  return /^vni[-_ ]/i.test(fontName.trim());
}
