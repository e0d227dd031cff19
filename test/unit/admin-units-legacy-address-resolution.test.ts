// Linking an address written before 01/07/2025 to a current commune: prefixes and diacritics are
// optional, and the mapping is applied only where it is unambiguous.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAdminUnits, type LegacyAddressInput, type LegacyResolution } from '../../src-main/core/admin-units/index.ts';

const units = loadAdminUnits(path.resolve(import.meta.dirname, '../../resources'));
const resolve = (input: LegacyAddressInput, newProvinceCode?: string): LegacyResolution =>
  units.resolveLegacyAddress(input, newProvinceCode === undefined ? {} : { newProvinceCode });

function uniqueCode(r: LegacyResolution): string {
  if (r.status !== 'unique') throw new Error(`expected unique, got ${JSON.stringify(r).slice(0, 300)}`);
  return r.newCommuneCode;
}
function candidateCodes(r: LegacyResolution): string[] {
  if (r.status !== 'ambiguous') throw new Error(`expected ambiguous, got ${r.status}`);
  return r.candidates.map((c) => c.newCommune.code);
}

describe('resolving a legacy address', () => {
  it('resolves a merged commune to its new commune, with the old units identified', () => {
    const r = resolve({ province: 'Tỉnh Hòa Bình', district: 'Thành phố Hòa Bình', commune: 'Phường Thịnh Lang' });
    expect(r).toMatchObject({
      status: 'unique',
      newCommuneCode: '04795',
      newCommune: { fullName: 'Phường Hoà Bình' },
      province: { code: '25', name: 'Phú Thọ' },
      oldCommune: { code: '04795', name: 'Thịnh Lang' },
      oldDistrict: { code: '148' },
      oldProvince: { code: '17' },
      notes: [],
    });
  });

  it('accepts the same address with any prefix style, without diacritics, in any case', () => {
    const variants: LegacyAddressInput[] = [
      { province: 'Hòa Bình', district: 'TP. Hòa Bình', commune: 'P. Thịnh Lang' },
      { province: 'tinh hoa binh', district: 'tp hoa binh', commune: 'phuong thinh lang' },
      { province: 'HOÀ BÌNH', district: 'Thành Phố Hoà Bình', commune: 'Thịnh Lang' },
      { province: 'T. Hòa Bình', district: 'thanh pho hoa binh', commune: 'thinh-lang' },
      { district: 'TP Hòa Bình', commune: 'Thịnh Lang' },
      { commune: 'Phường Thịnh Lang' },
    ];
    for (const v of variants) expect(uniqueCode(resolve(v)), JSON.stringify(v)).toBe('04795');
  });

  it('reads "Huyện", "Quận", "Thị xã", "Thị trấn" prefixes and numbered wards', () => {
    expect(uniqueCode(resolve({ province: 'TP.HCM', district: 'Q.1', commune: 'P. Bến Nghé' }))).toBe('26740');
    expect(uniqueCode(resolve({ province: 'Thành phố Hồ Chí Minh', district: 'Quận 3', commune: 'Phường 01' }))).toBe('27154');
    expect(uniqueCode(resolve({ province: 'tphcm', district: 'q3', commune: 'p1' }))).toBe('27154');
    expect(uniqueCode(resolve({ province: 'Hà Nội', district: 'Huyện Gia Lâm', commune: 'Thị trấn Yên Viên' }))).toBe('00541');
    expect(uniqueCode(resolve({ province: 'Hà Tĩnh', district: 'TX Kỳ Anh', commune: 'Phường Hưng Trí' }))).toBe('18754');
  });

  it('does not mistake names that start like a prefix for one', () => {
    // Xã Xà Phìn (Hà Giang), Huyện Quan Sơn (Thanh Hóa), Phường Phường Đúc (Huế)
    expect(uniqueCode(resolve({ province: 'Hà Giang', commune: 'Xà Phìn' }))).toBe('00733');
    expect(uniqueCode(resolve({ province: 'Thanh Hóa', district: 'Quan Sơn', commune: 'Xã Sơn Thủy' }))).toBe('15010');
    expect(uniqueCode(resolve({ province: 'Thừa Thiên Huế', commune: 'Phường Đúc' }))).toBe('19789');
  });

  it('reports a split commune as ambiguous, listing every new commune it went to', () => {
    const r = resolve({ province: 'Hòa Bình', district: 'Huyện Đà Bắc', commune: 'Xã Vầy Nưa' });
    expect(r).toMatchObject({ status: 'ambiguous', reason: 'split' });
    expect(candidateCodes(r)).toEqual(['04828', '04891']);
    if (r.status === 'ambiguous') expect(r.candidates.every((c) => !c.whole && c.oldCommune?.code === '04891')).toBe(true);
    // Hà Nội: Phường Cống Vị went partly to Ngọc Hà, partly to Giảng Võ
    expect(candidateCodes(resolve({ province: 'Hà Nội', district: 'Ba Đình', commune: 'Cống Vị' }))).toEqual(['00008', '00025']);
  });

  it('reports a name shared by several old communes going to different places as ambiguous', () => {
    const r = resolve({ commune: 'Xã Tân Lập' }, '25');
    expect(r).toMatchObject({ status: 'ambiguous', reason: 'several-old-units' });
    if (r.status === 'ambiguous') expect(r.candidates.map((c) => c.oldDistrict?.name).sort()).toEqual(['Lạc Sơn', 'Sông Lô', 'Thanh Sơn']);
  });

  it('lets the district, the prefix and exact diacritics decide between same-named units', () => {
    expect(uniqueCode(resolve({ province: 'Hòa Bình', district: 'Lạc Sơn', commune: 'Tân Lập' }))).toBe(
      uniqueCode(resolve({ province: 'Hòa Bình', district: 'Huyện Lạc Sơn', commune: 'Xã Tân Lập' })),
    );
    // Hà Tĩnh had both Thị xã Kỳ Anh and Huyện Kỳ Anh
    expect(resolve({ province: 'Hà Tĩnh', district: 'Kỳ Anh' })).toMatchObject({ status: 'ambiguous', reason: 'several-old-units' });
    // Trấn Yên (Yên Bái) had Xã Minh Quán and Xã Minh Quân, now in different communes
    expect(uniqueCode(resolve({ province: 'Yên Bái', district: 'Trấn Yên', commune: 'Xã Minh Quân' }))).toBe('04543');
    expect(resolve({ province: 'Yen Bai', district: 'Tran Yen', commune: 'minh quan' })).toMatchObject({ status: 'ambiguous' });
  });

  it('still gives one answer when same-named old communes all went whole into one new commune', () => {
    // Gia Lâm had Thị trấn Yên Viên and Xã Yên Viên; both became part of Xã Phù Đổng
    const r = resolve({ province: 'Hà Nội', district: 'Gia Lâm', commune: 'yen vien' });
    expect(r).toMatchObject({ status: 'unique', newCommuneCode: '00541' });
    if (r.status === 'unique') expect(r.oldCommune).toBeUndefined();
  });

  it('looks province-wide when the district written does not contain the commune, and says so', () => {
    const r = resolve({ province: 'Hà Nội', district: 'Huyện Kỳ Sơn', commune: 'Phường Trúc Bạch' });
    expect(r).toMatchObject({ status: 'unique', newCommuneCode: '00004', notes: ['district-not-matched'] });
  });

  it('maps an island district that had no communes to its đặc khu', () => {
    expect(resolve({ province: 'Quảng Ngãi', district: 'Huyện Lý Sơn' })).toMatchObject({
      status: 'unique',
      newCommuneCode: '21548',
      oldDistrict: { code: '536' },
    });
    expect(resolve({ province: 'Bà Rịa - Vũng Tàu', district: 'Côn Đảo' })).toMatchObject({ status: 'unique', newCommuneCode: '26732' });
  });

  it('lists where an ordinary district went when no commune is given', () => {
    const r = resolve({ province: 'Hòa Bình', district: 'Huyện Đà Bắc' });
    expect(r).toMatchObject({ status: 'ambiguous', reason: 'no-commune' });
    expect(candidateCodes(r).length).toBeGreaterThan(1);
  });

  it('limits the search to the office’s new province when asked', () => {
    // Xã Tân Lập exists in many provinces; within the new Phú Thọ it is one of three
    expect(candidateCodes(resolve({ commune: 'Tân Lập' }, '25'))).toHaveLength(3);
    expect(resolve({ province: 'Hà Nội', commune: 'Trúc Bạch' }, '25')).toEqual({ status: 'not-found', reason: 'province' });
    expect(uniqueCode(resolve({ province: 'Vĩnh Phúc', commune: 'Liên Bảo' }, '25'))).toBe('08716');
  });

  it('accepts a province written with its 2025 name', () => {
    expect(uniqueCode(resolve({ province: 'Phú Thọ', district: 'Đà Bắc', commune: 'Tiền Phong' }))).toBe('04891');
  });

  it('says what could not be found', () => {
    expect(resolve({})).toEqual({ status: 'not-found', reason: 'input' });
    expect(resolve({ province: 'Hòa Bình' })).toEqual({ status: 'not-found', reason: 'input' });
    expect(resolve({ province: ' ', district: '', commune: null })).toEqual({ status: 'not-found', reason: 'input' });
    expect(resolve({ province: 'Atlantis', commune: 'Thịnh Lang' })).toEqual({ status: 'not-found', reason: 'province' });
    expect(resolve({ province: 'Hòa Bình', district: 'Huyện Không Có' })).toEqual({ status: 'not-found', reason: 'district' });
    expect(resolve({ province: 'Hòa Bình', commune: 'Xã Không Có' })).toEqual({ status: 'not-found', reason: 'commune' });
  });

  it('notes a prefix that does not fit the unit found', () => {
    // Đạ M'ri (Lâm Đồng) was a thị trấn before 2025
    expect(resolve({ province: 'Lâm Đồng', commune: "Xã Đạ M'ri" })).toMatchObject({ status: 'unique', notes: ['type-mismatch'] });
  });

  it('resolves every one of the 10,035 old communes written in full to exactly its mapping', () => {
    let checked = 0;
    for (const p of units.listLegacyProvinces()) {
      for (const d of units.legacyDistrictsOf(p.code)) {
        for (const c of units.legacyCommunesOf(d.code)) {
          const r = resolve({ province: p.fullName, district: d.fullName, commune: c.fullName });
          const m = units.mappingOfLegacyCommune(c.code);
          if (m?.unambiguous)
            expect(r, c.code).toMatchObject({ status: 'unique', newCommuneCode: m.newCodes[0], oldCommune: { code: c.code }, notes: [] });
          else
            expect(r, c.code).toMatchObject({
              status: 'ambiguous',
              reason: 'split',
              candidates: m?.newCodes.map((code) => ({ newCommune: { code }, oldCommune: { code: c.code } })),
            });
          checked++;
        }
      }
    }
    expect(checked).toBe(10035);
  });
});
