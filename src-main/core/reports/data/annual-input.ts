import type { CertKind, ExternalOwnerKind, Indicators, OrgType } from '../../../contract/index.ts';
import { COUNTED_CERT_KINDS, ORG_TYPES, SECTOR_LABEL, type Sector } from '../../../contract/vocab.ts';
import type { CoreContext } from '../../context.ts';
import type { AnnualIndicators, AnnualReportInput, AppendixOrg, ByOrgType, CommuneRow, OcopOwnerRow, SectorRow, TypeFiguresRow, TypeStatusRow } from '../annual/input.ts';
import { adminUnitsOf, communeLabel } from '../../registry/admin.ts';
import { parseSectors } from '../../registry/rows.ts';
import type { Db } from '../../db/types.ts';
import { computeIndicators, weightedIncome } from './indicators.ts';
import { certificationKindsInForce, organizationsOn, validOcopByOwner, type ActiveFigures } from './repository.ts';

const NOT_ACTIVE_BUT_REGISTERED = new Set(['tam_ngung', 'ngung_hoat_dong', 'dang_giai_the']);
const NO_COMMUNE = 'Chưa xác định xã/phường';

const zero = (): ByOrgType<number> => ({ HTX: 0, LHHTX: 0, QTDND: 0, THT: 0 });

function toAnnual(i: Indicators): AnnualIndicators {
  const { year: _year, asOf: _asOf, ...rest } = i;
  return rest;
}

/** Sum of a figure over the organizations that reported it; null when none did (a blank is not a zero). */
function sumReported(rows: readonly ActiveFigures[], key: 'members' | 'workers' | 'revenue' | 'profit'): number | null {
  const values = rows.map((r) => r[key]).filter((v): v is number => v !== null);
  return values.length ? values.reduce((s, v) => s + v, 0) : null;
}

function knownSectors(json: string): Sector[] {
  return parseSectors(json).filter((s): s is Sector => s in SECTOR_LABEL);
}

async function typeStatusRows(db: Db, year: number, asOf: string, i: Indicators): Promise<TypeStatusRow[]> {
  const atStart = await organizationsOn(db, `${year - 1}-12-31`);
  const atEnd = await organizationsOn(db, asOf);
  return ORG_TYPES.map((type) => ({
    type,
    activeAtStart: atStart.filter((o) => o.type === type && o.status === 'dang_hoat_dong').length,
    newInYear: i.newInYear[type],
    dissolvedInYear: i.dissolvedInYear[type],
    inactiveAtEnd: atEnd.filter((o) => o.type === type && NOT_ACTIVE_BUT_REGISTERED.has(o.status)).length,
    activeAtEnd: i.active[type],
  }));
}

function typeFigureRows(active: readonly ActiveFigures[]): TypeFiguresRow[] {
  return ORG_TYPES.map((type) => {
    const rows = active.filter((r) => r.type === type);
    return {
      type,
      active: rows.length,
      reported: rows.filter((r) => r.reported).length,
      members: sumReported(rows, 'members'),
      workers: sumReported(rows, 'workers'),
      revenue: sumReported(rows, 'revenue'),
      profit: sumReported(rows, 'profit'),
      avgIncomePerWorkerMonth: weightedIncome(rows),
    };
  });
}

function groupBy<K, V>(items: readonly V[], key: (v: V) => K): Map<K, V[]> {
  const m = new Map<K, V[]>();
  for (const it of items) m.set(key(it), [...(m.get(key(it)) ?? []), it]);
  return m;
}

function countByType(rows: readonly ActiveFigures[]): ByOrgType<number> {
  const out = zero();
  for (const r of rows) if (r.type in out) out[r.type as OrgType]++;
  return out;
}

/**
 * Everything the annual report prints for year N, computed by SQL from the registry as of a date:
 * the indicators of N and N−1, the tables, the five-year series and the appendix.
 */
export async function annualReportInput(ctx: CoreContext, year: number, asOf = `${year}-12-31`): Promise<AnnualReportInput> {
  const db = ctx.db;
  const units = adminUnitsOf(ctx);
  const label = (code: string | null) => communeLabel(units, code)?.split(',')[0] ?? NO_COMMUNE;
  const { indicators, active } = await computeIndicators(db, year, asOf);
  const previous = (await computeIndicators(db, year - 1)).indicators;

  // Grouped once: the commune table and the appendix list the same groups in the same order.
  const communeGroups = [...groupBy(active, (r) => label(r.commune_code))].sort(([a], [b]) => (a === NO_COMMUNE ? 1 : b === NO_COMMUNE ? -1 : a.localeCompare(b, 'vi')));
  const byCommune = communeGroups.map(([communeName, rows]): CommuneRow => ({ communeName, active: countByType(rows), members: sumReported(rows, 'members'), workers: sumReported(rows, 'workers'), revenue: sumReported(rows, 'revenue') }));

  const sectorRows = new Map<Sector, ActiveFigures[]>();
  for (const r of active) for (const s of knownSectors(r.sectors)) sectorRows.set(s, [...(sectorRows.get(s) ?? []), r]);
  const bySector = [...sectorRows].map(([s, rows]): SectorRow => ({ sectorLabel: SECTOR_LABEL[s], active: countByType(rows), members: sumReported(rows, 'members'), revenue: sumReported(rows, 'revenue') }));

  const ocopByOwner: OcopOwnerRow[] = [];
  for (const r of await validOcopByOwner(db, asOf)) {
    const owner: OcopOwnerRow['owner'] = r.org_type ? { kind: 'kttt', type: r.org_type as OrgType } : { kind: 'other', ownerKind: (r.ext_kind ?? 'khac') as ExternalOwnerKind };
    let row = ocopByOwner.find((x) => JSON.stringify(x.owner) === JSON.stringify(owner));
    if (!row) ocopByOwner.push((row = { owner, stars: { 3: 0, 4: 0, 5: 0 } }));
    const stars = r.stars as 3 | 4 | 5;
    row.stars[stars] += Number(r.n);
  }

  const htxIds = new Set(active.filter((r) => r.type === 'HTX').map((r) => r.id));
  const kinds = (await certificationKindsInForce(db, asOf, COUNTED_CERT_KINDS)).filter((k) => htxIds.has(k.organization_id));
  const certification = {
    activeHtx: htxIds.size,
    certifiedHtx: new Set(kinds.map((k) => k.organization_id)).size,
    byKind: COUNTED_CERT_KINDS.map((kind) => ({ kind: kind as CertKind, htx: kinds.filter((k) => k.kind === kind).length })),
  };

  const series = [];
  for (let y = year - 4; y <= year; y++) {
    const s = y === year ? indicators : y === year - 1 ? previous : (await computeIndicators(db, y)).indicators;
    if (s.active.total > 0 || y === year) series.push({ year: y, active: { HTX: s.active.HTX, LHHTX: s.active.LHHTX, QTDND: s.active.QTDND, THT: s.active.THT }, avgRevenuePerHtx: s.avgRevenuePerHtx });
  }

  const appendix = communeGroups.map(([communeName, rows]) => ({
    communeName,
    organizations: rows.map((r): AppendixOrg => ({
      name: r.name,
      type: r.type as OrgType,
      figures: r.reported ? { members: r.members, workers: r.workers, revenue: r.revenue, profit: r.profit, avgIncomePerWorkerMonth: r.avg_income } : null,
    })),
  }));

  return {
    year,
    asOf,
    indicators: { current: toAnnual(indicators), previous: previous.active.total > 0 ? toAnnual(previous) : null },
    tables: {
      byTypeStatus: await typeStatusRows(db, year, asOf, indicators),
      byType: typeFigureRows(active),
      byCommune,
      bySector,
      ocopByOwner,
      certification,
      notReported: active.filter((r) => !r.reported).map((r) => ({ name: r.name, type: r.type as OrgType, communeName: r.commune_code ? label(r.commune_code) : null })),
      series,
      appendix,
    },
  };
}
