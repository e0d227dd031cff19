// Shared by the legacy-text tests: the GPL charset oracle (read at run time, never copied into src),
// a small seeded PRNG, and a generator of random Vietnamese text written independently of the
// converters' tables (plain Unicode strings, no byte facts).
import fs from 'node:fs';
import path from 'node:path';

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
export const ORACLE_PATH = path.resolve(REPO_ROOT, '../shared/data/encodings/vn_legacy_charsets.unikey.json');

export interface OracleChar {
  index: number;
  unicode: string;
  char: string;
  is_letter: boolean;
  TCVN3: string;
  'VNI-WIN': string;
  TCVN3_vietunicode?: string;
}

export interface Oracle {
  chars: OracleChar[];
  decode: { TCVN3: Record<string, string>; 'VNI-WIN': Record<string, string> };
  examples_generated_from_table: Array<{
    unicode: string;
    TCVN3_hex: string;
    TCVN3_as_cp1252: string;
    'VNI-WIN_hex': string;
    'VNI-WIN_as_cp1252': string;
  }>;
}

export function loadOracle(): Oracle {
  return JSON.parse(fs.readFileSync(ORACLE_PATH, 'utf8')) as Oracle;
}

/** "41 D9" → Uint8Array [0x41, 0xD9]. */
export function hexBytes(hex: string): Uint8Array {
  return Uint8Array.from(
    hex
      .trim()
      .split(/\s+/)
      .map((h) => Number.parseInt(h, 16)),
  );
}

/** mulberry32: tiny, fast, good enough to drive property tests reproducibly. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

const ONSETS = [
  '',
  'b',
  'c',
  'ch',
  'd',
  'đ',
  'g',
  'gi',
  'h',
  'kh',
  'l',
  'm',
  'n',
  'ng',
  'nh',
  'ph',
  'qu',
  'r',
  's',
  't',
  'th',
  'tr',
  'v',
  'x',
];
// Rhymes as [vowel part, final]; the tone goes on the vowel named by the index (third item).
const RHYMES: ReadonlyArray<readonly [string, string, number]> = [
  ['a', '', 0],
  ['ai', '', 0],
  ['ao', '', 0],
  ['ay', '', 0],
  ['a', 'n', 0],
  ['a', 'ng', 0],
  ['a', 'nh', 0],
  ['a', 'c', 0],
  ['a', 't', 0],
  ['ă', 'n', 0],
  ['ă', 'ng', 0],
  ['ă', 'c', 0],
  ['ă', 't', 0],
  ['â', 'n', 0],
  ['â', 'm', 0],
  ['ây', '', 0],
  ['â', 't', 0],
  ['âu', '', 0],
  ['e', '', 0],
  ['eo', '', 0],
  ['e', 'n', 0],
  ['e', 't', 0],
  ['ê', '', 0],
  ['ê', 'n', 0],
  ['ê', 'nh', 0],
  ['ê', 'ch', 0],
  ['êu', '', 0],
  ['i', '', 0],
  ['i', 'nh', 0],
  ['i', 'ch', 0],
  ['iê', 'n', 1],
  ['iê', 'ng', 1],
  ['iê', 't', 1],
  ['ia', '', 0],
  ['o', '', 0],
  ['oi', '', 0],
  ['o', 'ng', 0],
  ['o', 'c', 0],
  ['oa', '', 1],
  ['oa', 'n', 1],
  ['oa', 'nh', 1],
  ['oă', 'n', 1],
  ['ô', '', 0],
  ['ôi', '', 0],
  ['ô', 'ng', 0],
  ['ô', 'c', 0],
  ['ô', 't', 0],
  ['ơ', '', 0],
  ['ơi', '', 0],
  ['ơ', 'n', 0],
  ['ơ', 'p', 0],
  ['u', '', 0],
  ['ua', '', 0],
  ['ui', '', 0],
  ['u', 'ng', 0],
  ['u', 'c', 0],
  ['uô', 'ng', 1],
  ['uô', 'i', 1],
  ['uy', '', 1],
  ['uyê', 'n', 2],
  ['ư', '', 0],
  ['ưa', '', 0],
  ['ư', 'ng', 0],
  ['ư', 'c', 0],
  ['ươ', 'ng', 1],
  ['ươ', 'c', 1],
  ['ươ', 'i', 1],
  ['ưu', '', 0],
  ['y', '', 0],
  ['yê', 'n', 1],
];
const TONE_MARKS = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];
const STOP_TONES = ['\u0301', '\u0323'];

/** One random Vietnamese syllable in lower case NFC, with a tone its rhyme allows. */
export function randomSyllable(random: () => number): string {
  let onset = pick(random, ONSETS);
  const [vowels, final, toneAt] = pick(random, RHYMES);
  if (onset === 'qu' && (vowels.startsWith('u') || vowels.startsWith('o'))) onset = 'h';
  if (onset === 'gi' && vowels.startsWith('i')) onset = 'g';
  const stop = /^(?:c|ch|p|t)$/.test(final);
  const mark = stop ? pick(random, STOP_TONES) : pick(random, TONE_MARKS);
  const letters = [...vowels];
  letters[toneAt] = `${letters[toneAt] ?? ''}${mark}`;
  return (onset + letters.join('') + final).normalize('NFC');
}

export type CaseStyle = 'lower' | 'title' | 'upper' | 'mixed';

function styled(word: string, style: CaseStyle, random: () => number): string {
  if (style === 'upper') return word.toUpperCase();
  if (style === 'lower') return word;
  if (style === 'title') return word.charAt(0).toUpperCase() + word.slice(1);
  return random() < 0.5 ? word : word.charAt(0).toUpperCase() + word.slice(1);
}

/** Random text of `min`..`max` syllables, separated by spaces (and now and then a comma). */
export function randomText(random: () => number, min: number, max: number, style: CaseStyle): string {
  const count = min + Math.floor(random() * (max - min + 1));
  const words: string[] = [];
  for (let i = 0; i < count; i++) {
    const sep = i === 0 ? '' : random() < 0.1 ? ', ' : ' ';
    words.push(sep + styled(randomSyllable(random), style, random));
  }
  return words.join('');
}

/**
 * Random text whose case TCVN3 can carry. TCVN3 keeps the case of ASCII letters and of Ă Â Ê Ô Ơ Ư Đ
 * only; toned capitals are recovered from the neighbours. A title-case word starting with a toned
 * capital ("Ánh") cannot be, so those words are written in lower case; all-capital cells get an
 * all-capital ASCII word, as real ones do ("UBND", "HTX"), which sets the style for one-letter words.
 */
export function tcvn3RecoverableText(random: () => number, min: number, max: number, style: CaseStyle): string {
  const text = randomText(random, min, max, style);
  if (style === 'upper') return `HTX ${text}`;
  return text.replace(/(^|[ ,])(\p{L})/gu, (whole, sep: string, first: string) =>
    /^[A-ZĂÂÊÔƠƯĐ]$/.test(first) || first === first.toLowerCase() ? whole : sep + first.toLowerCase(),
  );
}
