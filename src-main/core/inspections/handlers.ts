import { monitoringListFile } from './monitoring/list-file.ts';
import type { inspectionMethods } from '../../contract/inspections.ts';
import type { CoreContext } from '../context.ts';
import type { HandlersFor } from '../handler-types.ts';
import { inspectionDocumentFile, inspectionDocumentHtml } from './documents/files.ts';
import { deleteMeeting, listMeetings, saveMeeting } from './meetings.ts';
import { monitoringLists } from './monitoring/service.ts';
import { deletePlan, getPlan, listPlans, savePlan } from './plans.ts';
import { listRecommendations, updateRecommendation } from './records/follow-up.ts';
import { deleteRecord, getRecord, listRecords, recordData, saveRecord } from './records/service.ts';
import { periodReport } from './report-data/period.ts';
import { listTemplates, saveTemplate } from './templates.ts';

/** Handlers of the methods in contract/inspections.ts. */
export function buildInspectionHandlers(ctx: CoreContext): HandlersFor<keyof typeof inspectionMethods> {
  return {
    'inspections.templates': () => listTemplates(ctx.db),
    'inspections.saveTemplate': (input) => saveTemplate(ctx, input),
    'inspections.listPlans': (input) => listPlans(ctx, input.year),
    'inspections.getPlan': (input) => getPlan(ctx, input.id),
    'inspections.savePlan': (input) => savePlan(ctx, input),
    'inspections.deletePlan': (input) => deletePlan(ctx, input.id),
    'inspections.listRecords': (input) => listRecords(ctx, input),
    'inspections.getRecord': (input) => getRecord(ctx, input.id),
    'inspections.recordData': (input) => recordData(ctx, input.id),
    'inspections.saveRecord': (input) => saveRecord(ctx, input),
    'inspections.deleteRecord': (input) => deleteRecord(ctx, input.id),
    'inspections.listRecommendations': (input) => listRecommendations(ctx, input),
    'inspections.updateRecommendation': (input) => updateRecommendation(ctx, input),
    'inspections.listMeetings': (input) => listMeetings(ctx, input),
    'inspections.saveMeeting': (input) => saveMeeting(ctx, input),
    'inspections.deleteMeeting': (input) => deleteMeeting(ctx, input.id),
    'inspections.periodReport': (input) => periodReport(ctx, input.from, input.to),
    'inspections.documentHtml': (input) => inspectionDocumentHtml(ctx, input),
    'inspections.documentFile': (input) => inspectionDocumentFile(ctx, input.document, input.format),
    'monitoring.lists': (input) => monitoringLists(ctx, input.asOf),
    'monitoring.listFile': (input) => monitoringListFile(ctx, input.asOf, input.list),
  };
}
