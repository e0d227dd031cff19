// Search keys for Vietnamese place names. Clerks type without diacritics, with either tone-mark
// placement ("Hòa" / "Hoà"), in any case, with hyphens or dots; all of these must compare equal.
import { foldVietnamese } from '../../shared/text-fold.ts';

/**
 * The app-wide fold (no diacritics, đ→d, lower case, spaces collapsed), so a commune found here is
 * found the same way in the grids' search box.
 */
export function foldText(text: string): string {
  return foldVietnamese(text);
}

/**
 * foldText plus punctuation treated as spaces and leading zeros dropped, so "Bà Rịa - Vũng Tàu",
 * "ba ria vung tau" and "Ba Ria-Vung Tau" give one key, and "Phường 01" matches "Phường 1".
 */
export function placeKey(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/(^| )0+(?=\d)/g, '$1')
    .trim();
}

/**
 * placeKey without spaces, for equality tests: names of ethnic-minority origin are written both split
 * and joined ("H' Neng" / "HNeng", "Ea H'Leo" / "Ea Hleo", "Sa Pa" / "Sapa").
 */
export function compactKey(text: string): string {
  return placeKey(text).replace(/ /g, '');
}
