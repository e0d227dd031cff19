// The commune picker: a province's current communes, found by current name or by the name of an old
// commune merged into them, ignoring diacritics, case, đ and tone-mark placement.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAdminUnits } from '../../src-main/core/admin-units/index.ts';

const units = loadAdminUnits(path.resolve(import.meta.dirname, '../../resources'));
const labels = (province: string, query: string): string[] => units.findCommunes(province, query).map((m) => m.label);

describe('finding communes of a province', () => {
  it('finds by current name with or without diacritics, either tone placement, any case', () => {
    for (const q of ['Hòa Bình', 'Hoà Bình', 'hoa binh', 'HOA BINH', '  hoa   binh ']) {
      expect(units.findCommunes('25', q)[0]?.commune, q).toMatchObject({ code: '04795', fullName: 'Phường Hoà Bình' });
    }
    expect(units.findCommunes('25', 'phuong vinh phuc')[0]).toMatchObject({ matchedBy: 'name', label: 'Phường Vĩnh Phúc' });
  });

  it('treats đ as d', () => {
    expect(units.findCommunes('01', 'dong da')[0]?.commune.fullName).toBe('Phường Đống Đa');
    expect(units.findCommunes('01', 'Đống Đa')[0]?.commune.fullName).toBe('Phường Đống Đa');
  });

  it('finds a current commune by the old name of a commune merged into it, labelled with that name', () => {
    const [m, ...rest] = units.findCommunes('25', 'thinh lang');
    expect(rest).toEqual([]);
    expect(m?.matchedBy).toBe('former-name');
    expect(m?.commune.code).toBe('04795');
    expect(m?.former?.commune.fullName).toBe('Phường Thịnh Lang');
    expect(m?.label).toBe('Phường Hoà Bình (trước đây: Phường Thịnh Lang, Thành phố Hòa Bình, Tỉnh Hoà Bình)');
  });

  it('offers both the commune now called Hòa Bình and the one old xã Hòa Bình became, current name first', () => {
    expect(labels('25', 'hoa binh')).toEqual([
      'Phường Hoà Bình',
      'Phường Tân Hoà (trước đây: Xã Hòa Bình, Thành phố Hòa Bình, Tỉnh Hoà Bình)',
    ]);
  });

  it('offers every part of a split commune, marked as a part', () => {
    expect(labels('25', 'Vầy Nưa')).toEqual([
      'Phường Thống Nhất (trước đây: một phần Xã Vầy Nưa, Huyện Đà Bắc, Tỉnh Hoà Bình)',
      'Xã Tiền Phong (trước đây: một phần Xã Vầy Nưa, Huyện Đà Bắc, Tỉnh Hoà Bình)',
    ]);
  });

  it('ranks whole words before word starts, current names before old ones, one row per commune', () => {
    const found = units.findCommunes('25', 'son');
    expect(new Set(found.map((m) => m.commune.code)).size).toBe(found.length);
    // "son" is the whole first word of Sơn Đông and Sơn Lương, only the start of Sông Lô
    const names = found.map((m) => m.label);
    expect(names.slice(0, 2)).toEqual(['Xã Sơn Đông', 'Xã Sơn Lương']);
    expect(names[2]).toMatch(/^.+ \(trước đây: Xã Sơn \S+,/);
    const songLo = names.indexOf('Xã Sông Lô');
    expect(songLo).toBeGreaterThan(2);
    expect(found.slice(2, songLo).every((m) => m.matchedBy === 'former-name' && /^Sơn /.test(m.former?.commune.name ?? ''))).toBe(true);
  });

  it('ranks the exact spelling first when diacritics are typed', () => {
    // Old Yên Bái had Xã Minh Quán and Xã Minh Quân in one district; they went to different communes.
    expect(labels('15', 'Minh Quân')[0]).toBe('Phường Âu Lâu (trước đây: Xã Minh Quân, Huyện Trấn Yên, Tỉnh Yên Bái)');
    expect(labels('15', 'Minh Quán')[0]).toBe('Xã Trấn Yên (trước đây: Xã Minh Quán, Huyện Trấn Yên, Tỉnh Yên Bái)');
    expect(labels('15', 'minh quan').slice(0, 2).sort()).toEqual([
      'Phường Âu Lâu (trước đây: Xã Minh Quân, Huyện Trấn Yên, Tỉnh Yên Bái)',
      'Xã Trấn Yên (trước đây: Xã Minh Quán, Huyện Trấn Yên, Tỉnh Yên Bái)',
    ]);
  });

  it('lists the province’s current communes for an empty query, and nothing for an unknown province', () => {
    expect(units.findCommunes('25', '')).toHaveLength(50);
    expect(units.findCommunes('25', '', { limit: 500 })).toHaveLength(148);
    expect(units.findCommunes('25', '', { limit: 500 }).every((m) => m.matchedBy === 'name')).toBe(true);
    expect(units.findCommunes('00', 'hoa binh')).toEqual([]);
  });

  it('does not find communes of other provinces', () => {
    expect(units.findCommunes('25', 'ba dinh')).toEqual([]);
    expect(units.findCommunes('01', 'ba dinh')[0]?.commune.code).toBe('00004');
  });
});
