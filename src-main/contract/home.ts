import { z } from 'zod';
import { isoDate, method, noInput, year as yearSchema } from './define.ts';
import type { ByType, Indicators } from './indicators.ts';

/**
 * One alert of the home page ("Tổng quan"): a count of things that need the clerk, and where its list opens.
 * Every feature that keeps deadlines (monitoring, the BCĐ's tasks, the fund's loans, the reports received)
 * contributes its alerts through `core/home/alert-sources.ts`; the home page shows them all the same way.
 */
export interface HomeAlert {
  /** Stable key, unique across features (e.g. 'monitoring.notReported', 'bcd.tasksOverdue'). */
  key: string;
  /** Vietnamese label shown beside the count, e.g. "Chưa báo cáo số liệu năm 2024". */
  label: string;
  count: number;
  /** 'danger': past a deadline; 'warning': a deadline is near; 'info': to look at. */
  severity: 'danger' | 'warning' | 'info';
  /** Where the list opens: a section id of the navigation and an optional sub-path (`#/<section>/<path>`). */
  target: { section: string; path?: string };
}

/** One point of the home page's five-year trend; null where no organization reported the figure. */
export interface HomeTrendPoint {
  year: number;
  active: ByType & { total: number };
  members: number | null;
  workers: number | null;
  avgRevenuePerHtx: number | null;
}

/** The steps of a new office's first hour; each is done when the data says so. */
export interface HomeChecklist {
  /** The office's name and province are set. */
  settings: boolean;
  /** At least one organization is in the registry (imported or typed). */
  organizations: boolean;
  /** At least one organization has whole-year figures. */
  figures: boolean;
  /** An annual report has been printed or saved. */
  annualReport: boolean;
}

/** What the home page shows at once: the latest year's headline figures, and the first-hour checklist (imports and backups come from their own methods). */
export interface HomeOverview {
  /** The latest year with whole-year figures; null on a database without any. */
  year: number | null;
  current: Indicators | null;
  /** Every year with figures, newest first: the page asks for the year before `year` (reports.indicators) when listed. */
  years: number[];
  organizations: number;
  checklist: HomeChecklist;
}

/** The years that have whole-year figures, newest first, and the year every page opens on. */
export interface WorkingYears {
  years: number[];
  /** The latest year with figures, or the current year when none has. */
  initial: number;
}

/** Methods of the home page; merged into the contract in methods.ts. */
export const homeMethods = {
  'home.overview': method<HomeOverview>()(noInput),
  'home.trend': method<HomeTrendPoint[]>()(z.object({ year: yearSchema, span: z.number().int().min(2).max(10).default(5) }).strict()),
  'home.alerts': method<HomeAlert[]>()(z.object({ asOf: isoDate.optional() }).strict()),
  'home.years': method<WorkingYears>()(noInput),
  /** The annual report of `year` was printed from the preview (saving a file marks it by itself). */
  'home.markAnnualReport': method<{ marked: true }>()(z.object({ year: yearSchema }).strict()),
} as const;
