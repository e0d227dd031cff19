/**
 * The real administrative units of one old province before the 2025 merger (shared/data/admin-units), read
 * once: the communes a legacy list writes the old way (xã / huyện / tỉnh).
 */
import fs from 'node:fs';
import path from 'node:path';

/** Hòa Bình (old code 17) merged into the new Phú Thọ (25) on 01/7/2025. */
export const OLD_PROVINCE_CODE = '17';
export const NEW_PROVINCE_CODE = '25';

export interface Commune {
  code: string;
  name: string;
  /** "Xã" | "Phường" | "Thị trấn" */
  kind: string;
  districtName: string;
  districtKind: string;
}

export interface Province {
  name: string;
  communes: Commune[];
  districts: string[];
}

const SHARED_DATA = path.resolve(import.meta.dirname, '../../../../shared/data');
export const PRE2025_UNITS = path.join(SHARED_DATA, 'admin-units/vn_units_pre2025_63tinh_696huyen_10035xa.simplified.json');

interface RawWard {
  Code: string;
  Name: string;
  FullName: string;
}
interface RawDistrict {
  Name: string;
  FullName: string;
  Ward: RawWard[] | null;
}
interface RawProvince {
  Code: string;
  Name: string;
  District: RawDistrict[];
}

/** "Thị trấn Mường Khến" → "Thị trấn"; "Xã Tân Lập" → "Xã". */
function kindOf(fullName: string, name: string): string {
  return fullName.slice(0, fullName.length - name.length).trim();
}

let cached: Province | undefined;

export function oldProvince(): Province {
  if (cached) return cached;
  const all = JSON.parse(fs.readFileSync(PRE2025_UNITS, 'utf8')) as RawProvince[];
  const p = all.find((x) => x.Code === OLD_PROVINCE_CODE);
  if (!p) throw new Error(`province ${OLD_PROVINCE_CODE} missing from ${PRE2025_UNITS}`);
  const communes: Commune[] = [];
  for (const d of p.District) {
    for (const w of d.Ward ?? []) {
      communes.push({
        code: w.Code,
        name: w.Name,
        kind: kindOf(w.FullName, w.Name),
        districtName: d.Name,
        districtKind: kindOf(d.FullName, d.Name),
      });
    }
  }
  // The file writes the province "Hoà Bình" (new tone placement) but its city "Hòa Bình": clerks wrote the old way.
  cached = { name: p.Name.normalize('NFC').replace('Hoà', 'Hòa'), communes, districts: p.District.map((d) => d.Name) };
  return cached;
}
