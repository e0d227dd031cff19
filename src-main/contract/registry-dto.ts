import type { CellValue, Entity } from './fields.ts';
import type { PackedTable } from '../shared/packed-table.ts';
import type { CertKind, ExternalOwnerKind, FigurePeriod, OcopGroup, OrgModel, OrgStatus, OrgType } from './vocab.ts';

/** Rows that cross the boundary. Money: integer đồng. Dates: ISO. Blank: null (never 0). */
export interface FigureValues {
  members: number | null;
  workers: number | null;
  regularWorkers: number | null;
  revenue: number | null;
  profit: number | null;
  avgIncome: number | null;
  charterCapitalEnd: number | null;
  budgetPaid: number | null;
}

export interface OrgRow {
  id: number;
  type: OrgType;
  name: string;
  shortName: string | null;
  regCode: string | null;
  foundedOn: string | null;
  registeredBy: string | null;
  status: OrgStatus;
  statusSince: string | null;
  /** End of a temporary suspension, when known. */
  statusUntil: string | null;
  street: string | null;
  communeCode: string | null;
  /** "Xã …, Tỉnh …" of communeCode, for display. */
  communeName: string | null;
  legacyAddress: string | null;
  sectors: string[];
  model: OrgModel | null;
  charterCapital: number | null;
  headName: string | null;
  phone: string | null;
  email: string | null;
  notes: string | null;
  updatedAt: string;
  /** Whole-year figures of the year asked for; null when the organization reported none. */
  figures: FigureValues | null;
}

/**
 * The columns of OrgGridList.rows, one list for the core that packs them and the grid that reads them: `id`,
 * the organization's own fields (the keys of contract/fields.ts ORG_FIELDS, in order), then the year's
 * whole-year figures (FIGURE_VALUE_FIELDS keys), each sent as `figures.<key>`.
 */
export const ORG_GRID_OWN_COLUMNS = [
  'id',
  'type',
  'name',
  'shortName',
  'regCode',
  'foundedOn',
  'registeredBy',
  'status',
  'statusSince',
  'street',
  'communeCode',
  'legacyAddress',
  'sectors',
  'model',
  'charterCapital',
  'headName',
  'phone',
  'email',
  'notes',
] as const;
export const ORG_GRID_FIGURE_COLUMNS = [
  'members',
  'workers',
  'regularWorkers',
  'revenue',
  'profit',
  'avgIncome',
  'charterCapitalEnd',
  'budgetPaid',
] as const;
export const ORG_GRID_FIGURE_PREFIX = 'figures.';
export type OrgGridOwnColumn = (typeof ORG_GRID_OWN_COLUMNS)[number];
export type OrgGridFigureColumn = (typeof ORG_GRID_FIGURE_COLUMNS)[number];

/**
 * The organizations grid's list in compact form (shared/packed-table.ts): the rows in the core's order
 * (name, then id), in the columns above. A third of OrgRow[]'s size.
 */
export interface OrgGridList {
  year: number;
  rows: PackedTable;
  /** "Xã …, Tỉnh …" of each commune code the rows use, for display and search. */
  communeNames: Record<string, string>;
}

/** An entry of the organization directory that pickers search: small, so 50,000 of them load quickly. */
export interface OrgName {
  id: number;
  name: string;
  regCode: string | null;
  type: OrgType;
  /** "Xã …, Tỉnh …": tells apart organizations of the same name. */
  communeName: string | null;
}

export interface FigureRow extends FigureValues {
  id: number;
  organizationId: number;
  organizationName: string;
  organizationType: OrgType;
  year: number;
  period: FigurePeriod;
  updatedAt: string;
  /** Cells an import could not read, as the file wrote them (the figure itself is blank). */
  sourceTexts: Record<string, string> | null;
}

/** An organization active in a year with no figures yet: an empty row of the yearly figures sheet. */
export interface FigureSheetOrg {
  organizationId: number;
  organizationName: string;
  organizationType: OrgType;
}

export interface OcopRow {
  id: number;
  name: string;
  organizationId: number | null;
  externalOwnerName: string | null;
  externalOwnerKind: ExternalOwnerKind | null;
  /** The owner as shown: the organization's name or the external owner's. */
  ownerName: string;
  stars: number;
  decisionNo: string | null;
  decisionDate: string | null;
  recognitionYear: number | null;
  productGroup: OcopGroup | null;
  communeCode: string | null;
  notes: string | null;
  /** Last day of validity (36 months); null when neither a date nor a year is known. */
  validUntil: string | null;
  updatedAt: string;
}

export interface CertRow {
  id: number;
  organizationId: number;
  organizationName: string;
  kind: CertKind;
  product: string | null;
  number: string | null;
  issuer: string | null;
  issuedOn: string | null;
  expiresOn: string | null;
  validOn: string | null;
  notes: string | null;
  updatedAt: string;
}

export type RegistryRow = OrgRow | FigureRow | OcopRow | CertRow;

export interface StatusEntry {
  id: number;
  status: OrgStatus;
  /** Null when the status began on an unknown day; `knownOn` is then the day it was known to hold. */
  fromDate: string | null;
  knownOn: string | null;
  toDate: string | null;
  note: string | null;
  recordedAt: string;
}

export interface AuditEntryDto {
  at: string;
  who: string;
  action: string;
  entity: string;
  entityId: string;
  field: string | null;
  oldValue: string | null;
  newValue: string | null;
}

export interface OrgDetail {
  organization: OrgRow;
  /** Field key → the text an import read the field from, as the file wrote it. */
  sourceTexts: Record<string, string>;
  /** Columns of an imported file that no field took, as [header, text]: kept as written. */
  extraColumns: [string, string][];
  statusHistory: StatusEntry[];
  figures: FigureRow[];
  ocop: OcopRow[];
  certifications: CertRow[];
  audit: AuditEntryDto[];
}

export type OpResult =
  | { ok: true; id: number; tempId?: string; row: RegistryRow | null }
  | { ok: false; id?: number; tempId?: string; message: string; fieldErrors: Record<string, string> };

export interface ApplyResult {
  results: OpResult[];
}

export interface DeletedItem {
  entity: Entity;
  id: number;
  label: string;
  deletedAt: string;
}

export interface RegistryStats {
  year: number;
  byTypeAndStatus: { type: OrgType; status: OrgStatus; count: number }[];
  /** Organizations (not deleted) with whole-year figures for `year`. */
  withFigures: number;
  total: number;
}

export interface ProvinceDto {
  code: string;
  name: string;
}

export interface CommuneDto {
  code: string;
  name: string;
  provinceCode: string;
}

export interface CommuneMatchDto extends CommuneDto {
  /** "Phường Tân Hoà (trước đây: Xã Hòa Bình, …)" when found by a former name. */
  label: string;
  matchedBy: 'name' | 'former-name';
}

export type { CellValue };
