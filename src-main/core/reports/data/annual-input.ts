import type { CertKind, ExternalOwnerKind, Indicators, OrgType } from '../../../contract/index.ts';
import { COUNTED_CERT_KINDS, ORG_TYPES, SECTOR_LABEL, type Sector } from '../../../contract/vocab.ts';
import type { CoreContext } from '../../context.ts';
import type {
  AnnualIndicators,
  AnnualReportInput,
  AppendixOrg,
  ByOrgType,
  CertificationTable,
  CommuneRow,
  OcopOwnerRow,
  SectorRow,
  SeriesYear,
  TypeFiguresRow,
  TypeStatusRow,
} from '../annual/input.ts';
import { adminUnitsOf, communeLabel } from '../../registry/admin.ts';
import { parseSectors } from '../../registry/rows.ts';
import type { Db } from '../../db/types.ts';
import { computeIndicators, indicatorsOnly, seriesPoint, weightedIncome, type SeriesPoint } from './indicators.ts';
import type { ActiveFigures, OcopDetail } from './repository.ts';

const NOT_ACTIVE_BUT_REGISTERED = new Set(['tam_ngung', 'ngung_hoat_dong', 'dang_giai_the']);
const NO_COMMUNE = 'Chưa xác định xã/phường';

const zero = (): ByOrgType<number> => ({ HTX: 0, LHHTX: 0, QTDND: 0, THT: 0 });

function toAnnual(i: Indicators): AnnualIndicators {
  const { year: _year, asOf: _asOf, ...rest } = i;
  return rest;
}

/**
 * Sum of a figure over the organizations that reported it; null when none did (a blank is not a zero).
 * A loop: it runs over every group of every table, and the arrays a map/filter chain built were its cost.
 */
function sumReported(rows: readonly ActiveFigures[], key: 'members' | 'workers' | 'revenue' | 'profit'): number | null {
  let sum: number | null = null;
  for (const r of rows) {
    const v = r[key];
    if (v !== null) sum = (sum ?? 0) + v;
  }
  return sum;
}

function knownSectors(json: string): Sector[] {
  return parseSectors(json).filter((s): s is Sector => s in SECTOR_LABEL);
}

/**
 * Biểu 1. Active at the start of the year is computeIndicators' count on 31/12/N−1 (the same query, so it is
 * taken from the indicators of N−1 rather than read again); the other statuses are those it read at the end.
 */
function typeStatusRows(i: Indicators, previous: Indicators, inactive: readonly { type: string; status: string }[]): TypeStatusRow[] {
  const inactiveAtEnd = zero();
  for (const r of inactive) if (r.type in inactiveAtEnd && NOT_ACTIVE_BUT_REGISTERED.has(r.status)) inactiveAtEnd[r.type as OrgType]++;
  return ORG_TYPES.map((type) => ({
    type,
    activeAtStart: previous.active[type],
    newInYear: i.newInYear[type],
    dissolvedInYear: i.dissolvedInYear[type],
    inactiveAtEnd: inactiveAtEnd[type],
    activeAtEnd: i.active[type],
  }));
}

function typeFigureRows(active: readonly ActiveFigures[]): TypeFiguresRow[] {
  const byType = Map.groupBy(active, (r) => r.type);
  return ORG_TYPES.map((type) => {
    const rows = byType.get(type) ?? [];
    return {
      type,
      active: rows.length,
      reported: rows.reduce((n, r) => n + (r.reported ? 1 : 0), 0),
      members: sumReported(rows, 'members'),
      workers: sumReported(rows, 'workers'),
      revenue: sumReported(rows, 'revenue'),
      profit: sumReported(rows, 'profit'),
      avgIncomePerWorkerMonth: weightedIncome(rows),
    };
  });
}

function appendTo<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

function countByType(rows: readonly ActiveFigures[]): ByOrgType<number> {
  const out = zero();
  for (const r of rows) if (r.type in out) out[r.type as OrgType]++;
  return out;
}

/** Valid OCOP products by kind of owner (in the order the query gives them) and stars. */
function ocopOwnerRows(rows: readonly OcopDetail[]): OcopOwnerRow[] {
  const byOwner = new Map<string, OcopOwnerRow>();
  for (const r of rows) {
    const owner: OcopOwnerRow['owner'] = r.org_type
      ? { kind: 'kttt', type: r.org_type as OrgType }
      : { kind: 'other', ownerKind: (r.ext_kind ?? 'khac') as ExternalOwnerKind };
    const key = JSON.stringify(owner);
    let row = byOwner.get(key);
    if (!row) byOwner.set(key, (row = { owner, stars: { 3: 0, 4: 0, 5: 0 } }));
    row.stars[r.stars as 3 | 4 | 5] += Number(r.n);
  }
  return [...byOwner.values()];
}

function certificationTable(
  active: readonly ActiveFigures[],
  inForce: readonly { organization_id: number; kind: string }[],
): CertificationTable {
  const htxIds = new Set(active.filter((r) => r.type === 'HTX').map((r) => r.id));
  const kinds = inForce.filter((k) => htxIds.has(k.organization_id));
  const byKind = new Map<string, number>();
  for (const k of kinds) byKind.set(k.kind, (byKind.get(k.kind) ?? 0) + 1);
  return {
    activeHtx: htxIds.size,
    certifiedHtx: new Set(kinds.map((k) => k.organization_id)).size,
    byKind: COUNTED_CERT_KINDS.map((kind) => ({ kind: kind as CertKind, htx: byKind.get(kind) ?? 0 })),
  };
}

/** Up to five years ending with N, oldest first; years with no active organization are left out (N never is). */
async function seriesYears(db: Db, year: number, current: Indicators, previous: Indicators): Promise<SeriesYear[]> {
  const series: SeriesYear[] = [];
  for (let y = year - 4; y <= year; y++) {
    const s: SeriesPoint = y === year ? current : y === year - 1 ? previous : await seriesPoint(db, y);
    if (s.active.total > 0 || y === year)
      series.push({
        year: y,
        active: { HTX: s.active.HTX, LHHTX: s.active.LHHTX, QTDND: s.active.QTDND, THT: s.active.THT },
        avgRevenuePerHtx: s.avgRevenuePerHtx,
      });
  }
  return series;
}

function appendixOf(communeGroups: ReadonlyArray<[string, ActiveFigures[]]>): AnnualReportInput['tables']['appendix'] {
  return communeGroups.map(([communeName, rows]) => ({
    communeName,
    organizations: rows.map((r): AppendixOrg => ({
      name: r.name,
      type: r.type as OrgType,
      figures: r.reported
        ? { members: r.members, workers: r.workers, revenue: r.revenue, profit: r.profit, avgIncomePerWorkerMonth: r.avg_income }
        : null,
    })),
  }));
}

/**
 * Everything the annual report prints for year N, computed by SQL from the registry as of a date:
 * the indicators of N and N−1, the tables, the five-year series and the appendix.
 */
export async function annualReportInput(ctx: CoreContext, year: number, asOf = `${year}-12-31`): Promise<AnnualReportInput> {
  const db = ctx.db;
  const units = adminUnitsOf(ctx);
  // Labels by commune code, made once per commune rather than split out of "Xã …, Tỉnh …" for every row.
  const labels = new Map<string | null, string>();
  const label = (code: string | null): string => {
    let l = labels.get(code);
    if (l === undefined) labels.set(code, (l = communeLabel(units, code)?.split(',')[0] ?? NO_COMMUNE));
    return l;
  };
  const { indicators, active, inactive, ocop, certifications } = await computeIndicators(db, year, asOf);
  const previous = await indicatorsOnly(db, year - 1);

  // Grouped once: the commune table and the appendix list the same groups in the same order.
  const communeGroups = [...Map.groupBy(active, (r) => label(r.commune_code))].sort(([a], [b]) =>
    a === NO_COMMUNE ? 1 : b === NO_COMMUNE ? -1 : a.localeCompare(b, 'vi'),
  );
  const byCommune = communeGroups.map(([communeName, rows]): CommuneRow => ({
    communeName,
    active: countByType(rows),
    members: sumReported(rows, 'members'),
    workers: sumReported(rows, 'workers'),
    revenue: sumReported(rows, 'revenue'),
  }));

  const sectorRows = new Map<Sector, ActiveFigures[]>();
  for (const r of active) for (const s of knownSectors(r.sectors)) appendTo(sectorRows, s, r);
  const bySector = [...sectorRows].map(([s, rows]): SectorRow => ({
    sectorLabel: SECTOR_LABEL[s],
    active: countByType(rows),
    members: sumReported(rows, 'members'),
    revenue: sumReported(rows, 'revenue'),
  }));

  return {
    year,
    asOf,
    indicators: { current: toAnnual(indicators), previous: previous.active.total > 0 ? toAnnual(previous) : null },
    tables: {
      byTypeStatus: typeStatusRows(indicators, previous, inactive),
      byType: typeFigureRows(active),
      byCommune,
      bySector,
      ocopByOwner: ocopOwnerRows(ocop),
      certification: certificationTable(active, certifications),
      notReported: active
        .filter((r) => !r.reported)
        .map((r) => ({ name: r.name, type: r.type as OrgType, communeName: r.commune_code ? label(r.commune_code) : null })),
      series: await seriesYears(db, year, indicators, previous),
      appendix: appendixOf(communeGroups),
    },
  };
}
