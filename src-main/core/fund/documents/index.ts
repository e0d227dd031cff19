import type { FundDocumentRequest } from '../../../contract/fund.ts';
import type { ReportFile, ReportFormatDto } from '../../../contract/reports.ts';
import type { CoreContext } from '../../context.ts';
import type { RenderableReport } from '../../reports/render/index.ts';
import { getSettings } from '../../settings/service.ts';
import { getLoan } from '../loans.ts';
import { fundReportData } from '../report-data.ts';
import { buildReminderDocument, buildStatementDocument } from './notices.ts';
import { buildFundReportDocument } from './report.ts';

export { buildFundReportDocument, buildReminderDocument, buildStatementDocument };
export type { ReportFile, ReportFormatDto };

/** The data a printout's JSON carries. */
export async function fundJson(ctx: CoreContext, request: FundDocumentRequest): Promise<unknown> {
  switch (request.kind) {
    case 'report':
      return fundReportData(ctx, request.from, request.to, request.asOf);
    case 'statement':
    case 'reminder':
      return getLoan(ctx, request.loanId, request.asOf);
  }
}

/** A fund printout ready for renderReport, with the number, date and Nơi nhận the office saved for its type. */
export async function fundReport(
  ctx: CoreContext,
  request: FundDocumentRequest,
  report: Parameters<typeof buildFundReportDocument>[2],
): Promise<RenderableReport> {
  const settings = await getSettings(ctx);
  switch (request.kind) {
    case 'report': {
      const data = await fundReportData(ctx, request.from, request.to, request.asOf);
      return { model: buildFundReportDocument(data, settings, report), json: data };
    }
    case 'statement': {
      const loan = await getLoan(ctx, request.loanId, request.asOf);
      return { model: buildStatementDocument(loan, request.asOf, settings, report), json: loan };
    }
    case 'reminder': {
      const loan = await getLoan(ctx, request.loanId, request.asOf);
      return { model: buildReminderDocument(loan, request.asOf, settings, report), json: loan };
    }
  }
}
