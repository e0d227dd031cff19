import { describe, expect, it } from 'vitest';
import { detectMoneyUnit, fromDong, parseMoney, toDong, unitFactor } from '../../src-main/shared/index.ts';

describe('unitFactor reads the money unit written in a header', () => {
  it.each([
    ['Doanh thu (triệu đồng)', 1e6],
    ['Doanh thu (tr.đ)', 1e6],
    ['Lợi nhuận (trđ)', 1e6],
    ['Lợi nhuận (Tr. đồng)', 1e6],
    ['(TRIỆU ĐỒNG)', 1e6],
    ['Vốn điều lệ (nghìn đồng)', 1e3],
    ['Vốn điều lệ (ngàn đồng)', 1e3],
    ['Vốn (1.000 đồng)', 1e3],
    ['Vốn (1000đ)', 1e3],
    ['Tổng doanh thu (tỷ đồng)', 1e9],
    ['Tổng doanh thu (tỉ đồng)', 1e9],
    ['Nộp ngân sách (đồng)', 1],
    ['Nộp ngân sách (VNĐ)', 1],
    ['Nộp ngân sách (đ)', 1],
    ['tr.đ/người/tháng', 1e6],
    ['Thu nhập BQ (tr.đ/người/tháng)', 1e6],
    ['Kết quả SXKD năm 2024 › Doanh thu (tr.đ)', 1e6],
    ['Vốn điều lệ (năm 2024) (triệu đồng)', 1e6],
    ['Doanh thu - ĐVT: triệu đồng', 1e6],
    ['Vốn (triệu)', 1e6],
    ['Triệu đồng', 1e6],
  ])('%s → %s', (header, factor) => {
    expect(unitFactor(header)).toBe(factor);
  });

  it('works on NFD text and text without diacritics', () => {
    expect(unitFactor('Doanh thu (triệu đồng)'.normalize('NFD'))).toBe(1e6);
    expect(unitFactor('Doanh thu (trieu dong)')).toBe(1e6);
    expect(unitFactor('Doanh thu (ty dong)')).toBe(1e9);
  });

  it.each([
    'Doanh thu',
    'Tên công ty',
    'Số thành viên (người)',
    'Dân số (nghìn người)',
    'Tỷ lệ (%)',
    'Tỷ lệ HTX có lãi',
    'Đơn vị cấp',
    'Diện tích (ha)',
    '',
  ])('finds no money unit in %s', (header) => {
    expect(unitFactor(header)).toBeUndefined();
  });

  it('names the unit', () => {
    expect(detectMoneyUnit('(tr.đ)')).toBe('trieu');
    expect(detectMoneyUnit('(ngàn đồng)')).toBe('nghin');
  });
});

describe('toDong converts to whole đồng exactly', () => {
  it('shifts decimal digits instead of multiplying floats', () => {
    expect(Math.round(0.5005 * 1000)).toBe(500); // the float trap this function avoids
    expect(toDong(0.5005, 'nghin')).toBe(501);
    expect(toDong(0.0001245, 'trieu')).toBe(125);
    expect(toDong(4.67, 'trieu')).toBe(4_670_000);
    expect(toDong(1.58, 'ty')).toBe(1_580_000_000);
    expect(toDong(174, 1e6)).toBe(174_000_000);
    expect(toDong(0.1, 'nghin')).toBe(100);
    expect(toDong(1580, 'dong')).toBe(1580);
  });

  it('rounds half away from zero to the đồng, symmetrically for losses', () => {
    expect(toDong(1.2345675, 'trieu')).toBe(1_234_568);
    expect(toDong(-1.2345675, 'trieu')).toBe(-1_234_568);
    expect(toDong(0.4, 'dong')).toBe(0);
    expect(toDong(-0.4, 'dong')).toBe(0);
    expect(Object.is(toDong(-0.4, 'dong'), -0)).toBe(false);
    expect(toDong(2.5, 'dong')).toBe(3);
  });

  it('accepts a factor that is not a power of ten', () => {
    expect(toDong(2, 2.5)).toBe(5);
  });

  it('refuses non-finite values, bad units and overflow', () => {
    expect(() => toDong(Number.NaN, 'trieu')).toThrow(RangeError);
    expect(() => toDong(Infinity, 'trieu')).toThrow(RangeError);
    expect(() => toDong(1, 0)).toThrow(RangeError);
    expect(() => toDong(1, -1e6)).toThrow(RangeError);
    expect(() => toDong(1e9, 'ty')).toThrow(RangeError);
  });

  it('converts back for display in a chosen unit', () => {
    expect(fromDong(4_670_000, 'trieu')).toBe(4.67);
    expect(fromDong(1_580_000_000, 'ty')).toBe(1.58);
    expect(fromDong(1500, 'nghin')).toBe(1.5);
  });
});

describe('parseMoney reads a money cell in the column unit', () => {
  it('returns whole đồng', () => {
    expect(parseMoney('4,67', 'trieu')).toMatchObject({ ok: true, value: 4_670_000 });
    expect(parseMoney('1.580', 'trieu')).toMatchObject({ ok: true, value: 1_580_000_000 });
    expect(parseMoney('(174)', 'trieu')).toMatchObject({ ok: true, value: -174_000_000 });
    expect(parseMoney(1.58, 'ty')).toMatchObject({ ok: true, value: 1_580_000_000 });
  });

  it('passes parse failures through and reports overflow', () => {
    expect(parseMoney('', 'trieu')).toMatchObject({ ok: false, code: 'empty' });
    expect(parseMoney('abc', 'trieu')).toMatchObject({ ok: false, code: 'invalid' });
    expect(parseMoney('10.000.000', 'ty')).toMatchObject({ ok: false, code: 'out-of-range' });
  });
});

describe('toDong agrees with exact decimal arithmetic (seeded random check)', () => {
  it('matches a BigInt computation on the written digits', () => {
    let seed = 2024;
    const rand = (n: number): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return Math.floor((seed / 2_147_483_648) * n);
    };
    for (let i = 0; i < 3000; i++) {
      const int = String(rand(100_000));
      const frac = String(rand(10_000_000)).padStart(7, '0');
      const text = `${int}.${frac}`; // 7 decimals in triệu: the 7th is half a đồng
      const scaled = BigInt(int + frac); // value × 10^7
      const exact = Number((scaled + 5n) / 10n); // × 10^6, rounded half up
      expect(toDong(Number(text), 'trieu'), text).toBe(exact);
    }
  });
});
