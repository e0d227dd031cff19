// VNI writes a base letter followed by mark bytes; the decoder must take the longest sequence, so
// "ôï" is ợ (ơ + dot below), never ơ followed by a stray "ï".
import { describe, expect, it } from 'vitest';
import { fixLegacyText } from '../../src-main/core/import/reader/text/detect.ts';
import { decodeVni, encodeVni } from '../../src-main/core/import/reader/text/vni.ts';

describe('VNI longest match', () => {
  it('reads ơ/ư followed by a tone mark as one letter', () => {
    expect(decodeVni('ôï')).toBe('ợ');
    expect(decodeVni('Hôïp')).toBe('Hợp');
    expect(decodeVni('öù')).toBe('ứ');
    expect(decodeVni('ÔÏ')).toBe('Ợ');
    expect(decodeVni('Phöôøng')).toBe('Phường');
    expect(decodeVni('PHÖÔØNG')).toBe('PHƯỜNG');
  });

  it('reads a vowel followed by a hat-and-tone mark as one letter', () => {
    expect(decodeVni('nghieäp')).toBe('nghiệp');
    expect(decodeVni('aê')).toBe('ă');
    expect(decodeVni('aë')).toBe('ặ');
    expect(decodeVni('Ñaék Laék')).toBe('Đắk Lắk');
    expect(decodeVni('Quyõ')).toBe('Quỹ');
  });

  it('keeps the single-byte letters single', () => {
    expect(decodeVni('tænh')).toBe('tỉnh');
    expect(decodeVni('tín')).toBe('tín');
    expect(decodeVni('ñoàng')).toBe('đồng');
    expect(decodeVni('î')).toBe('ỵ');
    expect(decodeVni('Î')).toBe('Ỵ');
  });

  it('leaves a mark byte with no base before it as it is', () => {
    expect(decodeVni('ù')).toBe('ù');
    expect(decodeVni('tù')).toBe('tù');
  });

  it('takes the case from the base letter even if the mark is of the other case', () => {
    expect(decodeVni('AÙ')).toBe('Á');
    expect(decodeVni('Aù')).toBe('Á');
    expect(decodeVni('aÙ')).toBe('á');
  });

  it('writes ơ/ư + tone as base byte + mark byte', () => {
    expect(encodeVni('ợ')).toBe('ôï');
    expect(encodeVni('Ư')).toBe('Ö');
    expect(encodeVni('Hợp tác xã')).toBe('Hôïp taùc xaõ');
  });

  it('converts a VNI cell through the cell API', () => {
    expect(fixLegacyText('Hôïp taùc xaõ')).toMatchObject({ text: 'Hợp tác xã', encoding: 'vni' });
  });
});
