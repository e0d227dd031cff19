// The administrative-unit reference data in memory, with the lookups the registry needs: the commune
// picker of the office's province, and linking addresses written before 01/07/2025 to current communes.
// Everything is built once at load (about 14k units); searches then touch only one province.
import { readAdminUnitTables } from './data-files.ts';
import { resolveLegacyAddress } from './legacy-resolver.ts';
import { buildSearchEntries, searchEntries, type SearchEntry } from './search.ts';
import type {
  Commune,
  CommuneMatch,
  FindCommunesOptions,
  FormerCommune,
  LegacyAddressInput,
  LegacyCommune,
  LegacyDistrict,
  LegacyMapping,
  LegacyProvince,
  LegacyResolution,
  Province,
  ResolveLegacyOptions,
} from './types.ts';

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Dữ liệu đơn vị hành chính thiếu ${what}`);
  return value;
}

export class AdminUnits {
  /** which edition of the current list was built in, e.g. "2026-07-25" */
  readonly edition: string;
  private readonly provinces: readonly Province[];
  private readonly provinceByCode: ReadonlyMap<string, Province>;
  private readonly communeByCode: ReadonlyMap<string, Commune>;
  private readonly communesByProvince: ReadonlyMap<string, readonly Commune[]>;
  private readonly legacyProvinces: readonly LegacyProvince[];
  private readonly legacyProvinceByCode: ReadonlyMap<string, LegacyProvince>;
  private readonly legacyDistrictByCode: ReadonlyMap<string, LegacyDistrict>;
  private readonly legacyDistrictsByProvince: ReadonlyMap<string, readonly LegacyDistrict[]>;
  private readonly legacyCommuneByCode: ReadonlyMap<string, LegacyCommune>;
  private readonly legacyCommunesByDistrict: ReadonlyMap<string, readonly LegacyCommune[]>;
  private readonly mappingByOldCommune: ReadonlyMap<string, LegacyMapping>;
  private readonly mappingByOldDistrict: ReadonlyMap<string, LegacyMapping>;
  private readonly formerByNew: ReadonlyMap<string, readonly FormerCommune[]>;
  /** built on first search of a province: most sessions only ever search the office's own */
  private readonly searchIndex = new Map<string, SearchEntry[]>();

  constructor(resourcesDir: string) {
    const t = readAdminUnitTables(resourcesDir);
    this.edition = t.edition;
    this.provinces = t.provinces;
    this.provinceByCode = new Map(t.provinces.map((p) => [p.code, p]));
    this.communeByCode = new Map(t.communes.map((c) => [c.code, c]));
    this.communesByProvince = Map.groupBy(t.communes, (c) => c.provinceCode);
    this.legacyProvinces = t.legacyProvinces;
    this.legacyProvinceByCode = new Map(t.legacyProvinces.map((p) => [p.code, p]));
    this.legacyDistrictByCode = new Map(t.legacyDistricts.map((d) => [d.code, d]));
    this.legacyDistrictsByProvince = Map.groupBy(t.legacyDistricts, (d) => d.provinceCode);
    this.legacyCommuneByCode = new Map(t.legacyCommunes.map((c) => [c.code, c]));
    this.legacyCommunesByDistrict = Map.groupBy(t.legacyCommunes, (c) => c.districtCode);
    this.mappingByOldCommune = new Map(t.communeMappings.map((m) => [m.oldCode, m]));
    this.mappingByOldDistrict = new Map(t.districtMappings.map((m) => [m.oldCode, m]));

    const former = new Map<string, FormerCommune[]>();
    for (const m of t.communeMappings) {
      const commune = required(this.legacyCommuneByCode.get(m.oldCode), `xã cũ ${m.oldCode}`);
      const district = required(this.legacyDistrictByCode.get(commune.districtCode), `huyện cũ ${commune.districtCode}`);
      const province = required(this.legacyProvinceByCode.get(commune.provinceCode), `tỉnh cũ ${commune.provinceCode}`);
      for (const code of m.newCodes) {
        const list = former.get(code) ?? [];
        list.push({ commune, district, province, whole: m.unambiguous });
        former.set(code, list);
      }
    }
    this.formerByNew = former;
  }

  // ---- current units (since 01/07/2025) ----

  /** The 34 provinces, by code. */
  listProvinces(): readonly Province[] {
    return this.provinces;
  }

  getProvince(code: string): Province | undefined {
    return this.provinceByCode.get(code);
  }

  getCommune(code: string): Commune | undefined {
    return this.communeByCode.get(code);
  }

  /** The communes of a province, by code; empty for an unknown province. */
  communesOf(provinceCode: string): readonly Commune[] {
    return this.communesByProvince.get(provinceCode) ?? [];
  }

  /**
   * Current communes of a province whose current name, or the name of an old commune merged into
   * them, contains the query; diacritics, case, đ and punctuation are ignored. Best matches first.
   */
  findCommunes(provinceCode: string, query: string, options: FindCommunesOptions = {}): CommuneMatch[] {
    let entries = this.searchIndex.get(provinceCode);
    if (entries === undefined) {
      entries = buildSearchEntries(this.communesOf(provinceCode), (code) => this.formerCommunesOf(code));
      this.searchIndex.set(provinceCode, entries);
    }
    return searchEntries(entries, query, options.limit);
  }

  /** The old communes that went, wholly or partly, into a current commune. */
  formerCommunesOf(newCommuneCode: string): readonly FormerCommune[] {
    return this.formerByNew.get(newCommuneCode) ?? [];
  }

  // ---- units before 01/07/2025 ----

  listLegacyProvinces(): readonly LegacyProvince[] {
    return this.legacyProvinces;
  }

  getLegacyProvince(code: string): LegacyProvince | undefined {
    return this.legacyProvinceByCode.get(code);
  }

  getLegacyDistrict(code: string): LegacyDistrict | undefined {
    return this.legacyDistrictByCode.get(code);
  }

  getLegacyCommune(code: string): LegacyCommune | undefined {
    return this.legacyCommuneByCode.get(code);
  }

  legacyDistrictsOf(oldProvinceCode: string): readonly LegacyDistrict[] {
    return this.legacyDistrictsByProvince.get(oldProvinceCode) ?? [];
  }

  legacyCommunesOf(oldDistrictCode: string): readonly LegacyCommune[] {
    return this.legacyCommunesByDistrict.get(oldDistrictCode) ?? [];
  }

  /** Where an old commune went; `unambiguous` is false when it was split. */
  mappingOfLegacyCommune(oldCommuneCode: string): LegacyMapping | undefined {
    return this.mappingByOldCommune.get(oldCommuneCode);
  }

  /** Only the five island districts that had no communes (they became đặc khu whole). */
  mappingOfLegacyDistrict(oldDistrictCode: string): LegacyMapping | undefined {
    return this.mappingByOldDistrict.get(oldDistrictCode);
  }

  /**
   * Links an address written before 01/07/2025 to a current commune. 'unique' only when the text
   * identifies old units that all went whole into one new commune; split communes and several
   * same-named candidates come back 'ambiguous' for a person to choose.
   */
  resolveLegacyAddress(input: LegacyAddressInput, options: ResolveLegacyOptions = {}): LegacyResolution {
    return resolveLegacyAddress(this, input, options);
  }
}

/** Loads <resourcesDir>/admin-units/*.json (resourcesDir is the app's resources folder). */
export function loadAdminUnits(resourcesDir: string): AdminUnits {
  return new AdminUnits(resourcesDir);
}
