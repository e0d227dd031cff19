import type { OrgType } from './vocab.ts';

/**
 * The figures of the annual report, with exactly the keys of docs/indicators.md, nested as the dots say.
 * Money in đồng; a figure that cannot be computed (no HTX reported revenue, say) is null, never 0.
 */
export type ByType = Record<OrgType, number>;

export interface Indicators {
  year: number;
  asOf: string;
  active: ByType & { total: number };
  newInYear: ByType;
  dissolvedInYear: ByType;
  members: number;
  workers: number;
  avgRevenuePerHtx: number | null;
  avgProfitPerHtx: number | null;
  avgIncomePerWorkerMonth: number | null;
  ocop: { kttt: Record<'3' | '4' | '5', number>; other: Record<'3' | '4' | '5', number> };
  /** Between 0 and 1; null when there is no active HTX. */
  certifiedHtxShare: number | null;
  notReported: ByType;
}
