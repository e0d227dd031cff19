/**
 * TCVN3 (ABC) and VNI-Windows text as a legacy workbook stores it: the legacy bytes shown as the Windows-1252
 * characters Excel keeps in the cell ("Hợp tác xã" → "Hîp t¸c x·" / "Hôïp taùc xaõ").
 *
 * TEST DATA ONLY: the tables come from shared/data/encodings/vn_legacy_charsets.unikey.json, extracted from
 * Unikey (GPL-2.0-or-later). Never import this file from src-main.
 */
import fs from 'node:fs';
import path from 'node:path';

export type LegacyCharset = 'TCVN3' | 'VNI-WIN';

interface CharRow {
  char: string;
  is_letter: boolean;
  TCVN3: string | null;
  'VNI-WIN': string | null;
}
interface Table {
  chars: CharRow[];
}

export const CHARSET_TABLE = path.resolve(import.meta.dirname, '../../../../shared/data/encodings/vn_legacy_charsets.unikey.json');

interface Maps {
  encode: Map<string, string>;
  /** Legacy strings (1 or 2 chars) → Unicode, longest first when decoding. */
  decode: Map<string, string>;
}

const cache = new Map<LegacyCharset, Maps>();

/** "48 EE" → "Hî": each byte as the Windows-1252/Latin-1 character of that code (all letters are ≥ 0xA0). */
function bytesToText(hex: string): string {
  return hex
    .split(' ')
    .map((h) => String.fromCharCode(parseInt(h, 16)))
    .join('');
}

function maps(charset: LegacyCharset): Maps {
  const hit = cache.get(charset);
  if (hit) return hit;
  const table = JSON.parse(fs.readFileSync(CHARSET_TABLE, 'utf8')) as Table;
  const encode = new Map<string, string>();
  const decode = new Map<string, string>();
  for (const row of table.chars) {
    const hex = row[charset];
    if (!row.is_letter || hex === null) continue;
    const text = bytesToText(hex);
    encode.set(row.char, text);
    // TCVN3 gives a capital toned letter the byte of the small one: decoding keeps the small letter.
    if (!decode.has(text) || row.char === row.char.toLowerCase()) decode.set(text, row.char);
  }
  const made = { encode, decode };
  cache.set(charset, made);
  return made;
}

/** Unicode → the legacy text a typist of that font produced. Characters the table lacks pass through. */
export function encodeLegacy(text: string, charset: LegacyCharset): string {
  const { encode } = maps(charset);
  let out = '';
  for (const ch of text.normalize('NFC')) out += encode.get(ch) ?? ch;
  return out;
}

/**
 * Legacy text → Unicode by the table, longest match first. TCVN3 capitals are lost in the bytes: the result
 * has small toned letters where the typist used a capitals font (.VnTimeH).
 */
export function decodeLegacy(text: string, charset: LegacyCharset): string {
  const { decode } = maps(charset);
  let out = '';
  for (let i = 0; i < text.length;) {
    const two = text.slice(i, i + 2);
    const hitTwo = two.length === 2 ? decode.get(two) : undefined;
    if (hitTwo !== undefined) {
      out += hitTwo;
      i += 2;
      continue;
    }
    const one = text.charAt(i);
    out += decode.get(one) ?? one;
    i += 1;
  }
  return out;
}
