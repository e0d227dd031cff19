import type {
  AuditEntryDto,
  CertRow,
  DeletedItem,
  Entity,
  FigureRow,
  OcopRow,
  OrgDetail,
  OrgName,
  OrgRow,
  RegistryRow,
  RegistryStats,
} from '../../contract/index.ts';
import {
  CERT_KIND_LABEL,
  FIGURE_PERIOD_LABEL,
  type CertKind,
  type FigurePeriod,
  type OrgStatus,
  type OrgType,
} from '../../contract/vocab.ts';
import { AppError } from '../../contract/index.ts';
import type { CoreContext } from '../context.ts';
import { adminUnitsOf, communeLabel } from './admin.ts';
import {
  auditOf,
  importsOf,
  countByTypeAndStatus,
  countWithFigures,
  deletedRows,
  getOrganization,
  listCertifications,
  listFigures,
  listOcop,
  listOrganizationsWithFigures,
  organizationNames,
  statusHistoryOf,
} from './repository.ts';
import type { Db } from '../db/types.ts';
import { certRowOf, figureRowOf, ocopRowOf, orgRowOf, orgWithFiguresRow } from './rows.ts';

/** The year whose figures the grids show by default: the last finished year. */
export function defaultFigureYear(now: Date): number {
  return now.getFullYear() - 1;
}

export async function listOrganizations(ctx: CoreContext, year?: number): Promise<OrgRow[]> {
  const units = adminUnitsOf(ctx);
  const rows = await listOrganizationsWithFigures(ctx.db, year ?? defaultFigureYear(ctx.now()));
  return rows.map((r) => orgWithFiguresRow(r, units));
}

export async function organizationDirectory(ctx: CoreContext): Promise<OrgName[]> {
  const units = adminUnitsOf(ctx);
  return (await organizationNames(ctx.db)).map((o) => ({
    id: o.id,
    name: o.name,
    regCode: o.reg_code,
    type: o.type as OrgType,
    communeName: communeLabel(units, o.commune_code),
  }));
}

export async function listFigureRows(ctx: CoreContext, filter: { year?: number; organizationId?: number }): Promise<FigureRow[]> {
  return (await listFigures(ctx.db, filter)).map(figureRowOf);
}

export async function listOcopRows(ctx: CoreContext): Promise<OcopRow[]> {
  return (await listOcop(ctx.db)).map(ocopRowOf);
}

export async function listCertRows(ctx: CoreContext): Promise<CertRow[]> {
  return (await listCertifications(ctx.db)).map(certRowOf);
}

/** One row of an entity as its grid shows it, read inside the caller's transaction. */
export async function registryRow(ctx: CoreContext, db: Db, entity: Entity, id: number): Promise<RegistryRow | null> {
  switch (entity) {
    case 'organizations': {
      const o = await getOrganization(db, id);
      if (!o) return null;
      const f = (await listFigures(db, { organizationId: id, year: defaultFigureYear(ctx.now()) })).find((r) => r.period === 'Y');
      return orgRowOf(o, adminUnitsOf(ctx), f ? figureRowOf(f) : null);
    }
    case 'figures': {
      const f = (await listFigures(db, { id }))[0];
      return f ? figureRowOf(f) : null;
    }
    case 'ocop': {
      const p = (await listOcop(db, { id }))[0];
      return p ? ocopRowOf(p) : null;
    }
    case 'certifications': {
      const c = (await listCertifications(db, { id }))[0];
      return c ? certRowOf(c) : null;
    }
  }
}

export async function organizationDetail(ctx: CoreContext, id: number): Promise<OrgDetail> {
  const o = await getOrganization(ctx.db, id);
  if (!o) throw new AppError('NOT_FOUND', 'Không tìm thấy tổ chức này.');
  const figures = (await listFigures(ctx.db, { organizationId: id })).map(figureRowOf);
  const ocop = (await listOcop(ctx.db, { organizationId: id })).map(ocopRowOf);
  const certifications = (await listCertifications(ctx.db, { organizationId: id })).map(certRowOf);
  const history = await statusHistoryOf(ctx.db, id);
  const latestYear = figures.find((f) => f.period === 'Y');
  const rowsOf = {
    organizations: [String(id)],
    figures: figures.map((f) => String(f.id)),
    ocop: ocop.map((p) => String(p.id)),
    certifications: certifications.map((c) => String(c.id)),
  };
  const audit: AuditEntryDto[] = [];
  for (const [entity, ids] of Object.entries(rowsOf)) {
    for (const a of await auditOf(ctx.db, entity, ids)) {
      audit.push({
        at: a.at,
        who: a.who,
        action: a.action,
        entity: a.entity,
        entityId: a.entity_id,
        field: a.field,
        oldValue: a.old_value,
        newValue: a.new_value,
      });
    }
    // Rows an import added are recorded by the import, not in the audit log: "Thêm từ tệp …".
    for (const r of await importsOf(ctx.db, entity, ids)) {
      audit.push({
        at: r.committed_at,
        who: r.who,
        action: 'import',
        entity: r.entity,
        entityId: String(r.entity_id),
        field: null,
        oldValue: null,
        newValue: `${r.file_name} (lần nhập số ${r.batch_id})`,
      });
    }
  }
  audit.sort((a, b) => b.at.localeCompare(a.at));
  return {
    organization: orgRowOf(o, adminUnitsOf(ctx), latestYear ?? null),
    sourceTexts: o.source_texts ? (JSON.parse(o.source_texts) as Record<string, string>) : {},
    extraColumns: o.extra_columns ? (JSON.parse(o.extra_columns) as [string, string][]) : [],
    statusHistory: history
      .map((h) => ({
        id: h.id,
        status: h.status as OrgStatus,
        fromDate: h.start_unknown === 1 ? null : h.from_date,
        knownOn: h.start_unknown === 1 ? h.from_date : null,
        toDate: h.to_date,
        note: h.note,
        recordedAt: h.recorded_at,
      }))
      .reverse(),
    figures,
    ocop,
    certifications,
    audit,
  };
}

export async function recycleBin(ctx: CoreContext): Promise<DeletedItem[]> {
  const d = await deletedRows(ctx.db);
  const items: DeletedItem[] = [
    ...d.orgs.map((r) => ({ entity: 'organizations' as const, id: r.id, label: r.label, deletedAt: r.deleted_at ?? '' })),
    ...d.figures.map((r) => ({
      entity: 'figures' as const,
      id: r.id,
      label: `${r.name} — năm ${r.year} (${FIGURE_PERIOD_LABEL[r.period as FigurePeriod] ?? r.period})`,
      deletedAt: r.deleted_at ?? '',
    })),
    ...d.ocop.map((r) => ({ entity: 'ocop' as const, id: r.id, label: r.label, deletedAt: r.deleted_at ?? '' })),
    ...d.certs.map((r) => ({
      entity: 'certifications' as const,
      id: r.id,
      label: `${r.name} — ${CERT_KIND_LABEL[r.kind as CertKind] ?? r.kind}`,
      deletedAt: r.deleted_at ?? '',
    })),
  ];
  return items.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
}

export async function registryStats(ctx: CoreContext, year?: number): Promise<RegistryStats> {
  const y = year ?? defaultFigureYear(ctx.now());
  const groups = await countByTypeAndStatus(ctx.db);
  const byTypeAndStatus = groups.map((g) => ({ type: g.type as OrgType, status: g.status as OrgStatus, count: Number(g.n) }));
  return {
    year: y,
    byTypeAndStatus,
    withFigures: await countWithFigures(ctx.db, y),
    total: byTypeAndStatus.reduce((s, g) => s + g.count, 0),
  };
}
