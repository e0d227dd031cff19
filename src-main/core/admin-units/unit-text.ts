// Turns one part of a legacy address as written ("TP. Hòa Bình", "huyen ky son", "P.1", "Xã Hợp Thịnh")
// into keys to look up, with the unit type the prefix implies.
//
// Stripping prefixes is riskier than it looks, because real names start with the same letters:
// "Xã Xà Phìn", "Xã Quan Sơn", "Phường Phương Lâm", "Thị trấn Tĩnh Túc", even "Phường Phường Đúc". So a
// prefix written with diacritics is only stripped when its diacritics are right ("Quan Sơn" keeps its
// "Quan"; "Huyen Đà Bắc" is still tried stripped, second), and the text as written is always kept as an
// alternative for the caller to try.
import { compactKey, foldText } from './fold.ts';

export type UnitLevel = 'province' | 'district' | 'commune';

export interface UnitTextAlternative {
  /** compactKey of the name to look up */
  readonly key: string;
  /** the name lower-cased with its diacritics (NFC), to prefer exact spellings; '' if written without */
  readonly exact: string;
  /** the type named by a stripped prefix, e.g. 'Huyện' */
  readonly typeHint: string | null;
}

interface Prefix {
  /** lower-case with diacritics as it should be written */
  readonly written: string;
  readonly type: string;
  /**
   * Abbreviations: "TP Hòa Bình", "TX. Kỳ Anh", "Q.1", "P1". A one-letter one needs a dot or a number
   * after it, since names start with single letters too ("Xã H Bông", "Thị trấn P Rao").
   */
  readonly abbreviation: boolean;
}

const word = (written: string, type: string): Prefix => ({ written, type, abbreviation: false });
const abbr = (written: string, type: string): Prefix => ({ written, type, abbreviation: true });

// Longest first, so "thị xã" wins over a hypothetical "thị".
const PREFIXES: Record<UnitLevel, readonly Prefix[]> = {
  province: [word('thành phố', 'Thành phố'), word('thủ đô', 'Thành phố'), word('tỉnh', 'Tỉnh'), abbr('tp', 'Thành phố'), abbr('t', 'Tỉnh')],
  district: [
    word('thành phố', 'Thành phố'),
    word('thị xã', 'Thị xã'),
    word('huyện', 'Huyện'),
    word('quận', 'Quận'),
    abbr('tp', 'Thành phố'),
    abbr('tx', 'Thị xã'),
    abbr('h', 'Huyện'),
    abbr('q', 'Quận'),
  ],
  commune: [
    word('thị trấn', 'Thị trấn'),
    word('phường', 'Phường'),
    word('xã', 'Xã'),
    abbr('tt', 'Thị trấn'),
    abbr('p', 'Phường'),
    abbr('x', 'Xã'),
  ],
};

// Names of old provinces as people still write them, by compactKey.
export const PROVINCE_ALIASES: ReadonlyMap<string, string> = new Map([
  ['hcm', 'Hồ Chí Minh'],
  ['tphcm', 'Hồ Chí Minh'],
  ['saigon', 'Hồ Chí Minh'],
  ['thuathienhue', 'Huế'], // the province became "Thành phố Huế" on 01/01/2025
  ['brvt', 'Bà Rịa - Vũng Tàu'],
]);

const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

function hasDiacritics(text: string): boolean {
  return foldText(text) !== text.toLowerCase();
}

/**
 * Length of the prefix at the start of `lowered` (NFC, lower-case), or 0; `trusted` is false when the
 * text has diacritics but the prefix is written without them: "Quan Sơn" is more likely a name than
 * "Quận Sơn", yet "Huyen Đà Bắc" is a district typed half without marks.
 */
function prefixAt(lowered: string, folded: string, p: Prefix, strictMarks: boolean): { length: number; trusted: boolean } {
  const none = { length: 0, trusted: false };
  const foldedPrefix = foldText(p.written);
  if (!folded.startsWith(foldedPrefix)) return none;
  const rest = folded.slice(foldedPrefix.length);
  if (p.abbreviation && foldedPrefix.length === 1) {
    if (!/^(\.|\s*\d)/.test(rest)) return none;
  } else if (!/^[\s.]/.test(rest)) {
    return none;
  }
  // Folding never changes the length of these prefixes, so the slice of the NFC text lines up.
  const trusted = !strictMarks || p.abbreviation || lowered.slice(0, p.written.length) === p.written;
  return { length: foldedPrefix.length, trusted };
}

/**
 * Alternatives in the order to try them: the name with its prefix stripped (when one was found) and
 * the text as written, the other way round when the prefix is not trusted. Empty when nothing usable
 * was written.
 */
export function parseUnitText(text: string | null | undefined, level: UnitLevel): UnitTextAlternative[] {
  // Invisible characters go first: foldText drops them, and the prefix slicing below needs the folded
  // and the written text to have the same length.
  const lowered = (text ?? '').replace(INVISIBLE, '').normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
  if (compactKey(lowered) === '') return [];
  const folded = foldText(lowered);
  const strictMarks = hasDiacritics(lowered);
  const exactOf = (s: string): string => (strictMarks ? s.replace(/^[\s.]+/, '').trim() : '');

  const whole: UnitTextAlternative = { key: compactKey(lowered), exact: exactOf(lowered), typeHint: null };
  for (const p of PREFIXES[level]) {
    const { length, trusted } = prefixAt(lowered, folded, p, strictMarks);
    if (length === 0) continue;
    const rest = lowered.slice(length);
    if (compactKey(rest) === '') break;
    const stripped: UnitTextAlternative = { key: compactKey(rest), exact: exactOf(rest), typeHint: p.type };
    return trusted ? [stripped, whole] : [whole, stripped];
  }
  return [whole];
}
