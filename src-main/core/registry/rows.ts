import type {
  CertKind,
  CertRow,
  ExternalOwnerKind,
  FigurePeriod,
  FigureRow,
  FigureValues,
  OcopGroup,
  OcopRow,
  OrgModel,
  OrgRow,
  OrgStatus,
  OrgType,
} from '../../contract/index.ts';
import { OCOP_VALID_MONTHS } from '../../contract/vocab.ts';
import type { AdminUnits } from '../admin-units/index.ts';
import type { OrganizationsTable } from '../db/schema.ts';
import { communeLabel } from './admin.ts';
import type { CertJoined, FigureJoined, OcopJoined, OrgWithFigures } from './repository.ts';

type OrgColumns = Omit<OrganizationsTable, 'id'> & { id: number };

const sectorLists = new Map<string, readonly string[]>();

/**
 * The sector codes stored as JSON text; unreadable text gives none rather than failing a whole list.
 * Memoized by the text: a province has a few dozen distinct combinations for tens of thousands of rows.
 */
export function parseSectors(json: string): string[] {
  let list = sectorLists.get(json);
  if (!list) {
    try {
      const v = JSON.parse(json) as unknown;
      list = Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
    } catch {
      list = [];
    }
    if (sectorLists.size > 1000) sectorLists.clear();
    sectorLists.set(json, list);
  }
  return [...list];
}

export function orgRowOf(o: OrgColumns, units: AdminUnits, figures: FigureValues | null): OrgRow {
  return {
    id: o.id,
    type: o.type as OrgType,
    name: o.name,
    shortName: o.short_name,
    regCode: o.reg_code,
    foundedOn: o.founded_on,
    registeredBy: o.registered_by,
    status: o.status as OrgStatus,
    statusSince: o.status_since,
    statusUntil: o.status_until,
    street: o.street,
    communeCode: o.commune_code,
    communeName: communeLabel(units, o.commune_code),
    legacyAddress: o.legacy_address,
    sectors: parseSectors(o.sectors),
    model: o.model as OrgModel | null,
    charterCapital: o.charter_capital,
    headName: o.head_name,
    phone: o.phone,
    email: o.email,
    notes: o.notes,
    updatedAt: o.updated_at,
    figures,
  };
}

export function orgWithFiguresRow(r: OrgWithFigures, units: AdminUnits): OrgRow {
  const figures: FigureValues | null =
    r.f_id === null
      ? null
      : {
          members: r.members,
          workers: r.workers,
          regularWorkers: r.regular_workers,
          revenue: r.revenue,
          profit: r.profit,
          avgIncome: r.avg_income,
          charterCapitalEnd: r.charter_capital_end,
          budgetPaid: r.budget_paid,
        };
  return orgRowOf(r, units, figures);
}

export function figureRowOf(f: FigureJoined): FigureRow {
  return {
    id: f.id,
    organizationId: f.organization_id,
    organizationName: f.org_name,
    organizationType: f.org_type as OrgType,
    year: f.year,
    period: f.period as FigurePeriod,
    members: f.members,
    workers: f.workers,
    regularWorkers: f.regular_workers,
    revenue: f.revenue,
    profit: f.profit,
    avgIncome: f.avg_income,
    charterCapitalEnd: f.charter_capital_end,
    budgetPaid: f.budget_paid,
    updatedAt: f.updated_at,
    sourceTexts: f.source_texts ? (JSON.parse(f.source_texts) as Record<string, string>) : null,
  };
}

/** Last day of an OCOP recognition: 36 months from the decision date, or from 1 January of the year alone. */
export function ocopValidUntil(decisionDate: string | null, recognitionYear: number | null): string | null {
  const start = decisionDate ?? (recognitionYear ? `${recognitionYear}-01-01` : null);
  if (!start) return null;
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  const end = new Date(Date.UTC(y, m - 1 + OCOP_VALID_MONTHS, d));
  end.setUTCDate(end.getUTCDate() - 1);
  return end.toISOString().slice(0, 10);
}

export function ocopRowOf(p: OcopJoined): OcopRow {
  return {
    id: p.id,
    name: p.name,
    organizationId: p.organization_id,
    externalOwnerName: p.organization_id === null ? p.ext_name : null,
    externalOwnerKind: p.organization_id === null ? (p.ext_kind as ExternalOwnerKind | null) : null,
    ownerName: p.org_name ?? p.ext_name ?? '',
    stars: p.stars,
    decisionNo: p.decision_no,
    decisionDate: p.decision_date,
    recognitionYear: p.recognition_year,
    productGroup: p.product_group as OcopGroup | null,
    communeCode: p.commune_code,
    notes: p.notes,
    validUntil: ocopValidUntil(p.decision_date, p.recognition_year),
    updatedAt: p.updated_at,
  };
}

export function certRowOf(c: CertJoined): CertRow {
  return {
    id: c.id,
    organizationId: c.organization_id,
    organizationName: c.org_name,
    kind: c.kind as CertKind,
    product: c.product,
    number: c.number,
    issuer: c.issuer,
    issuedOn: c.issued_on,
    expiresOn: c.expires_on,
    validOn: c.valid_on,
    notes: c.notes,
    updatedAt: c.updated_at,
  };
}
