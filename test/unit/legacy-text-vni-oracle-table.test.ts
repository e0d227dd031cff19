// The VNI-Windows converter against the full Unikey table (GPL test data, read at run time): every
// letter in both directions, under both byte readings.
import { describe, expect, it } from 'vitest';
import { bytesToByteString, type ByteReading } from '../../src-main/core/import/reader/text/byte-string.ts';
import { decodeVni, encodeVni } from '../../src-main/core/import/reader/text/vni.ts';
import { hexBytes, loadOracle } from '../helpers/legacy-text.ts';

const oracle = loadOracle();
const letters = oracle.chars.filter((c) => c.is_letter);
const symbols = oracle.chars.filter((c) => !c.is_letter);
const readings: ByteReading[] = ['cp1252', 'latin1'];
const asText = (hex: string, reading: ByteReading) => bytesToByteString(hexBytes(hex), reading);

describe('VNI-Windows against the Unikey table', () => {
  it.each(readings)('encodes every letter to the table bytes (%s reading)', (reading) => {
    for (const row of letters) {
      expect(encodeVni(row.char, { reading }), `${row.char} ${row.unicode}`).toBe(asText(row['VNI-WIN'], reading));
    }
  });

  it.each(readings)('decodes every letter from the table bytes, case included (%s reading)', (reading) => {
    for (const row of letters) {
      expect(decodeVni(asText(row['VNI-WIN'], reading)), `${row['VNI-WIN']} → ${row.char}`).toBe(row.char);
    }
  });

  it('decodes every sequence of the table decode map, also inside words', () => {
    const decode = oracle.decode['VNI-WIN'];
    expect(Object.keys(decode)).toHaveLength(134);
    for (const [hex, char] of Object.entries(decode)) {
      const bytes = asText(hex, 'cp1252');
      expect(decodeVni(bytes), hex).toBe(char);
      expect(decodeVni(`ng${bytes}n`), `ng ${hex} n`).toBe(`ng${char}n`);
    }
  });

  it('maps the 0x80-0x9F symbols as Windows-1252 does (one documented difference)', () => {
    for (const row of symbols) {
      // Unikey lists 0x82 as U+20A1; Windows-1252 (and the VNI fonts) have U+201A there.
      const expected = row['VNI-WIN'] === '82' ? '\u201a' : row.char;
      for (const reading of readings) expect(decodeVni(asText(row['VNI-WIN'], reading))).toBe(expected);
      if (row['VNI-WIN'] !== '82') expect(encodeVni(row.char, { reading: 'latin1' })).toBe(asText(row['VNI-WIN'], 'latin1'));
    }
  });

  it('reproduces the worked examples of the table file', () => {
    for (const ex of oracle.examples_generated_from_table) {
      expect(encodeVni(ex.unicode)).toBe(ex['VNI-WIN_as_cp1252']);
      expect(bytesToByteString(hexBytes(ex['VNI-WIN_hex']))).toBe(ex['VNI-WIN_as_cp1252']);
      expect(decodeVni(ex['VNI-WIN_as_cp1252'])).toBe(ex.unicode);
    }
  });
});
