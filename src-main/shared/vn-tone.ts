/**
 * Tone mark placement. Vietnamese has two accepted habits for where the tone mark sits in the open
 * syllables oa, oe, uy: the older one on the first vowel ("hòa", "khỏe", "thủy", "ủy") and the newer one on
 * the second ("hoà", "khoẻ", "thuỷ", "uỷ"). Both are correct, both appear in the office's files, and they
 * are different code points even after NFC, so names only match once placement is made uniform.
 * Misplaced marks from careless typing ("Qúy" for "Quý", "gìa" for "già") are repaired by the same rule.
 *
 * Rule used, per syllable, on the vowel cluster (after the initial consonant, where "qu" and "gi" followed
 * by a vowel count as consonants):
 *   1. a vowel with its own mark (ă â ê ô ơ ư) takes the tone; with two ("ươ") the last one does;
 *   2. a single vowel takes it;
 *   3. with a final consonant, the last vowel of the cluster ("hoàng", "quỳnh", "toán");
 *   4. three open vowels: the middle one ("ngoài", "xoáy", "khuỷu");
 *   5. two open vowels: the first ("mùa", "mía", "cái"), except oa, oe, uy in the chosen style.
 * Only words shaped like one Vietnamese syllable (known initial, ≤ 3 vowels, known final) with exactly one
 * tone mark are touched, so foreign words ("café") and odd text pass through unchanged.
 */

import { remembered } from './memo.ts';

export type ToneStyle = 'new' | 'old';

const TONE_MARKS = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']); // huyền, sắc, ngã, hỏi, nặng
const VOWELS = new Set([...'aăâeêioôơuưy']);
const OWN_MARK = new Set([...'ăâêôơư']);
const INITIALS = new Set([
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
]);
const FINALS = new Set(['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't']);
const SECOND_IN_NEW_STYLE = new Set(['oa', 'oe', 'uy']);

/** Index inside the vowel cluster that carries the tone. */
function tonePosition(cluster: readonly string[], hasFinal: boolean, style: ToneStyle): number {
  let lastMarked = -1;
  cluster.forEach((ch, i) => {
    if (OWN_MARK.has(ch)) lastMarked = i;
  });
  if (lastMarked >= 0) return lastMarked;
  if (cluster.length === 1) return 0;
  if (hasFinal) return cluster.length - 1;
  if (cluster.length === 3) return 1;
  return style === 'new' && SECOND_IN_NEW_STYLE.has(cluster.join('')) ? 1 : 0;
}

function placeInSyllable(word: string, style: ToneStyle): string {
  const nfd = word.normalize('NFD');
  const tones = [...nfd].filter((c) => TONE_MARKS.has(c));
  const tone = tones[0];
  if (tones.length !== 1 || tone === undefined) return word;
  const chars = [
    ...[...nfd]
      .filter((c) => !TONE_MARKS.has(c))
      .join('')
      .normalize('NFC'),
  ];
  const lower = chars.map((c) => c.toLowerCase());
  let start = lower.findIndex((c) => VOWELS.has(c));
  if (start < 0) return word;
  // In "quý" and "già" the u and i belong to the consonant, unless no other vowel follows ("gì").
  if (start === 1 && (lower[0] === 'q' || lower[0] === 'g') && lower[1] === (lower[0] === 'q' ? 'u' : 'i') && VOWELS.has(lower[2] ?? '')) {
    start = 2;
  }
  let end = start;
  while (end < lower.length && VOWELS.has(lower[end] ?? '')) end++;
  const initial = lower.slice(0, start).join('');
  const final = lower.slice(end).join('');
  if (!INITIALS.has(initial) || !FINALS.has(final) || end - start > 3) return word;
  const at = start + tonePosition(lower.slice(start, end), final !== '', style);
  return chars
    .map((c, i) => (i === at ? c.normalize('NFD') + tone : c))
    .join('')
    .normalize('NFC');
}

/**
 * Syllables already placed, per style: an import of 100,000 names repeats the same few thousand syllables,
 * and placing one costs two normalizations. (A file of foreign words must not grow this forever: bounded.)
 */
const PLACED: Record<ToneStyle, (word: string) => string> = {
  new: remembered(50_000, (word: string) => placeInSyllable(word, 'new')),
  old: remembered(50_000, (word: string) => placeInSyllable(word, 'old')),
};

/** One word (letters and marks only, NFC) with its tone mark in the style's position. */
export function placeToneInWord(word: string, style: ToneStyle = 'new'): string {
  return PLACED[style](word);
}

/**
 * Rewrites every syllable with its tone mark in the chosen style's position; returns NFC.
 * placeToneMarks("Hòa Bình", 'new') → "Hoà Bình"; placeToneMarks("Thuỷ", 'old') → "Thủy".
 */
export function placeToneMarks(text: string, style: ToneStyle = 'new'): string {
  return text.normalize('NFC').replace(/[\p{L}\p{M}]+/gu, (word) => placeToneInWord(word, style));
}
