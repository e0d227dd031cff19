import { describe, expect, it } from 'vitest';
import { parseVnDate, type ParseDateResult } from '../../src-main/shared/index.ts';

function iso(r: ParseDateResult): string {
  return r.ok ? r.value.iso : `error:${r.code}`;
}

describe('parseVnDate reads day-first Vietnamese dates', () => {
  it.each([
    ['15/03/2019', '2019-03-15'],
    ['5/3/2019', '2019-03-05'],
    ['15.03.2019', '2019-03-15'],
    ['15-03-2019', '2019-03-15'],
    ['2019-03-15', '2019-03-15'],
    ['2019/03/15', '2019-03-15'],
    [' 15 / 03 / 2019 ', '2019-03-15'],
    ['01/02/2019', '2019-02-01'],
    ['12/01/2019', '2019-01-12'],
    ['29/02/2020', '2020-02-29'],
    ['29/02/2000', '2000-02-29'],
    ['31/12/2024', '2024-12-31'],
    ['15/03/19', '2019-03-15'],
    ['15/03/29', '2029-03-15'],
    ['15/03/30', '1930-03-15'],
    ['15/03/78', '1978-03-15'],
    ['15/03/2019 08:30', '2019-03-15'],
    ['15/03/2019 12:00:00 SA', '2019-03-15'],
    ['2019-03-15T00:00:00Z', '2019-03-15'],
    ['2019-03-15 10:20:30.123+07:00', '2019-03-15'],
    ['ngày 15/03/2019', '2019-03-15'],
    ['Ngày 15 tháng 3 năm 2019', '2019-03-15'],
    ['ngày 05 tháng 02 năm 2026', '2026-02-05'],
    ['NGÀY 5 THÁNG 2 NĂM 2026', '2026-02-05'],
    ['ngay 15 thang 3 nam 2019', '2019-03-15'],
  ])('%s → %s', (text, expected) => {
    expect(iso(parseVnDate(text))).toBe(expected);
  });

  it('is day-first even where a month-first reading would also be valid', () => {
    expect(parseVnDate('5/3/2019')).toEqual({
      ok: true,
      value: { precision: 'day', iso: '2019-03-05', year: 2019, month: 3, day: 5 },
    });
    expect(iso(parseVnDate('03/05/2019'))).toBe('2019-05-03');
  });

  it('works on NFD text', () => {
    expect(iso(parseVnDate('Ngày 15 tháng 3 năm 2019'.normalize('NFD')))).toBe('2019-03-15');
    expect(iso(parseVnDate('năm 2019'.normalize('NFD')))).toBe('2019');
  });

  it('returns partial dates for a year or a month alone', () => {
    expect(parseVnDate('2019')).toEqual({ ok: true, value: { precision: 'year', iso: '2019', year: 2019 } });
    expect(parseVnDate('năm 2019')).toMatchObject({ ok: true, value: { precision: 'year', year: 2019 } });
    expect(parseVnDate(2019)).toMatchObject({ ok: true, value: { precision: 'year', year: 2019 } });
    expect(parseVnDate('03/2019')).toEqual({
      ok: true,
      value: { precision: 'month', iso: '2019-03', year: 2019, month: 3 },
    });
    expect(parseVnDate('3/2019')).toMatchObject({ value: { iso: '2019-03' } });
    expect(parseVnDate('tháng 3/2019')).toMatchObject({ value: { iso: '2019-03' } });
    expect(parseVnDate('Tháng 3 năm 2019')).toMatchObject({ value: { iso: '2019-03' } });
    expect(parseVnDate('2019-03')).toMatchObject({ value: { precision: 'month', iso: '2019-03' } });
  });

  it.each([
    ['31/02/2019', /28 ngày/],
    ['29/02/2019', /28 ngày/],
    ['29/02/1900', /28 ngày/],
    ['31/04/2024', /30 ngày/],
    ['00/03/2019', /không có trong lịch/],
    ['15/13/2019', /Tháng 13/],
    ['15/00/2019', /Tháng 0/],
    ['2019-02-30', /28 ngày/],
    ['13/2019', /Tháng 13/],
    ['15/03/0219', /Năm 219/],
  ])('refuses %s, a date not in the calendar', (text, reason) => {
    const r = parseVnDate(text);
    expect(r).toMatchObject({ ok: false, code: 'invalid-date' });
    if (!r.ok) expect(r.reason).toMatch(reason);
  });

  it.each(['abc', '15/03', '15/03-2019', '15/3/201', '2019-3-15-1', '32', '1.5.2019.1', '20190315', 'hôm qua'])(
    'refuses %s with a Vietnamese reason',
    (text) => {
      const r = parseVnDate(text);
      expect(r).toMatchObject({ ok: false, code: 'invalid' });
      if (!r.ok) expect(r.reason).toMatch(/ngày/);
    },
  );

  it('reports blank cells as empty', () => {
    expect(parseVnDate('')).toMatchObject({ ok: false, code: 'empty' });
    expect(parseVnDate(' \u00a0 ')).toMatchObject({ ok: false, code: 'empty' });
  });

  it('reads a bare serial only when told the Excel date system', () => {
    const r = parseVnDate('43539');
    expect(r).toMatchObject({ ok: false, code: 'invalid' });
    if (!r.ok) expect(r.reason).toMatch(/Excel/);
    expect(iso(parseVnDate('43539', { excelDateSystem: '1900' }))).toBe('2019-03-15');
    expect(iso(parseVnDate('43539,75', { excelDateSystem: '1900' }))).toBe('2019-03-15');
    expect(iso(parseVnDate(43539, { excelDateSystem: '1900' }))).toBe('2019-03-15');
    expect(iso(parseVnDate(42077, { excelDateSystem: '1904' }))).toBe('2019-03-15');
    expect(parseVnDate(43539)).toMatchObject({ ok: false, code: 'invalid' });
    expect(parseVnDate(Number.NaN)).toMatchObject({ ok: false, code: 'not-finite' });
    expect(parseVnDate(Infinity, { excelDateSystem: '1900' })).toMatchObject({ ok: false, code: 'not-finite' });
  });
});
