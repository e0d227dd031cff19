/**
 * "Báo cáo tình hình thực hiện nhiệm vụ của các cơ quan thành viên BCĐ năm N": the annex of the conference
 * report as a document of its own (CLI `report bcd-tasks`), with the tally by agency and every task.
 */
import type { ReportFile, ReportFormatDto } from '../../../contract/reports.ts';
import { formatVnDate } from '../../../shared/index.ts';
import type { CoreContext } from '../../context.ts';
import { documentHeader, recipientLines, signatureBlock, type ReportSettings } from '../../reports/frame.ts';
import { heading, paragraph, type DocumentModel } from '../../reports/model.ts';
import type { RenderableReport } from '../../reports/render/index.ts';
import { renderHtml } from '../../reports/render/html.ts';
import { jsonFile, reportFile, printSettings } from '../../reports/service.ts';
import { getSettings } from '../../settings/service.ts';
import type { Settings } from '../../../contract/index.ts';
import { clock } from '../../inspections/common.ts';
import { bcdTasksData, type BcdReportData } from './data.ts';
import { tasksByAgencyTable, taskResult, taskStateText } from './plan-sections.ts';
import { planName, tallyByAgency, tasksBlocks } from './work-section.ts';

/** `signedInYear`: the year printed in the date line left blank for the văn thư. */
export function tasksReportModel(d: BcdReportData, settings: Settings, report: ReportSettings, signedInYear: number): DocumentModel {
  const y = String(d.year);
  let n = 0;
  const caption = (title: string) => `Biểu ${String(++n)}. ${title}`;
  // The tally of part II without its heading, then every task by agency.
  const tally = tasksBlocks(d, caption, false).slice(1);
  const header = documentHeader(settings, { ...report, number: null, date: null }, signedInYear);
  return {
    metaTitle: `Tình hình thực hiện nhiệm vụ của các cơ quan thành viên Ban Chỉ đạo năm ${y}`,
    author: header.issuingBody,
    header,
    title: { docType: 'BÁO CÁO', summary: [`Tình hình thực hiện nhiệm vụ của các cơ quan thành viên Ban Chỉ đạo năm ${y}`] },
    body: [
      paragraph(`Số liệu tính đến ngày ${formatVnDate(d.asOf)}.${d.plan ? ` Căn cứ ${planName(d.plan)} (${d.plan.title}).` : ''}`),
      heading(1, 'I. TỔNG HỢP THEO CƠ QUAN CHỦ TRÌ'),
      ...tally,
      heading(1, 'II. CHI TIẾT NHIỆM VỤ'),
      ...(d.tasks.length > 0
        ? [tasksByAgencyTable(d.tasks, caption(`Nhiệm vụ năm ${y} theo cơ quan chủ trì`))]
        : [paragraph('Chưa có nhiệm vụ.')]),
    ],
    recipients: recipientLines({ ...report, recipients: ['Các thành viên Ban Chỉ đạo'] }),
    signature: signatureBlock(settings, report),
    appendices: [],
  };
}

/** The JSON of the tasks report: the tally and the tasks, with Vietnamese state labels beside the codes. */
function tasksJson(d: BcdReportData): unknown {
  return {
    year: d.year,
    asOf: d.asOf,
    plan: d.plan,
    byAgency: tallyByAgency(d.tasks),
    tasks: d.tasks.map((t) => ({
      title: t.title,
      leadAgency: t.leadAgency,
      partners: t.partners.map((p) => p.name),
      deadline: t.deadline,
      state: t.state,
      stateText: taskStateText(t),
      percent: t.percent,
      result: taskResult(t),
    })),
  };
}

export async function tasksReport(ctx: CoreContext, year: number, asOf?: string): Promise<RenderableReport> {
  const { today } = clock(ctx);
  const on = asOf ?? (today < `${year}-12-31` ? today : `${year}-12-31`);
  const d = await bcdTasksData(ctx, year, on);
  const model = tasksReportModel(d, await getSettings(ctx), await printSettings(ctx, 'annual'), Number(today.slice(0, 4)));
  return { model, json: tasksJson(d) };
}

export const tasksBaseName = (year: number): string => `nhiem-vu-BCD-${year}`;

export async function tasksReportFile(
  ctx: CoreContext,
  year: number,
  format: ReportFormatDto,
): Promise<ReportFile & { bytes?: Uint8Array }> {
  const report = await tasksReport(ctx, year);
  if (format === 'json') return jsonFile(tasksBaseName(year), report.json);
  return reportFile(ctx, report, format, tasksBaseName(year));
}

export async function tasksReportHtml(ctx: CoreContext, year: number): Promise<{ html: string }> {
  return { html: renderHtml((await tasksReport(ctx, year)).model) };
}
