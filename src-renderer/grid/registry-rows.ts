/**
 * The registry's rows (contract DTOs) as grid cells, field key by field key, and back from whatever
 * row the core answers with. Written out field by field rather than by reflection so the compiler
 * checks every name; a unit test checks that every field of contract/fields.ts is covered.
 */
import type { CertRow, FigureRow, FigureValues, OcopRow, OrgRow, RegistryRow } from '../../src-main/contract/index.ts';
import type { CellValue } from '../../src-main/contract/fields.ts';
import { keyOfId, type GridRow } from './types.ts';

export type Cells = Record<string, CellValue>;

export const FIGURE_PREFIX = 'fig.';

export function isOrgRow(r: RegistryRow): r is OrgRow {
  return 'regCode' in r && 'sectors' in r;
}
export function isFigureRow(r: RegistryRow): r is FigureRow {
  return 'organizationType' in r && 'period' in r;
}
export function isOcopRow(r: RegistryRow): r is OcopRow {
  return 'stars' in r && 'ownerName' in r;
}
export function isCertRow(r: RegistryRow): r is CertRow {
  return 'issuedOn' in r && 'kind' in r;
}

export function figureValueCells(f: FigureValues | null, prefix = ''): Cells {
  return {
    [`${prefix}members`]: f?.members ?? null,
    [`${prefix}workers`]: f?.workers ?? null,
    [`${prefix}regularWorkers`]: f?.regularWorkers ?? null,
    [`${prefix}revenue`]: f?.revenue ?? null,
    [`${prefix}profit`]: f?.profit ?? null,
    [`${prefix}avgIncome`]: f?.avgIncome ?? null,
    [`${prefix}charterCapitalEnd`]: f?.charterCapitalEnd ?? null,
    [`${prefix}budgetPaid`]: f?.budgetPaid ?? null,
  };
}

export function orgCells(o: OrgRow): Cells {
  return {
    type: o.type,
    name: o.name,
    shortName: o.shortName,
    regCode: o.regCode,
    foundedOn: o.foundedOn,
    registeredBy: o.registeredBy,
    status: o.status,
    statusSince: o.statusSince,
    street: o.street,
    communeCode: o.communeCode,
    legacyAddress: o.legacyAddress,
    sectors: o.sectors,
    model: o.model,
    charterCapital: o.charterCapital,
    headName: o.headName,
    phone: o.phone,
    email: o.email,
    notes: o.notes,
  };
}

export function figureCells(f: FigureRow): Cells {
  return { organizationId: f.organizationId, organizationType: f.organizationType, year: f.year, period: f.period, ...figureValueCells(f) };
}

export function ocopCells(p: OcopRow): Cells {
  return {
    name: p.name,
    organizationId: p.organizationId,
    externalOwnerName: p.externalOwnerName,
    externalOwnerKind: p.externalOwnerKind,
    stars: p.stars,
    decisionNo: p.decisionNo,
    decisionDate: p.decisionDate,
    recognitionYear: p.recognitionYear,
    productGroup: p.productGroup,
    communeCode: p.communeCode,
    notes: p.notes,
    validUntil: p.validUntil,
  };
}

export function certCells(c: CertRow): Cells {
  return {
    organizationId: c.organizationId,
    kind: c.kind,
    product: c.product,
    number: c.number,
    issuer: c.issuer,
    issuedOn: c.issuedOn,
    expiresOn: c.expiresOn,
    validOn: c.validOn,
    notes: c.notes,
  };
}

/** An organization with the chosen year's figures as "fig.*" cells. */
export function orgGridRow(o: OrgRow): GridRow {
  return { key: keyOfId(o.id), id: o.id, cells: { ...orgCells(o), ...figureValueCells(o.figures, FIGURE_PREFIX) } };
}

/**
 * The core's answer merged into an organizations-grid row. An organization's own answer carries the
 * figures of the default year, not necessarily the grid's, so figure cells come only from figure rows
 * of the grid's year.
 */
export function mergeOrgAnswer(r: RegistryRow, current: GridRow | undefined, year: number): GridRow | null {
  if (isFigureRow(r)) {
    if (!current || r.year !== year || r.period !== 'Y') return current ?? null;
    return { ...current, cells: { ...current.cells, ...figureValueCells(r, FIGURE_PREFIX) } };
  }
  if (!isOrgRow(r)) return null;
  const figures = current
    ? Object.fromEntries(Object.entries(current.cells).filter(([k]) => k.startsWith(FIGURE_PREFIX)))
    : figureValueCells(null, FIGURE_PREFIX);
  return { key: current?.key ?? keyOfId(r.id), id: r.id, cells: { ...orgCells(r), ...figures } };
}
