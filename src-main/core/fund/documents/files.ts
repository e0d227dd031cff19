import type { FundDocumentRequest } from '../../../contract/fund.ts';
import type { ReportFile, ReportFormatDto } from '../../../contract/reports.ts';
import type { CoreContext } from '../../context.ts';
import { renderHtml } from '../../reports/render/html.ts';
import { jsonFile, printSettings, reportFile, reportSettings } from '../../reports/service.ts';
import { fundJson, fundReport } from './index.ts';

/** File name without extension: bao-cao-quy-htpt-2025-01-01-2025-12-31, sao-ke-khoan-vay-12-2025-06-30 … */
export function fundFileBaseName(request: FundDocumentRequest): string {
  switch (request.kind) {
    case 'report':
      return `bao-cao-quy-htpt-${request.from}-${request.to}`;
    case 'statement':
      return `sao-ke-khoan-vay-${String(request.loanId)}-${request.asOf}`;
    case 'reminder':
      return `nhac-tra-no-${String(request.loanId)}-${request.asOf}`;
  }
}

async function savedFundReport(ctx: CoreContext, request: FundDocumentRequest) {
  // A statement or reminder is dated on its as-of day when the clerk set no date (fundReport); the report on the day it is printed.
  const settings = request.kind === 'report' ? await printSettings(ctx, 'fund') : await reportSettings(ctx, 'fund-notice');
  return fundReport(ctx, request, settings);
}

export async function fundDocumentHtml(ctx: CoreContext, request: FundDocumentRequest): Promise<{ title: string; html: string }> {
  const { model } = await savedFundReport(ctx, request);
  return { title: model.metaTitle, html: renderHtml(model) };
}

export async function fundDocumentFile(ctx: CoreContext, request: FundDocumentRequest, format: ReportFormatDto): Promise<ReportFile> {
  if (format === 'json') return jsonFile(fundFileBaseName(request), await fundJson(ctx, request));
  const { bytes: _bytes, ...file } = await reportFile(ctx, () => savedFundReport(ctx, request), format, fundFileBaseName(request));
  return file;
}
