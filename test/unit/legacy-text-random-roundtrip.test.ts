// Property: random Vietnamese text encoded to TCVN3 or VNI and decoded comes back unchanged, under
// both byte readings. Seeded, so a failure names a reproducible case.
import { describe, expect, it } from 'vitest';
import { type ByteReading, withReading } from '../../src-main/core/import/reader/text/byte-string.ts';
import { decodeTcvn3, encodeTcvn3 } from '../../src-main/core/import/reader/text/tcvn3.ts';
import { decodeVni, encodeVni } from '../../src-main/core/import/reader/text/vni.ts';
import { randomText, seededRandom, tcvn3RecoverableText } from '../helpers/legacy-text.ts';

const RUNS = 2000;
const readings: ByteReading[] = ['cp1252', 'latin1'];

describe('random Vietnamese text round trip', () => {
  it.each(readings)('VNI: decode(encode(text)) is the text, any case (%s reading)', (reading) => {
    const random = seededRandom(0x5eed01);
    for (let i = 0; i < RUNS; i++) {
      const style = (['lower', 'title', 'upper', 'mixed'] as const)[i % 4] ?? 'lower';
      const text = randomText(random, 1, 8, style);
      const encoded = encodeVni(text, { reading });
      expect(encoded, text).not.toContain('?');
      expect(decodeVni(encoded), `${i}: ${text}`).toBe(text);
    }
  });

  it.each(readings)('TCVN3: decode(encode(text)) is the text when its case is recoverable (%s reading)', (reading) => {
    const random = seededRandom(0x5eed02);
    for (let i = 0; i < RUNS; i++) {
      const style = (['lower', 'title', 'upper', 'mixed'] as const)[i % 4] ?? 'lower';
      const text = tcvn3RecoverableText(random, 1, 6, style);
      const encoded = encodeTcvn3(text, { reading });
      expect(encoded, text).not.toContain('?');
      expect(decodeTcvn3(encoded), `${i}: ${text}`).toBe(text);
    }
  });

  it('TCVN3 in a capital-only font: decode(encode(text)) is the text in capitals, any case', () => {
    const random = seededRandom(0x5eed03);
    for (let i = 0; i < RUNS; i++) {
      const text = randomText(random, 1, 8, 'mixed');
      expect(decodeTcvn3(encodeTcvn3(text), { capitalFont: true }), text).toBe(text.toUpperCase());
    }
  });

  it('re-reading a byte string under the other convention changes nothing after decoding', () => {
    const random = seededRandom(0x5eed04);
    for (let i = 0; i < 200; i++) {
      const text = `${randomText(random, 1, 4, 'lower')} – “${randomText(random, 1, 3, 'lower')}” …`;
      for (const reading of readings) {
        expect(decodeTcvn3(withReading(encodeTcvn3(text), reading))).toBe(text);
        expect(decodeVni(withReading(encodeVni(text), reading))).toBe(text);
      }
    }
  });
});
