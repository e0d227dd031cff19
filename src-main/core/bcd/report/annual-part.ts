/** The BCĐ's part of the annual conference report (reports/annual/parts.ts): targets, II, III, IV and the annex. */
import type { CoreContext } from '../../context.ts';
import { clock } from '../../inspections/common.ts';
import type { AnnualReportInput } from '../../reports/annual/input.ts';
import type { AnnualPartLayout } from '../../reports/annual/parts.ts';
import { bcdReportData, hasBcdContent, type BcdReportData } from './data.ts';
import { limitationsBlocks, nextYearBlocks, tasksByAgencyTable } from './plan-sections.ts';
import { targetsBlocks } from './targets-section.ts';
import { workBlocks } from './work-section.ts';

/** Pages of the tasks annex printed with the conference report; a longer one goes to the annex file. */
export const TASKS_ANNEX_MAX_PAGES = 20;

export function bcdLayout(d: BcdReportData, input: Pick<AnnualReportInput, 'year' | 'indicators'>): AnnualPartLayout {
  const y = String(d.year);
  return {
    results: (caption) =>
      targetsBlocks({ year: d.year, current: input.indicators.current, previous: input.indicators.previous, targets: d.targets }, caption),
    work: (caption) => workBlocks(d, caption),
    limitations: () => limitationsBlocks(d),
    nextYear: () => nextYearBlocks(d),
    appendices: (subtitle) =>
      d.tasks.length === 0
        ? []
        : [
            {
              label: 'Phụ lục',
              title: `TÌNH HÌNH THỰC HIỆN NHIỆM VỤ CỦA CÁC CƠ QUAN THÀNH VIÊN BAN CHỈ ĐẠO NĂM ${y}`,
              subtitle,
              blocks: [tasksByAgencyTable(d.tasks, `Nhiệm vụ năm ${y} theo cơ quan chủ trì`)],
              // A few pages of tasks are handed out with the report; a plan of hundreds of tasks goes to the
              // annex file, as long lists do (the tasks report alone is also `report bcd-tasks`, in Word).
              printApartOverPages: TASKS_ANNEX_MAX_PAGES,
            },
          ],
  };
}

export async function bcdAnnualPart(ctx: CoreContext, input: AnnualReportInput): Promise<AnnualPartLayout | null> {
  // Tasks are read on the report's date, or today when that is still ahead: a deadline not yet come is not missed.
  const { today } = clock(ctx);
  const d = await bcdReportData(ctx, input.year, input.asOf < today ? input.asOf : today);
  return hasBcdContent(d) ? bcdLayout(d, input) : null;
}
