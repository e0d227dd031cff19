/**
 * Is a word a possible Vietnamese syllable? Detection leans on this: TCVN3 and VNI bytes read as
 * Latin-1 give "words" such as "Hîp" or "taùc" that no Vietnamese spelling allows, and decoding them
 * gives syllables that it does, while Latin-1 words of other languages ("Müller", "Café", "naïve")
 * stay impossible under every reading. The check is spelling, not vocabulary: onset + rhyme from the
 * inventory below, one tone at most, only sắc or nặng on rhymes ending in a stop (p t c ch), and the
 * tone on a vowel that can carry it — reading one encoding as the other often lands it elsewhere
 * (VNI "nhaû" read as TCVN3 is "nhaỷ", not "nhả").
 */
import { letterParts, type Tone } from './vietnamese-letters.ts';

/** Initial consonants, plus the r/l clusters of Central Highlands place names ("Krông", "Đrắk"). */
const ONSETS = [
  '',
  'b',
  'c',
  'ch',
  'd',
  'đ',
  'g',
  'gh',
  'gi',
  'h',
  'k',
  'kh',
  'l',
  'm',
  'n',
  'ng',
  'ngh',
  'nh',
  'p',
  'ph',
  'qu',
  'r',
  's',
  't',
  'th',
  'tr',
  'v',
  'x',
  'bl',
  'br',
  'dr',
  'đr',
  'gl',
  'gr',
  'kl',
  'kr',
  'pl',
  'pr',
];

/**
 * Rhymes without tone. "k" finals come from place names ("Đắk Lắk", "Búk"); "oo" only before ng/c
 * ("xoong", "moóc"), so "oo" alone, as in the TCVN3 reading of "São", is not a rhyme.
 */
const RHYMES = new Set(
  `a ai ao au ay ac ach am an ang anh ap at ak
   ăc ăm ăn ăng ăp ăt ăk
   âc âm ân âng âp ât âu ây âk
   e eo ec em en eng ep et ek
   ê êu êch êm ên ênh êp êt êk
   i ia iu ich im in inh ip it ik iêc iêm iên iêng iêp iêt iêu
   y yêm yên yêng yêt yêu
   o oi oc om on ong op ot ok ooc oong
   ô ôi ôc ôm ôn ông ôp ôt ôk
   ơ ơi ơm ơn ơp ơt ơk
   u ua ui uc um un ung up ut uk uôc uôi uôm uôn uông uôt
   ư ưa ưi ưu ưc ưm ưn ưng ưt ươc ươi ươm ươn ương ươp ươt ươu
   oa oai oao oay oac oach oam oan oang oanh oap oat oăc oăm oăn oăng oăt oe oeo oen oet
   uân uâng uât uây uê uêch uênh uơ uy uya uych uyn uynh uyp uyt uyu uyên uyêt`
    .split(/\s+/)
    .filter((r) => r !== ''),
);

const STOP_FINAL = /(?:p|t|c|ch|k)$/;

/** A word reduced to its lower-case toneless spelling, its tone and where the tone sits. */
export interface SyllableParts {
  base: string;
  tone: Tone;
  /** Index in `base` of the letter carrying the tone; -1 without tone. */
  toneAt: number;
}

/**
 * Split a word into toneless lower-case base and tone; undefined if a character is not a letter or the
 * word has two tones. "Hoà" → { base: "hoa", tone: "grave", toneAt: 2 }.
 */
export function syllableParts(word: string): SyllableParts | undefined {
  let base = '';
  let tone: Tone = 'none';
  let toneAt = -1;
  for (const ch of word.normalize('NFC')) {
    const parts = letterParts(ch);
    if (parts === undefined || parts.base.length !== 1) return undefined;
    if (parts.tone !== 'none') {
      if (tone !== 'none') return undefined;
      tone = parts.tone;
      toneAt = base.length;
    }
    base += parts.base;
  }
  return base === '' ? undefined : { base, tone, toneAt };
}

function rhymeAllowed(rhyme: string, tone: Tone): boolean {
  if (!RHYMES.has(rhyme)) return false;
  // Loanword rhymes: "xoong", "boong" have no tone; "moóc", "soóc" take sắc.
  if (rhyme === 'oong') return tone === 'none';
  if (rhyme === 'ooc') return tone === 'acute';
  return !STOP_FINAL.test(rhyme) || tone === 'acute' || tone === 'dot';
}

const VOWEL_LETTERS = 'aăâeêioôơuưy';
const HATTED = 'ăâêôơư';
/** Open two-vowel rhymes whose tone may sit on either vowel (old "hòa" / new "hoà" placement). */
const EITHER_PLACEMENT = new Set(['oa', 'oe', 'uy']);

/** Can the tone sit on letter `at` of this rhyme (onset already removed)? */
function tonePlacementAllowed(rhyme: string, at: number): boolean {
  let n = 0;
  while (n < rhyme.length && VOWEL_LETTERS.includes(rhyme.charAt(n))) n++;
  if (at < 0 || at >= n) return false;
  // A hatted vowel takes the tone; in "ươ", "uô", "iê", "uyê" the last one.
  let lastHatted = -1;
  for (let i = 0; i < n; i++) if (HATTED.includes(rhyme.charAt(i))) lastHatted = i;
  if (lastHatted >= 0) return at === lastHatted;
  if (n === 1) return true;
  if (n < rhyme.length) return at === n - 1; // a final consonant follows: "hoàn", "huýt"
  if (n === 3) return at === 1; // "ngoài", "khuỷu", "ngoẹo"
  return at === 0 || EITHER_PLACEMENT.has(rhyme.slice(0, 2)); // "mái", "múa"; "hòa" / "hoà"
}

/** True when the parts spell a possible Vietnamese syllable. */
export function isSyllableParts({ base, tone, toneAt }: SyllableParts): boolean {
  if (!/^[a-zăâđêôơư]+$/.test(base)) return false;
  // Every matching onset is tried, not only the longest: "gì" is g+ì while "già" is gi+à.
  for (const onset of ONSETS) {
    if (!base.startsWith(onset)) continue;
    const rhyme = base.slice(onset.length);
    // After "qu" the u is the rhyme's glide: "quỳnh" spells the rhyme "uynh".
    const spelled = onset === 'qu' && !RHYMES.has(rhyme) ? `u${rhyme}` : rhyme;
    if (!rhymeAllowed(spelled, tone)) continue;
    if (tone === 'none' || tonePlacementAllowed(rhyme, toneAt - onset.length)) return true;
  }
  return false;
}

/** True when the word (any case) spells a possible Vietnamese syllable. */
export function isVietnameseSyllable(word: string): boolean {
  const parts = syllableParts(word);
  return parts !== undefined && isSyllableParts(parts);
}

/** Lookup key that ignores case and tone-mark placement: "Hoà", "hòa", "HOÀ" → "hoa|grave". */
export function syllableKey(parts: SyllableParts): string {
  return `${parts.base}|${parts.tone}`;
}
