import type { CoreContext } from '../context.ts';
import { heading, type DocumentModel } from '../reports/model.ts';
import { fundSummaryBlocks } from './documents/report.ts';
import { fundReportData } from './report-data.ts';

/**
 * The annual conference report's section on the fund: its balance, borrowers, disbursed and collected in the
 * year, overdue ratio, and the same date a year before. Added last in part I; a province whose fund has not
 * lent through KTTT gets no section (and the report stays as it was).
 */
export async function withFundSection(ctx: CoreContext, model: DocumentModel, year: number, asOf: string): Promise<DocumentModel> {
  const data = await fundReportData(ctx, `${String(year)}-01-01`, `${String(year)}-12-31`, asOf);
  if (data.totals.loans === 0 && data.lastYear.loans === 0 && data.disbursed === 0 && data.collectedPrincipal === 0) return model;
  const tables = model.body.filter((b) => b.kind === 'table' && b.caption.startsWith('Biểu ')).length;
  const sections = model.body.filter((b) => b.kind === 'heading' && b.level === 2).length;
  return {
    ...model,
    body: [
      ...model.body,
      heading(2, `${String(sections + 1)}. Hoạt động của Quỹ hỗ trợ phát triển hợp tác xã`),
      ...fundSummaryBlocks(
        data,
        `Biểu ${String(tables + 1)}. Kết quả hoạt động của Quỹ hỗ trợ phát triển HTX năm ${String(year)} so với năm trước`,
      ),
    ],
  };
}
