import type { InspectionDocumentRequest } from '../../../contract/inspections.ts';
import type { CoreContext } from '../../context.ts';
import type { ReportSettings } from '../../reports/frame.ts';
import type { RenderableReport } from '../../reports/render/index.ts';
import { getSettings } from '../../settings/service.ts';
import { clock } from '../common.ts';
import { monitoringLists } from '../monitoring/service.ts';
import { getPlan } from '../plans.ts';
import { recordData } from '../records/service.ts';
import { periodReport } from '../report-data/period.ts';
import { defaultInspectionReportSettings } from './common.ts';
import { buildMonitoringDocument } from './monitoring.ts';
import { buildInspectionPeriodDocument } from './period.ts';
import { buildInspectionPlanDocument } from './plan.ts';
import { buildInspectionRecordDocument } from './record.ts';

export {
  buildInspectionRecordDocument,
  buildInspectionPeriodDocument,
  buildMonitoringDocument,
  buildInspectionPlanDocument,
  defaultInspectionReportSettings,
};

/**
 * The data of a printout, which its JSON output carries, without laying the printout out: the JSON of the
 * monitoring report at 50,000 organizations is 8,7 MB of lists, and building their tables only to drop them
 * took longer than reading them.
 */
export async function inspectionJson(ctx: CoreContext, request: InspectionDocumentRequest): Promise<unknown> {
  switch (request.kind) {
    case 'record':
      return recordData(ctx, request.id);
    case 'plan':
      return getPlan(ctx, request.id);
    case 'period':
      return periodReport(ctx, request.from, request.to);
    case 'monitoring': {
      const result = await monitoringLists(ctx, request.asOf);
      // The BCĐ's tasks overdue and due soon join the lists (issue 13), under their own names.
      return { asOf: result.asOf, lists: { ...result.lists, ...result.tasks } };
    }
  }
}

/**
 * A printout with the data its JSON output carries, ready for renderReport (html, pdf, docx, xlsx, json).
 * `report` overrides the defaults (number, date, Nơi nhận) with what the office saved for this printout.
 * The monitoring JSON is exactly { asOf, lists } (issue 6); the counts are printed, and derivable from the lists.
 */
export async function inspectionReport(
  ctx: CoreContext,
  request: InspectionDocumentRequest,
  report?: ReportSettings,
): Promise<RenderableReport> {
  const settings = await getSettings(ctx);
  const today = clock(ctx).today;
  switch (request.kind) {
    case 'record': {
      const data = await recordData(ctx, request.id);
      return {
        model: buildInspectionRecordDocument(data, settings, report ?? defaultInspectionReportSettings('record', data.record.inspectedOn)),
        json: data,
      };
    }
    case 'plan': {
      const plan = await getPlan(ctx, request.id);
      return {
        model: buildInspectionPlanDocument(plan, settings, report ?? defaultInspectionReportSettings('plan', plan.issuedOn)),
        json: plan,
      };
    }
    case 'period': {
      const data = await periodReport(ctx, request.from, request.to);
      return {
        model: buildInspectionPeriodDocument(data, settings, report ?? defaultInspectionReportSettings('period', today)),
        json: data,
      };
    }
    case 'monitoring': {
      const result = await monitoringLists(ctx, request.asOf);
      return {
        model: buildMonitoringDocument(result, settings, report ?? defaultInspectionReportSettings('monitoring', today)),
        json: { asOf: result.asOf, lists: result.lists },
      };
    }
  }
}
