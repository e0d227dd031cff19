/**
 * The seam through which features add their parts to the annual conference report without a second report
 * engine: a feature writes an AnnualReportPart in its own folder and adds ONE line to `annualReportParts`.
 *
 * A part reads what it needs (async, from the database) and returns its layout: functions that make blocks for
 * each part of the report. Level-2 headings come without a number ("Hoạt động của Ban Chỉ đạo"): the report
 * numbers them where they land, so two features' parts never collide. `caption` numbers a table or chart
 * ("Biểu 7. …") in reading order.
 */
import type { CoreContext } from '../../context.ts';
import { bcdAnnualPart } from '../../bcd/report/annual-part.ts';
import type { Appendix, Block } from '../model.ts';
import type { AnnualReportInput } from './input.ts';

export type Caption = (title: string) => string;

export interface AnnualPartLayout {
  /** Added at the end of part I, "Kết quả phát triển KTTT" (e.g. targets reached). */
  results?: (caption: Caption) => Block[];
  /** Part II, "Công tác chỉ đạo, điều hành và thực hiện chính sách" (meetings, tasks, support, fund…). */
  work?: (caption: Caption) => Block[];
  /** Part III, "Hạn chế, nguyên nhân". */
  limitations?: (caption: Caption) => Block[];
  /** Part IV, "Phương hướng, nhiệm vụ và giải pháp năm N+1". */
  nextYear?: (caption: Caption) => Block[];
  /** Appendices after the report's own; `subtitle` is the "(Kèm theo Báo cáo số …)" line. */
  appendices?: (subtitle: string) => Appendix[];
}

/** Null when the feature has nothing for this year: the report then stays as it was without it. */
export type AnnualReportPart = (ctx: CoreContext, input: AnnualReportInput) => Promise<AnnualPartLayout | null>;

/**
 * Every feature's part, in the order it prints. The support fund (issue 14) adds its part here: its `work`
 * blocks (the fund's loans and their figures) print in part II after the BCĐ's.
 */
export const annualReportParts: AnnualReportPart[] = [bcdAnnualPart];

export async function loadAnnualParts(ctx: CoreContext, input: AnnualReportInput): Promise<AnnualPartLayout[]> {
  const out: AnnualPartLayout[] = [];
  for (const part of annualReportParts) {
    const layout = await part(ctx, input);
    if (layout) out.push(layout);
  }
  return out;
}
