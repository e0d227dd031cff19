import { describe, expect, it } from 'vitest';
import { excelSerialToIso, isoToExcelSerial } from '../../src-main/shared/index.ts';

describe('Excel date serials in the 1900 system (with the 1900 leap-year bug)', () => {
  it.each([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [367, '1901-01-01'],
    [25569, '1970-01-01'],
    [36526, '2000-01-01'],
    [43539, '2019-03-15'],
    [45657, '2024-12-31'],
    [2_958_465, '9999-12-31'],
  ])('%s → %s', (serial, iso) => {
    expect(excelSerialToIso(serial)).toEqual({ ok: true, value: iso });
    expect(isoToExcelSerial(iso)).toBe(serial);
  });

  it('refuses serial 60, the 29/02/1900 that never existed', () => {
    const r = excelSerialToIso(60);
    expect(r).toMatchObject({ ok: false, code: 'excel-1900-leap-bug' });
    if (!r.ok) expect(r.reason).toMatch(/29\/02\/1900/);
  });

  it('drops the time of day, rounding to the millisecond first', () => {
    expect(excelSerialToIso(43539.75)).toEqual({ ok: true, value: '2019-03-15' });
    expect(excelSerialToIso(43539.999_999)).toEqual({ ok: true, value: '2019-03-15' });
    expect(excelSerialToIso(43539.999_999_999_9)).toEqual({ ok: true, value: '2019-03-16' });
  });

  it('refuses serials outside what Excel can show', () => {
    expect(excelSerialToIso(0)).toMatchObject({ ok: false, code: 'out-of-range' });
    expect(excelSerialToIso(-1)).toMatchObject({ ok: false, code: 'out-of-range' });
    expect(excelSerialToIso(2_958_466)).toMatchObject({ ok: false, code: 'out-of-range' });
    expect(excelSerialToIso(Number.NaN)).toMatchObject({ ok: false, code: 'not-finite' });
    expect(excelSerialToIso(Infinity)).toMatchObject({ ok: false, code: 'not-finite' });
  });
});

describe('Excel date serials in the 1904 system', () => {
  it.each([
    [0, '1904-01-01'],
    [1, '1904-01-02'],
    [42077, '2019-03-15'],
    [2_957_003, '9999-12-31'],
  ])('%s → %s', (serial, iso) => {
    expect(excelSerialToIso(serial, '1904')).toEqual({ ok: true, value: iso });
    expect(isoToExcelSerial(iso, '1904')).toBe(serial);
  });

  it('is 1462 days behind the 1900 system for every real date', () => {
    for (const iso of ['1904-01-01', '1999-12-31', '2019-03-15', '2024-02-29']) {
      expect(isoToExcelSerial(iso, '1900') - isoToExcelSerial(iso, '1904')).toBe(1462);
    }
  });

  it('refuses serials outside the range', () => {
    expect(excelSerialToIso(-1, '1904')).toMatchObject({ ok: false, code: 'out-of-range' });
    expect(excelSerialToIso(2_957_004, '1904')).toMatchObject({ ok: false, code: 'out-of-range' });
  });
});

describe('isoToExcelSerial', () => {
  it('round-trips every day of several years', () => {
    for (let serial = 35_000; serial < 47_000; serial++) {
      const r = excelSerialToIso(serial);
      if (!r.ok) throw new Error(r.reason);
      expect(isoToExcelSerial(r.value)).toBe(serial);
    }
  });

  it('refuses bad or out-of-range dates', () => {
    expect(() => isoToExcelSerial('2019-02-29')).toThrow(RangeError);
    expect(() => isoToExcelSerial('15/03/2019')).toThrow(RangeError);
    expect(() => isoToExcelSerial('1899-12-31')).toThrow(RangeError);
    expect(() => isoToExcelSerial('1903-12-31', '1904')).toThrow(RangeError);
  });
});
