import type { InspectionDocumentRequest } from '../../../contract/inspections.ts';
import type { ReportFile, ReportFormatDto, ReportType } from '../../../contract/reports.ts';
import type { CoreContext } from '../../context.ts';
import { annexBaseName, jsonFile, printSettings, reportFile } from '../../reports/service.ts';
import { separateAnnexes } from '../../reports/annex.ts';
import type { RenderableReport } from '../../reports/render/index.ts';
import { renderHtml } from '../../reports/render/html.ts';
import { inspectionJson, inspectionReport } from './index.ts';

/**
 * The printouts as the app shows and saves them, with the number, date and Nơi nhận the office saved per
 * report type. Kept apart from index.ts, which reports/service.ts may import: no import cycle either way.
 */

/** The report types under which the office saves number, date and Nơi nhận of each printout (plans have none). */
const SAVED_AS: Record<InspectionDocumentRequest['kind'], ReportType | null> = {
  record: 'inspection-record',
  plan: null,
  period: 'inspection',
  monitoring: 'monitoring',
};

/**
 * A printout with the settings the office saved for its report type; the CLI's `report` command uses it too.
 * An appendix too long to print with it (a year of inspections, the monitoring lists of a large province)
 * goes to its annex, named after the printout's file (reports/annex.ts).
 */
export async function savedInspectionReport(ctx: CoreContext, request: InspectionDocumentRequest): Promise<RenderableReport> {
  const type = SAVED_AS[request.kind];
  const report = await inspectionReport(ctx, request, type === null ? undefined : await printSettings(ctx, type));
  const { model, annex } = separateAnnexes(report.model, `${annexBaseName(inspectionFileBaseName(request))}.xlsx`);
  return annex ? { ...report, model, annex } : report;
}

export async function inspectionDocumentHtml(
  ctx: CoreContext,
  request: InspectionDocumentRequest,
): Promise<{ title: string; html: string }> {
  const { model } = await savedInspectionReport(ctx, request);
  return { title: model.metaTitle, html: renderHtml(model) };
}

/** File name without extension: bien-ban-kiem-tra-12, bao-cao-giam-sat-2025-06-30 … */
export function inspectionFileBaseName(request: InspectionDocumentRequest): string {
  switch (request.kind) {
    case 'record':
      return `bien-ban-kiem-tra-${request.id}`;
    case 'plan':
      return `ke-hoach-kiem-tra-${request.id}`;
    case 'period':
      return `bao-cao-kiem-tra-${request.from}-${request.to}`;
    case 'monitoring':
      return `bao-cao-giam-sat-${request.asOf}`;
  }
}

export async function inspectionDocumentFile(
  ctx: CoreContext,
  request: InspectionDocumentRequest,
  format: ReportFormatDto,
): Promise<ReportFile> {
  if (format === 'json') return jsonFile(inspectionFileBaseName(request), await inspectionJson(ctx, request));
  const { bytes: _bytes, ...file } = await reportFile(
    ctx,
    () => savedInspectionReport(ctx, request),
    format,
    inspectionFileBaseName(request),
  );
  return file;
}
