// The loaded reference lists: counts, types, and agreement with the source files they were built from.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAdminUnits } from '../../src-main/core/admin-units/index.ts';

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
const SOURCES = path.resolve(REPO_ROOT, '../shared/data/admin-units');
const units = loadAdminUnits(path.join(REPO_ROOT, 'resources'));

interface SplitsFile {
  data: Array<{ level1_id: string; level3s: Array<{ level3_id: string; splits: Array<{ new_id: string }> }> }>;
}

function countBy<T>(items: readonly T[], key: (t: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const i of items) out[key(i)] = (out[key(i)] ?? 0) + 1;
  return out;
}

describe('current administrative units (since 01/07/2025)', () => {
  const communes = units.listProvinces().flatMap((p) => units.communesOf(p.code));

  it('has 34 provinces and 3,321 communes with 2-digit and 5-digit codes', () => {
    expect(units.listProvinces()).toHaveLength(34);
    expect(communes).toHaveLength(3321);
    expect(units.listProvinces().every((p) => /^\d{2}$/.test(p.code))).toBe(true);
    expect(communes.every((c) => /^\d{5}$/.test(c.code))).toBe(true);
    expect(new Set(communes.map((c) => c.code)).size).toBe(3321);
  });

  it('types communes as xã / phường / đặc khu (edition 2026-07-25 counts)', () => {
    expect(units.edition).toBe('2026-07-25');
    expect(countBy(communes, (c) => c.type)).toEqual({ Xã: 2611, Phường: 697, 'Đặc khu': 13 });
    expect(countBy(units.listProvinces(), (p) => p.type)).toEqual({ Tỉnh: 27, 'Thành phố': 7 });
  });

  it('gives the new Phú Thọ (25) its 148 communes: 133 xã and 15 phường (NQ 1676/NQ-UBTVQH15)', () => {
    expect(units.getProvince('25')?.fullName).toBe('Tỉnh Phú Thọ');
    expect(countBy(units.communesOf('25'), (c) => c.type)).toEqual({ Xã: 133, Phường: 15 });
    expect(units.communesOf('99')).toEqual([]);
  });
});

describe('administrative units before 01/07/2025', () => {
  const districts = units.listLegacyProvinces().flatMap((p) => units.legacyDistrictsOf(p.code));
  const communes = districts.flatMap((d) => units.legacyCommunesOf(d.code));

  it('has 63 provinces, 696 districts and 10,035 communes', () => {
    expect(units.listLegacyProvinces()).toHaveLength(63);
    expect(districts).toHaveLength(696);
    expect(communes).toHaveLength(10035);
    expect(countBy(communes, (c) => c.type)).toEqual({ Xã: 7692, Phường: 1726, 'Thị trấn': 617 });
  });

  it('knows each old commune’s district and province (Hòa Bình was old province 17)', () => {
    const c = units.getLegacyCommune('04795');
    expect(c).toMatchObject({ fullName: 'Phường Thịnh Lang', districtCode: '148', provinceCode: '17' });
    expect(units.getLegacyDistrict('148')?.fullName).toBe('Thành phố Hòa Bình');
    expect(units.getLegacyProvince('17')?.name).toBe('Hoà Bình');
  });
});

describe('old → new mapping', () => {
  it('agrees with dvhcvn splits.json for every old commune, except two repaired codes', () => {
    const splits = JSON.parse(fs.readFileSync(path.join(SOURCES, 'dvhcvn-20250701_splits_old-to-new.json'), 'utf8')) as SplitsFile;
    // dvhcvn uses other codes than NSO for two new communes (README of shared/data).
    const repaired: Record<string, string> = { '06970': '06978', '23737': '23938' };
    let compared = 0;
    for (const province of splits.data) {
      for (const old of province.level3s) {
        const ours = units.mappingOfLegacyCommune(old.level3_id);
        if (units.getLegacyCommune(old.level3_id) === undefined) {
          expect(ours).toBeUndefined();
          continue;
        }
        const expected = [...new Set(old.splits.map((s) => repaired[s.new_id] ?? s.new_id))].sort();
        expect(ours?.newCodes, old.level3_id).toEqual(expected);
        expect(ours?.unambiguous).toBe(expected.length === 1);
        compared++;
      }
    }
    expect(compared).toBe(10035);
  });

  it('reaches every current commune from at least one old unit', () => {
    for (const p of units.listProvinces()) {
      for (const c of units.communesOf(p.code)) {
        const reached = units.formerCommunesOf(c.code).length > 0 || ['11948', '19742', '20333', '21548', '26732'].includes(c.code);
        expect(reached, c.code).toBe(true);
      }
    }
  });

  it('maps the island districts that had no communes whole to their đặc khu', () => {
    expect(units.mappingOfLegacyDistrict('755')).toEqual({ oldCode: '755', newCodes: ['26732'], unambiguous: true });
    expect(units.getCommune('26732')?.fullName).toBe('Đặc khu Côn Đảo');
  });
});
