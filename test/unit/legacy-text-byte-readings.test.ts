// A reader shows legacy bytes 0x80-0x9F either as Windows-1252 characters ("€", "‚", "ƒ") or as C1
// controls (Latin-1). Both must decode, and the same; above 0x9F the two readings agree.
import { describe, expect, it } from 'vitest';
import { byteStringToBytes, bytesToByteString, isByteString, withReading } from '../../src-main/core/import/reader/text/byte-string.ts';
import { fixLegacyText } from '../../src-main/core/import/reader/text/detect.ts';
import { decodeTcvn3, encodeTcvn3 } from '../../src-main/core/import/reader/text/tcvn3.ts';
import { decodeVni, encodeVni } from '../../src-main/core/import/reader/text/vni.ts';

const ALL_BYTES = Uint8Array.from({ length: 256 }, (_, i) => i);

describe('byte readings', () => {
  it('turns either reading back into the same bytes', () => {
    const cp1252 = bytesToByteString(ALL_BYTES, 'cp1252');
    const latin1 = bytesToByteString(ALL_BYTES, 'latin1');
    expect(cp1252.slice(0x80, 0x84)).toBe('€\u0081‚ƒ');
    expect(latin1.slice(0x80, 0x84)).toBe('\u0080\u0081\u0082\u0083');
    expect(byteStringToBytes(cp1252)).toEqual(ALL_BYTES);
    expect(byteStringToBytes(latin1)).toEqual(ALL_BYTES);
    expect(withReading(latin1, 'cp1252')).toBe(cp1252);
    expect(withReading(cp1252, 'latin1')).toBe(latin1);
  });

  it('says a string with characters beyond both readings is not bytes', () => {
    expect(isByteString('Hîp t¸c x· – “2024”')).toBe(true);
    expect(isByteString('Hợp')).toBe(false);
    expect(byteStringToBytes('Hợp')).toBeUndefined();
  });

  it('decodes 0x80-0x9F the same under both readings, as the Windows-1252 punctuation', () => {
    const tcvn3 = 'Hîp t¸c x· \u0093Th\u00ad¬ng m¹i\u0094 \u0096 2024';
    const expected = 'Hợp tác xã “Thương mại” – 2024';
    expect(decodeTcvn3(tcvn3)).toBe(expected);
    expect(decodeTcvn3(withReading(tcvn3, 'cp1252'))).toBe(expected);
    expect(fixLegacyText(tcvn3).text).toBe(expected);
    expect(fixLegacyText(withReading(tcvn3, 'cp1252')).text).toBe(expected);
    const vni = 'Hôïp taùc xaõ \u0093Thöông maïi\u0094';
    expect(decodeVni(vni)).toBe('Hợp tác xã “Thương mại”');
    expect(decodeVni(withReading(vni, 'cp1252'))).toBe('Hợp tác xã “Thương mại”');
  });

  it('encodes to the requested reading, and marks what the charset cannot hold', () => {
    expect(encodeTcvn3('“Hợp”', { reading: 'latin1' })).toBe('\u0093Hîp\u0094');
    expect(encodeTcvn3('“Hợp”')).toBe('“Hîp”');
    expect(encodeTcvn3('北京 Ü')).toBe('?? ?');
    expect(encodeVni('北京 ü', { replacement: '_' })).toBe('__ _');
  });
});
