// Reads the JSON files that scripts/build-admin-units.ts writes into resources/admin-units/ and turns the
// compact tuples back into objects. The files are ours, but they ship inside an installer that users can
// tamper with and a half-written build could leave them truncated, so every row is checked: a broken file
// must fail loudly at start-up, not yield a commune picker with holes.
import fs from 'node:fs';
import path from 'node:path';
import type {
  Commune,
  CommuneType,
  LegacyCommune,
  LegacyCommuneType,
  LegacyDistrict,
  LegacyDistrictType,
  LegacyMapping,
  LegacyProvince,
  Province,
  ProvinceType,
} from './types.ts';

export const ADMIN_UNITS_SUBDIR = 'admin-units';
const SUPPORTED_FORMAT = 1;

export interface AdminUnitTables {
  readonly edition: string;
  readonly provinces: readonly Province[];
  readonly communes: readonly Commune[];
  readonly legacyProvinces: readonly LegacyProvince[];
  readonly legacyDistricts: readonly LegacyDistrict[];
  readonly legacyCommunes: readonly LegacyCommune[];
  readonly communeMappings: readonly LegacyMapping[];
  /** island districts that had no communes and became a special zone (đặc khu) whole */
  readonly districtMappings: readonly LegacyMapping[];
}

class AdminUnitsFileError extends Error {
  constructor(file: string, detail: string) {
    super(`Dữ liệu đơn vị hành chính hỏng (${file}): ${detail}`);
    this.name = 'AdminUnitsFileError';
  }
}

interface FileReader {
  readonly file: string;
  readonly root: Record<string, unknown>;
}

function open(dir: string, file: string): FileReader {
  const full = path.join(dir, file);
  const parsed: unknown = JSON.parse(fs.readFileSync(full, 'utf8'));
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new AdminUnitsFileError(file, 'not an object');
  const root = parsed as Record<string, unknown>;
  if (root['format'] !== SUPPORTED_FORMAT)
    throw new AdminUnitsFileError(file, `format ${String(root['format'])} is not ${SUPPORTED_FORMAT}`);
  return { file, root };
}

function stringList(reader: FileReader, key: string): string[] {
  const value = reader.root[key];
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string'))
    throw new AdminUnitsFileError(reader.file, `${key} is not a list of strings`);
  return value;
}

/** Rows of [string, string, number, string?]: code, name, type index, parent code. */
function rows(reader: FileReader, key: string, withParent: boolean): Array<[string, string, number, string]> {
  const value = reader.root[key];
  if (!Array.isArray(value)) throw new AdminUnitsFileError(reader.file, `${key} is missing`);
  return value.map((row: unknown, i) => {
    const ok =
      Array.isArray(row) &&
      row.length === (withParent ? 4 : 3) &&
      typeof row[0] === 'string' &&
      typeof row[1] === 'string' &&
      Number.isInteger(row[2]) &&
      (!withParent || typeof row[3] === 'string');
    if (!ok) throw new AdminUnitsFileError(reader.file, `${key}[${i}] is malformed`);
    return [row[0] as string, row[1] as string, row[2] as number, withParent ? (row[3] as string) : ''];
  });
}

/** Rows of [oldCode, newCode, ...]. */
function mappingRows(reader: FileReader, key: string): LegacyMapping[] {
  const value = reader.root[key];
  if (!Array.isArray(value)) throw new AdminUnitsFileError(reader.file, `${key} is missing`);
  return value.map((row: unknown, i) => {
    if (!Array.isArray(row) || row.length < 2 || !row.every((c) => typeof c === 'string')) {
      throw new AdminUnitsFileError(reader.file, `${key}[${i}] is malformed`);
    }
    const [oldCode, ...newCodes] = row as string[];
    return { oldCode: oldCode ?? '', newCodes, unambiguous: newCodes.length === 1 };
  });
}

/** Maps a stored type index to its label, checking the label is one the types allow. */
function typeOf<T extends string>(reader: FileReader, labels: readonly string[], allowed: readonly T[], index: number): T {
  const label = labels[index];
  const found = allowed.find((a) => a === label);
  if (found === undefined) throw new AdminUnitsFileError(reader.file, `unknown type index ${index}`);
  return found;
}

const PROVINCE_TYPES: readonly ProvinceType[] = ['Tỉnh', 'Thành phố'];
const COMMUNE_TYPES: readonly CommuneType[] = ['Xã', 'Phường', 'Đặc khu'];
const DISTRICT_TYPES: readonly LegacyDistrictType[] = ['Quận', 'Huyện', 'Thị xã', 'Thành phố'];
const LEGACY_COMMUNE_TYPES: readonly LegacyCommuneType[] = ['Xã', 'Phường', 'Thị trấn'];

/** Loads and checks <resourcesDir>/admin-units/*.json. */
export function readAdminUnitTables(resourcesDir: string): AdminUnitTables {
  const dir = path.join(resourcesDir, ADMIN_UNITS_SUBDIR);

  const cur = open(dir, 'current-units.json');
  const edition = cur.root['edition'];
  if (typeof edition !== 'string') throw new AdminUnitsFileError(cur.file, 'edition is missing');
  const pTypes = stringList(cur, 'provinceTypes');
  const cTypes = stringList(cur, 'communeTypes');
  const provinces = rows(cur, 'provinces', false).map(([code, name, t]): Province => {
    const type = typeOf(cur, pTypes, PROVINCE_TYPES, t);
    return { code, name, type, fullName: `${type} ${name}` };
  });
  const communes = rows(cur, 'communes', true).map(([code, name, t, provinceCode]): Commune => {
    const type = typeOf(cur, cTypes, COMMUNE_TYPES, t);
    return { code, name, type, fullName: `${type} ${name}`, provinceCode };
  });

  const old = open(dir, 'legacy-units.json');
  const lpTypes = stringList(old, 'provinceTypes');
  const ldTypes = stringList(old, 'districtTypes');
  const lcTypes = stringList(old, 'communeTypes');
  const legacyProvinces = rows(old, 'provinces', false).map(([code, name, t]): LegacyProvince => {
    const type = typeOf(old, lpTypes, PROVINCE_TYPES, t);
    return { code, name, type, fullName: `${type} ${name}` };
  });
  const legacyDistricts = rows(old, 'districts', true).map(([code, name, t, provinceCode]): LegacyDistrict => {
    const type = typeOf(old, ldTypes, DISTRICT_TYPES, t);
    return { code, name, type, fullName: `${type} ${name}`, provinceCode };
  });
  const districtProvince = new Map(legacyDistricts.map((d) => [d.code, d.provinceCode]));
  const legacyCommunes = rows(old, 'communes', true).map(([code, name, t, districtCode]): LegacyCommune => {
    const type = typeOf(old, lcTypes, LEGACY_COMMUNE_TYPES, t);
    const provinceCode = districtProvince.get(districtCode);
    if (provinceCode === undefined) throw new AdminUnitsFileError(old.file, `commune ${code} has unknown district ${districtCode}`);
    return { code, name, type, fullName: `${type} ${name}`, districtCode, provinceCode };
  });

  const map = open(dir, 'legacy-to-current.json');
  const communeMappings = mappingRows(map, 'communes');
  const districtMappings = mappingRows(map, 'districts');

  // Referential integrity: a mapping to a code that is not in the current list would resolve an
  // address to nothing.
  const provinceCodes = new Set(provinces.map((p) => p.code));
  for (const c of communes)
    if (!provinceCodes.has(c.provinceCode)) throw new AdminUnitsFileError(cur.file, `commune ${c.code} has unknown province`);
  const legacyProvinceCodes = new Set(legacyProvinces.map((p) => p.code));
  for (const d of legacyDistricts)
    if (!legacyProvinceCodes.has(d.provinceCode)) throw new AdminUnitsFileError(old.file, `district ${d.code} has unknown province`);
  const communeCodes = new Set(communes.map((c) => c.code));
  for (const m of [...communeMappings, ...districtMappings]) {
    for (const n of m.newCodes)
      if (!communeCodes.has(n)) throw new AdminUnitsFileError(map.file, `${m.oldCode} maps to unknown commune ${n}`);
  }

  return { edition, provinces, communes, legacyProvinces, legacyDistricts, legacyCommunes, communeMappings, districtMappings };
}
