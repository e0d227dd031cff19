/** Vietnamese tone placement: the old style ("Hòa", "Thủy") most legacy files use, and the new ("Hoà", "Thuỷ"). */
const TONE = '[\u0300\u0301\u0303\u0309\u0323]';
const OLD_OA = new RegExp(`([oO])(${TONE})([aAeE])(?![\\p{L}\u0300-\u036f])`, 'gu');
const OLD_UY = new RegExp(`([uU])(${TONE})([yY])(?![\\p{L}\u0300-\u036f])`, 'gu');

/** New-style tone placement on an open syllable: "Hòa" → "Hoà", "Thủy" → "Thuỷ" ("Hoàng" stays). */
export function newTonePlacement(s: string): string {
  return s.normalize('NFD').replace(OLD_OA, '$1$3$2').replace(OLD_UY, '$1$3$2').normalize('NFC');
}
