/**
 * The Vietnamese alphabet as (base letter, tone) pairs. Both legacy charsets are organised this way:
 * TCVN3 gives every toned lower-case vowel its own byte in a fixed tone order, and VNI writes a base
 * letter followed by a mark byte. Building the letters from Unicode combining marks (and NFC) keeps the
 * converters free of hand-typed precomposed tables that could hide a typo.
 */

/** Tones in the order TCVN3 lays out its toned vowels: none, huyền, hỏi, ngã, sắc, nặng. */
export const TONES = ['none', 'grave', 'hook', 'tilde', 'acute', 'dot'] as const;
export type Tone = (typeof TONES)[number];

/** Combining mark of each tone (none has no mark). */
export const TONE_MARK: Readonly<Record<Tone, string>> = {
  none: '',
  grave: '\u0300',
  hook: '\u0309',
  tilde: '\u0303',
  acute: '\u0301',
  dot: '\u0323',
};

const TONE_OF_MARK = new Map<string, Tone>(TONES.filter((t) => t !== 'none').map((t) => [TONE_MARK[t], t] as const));

/** The twelve vowel letters that take tones, lower case, in alphabet order. */
export const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'] as const;
export type Vowel = (typeof VOWELS)[number];

/** Vowel + tone as one NFC character ("ơ", "acute" → "ớ"). */
export function composeVowel(vowel: string, tone: Tone): string {
  return (vowel + TONE_MARK[tone]).normalize('NFC');
}

/** One letter split into its toneless lower-case base, its tone and its case. */
export interface LetterParts {
  /** Lower-case letter without tone: "a".."z", "ă", "â", "đ", "ê", "ô", "ơ", "ư" (or any other letter). */
  base: string;
  tone: Tone;
  upper: boolean;
}

/** letterParts results by character: text repeats a few dozen letters millions of times. */
const PARTS_CACHE = new Map<string, LetterParts | null>();
const PARTS_CACHE_LIMIT = 10_000;

/**
 * Split one NFC character into base, tone and case; undefined when it is not a letter or carries two
 * tones. "Ờ" → { base: "ơ", tone: "grave", upper: true }.
 */
export function letterParts(char: string): LetterParts | undefined {
  const cached = PARTS_CACHE.get(char);
  if (cached !== undefined) return cached ?? undefined;
  const parts = computeLetterParts(char);
  if (PARTS_CACHE.size >= PARTS_CACHE_LIMIT) PARTS_CACHE.clear();
  PARTS_CACHE.set(char, parts ?? null);
  return parts;
}

function computeLetterParts(char: string): LetterParts | undefined {
  const lower = char.toLowerCase();
  if (!/^\p{L}$/u.test(char) || lower.length !== char.length) return undefined;
  let tone: Tone = 'none';
  let rest = '';
  for (const c of lower.normalize('NFD')) {
    const t = TONE_OF_MARK.get(c);
    if (t === undefined) rest += c;
    else if (tone === 'none') tone = t;
    else return undefined;
  }
  return { base: rest.normalize('NFC'), tone, upper: lower !== char };
}
