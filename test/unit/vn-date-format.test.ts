import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatVnDate, formatVnDateLong, formatVnDateTime } from '../../src-main/shared/index.ts';

describe('formatVnDate shows ISO dates as dd/mm/yyyy', () => {
  it.each([
    ['2024-12-31', '31/12/2024'],
    ['2019-03-05', '05/03/2019'],
    ['2020-02-29', '29/02/2020'],
    ['2019-03', '03/2019'],
    ['2019', '2019'],
  ])('%s → %s', (iso, text) => {
    expect(formatVnDate(iso)).toBe(text);
  });

  it.each(['2019-02-29', '2019-13-01', '2019-3-5', '15/03/2019', '', '2019-00', '2019-03-15T00:00:00Z'])('refuses %s', (iso) => {
    expect(() => formatVnDate(iso)).toThrow(RangeError);
  });
});

describe('formatVnDateLong writes the administrative date line (NĐ 30/2020)', () => {
  it('pads days 1–9 and months 1–2 only', () => {
    expect(formatVnDateLong('2026-02-05')).toBe('ngày 05 tháng 02 năm 2026');
    expect(formatVnDateLong('2026-01-31')).toBe('ngày 31 tháng 01 năm 2026');
    expect(formatVnDateLong('2026-03-15')).toBe('ngày 15 tháng 3 năm 2026');
    expect(formatVnDateLong('2024-12-09')).toBe('ngày 09 tháng 12 năm 2024');
  });

  it('refuses partial and invalid dates', () => {
    expect(() => formatVnDateLong('2026')).toThrow(RangeError);
    expect(() => formatVnDateLong('2026-02-30')).toThrow(RangeError);
  });
});

describe('formatVnDateTime shows a timestamp in local time', () => {
  const savedTz = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = 'Asia/Ho_Chi_Minh';
  });
  afterAll(() => {
    if (savedTz === undefined) delete process.env.TZ;
    else process.env.TZ = savedTz;
  });

  it('converts UTC and offset timestamps to the machine time zone (UTC+7 here)', () => {
    expect(formatVnDateTime('2024-12-31T16:05:00Z')).toBe('31/12/2024 23:05');
    expect(formatVnDateTime('2024-12-31T17:05:00.123Z')).toBe('01/01/2025 00:05');
    expect(formatVnDateTime('2024-12-31T10:05:00+02:00')).toBe('31/12/2024 15:05');
    expect(formatVnDateTime('2024-12-31T10:05:00-0500')).toBe('31/12/2024 22:05');
    expect(formatVnDateTime(new Date(Date.UTC(2024, 0, 2, 1, 2, 3)))).toBe('02/01/2024 08:02');
  });

  it('takes a timestamp without offset as already local', () => {
    expect(formatVnDateTime('2024-12-31 23:05:59')).toBe('31/12/2024 23:05');
    expect(formatVnDateTime('2024-03-05T07:08')).toBe('05/03/2024 07:08');
  });

  it.each(['2024-12-31', '31/12/2024 23:05', '2024-02-30T10:00:00Z', '2024-12-31T24:00:00Z', 'abc'])('refuses %s', (ts) => {
    expect(() => formatVnDateTime(ts)).toThrow(RangeError);
  });

  it('refuses an invalid Date', () => {
    expect(() => formatVnDateTime(new Date(Number.NaN))).toThrow(RangeError);
  });
});
