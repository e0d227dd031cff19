/**
 * TCVN3 (TCVN 5712:1993 "VN3", the ABC fonts .VnTime, .VnArial …) ↔ Unicode NFC.
 *
 * Character facts the tables are built from:
 * - 0xA1-0xA7 hold the seven capitals Ă Â Ê Ô Ơ Ư Đ and 0xA8-0xAE their lower-case forms. 0xAD is a
 *   letter (ư) even though Windows-1252 calls it a soft hyphen.
 * - Each toned lower-case vowel has one byte, five per vowel in the order huyền, hỏi, ngã, sắc, nặng.
 * - There are no bytes for toned capitals. Typists set capitals in a capital-only font (.VnTimeH,
 *   .VnArialH …) that draws the lower-case codes as capitals, so "TỈNH" is stored "TØNH". The bytes
 *   alone therefore do not say the case of a toned vowel: it comes from the font when known,
 *   otherwise from the neighbouring letters (see tcvn3-case.ts).
 * - Bytes 0x80-0x9F are the ordinary Windows-1252 punctuation; unlisted bytes show their Latin-1 glyph.
 */
import { byteOfCharCode, encodeToByteString, symbolOfHighControlByte, type LegacyEncodeOptions } from './byte-string.ts';
import { CaseKind, capitalPositions } from './tcvn3-case.ts';
import { composeVowel, type Tone, type Vowel } from './vietnamese-letters.ts';

/** 0xA1-0xA7 capitals and 0xA8-0xAE lower case, both in this letter order. */
const PLAIN_LETTERS = ['ă', 'â', 'ê', 'ô', 'ơ', 'ư', 'đ'] as const;
const FIRST_CAPITAL_BYTE = 0xa1;
const FIRST_LOWER_BYTE = 0xa8;

/** Bytes of the toned lower-case vowels, tones in the order huyền, hỏi, ngã, sắc, nặng. */
const TONED_BYTES: Readonly<Record<Vowel, readonly [number, number, number, number, number]>> = {
  a: [0xb5, 0xb6, 0xb7, 0xb8, 0xb9],
  ă: [0xbb, 0xbc, 0xbd, 0xbe, 0xc6],
  â: [0xc7, 0xc8, 0xc9, 0xca, 0xcb],
  e: [0xcc, 0xce, 0xcf, 0xd0, 0xd1],
  ê: [0xd2, 0xd3, 0xd4, 0xd5, 0xd6],
  i: [0xd7, 0xd8, 0xdc, 0xdd, 0xde],
  o: [0xdf, 0xe1, 0xe2, 0xe3, 0xe4],
  ô: [0xe5, 0xe6, 0xe7, 0xe8, 0xe9],
  ơ: [0xea, 0xeb, 0xec, 0xed, 0xee],
  u: [0xef, 0xf1, 0xf2, 0xf3, 0xf4],
  ư: [0xf5, 0xf6, 0xf7, 0xf8, 0xf9],
  y: [0xfa, 0xfb, 0xfc, 0xfd, 0xfe],
};
const TONE_ORDER: readonly Tone[] = ['grave', 'hook', 'tilde', 'acute', 'dot'];

/** Decoded letter per byte (lower case for toned vowels; 0 for no letter), and the case it tells. */
const LETTER_CODE_OF_BYTE = new Uint16Array(256);
const CASE_OF_BYTE = new Uint8Array(256);
/** NFC letter → byte; toned capitals are looked up by their lower-case form. */
const BYTE_OF_LETTER = new Map<string, number>();

function setLetter(byte: number, char: string, kind: CaseKind): void {
  LETTER_CODE_OF_BYTE[byte] = char.charCodeAt(0);
  CASE_OF_BYTE[byte] = kind;
}

PLAIN_LETTERS.forEach((letter, i) => {
  setLetter(FIRST_CAPITAL_BYTE + i, letter.toUpperCase(), CaseKind.Upper);
  setLetter(FIRST_LOWER_BYTE + i, letter, CaseKind.Lower);
  BYTE_OF_LETTER.set(letter, FIRST_LOWER_BYTE + i);
  BYTE_OF_LETTER.set(letter.toUpperCase(), FIRST_CAPITAL_BYTE + i);
});
for (const [vowel, bytes] of Object.entries(TONED_BYTES)) {
  bytes.forEach((byte, i) => {
    const char = composeVowel(vowel, TONE_ORDER[i] ?? 'none');
    setLetter(byte, char, CaseKind.Ambiguous);
    BYTE_OF_LETTER.set(char, byte);
  });
}

/** True when the byte is a TCVN3 Vietnamese letter (not ASCII, not a Latin-1 pass-through). */
function isTcvn3LetterByte(byte: number): boolean {
  return (LETTER_CODE_OF_BYTE[byte] ?? 0) !== 0;
}

export interface Tcvn3DecodeOptions {
  /**
   * The text is set in a capital-only font (.VnTimeH …): every letter is shown, and so decoded, as a
   * capital. See isTcvn3CapitalFont.
   */
  capitalFont?: boolean;
}

// Output code units and case kinds, reused between calls: decoding runs once per cell.
let codesBuffer = new Uint16Array(256);
let kindsBuffer = new Uint8Array(256);

/** Decode TCVN3 text (either byte reading) to Unicode NFC. Characters that are not bytes are kept. */
export function decodeTcvn3(text: string, options: Tcvn3DecodeOptions = {}): string {
  const length = text.length;
  if (codesBuffer.length < length) {
    codesBuffer = new Uint16Array(length * 2);
    kindsBuffer = new Uint8Array(length * 2);
  }
  const codes = codesBuffer;
  const kinds = kindsBuffer;
  let ambiguous = false;
  let allBytes = true;
  // Each input code unit gives exactly one output code unit, so positions line up.
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    const byte = byteOfCharCode(code);
    if (byte === undefined) {
      allBytes = false;
      codes[i] = code;
      kinds[i] = caseOfCode(code);
      continue;
    }
    const letter = LETTER_CODE_OF_BYTE[byte] ?? 0;
    if (letter !== 0) {
      codes[i] = letter;
      const kind = CASE_OF_BYTE[byte] ?? CaseKind.Other;
      kinds[i] = kind;
      if (kind === CaseKind.Ambiguous) ambiguous = true;
    } else if (byte >= 0x80 && byte <= 0x9f) {
      codes[i] = symbolOfHighControlByte(byte).charCodeAt(0);
      kinds[i] = CaseKind.Other;
    } else {
      codes[i] = code;
      kinds[i] = caseOfCode(code);
    }
  }
  let out = stringOfCodes(codes, length);
  if (options.capitalFont === true) out = out.toUpperCase();
  else if (ambiguous) out = upperCaseAt(out, capitalPositions(kinds.subarray(0, length)));
  // Decoded letters are precomposed and Latin-1 is NFC-stable: only foreign characters need NFC.
  return allBytes ? out : out.normalize('NFC');
}

function stringOfCodes(codes: Uint16Array, length: number): string {
  // fromCharCode takes its arguments from a plain array fastest; chunks keep the call stack small.
  const CHUNK = 4096;
  let out = '';
  for (let from = 0; from < length; from += CHUNK) {
    const to = Math.min(length, from + CHUNK);
    const chunk: number[] = new Array<number>(to - from);
    for (let i = from; i < to; i++) chunk[i - from] = codes[i] ?? 0;
    out += String.fromCharCode.apply(null, chunk);
  }
  return out;
}

function upperCaseAt(text: string, positions: readonly number[]): string {
  if (positions.length === 0) return text;
  let out = '';
  let from = 0;
  for (const p of positions) {
    out += text.slice(from, p) + text.charAt(p).toUpperCase();
    from = p + 1;
  }
  return out + text.slice(from);
}

function caseOfCode(code: number): CaseKind {
  if (code >= 0x61 && code <= 0x7a) return CaseKind.Lower;
  if (code >= 0x41 && code <= 0x5a) return CaseKind.Upper;
  if (code < 0x80) return CaseKind.Other;
  const ch = String.fromCharCode(code);
  if (ch.toLowerCase() !== ch) return CaseKind.Upper;
  if (ch.toUpperCase() !== ch) return CaseKind.Lower;
  return CaseKind.Other;
}

export type { LegacyEncodeOptions };

/**
 * Encode Unicode text as TCVN3 bytes, returned as a byte string. Toned capitals get the lower-case byte
 * (the charset has no other; the capital-only font restores them), so case of those letters is lost.
 * Characters outside the charset become `replacement`; Latin-1 / Windows-1252 characters on bytes that
 * TCVN3 leaves unassigned are kept.
 */
export function encodeTcvn3(text: string, options: LegacyEncodeOptions = {}): string {
  return encodeToByteString(
    text,
    options,
    (ch) => {
      const byte = BYTE_OF_LETTER.get(ch) ?? BYTE_OF_LETTER.get(ch.toLowerCase());
      return byte === undefined ? undefined : [byte];
    },
    isTcvn3LetterByte,
  );
}

/**
 * True for the ABC capital-only fonts, named like the ordinary font with a trailing capital "H":
 * ".VnTimeH", ".VnArialH", ".VnArial NarrowH", ".VnCourier NewH". The dot is sometimes lost.
 */
export function isTcvn3CapitalFont(fontName: string): boolean {
  const name = fontName.trim();
  return isTcvn3FontName(name) && name.endsWith('H');
}

/** True for an ABC (TCVN3) font name: ".VnTime", ".VnArialH", "VnTimes" … */
export function isTcvn3FontName(fontName: string): boolean {
  return /^\.?vn(?!i[-_ ])[a-z]/i.test(fontName.trim());
}
