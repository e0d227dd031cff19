// Links an address written before 01/07/2025 (free text per part) to a current commune.
//
// The rule from the domain brief: use the old→new mapping only where it is unambiguous, and hand
// everything else to a person. So 'unique' needs every old commune the text can mean to have gone whole
// into the same new commune; a split commune, or a name that fits several old communes going to
// different places, is 'ambiguous' with the candidates listed.
import type { AdminUnits } from './admin-units.ts';
import { compactKey } from './fold.ts';
import { PROVINCE_ALIASES, parseUnitText, type UnitTextAlternative } from './unit-text.ts';
import type {
  LegacyAddressInput,
  LegacyCandidate,
  LegacyCommune,
  LegacyDistrict,
  LegacyProvince,
  LegacyResolution,
  ResolutionNote,
  ResolveLegacyOptions,
} from './types.ts';

interface Named {
  readonly name: string;
  readonly type: string;
}

interface KeyIndex {
  readonly provincesByKey: ReadonlyMap<string, readonly LegacyProvince[]>;
  readonly districtsByKey: ReadonlyMap<string, readonly LegacyDistrict[]>;
  readonly communesByKey: ReadonlyMap<string, readonly LegacyCommune[]>;
  /** new province code → old provinces that gave it at least one commune */
  readonly oldProvincesOfNew: ReadonlyMap<string, ReadonlySet<string>>;
}

const indexes = new WeakMap<AdminUnits, KeyIndex>();

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

// Built on the first resolution rather than at load: only imports and the organization form need it.
function indexOf(units: AdminUnits): KeyIndex {
  const cached = indexes.get(units);
  if (cached !== undefined) return cached;
  const provincesByKey = new Map<string, LegacyProvince[]>();
  const districtsByKey = new Map<string, LegacyDistrict[]>();
  const communesByKey = new Map<string, LegacyCommune[]>();
  const oldProvincesOfNew = new Map<string, Set<string>>();
  for (const p of units.listLegacyProvinces()) {
    push(provincesByKey, compactKey(p.name), p);
    for (const d of units.legacyDistrictsOf(p.code)) {
      push(districtsByKey, compactKey(d.name), d);
      for (const c of units.legacyCommunesOf(d.code)) {
        push(communesByKey, compactKey(c.name), c);
        for (const code of units.mappingOfLegacyCommune(c.code)?.newCodes ?? []) {
          const np = units.getCommune(code)?.provinceCode;
          if (np === undefined) continue;
          const set = oldProvincesOfNew.get(np) ?? new Set<string>();
          set.add(p.code);
          oldProvincesOfNew.set(np, set);
        }
      }
    }
  }
  for (const [alias, name] of PROVINCE_ALIASES) {
    for (const p of provincesByKey.get(compactKey(name)) ?? []) push(provincesByKey, alias, p);
  }
  const index: KeyIndex = { provincesByKey, districtsByKey, communesByKey, oldProvincesOfNew };
  indexes.set(units, index);
  return index;
}

/**
 * Units matching the first alternative that matches anything, then narrowed by the prefix's type and by
 * exact spelling with diacritics, each only if something is left ("Thị xã Kỳ Anh" vs "Huyện Kỳ Anh";
 * "Minh Quán" vs "Minh Quân").
 */
function match<T extends Named>(
  alternatives: readonly UnitTextAlternative[],
  lookup: (key: string) => readonly T[],
  notes: Set<ResolutionNote>,
): T[] {
  for (const alt of alternatives) {
    let found = [...lookup(alt.key)];
    if (found.length === 0) continue;
    if (alt.typeHint !== null) {
      const typed = found.filter((u) => u.type === alt.typeHint);
      if (typed.length > 0) found = typed;
      else notes.add('type-mismatch');
    }
    if (alt.exact !== '' && found.length > 1) {
      const exact = found.filter((u) => u.name.normalize('NFC').toLocaleLowerCase('vi') === alt.exact);
      if (exact.length > 0) found = exact;
    }
    return found;
  }
  return [];
}

function byCode<T extends { readonly code: string }>(a: T, b: T): number {
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

export function resolveLegacyAddress(units: AdminUnits, input: LegacyAddressInput, options: ResolveLegacyOptions): LegacyResolution {
  const index = indexOf(units);
  const provinceText = parseUnitText(input.province, 'province');
  const districtText = parseUnitText(input.district, 'district');
  const communeText = parseUnitText(input.commune, 'commune');
  if (districtText.length === 0 && communeText.length === 0) return { status: 'not-found', reason: 'input' };

  // Old provinces in scope. The office's new province, when given, bounds the search.
  const allowed =
    options.newProvinceCode === undefined ? null : (index.oldProvincesOfNew.get(options.newProvinceCode) ?? new Set<string>());
  const bound = (list: LegacyProvince[]): LegacyProvince[] => (allowed === null ? list : list.filter((p) => allowed.has(p.code)));
  if (provinceText.length === 0)
    return resolveWithin(units, index, bound([...units.listLegacyProvinces()]), districtText, communeText, options);

  // A province written with a 2025 name ("Huế"; "Phú Thọ" on an address in old Hòa Bình written after
  // the merger) stands for every old province merged into it. Old names are tried first, then these.
  const notes = new Set<ResolutionNote>();
  const named = bound(match(provinceText, (k) => index.provincesByKey.get(k) ?? [], notes));
  const current = units.listProvinces().filter((p) => provinceText.some((a) => a.key === compactKey(p.name)));
  const merged = new Set(current.flatMap((p) => [...(index.oldProvincesOfNew.get(p.code) ?? [])]));
  const wider = bound(units.listLegacyProvinces().filter((p) => merged.has(p.code)));
  if (named.length === 0 && wider.length === 0) return { status: 'not-found', reason: 'province' };
  const first = named.length > 0 ? resolveWithin(units, index, named, districtText, communeText, options, new Set(notes)) : null;
  const widens = wider.some((p) => !named.includes(p));
  if (first !== null && (first.status !== 'not-found' || !widens)) return first;
  return resolveWithin(units, index, wider, districtText, communeText, options, new Set(notes));
}

function resolveWithin(
  units: AdminUnits,
  index: KeyIndex,
  provinces: readonly LegacyProvince[],
  districtText: readonly UnitTextAlternative[],
  communeText: readonly UnitTextAlternative[],
  options: ResolveLegacyOptions,
  notes: Set<ResolutionNote> = new Set<ResolutionNote>(),
): LegacyResolution {
  if (provinces.length === 0) return { status: 'not-found', reason: 'province' };
  const provinceCodes = new Set(provinces.map((p) => p.code));

  let districts: LegacyDistrict[] = [];
  if (districtText.length > 0) {
    districts = match(districtText, (k) => (index.districtsByKey.get(k) ?? []).filter((d) => provinceCodes.has(d.provinceCode)), notes);
    if (districts.length === 0 && communeText.length === 0) return { status: 'not-found', reason: 'district' };
    if (districts.length === 0) notes.add('district-not-matched');
  }

  if (communeText.length === 0) return resolveDistrictOnly(units, districts, notes);

  const inProvinces = (k: string): LegacyCommune[] => (index.communesByKey.get(k) ?? []).filter((c) => provinceCodes.has(c.provinceCode));
  let communes: LegacyCommune[] = [];
  if (districts.length > 0) {
    const districtCodes = new Set(districts.map((d) => d.code));
    communes = match(communeText, (k) => inProvinces(k).filter((c) => districtCodes.has(c.districtCode)), notes);
    // Old paperwork often names a district from before an earlier boundary change; look province-wide.
    if (communes.length === 0) notes.add('district-not-matched');
  }
  if (communes.length === 0) communes = match(communeText, inProvinces, notes);
  const target = options.newProvinceCode;
  if (target !== undefined) {
    communes = communes.filter((c) =>
      (units.mappingOfLegacyCommune(c.code)?.newCodes ?? []).some((n) => units.getCommune(n)?.provinceCode === target),
    );
  }
  if (communes.length === 0) return { status: 'not-found', reason: 'commune' };
  return fromOldCommunes(units, communes.sort(byCode), notes);
}

function candidate(
  units: AdminUnits,
  newCode: string,
  old: LegacyCommune | undefined,
  district: LegacyDistrict | undefined,
  whole: boolean,
): LegacyCandidate {
  const newCommune = units.getCommune(newCode);
  if (newCommune === undefined) throw new Error(`Dữ liệu đơn vị hành chính thiếu xã mới ${newCode}`);
  const oldDistrict = district ?? (old === undefined ? undefined : units.getLegacyDistrict(old.districtCode));
  const oldProvince = oldDistrict === undefined ? undefined : units.getLegacyProvince(oldDistrict.provinceCode);
  return {
    newCommune,
    whole,
    ...(old === undefined ? {} : { oldCommune: old }),
    ...(oldDistrict === undefined ? {} : { oldDistrict }),
    ...(oldProvince === undefined ? {} : { oldProvince }),
  };
}

function unique(units: AdminUnits, c: LegacyCandidate, notes: Set<ResolutionNote>): LegacyResolution {
  const province = units.getProvince(c.newCommune.provinceCode);
  if (province === undefined) throw new Error(`Dữ liệu đơn vị hành chính thiếu tỉnh ${c.newCommune.provinceCode}`);
  return {
    status: 'unique',
    newCommuneCode: c.newCommune.code,
    newCommune: c.newCommune,
    province,
    ...(c.oldCommune === undefined ? {} : { oldCommune: c.oldCommune }),
    ...(c.oldDistrict === undefined ? {} : { oldDistrict: c.oldDistrict }),
    ...(c.oldProvince === undefined ? {} : { oldProvince: c.oldProvince }),
    notes: [...notes].sort(),
  };
}

function fromOldCommunes(units: AdminUnits, communes: readonly LegacyCommune[], notes: Set<ResolutionNote>): LegacyResolution {
  const candidates = communes.flatMap((old) => {
    const m = units.mappingOfLegacyCommune(old.code);
    return (m?.newCodes ?? []).map((code) => candidate(units, code, old, undefined, m?.unambiguous ?? false));
  });
  const targets = new Set(candidates.map((c) => c.newCommune.code));
  const first = candidates[0];
  if (first === undefined) return { status: 'not-found', reason: 'commune' };
  if (targets.size === 1 && candidates.every((c) => c.whole)) {
    // Several same-named old communes that all went whole into one new commune still give one answer,
    // but then no single old commune can be named.
    return communes.length === 1
      ? unique(units, first, notes)
      : unique(units, candidate(units, first.newCommune.code, undefined, undefined, true), notes);
  }
  return { status: 'ambiguous', reason: communes.length === 1 ? 'split' : 'several-old-units', candidates, notes: [...notes].sort() };
}

/**
 * Only a district was written. One answer for an island district (mapped whole to its đặc khu) or for a
 * district whose every commune went whole into the same new commune; otherwise the new communes its
 * communes went to, none of them "whole" since the district went to several.
 */
function resolveDistrictOnly(units: AdminUnits, districts: readonly LegacyDistrict[], notes: Set<ResolutionNote>): LegacyResolution {
  const candidates: LegacyCandidate[] = [];
  let allWhole = true;
  for (const d of [...districts].sort(byCode)) {
    const direct = units.mappingOfLegacyDistrict(d.code);
    const mappings =
      direct !== undefined ? [direct] : units.legacyCommunesOf(d.code).flatMap((c) => units.mappingOfLegacyCommune(c.code) ?? []);
    const targets = new Set<string>();
    for (const m of mappings) {
      allWhole &&= m.unambiguous;
      for (const code of m.newCodes) targets.add(code);
    }
    for (const code of [...targets].sort()) candidates.push(candidate(units, code, undefined, d, false));
  }
  const first = candidates[0];
  if (first === undefined) return { status: 'not-found', reason: 'district' };
  if (districts.length === 1 && candidates.length === 1 && allWhole) return unique(units, first, notes);
  return { status: 'ambiguous', reason: districts.length > 1 ? 'several-old-units' : 'no-commune', candidates, notes: [...notes].sort() };
}
