/**
 * Everything the annual summary report (báo cáo tổng kết năm N) needs, as computed by SQL in the core.
 * The report layout (build.ts) only reads this; it never queries. Definitions follow indicators.md.
 *
 * Conventions: money is integer đồng; shares are fractions of 1; `null` means "nobody reported it" and is
 * printed as such — never replaced by 0. Counts of organizations are never null.
 */
import type { Indicators } from '../../../contract/indicators.ts';
import type { CertKind, ExternalOwnerKind, OrgType } from '../../../contract/vocab.ts';

export type ByOrgType<T> = Record<OrgType, T>;

/** OCOP products counted by star level (3, 4, 5). */
export interface StarCounts {
  3: number;
  4: number;
  5: number;
}

/**
 * The indicators of indicators.md for one year, with exactly its keys, nested as the dots say (the contract's
 * Indicators without its year and date). This object is also the report's JSON output (renderIndicatorsJson),
 * so adding a key there changes a public format.
 */
export type AnnualIndicators = Omit<Indicators, 'year' | 'asOf'>;

/** Biểu: organizations by type and status over the year. */
export interface TypeStatusRow {
  type: OrgType;
  /** Active on 31/12/N−1. */
  activeAtStart: number;
  newInYear: number;
  dissolvedInYear: number;
  /** Suspended, de facto stopped or being dissolved on the as-of date (registered but not active). */
  inactiveAtEnd: number;
  /** Active on the as-of date (= indicators.active[type]). */
  activeAtEnd: number;
}

/** Totals of year-N figures over the active organizations of one type that reported them. */
export interface TypeFiguresRow {
  type: OrgType;
  active: number;
  /** Active organizations of this type with figures for year N. */
  reported: number;
  members: number | null;
  workers: number | null;
  /** Sum of revenue (đồng). */
  revenue: number | null;
  profit: number | null;
  /** Weighted average monthly income of regular workers (đồng/người/tháng). */
  avgIncomePerWorkerMonth: number | null;
}

/** Active organizations and their year-N figures in one commune (2025 administrative units). */
export interface CommuneRow {
  communeName: string;
  active: ByOrgType<number>;
  members: number | null;
  workers: number | null;
  revenue: number | null;
}

/** Active organizations working in a sector; one organization may count in several sectors. */
export interface SectorRow {
  sectorLabel: string;
  active: ByOrgType<number>;
  members: number | null;
  revenue: number | null;
}

/** Valid OCOP products of one kind of owner, by star level. */
export interface OcopOwnerRow {
  owner: { kind: 'kttt'; type: OrgType } | { kind: 'other'; ownerKind: ExternalOwnerKind };
  stars: StarCounts;
}

export interface CertificationTable {
  activeHtx: number;
  /** Active HTX holding at least one counted certification valid on the as-of date. */
  certifiedHtx: number;
  /** Active HTX holding a valid certification of each counted kind (an HTX may hold several kinds). */
  byKind: Array<{ kind: CertKind; htx: number }>;
}

/** An active organization that reported no figures for year N. */
export interface NotReportedRow {
  name: string;
  type: OrgType;
  communeName: string | null;
}

/** One year of the five-year series drawn as charts. */
export interface SeriesYear {
  year: number;
  active: ByOrgType<number>;
  avgRevenuePerHtx: number | null;
}

export interface AppendixOrg {
  name: string;
  type: OrgType;
  /** Year-N figures; null when the organization reported none (printed "Chưa báo cáo"). */
  figures: {
    members: number | null;
    workers: number | null;
    revenue: number | null;
    profit: number | null;
    avgIncomePerWorkerMonth: number | null;
  } | null;
}

export interface AnnualReportInput {
  year: number;
  /** ISO date the statuses and validity are taken at; 31/12/N unless the clerk picks another. */
  asOf: string;
  indicators: {
    current: AnnualIndicators;
    /** Year N−1 computed the same way, or null when the database has no data for it. */
    previous: AnnualIndicators | null;
  };
  tables: {
    byTypeStatus: TypeStatusRow[];
    byType: TypeFiguresRow[];
    byCommune: CommuneRow[];
    bySector: SectorRow[];
    ocopByOwner: OcopOwnerRow[];
    certification: CertificationTable;
    notReported: NotReportedRow[];
    /** Up to five years ending with N, oldest first. */
    series: SeriesYear[];
    /** Active organizations grouped by commune, in print order; organizations without a commune last. */
    appendix: Array<{ communeName: string; organizations: AppendixOrg[] }>;
  };
}
