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
