// Public shapes of the administrative-unit reference data. Two geographies coexist on purpose: records
// written before 01/07/2025 name an old province / district / commune, while new records and every
// report after that date use the 34 provinces and 3,321 communes. Old and new codes live in separate
// namespaces (old province 25 Phú Thọ is not new province 25 Phú Thọ), hence separate types.

export type ProvinceType = 'Tỉnh' | 'Thành phố';
export type CommuneType = 'Xã' | 'Phường' | 'Đặc khu';
export type LegacyDistrictType = 'Quận' | 'Huyện' | 'Thị xã' | 'Thành phố';
export type LegacyCommuneType = 'Xã' | 'Phường' | 'Thị trấn';

/** A province or centrally-governed city since 01/07/2025 (2-digit code). */
export interface Province {
  readonly code: string;
  readonly name: string;
  readonly type: ProvinceType;
  /** e.g. "Tỉnh Phú Thọ" */
  readonly fullName: string;
}

/** A commune-level unit since 01/07/2025 (5-digit code); there is no district level any more. */
export interface Commune {
  readonly code: string;
  readonly name: string;
  readonly type: CommuneType;
  readonly fullName: string;
  readonly provinceCode: string;
}

export interface LegacyProvince {
  readonly code: string;
  readonly name: string;
  readonly type: ProvinceType;
  readonly fullName: string;
}

export interface LegacyDistrict {
  readonly code: string;
  readonly name: string;
  readonly type: LegacyDistrictType;
  readonly fullName: string;
  readonly provinceCode: string;
}

export interface LegacyCommune {
  readonly code: string;
  readonly name: string;
  readonly type: LegacyCommuneType;
  readonly fullName: string;
  readonly districtCode: string;
  readonly provinceCode: string;
}

/** Where an old commune went. `unambiguous` is false when it was split among several new communes. */
export interface LegacyMapping {
  readonly oldCode: string;
  readonly newCodes: readonly string[];
  readonly unambiguous: boolean;
}

/** An old commune that (wholly or partly) became part of a current commune. */
export interface FormerCommune {
  readonly commune: LegacyCommune;
  readonly district: LegacyDistrict;
  readonly province: LegacyProvince;
  /** false when the old commune was split and only part of it went here */
  readonly whole: boolean;
}

export interface CommuneMatch {
  readonly commune: Commune;
  /** 'name': the current name matched; 'former-name': the name of an old commune merged into it */
  readonly matchedBy: 'name' | 'former-name';
  /** set when matchedBy is 'former-name' */
  readonly former?: FormerCommune;
  /** what a picker shows, e.g. "Phường Tân Hòa (trước đây: Xã Hòa Bình, Thành phố Hòa Bình, Tỉnh Hoà Bình)" */
  readonly label: string;
}

export interface FindCommunesOptions {
  /** at most this many matches (default 50) */
  readonly limit?: number;
}

/** An address as written before 01/07/2025, each part free text ("Huyện Kỳ Sơn", "tp hoa binh", …). */
export interface LegacyAddressInput {
  readonly province?: string | null;
  readonly district?: string | null;
  readonly commune?: string | null;
}

export interface ResolveLegacyOptions {
  /**
   * Only consider old units that became part of this new province (the office's province). Also used
   * as the search area when the address names no province.
   */
  readonly newProvinceCode?: string;
}

/** A candidate new commune, with the old unit that leads to it when one was identified. */
export interface LegacyCandidate {
  readonly newCommune: Commune;
  readonly oldCommune?: LegacyCommune;
  readonly oldDistrict?: LegacyDistrict;
  readonly oldProvince?: LegacyProvince;
  /**
   * true when the old unit went entirely into this new commune; false for a part of a split commune, and
   * for the communes a district (given without a commune) was spread over
   */
  readonly whole: boolean;
}

/**
 * Something a person reviewing the result should know even though it was resolved:
 * - 'district-not-matched': the commune was found in the province but not in the district written
 *   (the district text was unknown or the commune belongs to another district).
 * - 'type-mismatch': the prefix written (e.g. "Thị trấn") differs from the unit's type.
 */
export type ResolutionNote = 'district-not-matched' | 'type-mismatch';

export type LegacyResolution =
  | {
      readonly status: 'unique';
      readonly newCommuneCode: string;
      readonly newCommune: Commune;
      readonly province: Province;
      readonly oldCommune?: LegacyCommune;
      readonly oldDistrict?: LegacyDistrict;
      readonly oldProvince?: LegacyProvince;
      readonly notes: readonly ResolutionNote[];
    }
  | {
      readonly status: 'ambiguous';
      /**
       * 'split': the old commune was divided among several new communes;
       * 'several-old-units': the text fits several old communes (or districts) that went to different places;
       * 'no-commune': only a district was given, and its communes went to several new communes.
       */
      readonly reason: 'split' | 'several-old-units' | 'no-commune';
      readonly candidates: readonly LegacyCandidate[];
      readonly notes: readonly ResolutionNote[];
    }
  | {
      readonly status: 'not-found';
      /** the first part that could not be matched ('input' when nothing usable was given) */
      readonly reason: 'input' | 'province' | 'district' | 'commune';
    };
