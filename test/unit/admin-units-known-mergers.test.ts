// Real 2025 mergers, checked three ways: what the app resolves, the dvhcvn merges.json it was built
// from (new ← old, typed full / partial), and the official free-text description of each new commune
// crawled from sapnhap.bando.com.vn. The last one is not shipped (not MIT content) but, being written
// independently of the LLM-assisted dvhcvn mapping, it is a good oracle for tests.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAdminUnits } from '../../src-main/core/admin-units/index.ts';
import { foldVietnamese } from '../../src-main/shared/text-fold.ts';

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
const SOURCES = path.resolve(REPO_ROOT, '../shared/data/admin-units');
const units = loadAdminUnits(path.join(REPO_ROOT, 'resources'));

interface MergesFile {
  data: Array<{
    level1_id: string;
    level2s: Array<{ level2_id: string; name: string; merges: Array<{ old_id: string; name: string; type: string }> }>;
  }>;
}
interface SapnhapRecord {
  ma: string;
  ten: string;
  magoc: string;
  truocsapnhap: string;
}

const merges = JSON.parse(fs.readFileSync(path.join(SOURCES, 'dvhcvn-20250701_merges_new-from-old.json'), 'utf8')) as MergesFile;
const mergesByNew = new Map(merges.data.flatMap((p) => p.level2s.map((w) => [w.level2_id, w.merges] as const)));
const sapnhap = JSON.parse(fs.readFileSync(path.join(SOURCES, 'sapnhap_bando_truocsapnhap_34tinh_3321xa.json'), 'utf8')) as SapnhapRecord[];
const described = new Map(sapnhap.filter((r) => r.magoc !== '0').map((r) => [r.ma, foldVietnamese(r.truocsapnhap)]));

/** Old commune names (folded, without type) that the official description of a new commune lists. */
function describedAsFormedFrom(newCode: string, oldName: string): boolean {
  return (described.get(newCode) ?? '').includes(foldVietnamese(oldName));
}

const KNOWN = [
  // new Phú Thọ: phường Hòa Bình is the old city centre of Hòa Bình (domain brief §8.1)
  {
    newCode: '04795',
    newName: 'Phường Hoà Bình',
    old: [
      '04795 Thịnh Lang',
      '04798 Hữu Nghị',
      '04801 Tân Thịnh',
      '04804 Đồng Tiến',
      '04807 Phương Lâm',
      '04816 Quỳnh Lâm',
      '04918 Trung Minh',
    ],
  },
  // phường Vĩnh Phúc is the old city of Vĩnh Yên
  {
    newCode: '08716',
    newName: 'Phường Vĩnh Phúc',
    old: ['08710 Liên Bảo', '08716 Đống Đa', '08719 Ngô Quyền', '08725 Định Trung', '08728 Khai Quang'],
  },
  // old xã Hòa Bình went to phường Tân Hòa, not to phường Hòa Bình
  { newCode: '04792', newName: 'Phường Tân Hoà', old: ['04792 Tân Hòa', '04813 Yên Mông', '04825 Hòa Bình'] },
  { newCode: '00004', newName: 'Phường Ba Đình', old: ['00004 Trúc Bạch', '00013 Quán Thánh'] },
];

describe('known 2025 mergers', () => {
  for (const k of KNOWN) {
    it(`${k.newName} (${k.newCode}) took in ${k.old.map((o) => o.slice(6)).join(', ')} whole`, () => {
      expect(units.getCommune(k.newCode)?.fullName).toBe(k.newName);
      for (const o of k.old) {
        const [code = '', ...rest] = o.split(' ');
        const name = rest.join(' ');
        expect(units.getLegacyCommune(code)?.name).toBe(name);
        expect(units.mappingOfLegacyCommune(code)).toEqual({ oldCode: code, newCodes: [k.newCode], unambiguous: true });
        expect(mergesByNew.get(k.newCode)).toContainEqual(expect.objectContaining({ old_id: code, type: 'full' }));
        expect(describedAsFormedFrom(k.newCode, name), `${name} in the official description`).toBe(true);
      }
    });
  }

  it('Xã Vầy Nưa (Đà Bắc, Hòa Bình) was split between Phường Thống Nhất and Xã Tiền Phong', () => {
    expect(units.mappingOfLegacyCommune('04891')).toEqual({ oldCode: '04891', newCodes: ['04828', '04891'], unambiguous: false });
    expect(mergesByNew.get('04828')).toContainEqual(expect.objectContaining({ old_id: '04891', type: 'partial' }));
    // "… và phần còn lại của xã Xã Vầy Nưa sau khi sắp xếp …"
    expect(described.get('04828')).toMatch(/phan con lai cua xa\s+xa vay nua/);
  });

  it('split communes are exactly those dvhcvn types as partial', () => {
    for (const [newCode, list] of mergesByNew) {
      for (const m of list) {
        const ours = units.mappingOfLegacyCommune(m.old_id);
        if (ours === undefined) continue; // old district codes, and codes absent from the pre-2025 list
        expect(ours.unambiguous, `${m.old_id} → ${newCode}`).toBe(m.type === 'full');
      }
    }
  });

  it('the official descriptions name at least 97% of the old communes the mapping merges in', () => {
    // Misses are spelling variants (Xà/Sà Phìn, Quí/Quý Quân) and "giữ nguyên" (kept as is) entries.
    let total = 0;
    let found = 0;
    for (const p of units.listProvinces()) {
      for (const c of units.communesOf(p.code)) {
        for (const f of units.formerCommunesOf(c.code)) {
          total++;
          if (describedAsFormedFrom(c.code, f.commune.name) || described.get(c.code) === 'giu nguyen') found++;
        }
      }
    }
    // 9,575 whole + 460 split communes with 1,012 parts
    expect(total).toBe(10_587);
    expect(found / total).toBeGreaterThan(0.97);
  });
});
