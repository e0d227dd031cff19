import type { Entity, FieldSpec } from '../../contract/index.ts';
import { CERT_FIELDS, FIGURE_FIELDS, OCOP_FIELDS, ORG_FIELDS } from '../../contract/fields.ts';
import { normalizeOrgName } from '../../shared/index.ts';
import { perObject, remembered } from '../../shared/memo.ts';
import type { AdminUnits } from '../admin-units/index.ts';
import { findFigures, findLiveOrgByRegCode, liveOrganizationExists, type ColumnValues, type RowTable } from './repository.ts';
import type { Db } from '../db/types.ts';

/** A record as the rules see it: field key → stored value (null = blank). */
export type Values = Record<string, string | number | string[] | null>;

/**
 * What the rules need to know from the database. The registry asks SQL; an import of thousands of rows
 * answers from its in-memory index instead, with the very same rules.
 */
export interface RuleLookups {
  orgWithRegCode(regCode: string, exceptId: number | null): Promise<{ id: number; name: string } | undefined>;
  organizationLive(id: number): Promise<boolean>;
  figuresId(organizationId: number, year: number, period: string): Promise<number | undefined>;
}

export function sqlLookups(db: Db): RuleLookups {
  return {
    orgWithRegCode: (regCode, exceptId) => findLiveOrgByRegCode(db, regCode, exceptId),
    organizationLive: async (id) => (await liveOrganizationExists(db, id)) !== undefined,
    figuresId: async (organizationId, year, period) => (await findFigures(db, organizationId, year, period))?.id,
  };
}

export interface RuleContext {
  lookups: RuleLookups;
  units: AdminUnits;
  today: string;
  /** Id of the row being changed; null when creating. */
  selfId: number | null;
}

export interface EntityConfig {
  table: RowTable;
  fields: readonly FieldSpec[];
  /** Fields that are not plain columns (handled by the service). */
  special: readonly string[];
  /** Cross-field and database rules; returns field → Vietnamese message. */
  rules(v: Values, rc: RuleContext): Promise<Record<string, string>>;
  /** Column values of the plain fields, plus derived columns. */
  toColumns(v: Values, changedKeys: readonly string[]): ColumnValues;
  /** Reads a stored row back as field values (for merging an update and for the audit's old values). */
  fromColumns(row: ColumnValues): Values;
}

const columnNames = new Map<string, string>();

/** Field key → column name (foundedOn → founded_on); memoized, as every row of an import asks again. */
function snake(key: string): string {
  let name = columnNames.get(key);
  if (name === undefined) {
    name = key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
    columnNames.set(key, name);
  }
  return name;
}

/** A field list by key, built once per list: an import looks up every field of every row. */
const fieldIndex = perObject((fields: readonly FieldSpec[]): ReadonlyMap<string, FieldSpec> => new Map(fields.map((f) => [f.key, f])));

function plainColumns(fields: readonly FieldSpec[], special: readonly string[], v: Values, keys: readonly string[]): ColumnValues {
  const out: ColumnValues = {};
  const byKey = fieldIndex(fields);
  for (const key of keys) {
    const f = byKey.get(key);
    if (!f || f.readOnly || special.includes(key)) continue;
    const value = v[key] ?? null;
    out[snake(key)] = f.kind === 'multiEnum' ? JSON.stringify(value ?? []) : Array.isArray(value) ? JSON.stringify(value) : value;
  }
  return out;
}

function plainValues(fields: readonly FieldSpec[], row: ColumnValues): Values {
  const out: Values = {};
  for (const f of fields) {
    const raw = row[snake(f.key)];
    out[f.key] = f.kind === 'multiEnum' && typeof raw === 'string' ? (JSON.parse(raw) as string[]) : (raw ?? null);
  }
  return out;
}

function notFuture(v: Values, key: string, label: string, today: string, errors: Record<string, string>): void {
  const d = v[key];
  if (typeof d === 'string' && d > today) errors[key] = `${label} không được sau ngày hôm nay.`;
}

function communeExists(v: Values, key: string, units: AdminUnits, errors: Record<string, string>): void {
  const code = v[key];
  if (typeof code === 'string' && !units.getCommune(code)) errors[key] = `Không có xã/phường mã ${code} trong danh mục 2025.`;
}

async function organizationLive(v: Values, rc: RuleContext, errors: Record<string, string>): Promise<void> {
  const id = v.organizationId;
  if (typeof id === 'number' && !(await rc.lookups.organizationLive(id))) errors.organizationId = 'Tổ chức không tồn tại hoặc đã bị xóa.';
}

/**
 * The matching key of a name: HTX ≡ Hợp tác xã, QTDND ≡ Quỹ tín dụng nhân dân, and case, spacing, tone
 * placement and NFC/NFD do not matter — but diacritics do ("Thành Công" and "Thanh Công" can be two
 * cooperatives). Remembered: an import asks for the same row's name several times, and normalizing is costly.
 */
export const orgNameKey: (name: string) => string = remembered(20_000, normalizeOrgName);

const organizations: EntityConfig = {
  table: 'organizations',
  fields: ORG_FIELDS,
  special: ['status', 'statusSince'],
  async rules(v, rc) {
    const errors: Record<string, string> = {};
    notFuture(v, 'foundedOn', 'Ngày thành lập', rc.today, errors);
    communeExists(v, 'communeCode', rc.units, errors);
    const email = v.email;
    if (typeof email === 'string' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) errors.email = 'Thư điện tử không đúng dạng.';
    const code = v.regCode;
    if (v.type === 'THT' && code) errors.regCode = 'Tổ hợp tác không có mã số HTX; hãy để trống hoặc đổi loại hình.';
    else if (typeof code === 'string') {
      const other = await rc.lookups.orgWithRegCode(code, rc.selfId);
      if (other) errors.regCode = `Mã số ${code} đã dùng cho «${other.name}».`;
    }
    return errors;
  },
  toColumns(v, keys) {
    const cols = plainColumns(ORG_FIELDS, this.special, v, keys);
    if (keys.includes('name') && typeof v.name === 'string') cols.name_key = orgNameKey(v.name);
    return cols;
  },
  fromColumns: (row) => plainValues(ORG_FIELDS, row),
};

const figures: EntityConfig = {
  table: 'yearly_figures',
  fields: FIGURE_FIELDS,
  special: [],
  async rules(v, rc) {
    const errors: Record<string, string> = {};
    await organizationLive(v, rc, errors);
    const { workers, regularWorkers } = v;
    if (typeof workers === 'number' && typeof regularWorkers === 'number' && regularWorkers > workers) {
      errors.regularWorkers = `Lao động thường xuyên (${regularWorkers}) không được lớn hơn tổng số lao động (${workers}).`;
    }
    if (typeof v.year === 'number' && v.year > Number(rc.today.slice(0, 4))) errors.year = 'Năm số liệu không được sau năm hiện tại.';
    if (typeof v.organizationId === 'number' && typeof v.year === 'number' && typeof v.period === 'string') {
      const existing = await rc.lookups.figuresId(v.organizationId, v.year, v.period);
      if (existing !== undefined && existing !== rc.selfId) errors.year = `Tổ chức này đã có số liệu năm ${v.year} cho kỳ này.`;
    }
    return errors;
  },
  toColumns: (v, keys) => plainColumns(FIGURE_FIELDS, [], v, keys),
  fromColumns: (row) => plainValues(FIGURE_FIELDS, row),
};

const ocop: EntityConfig = {
  table: 'ocop_products',
  fields: OCOP_FIELDS,
  special: ['externalOwnerName', 'externalOwnerKind'],
  async rules(v, rc) {
    const errors: Record<string, string> = {};
    const hasOrg = v.organizationId !== null && v.organizationId !== undefined;
    const hasExternal = typeof v.externalOwnerName === 'string' && v.externalOwnerName !== '';
    if (hasOrg === hasExternal) errors.organizationId = 'Chọn đúng một chủ thể: một tổ chức KTTT, hoặc ghi tên chủ thể khác.';
    if (hasOrg) await organizationLive(v, rc, errors);
    notFuture(v, 'decisionDate', 'Ngày quyết định', rc.today, errors);
    communeExists(v, 'communeCode', rc.units, errors);
    if (typeof v.recognitionYear === 'number' && v.recognitionYear > Number(rc.today.slice(0, 4)))
      errors.recognitionYear = 'Năm công nhận không được sau năm hiện tại.';
    return errors;
  },
  toColumns: (v, keys) => plainColumns(OCOP_FIELDS, ['externalOwnerName', 'externalOwnerKind'], v, keys),
  fromColumns: (row) => plainValues(OCOP_FIELDS, row),
};

const certifications: EntityConfig = {
  table: 'certifications',
  fields: CERT_FIELDS,
  special: [],
  async rules(v, rc) {
    const errors: Record<string, string> = {};
    await organizationLive(v, rc, errors);
    notFuture(v, 'issuedOn', 'Ngày cấp', rc.today, errors);
    if (typeof v.issuedOn === 'string' && typeof v.expiresOn === 'string' && v.expiresOn < v.issuedOn)
      errors.expiresOn = 'Ngày hết hạn phải sau ngày cấp.';
    return errors;
  },
  toColumns: (v, keys) => plainColumns(CERT_FIELDS, [], v, keys),
  fromColumns: (row) => plainValues(CERT_FIELDS, row),
};

export const ENTITY_CONFIG: Record<Entity, EntityConfig> = { organizations, figures, ocop, certifications };

export function fieldOf(config: EntityConfig, key: string): FieldSpec | undefined {
  return fieldIndex(config.fields).get(key);
}
