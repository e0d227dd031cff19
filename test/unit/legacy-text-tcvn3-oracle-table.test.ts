// The TCVN3 converter against the full Unikey table (GPL test data, read at run time): every letter in
// both directions, under both byte readings a spreadsheet reader may give (Windows-1252 / Latin-1).
import { describe, expect, it } from 'vitest';
import { bytesToByteString, type ByteReading } from '../../src-main/core/import/reader/text/byte-string.ts';
import { decodeTcvn3, encodeTcvn3 } from '../../src-main/core/import/reader/text/tcvn3.ts';
import { hexBytes, loadOracle } from '../helpers/legacy-text.ts';

const oracle = loadOracle();
const letters = oracle.chars.filter((c) => c.is_letter);
const symbols = oracle.chars.filter((c) => !c.is_letter);
const readings: ByteReading[] = ['cp1252', 'latin1'];
const asText = (hex: string, reading: ByteReading) => bytesToByteString(hexBytes(hex), reading);

/** Letters TCVN3 has a byte of their own for: all lower case, ASCII capitals and Ă Â Ê Ô Ơ Ư Đ. */
const caseIsInTheByte = (char: string) => char === char.toLowerCase() || /^[A-ZĂÂÊÔƠƯĐ]$/.test(char);

describe('TCVN3 against the Unikey table', () => {
  it('has the 186 letters and 27 symbols the README describes', () => {
    expect(letters).toHaveLength(186);
    expect(symbols).toHaveLength(27);
  });

  it.each(readings)('encodes every letter to the table bytes (%s reading)', (reading) => {
    for (const row of letters) {
      expect(encodeTcvn3(row.char, { reading }), `${row.char} ${row.unicode}`).toBe(asText(row.TCVN3, reading));
    }
  });

  it.each(readings)('decodes every letter whose case the byte carries (%s reading)', (reading) => {
    for (const row of letters.filter((r) => caseIsInTheByte(r.char))) {
      expect(decodeTcvn3(asText(row.TCVN3, reading)), `${row.TCVN3} → ${row.char}`).toBe(row.char);
    }
  });

  it.each(readings)('decodes every toned capital from its shared byte by font or neighbours (%s reading)', (reading) => {
    const capitals = letters.filter((r) => !caseIsInTheByte(r.char));
    expect(capitals).toHaveLength(60);
    for (const row of capitals) {
      const bytes = asText(row.TCVN3, reading);
      // Alone, the byte is the lower-case letter (the table's own decode direction).
      expect(decodeTcvn3(bytes)).toBe(row.char.toLowerCase());
      expect(decodeTcvn3(bytes, { capitalFont: true }), `${row.TCVN3} in .VnTimeH`).toBe(row.char);
      expect(decodeTcvn3(`T${bytes}NH`), `T${row.TCVN3}NH`).toBe(`T${row.char}NH`);
      expect(decodeTcvn3(`T${bytes}nh`)).toBe(`T${row.char.toLowerCase()}nh`);
    }
  });

  it('decodes every byte of the table decode map, and only those bytes are letters', () => {
    const decode = oracle.decode.TCVN3;
    expect(Object.keys(decode)).toHaveLength(74);
    for (const [hex, char] of Object.entries(decode)) {
      for (const reading of readings) expect(decodeTcvn3(asText(hex, reading)), hex).toBe(char);
    }
    // Every other byte from 0xA0 is shown as its Latin-1 character.
    for (let byte = 0xa0; byte <= 0xff; byte++) {
      const hex = byte.toString(16).toUpperCase();
      if (decode[hex] === undefined) expect(decodeTcvn3(String.fromCharCode(byte)), hex).toBe(String.fromCharCode(byte));
    }
  });

  it('agrees with the vietunicode column wherever that column uses one byte', () => {
    // That column writes toned capitals as capital base + lower-case toned byte ("A" B8 for Á), a form
    // typists did not produce (they used the capital-only fonts), so only its one-byte entries compare.
    let compared = 0;
    for (const row of letters) {
      const hex = row.TCVN3_vietunicode;
      if (hex === undefined || hex.includes(' ')) continue;
      compared++;
      expect(encodeTcvn3(row.char), row.char).toBe(asText(hex, 'cp1252'));
    }
    expect(compared).toBe(74); // 60 toned lower-case vowels, ă â ê ô ơ ư đ and their 7 capitals
  });

  it('maps the 0x80-0x9F symbols as Windows-1252 does (one documented difference)', () => {
    for (const row of symbols) {
      // Unikey lists 0x82 as U+20A1 (colón sign); Windows-1252, which the .VnTime fonts follow for
      // punctuation, has U+201A there. We follow Windows-1252.
      const expected = row.TCVN3 === '82' ? '\u201a' : row.char;
      for (const reading of readings) expect(decodeTcvn3(asText(row.TCVN3, reading)), row.TCVN3).toBe(expected);
      if (row.TCVN3 !== '82') expect(encodeTcvn3(row.char, { reading: 'latin1' })).toBe(asText(row.TCVN3, 'latin1'));
    }
  });

  it('reproduces the worked examples of the table file', () => {
    for (const ex of oracle.examples_generated_from_table) {
      expect(encodeTcvn3(ex.unicode)).toBe(ex.TCVN3_as_cp1252);
      expect(bytesToByteString(hexBytes(ex.TCVN3_hex))).toBe(ex.TCVN3_as_cp1252);
      expect(decodeTcvn3(ex.TCVN3_as_cp1252)).toBe(ex.unicode);
    }
  });
});
