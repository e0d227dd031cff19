import type { CoreContext } from '../context.ts';
import { heading, type Block, type DocumentModel } from '../reports/model.ts';
import { fundSummaryBlocks } from './documents/report.ts';
import { fundReportData } from './report-data.ts';

const TABLE_NUMBER = /^Biểu (\d+)\. /;

/** Tables after the inserted one take the next number, so the biểu stay numbered in reading order. */
function renumbered(blocks: readonly Block[]): Block[] {
  return blocks.map((b) =>
    b.kind === 'table' && TABLE_NUMBER.test(b.caption)
      ? { ...b, caption: b.caption.replace(TABLE_NUMBER, (_, n: string) => `Biểu ${String(Number(n) + 1)}. `) }
      : b,
  );
}

/**
 * The annual conference report's section on the fund: its balance, borrowers, disbursed and collected in the
 * year, overdue ratio, and the same date a year before. Added last in part I (the year's results, before the
 * next part's heading); a province whose fund has not lent through KTTT gets no section (the report is as it was).
 */
export async function withFundSection(ctx: CoreContext, model: DocumentModel, year: number, asOf: string): Promise<DocumentModel> {
  const data = await fundReportData(ctx, `${String(year)}-01-01`, `${String(year)}-12-31`, asOf);
  if (data.totals.loans === 0 && data.lastYear.loans === 0 && data.disbursed === 0 && data.collectedPrincipal === 0) return model;
  const firstPart = model.body.findIndex((b) => b.kind === 'heading' && b.level === 1);
  const nextPart = model.body.findIndex((b, i) => i > firstPart && b.kind === 'heading' && b.level === 1);
  const at = nextPart === -1 ? model.body.length : nextPart;
  const before = model.body.slice(0, at);
  const tables = before.filter((b) => b.kind === 'table' && TABLE_NUMBER.test(b.caption)).length;
  const sections = before.filter((b) => b.kind === 'heading' && b.level === 2).length;
  return {
    ...model,
    body: [
      ...before,
      heading(2, `${String(sections + 1)}. Hoạt động của Quỹ hỗ trợ phát triển hợp tác xã`),
      ...fundSummaryBlocks(
        data,
        `Biểu ${String(tables + 1)}. Kết quả hoạt động của Quỹ hỗ trợ phát triển HTX năm ${String(year)} so với năm trước`,
      ),
      ...renumbered(model.body.slice(at)),
    ],
  };
}
