import type { bcdMethods } from '../../contract/bcd.ts';
import type { CoreContext } from '../context.ts';
import type { HandlersFor } from '../handler-types.ts';
import {
  deleteAgency,
  deleteBcdMeeting,
  restoreCommitteeRow,
  deleteMember,
  listAgencies,
  listBcdMeetings,
  listMembers,
  saveAgency,
  saveBcdMeeting,
  saveMember,
} from './committee.ts';
import { copyPlan } from './copy-plan.ts';
import { halfYearBaseName, halfYearReport } from './report/half-year.ts';
import { renderHtml } from '../reports/render/html.ts';
import { jsonFile, reportFile } from '../reports/service.ts';
import { tasksReportFile, tasksReportHtml } from './report/tasks-report.ts';
import {
  deleteActivity,
  deleteLinkage,
  deleteSupport,
  listActivities,
  listLinkages,
  listSupport,
  restoreLinkage,
  restoreSupport,
  saveActivity,
  saveLinkage,
  saveSupport,
} from './support/service.ts';
import { narrativeOf, saveNarrative, saveTargets, targetsOf } from './targets.ts';
import {
  addProgress,
  deleteBcdPlan,
  deleteProgress,
  deleteTask,
  getBcdPlan,
  listBcdPlans,
  saveBcdPlan,
  saveTask,
  taskLists,
} from './tasks.ts';

/** Handlers of the methods in contract/bcd.ts. */
export function buildBcdHandlers(ctx: CoreContext): HandlersFor<keyof typeof bcdMethods> {
  return {
    'bcd.agencies': () => listAgencies(ctx.db),
    'bcd.saveAgency': (input) => saveAgency(ctx, input),
    'bcd.deleteAgency': (input) => deleteAgency(ctx, input.id),
    'bcd.members': () => listMembers(ctx.db),
    'bcd.saveMember': (input) => saveMember(ctx, input),
    'bcd.deleteMember': (input) => deleteMember(ctx, input.id),
    'bcd.meetings': (input) => listBcdMeetings(ctx.db, input.year),
    'bcd.saveMeeting': (input) => saveBcdMeeting(ctx, input),
    'bcd.deleteMeeting': (input) => deleteBcdMeeting(ctx, input.id),
    'bcd.restore': (input) => restoreCommitteeRow(ctx, input.what, input.id),
    'bcd.plans': (input) => listBcdPlans(ctx, input.year),
    'bcd.plan': (input) => getBcdPlan(ctx, input.id, input.asOf),
    'bcd.savePlan': (input) => saveBcdPlan(ctx, input),
    'bcd.deletePlan': (input) => deleteBcdPlan(ctx, input.id),
    'bcd.copyPlan': (input) => copyPlan(ctx, input),
    'bcd.saveTask': (input) => saveTask(ctx, input),
    'bcd.deleteTask': (input) => deleteTask(ctx, input.id),
    'bcd.addProgress': (input) => addProgress(ctx, input),
    'bcd.deleteProgress': (input) => deleteProgress(ctx, input.id),
    'bcd.taskLists': (input) => taskLists(ctx.db, input.asOf),
    'bcd.targets': (input) => targetsOf(ctx.db, [input.year]),
    'bcd.saveTargets': (input) => saveTargets(ctx, input),
    'bcd.narrative': (input) => narrativeOf(ctx.db, input.year),
    'bcd.saveNarrative': (input) => saveNarrative(ctx, input),
    'support.records': (input) => listSupport(ctx, ctx.db, { year: input.year, undated: input.undated === true }),
    'support.saveRecord': (input) => saveSupport(ctx, input),
    'support.deleteRecord': (input) => deleteSupport(ctx, input.id),
    'support.restoreRecord': (input) => restoreSupport(ctx, input.id),
    'support.activities': (input) => listActivities(ctx, ctx.db, { year: input.year }),
    'support.saveActivity': (input) => saveActivity(ctx, input),
    'support.deleteActivity': (input) => deleteActivity(ctx, input.id),
    'support.linkages': (input) => listLinkages(ctx, ctx.db, { year: input.year, undated: input.undated === true }),
    'support.saveLinkage': (input) => saveLinkage(ctx, input),
    'support.deleteLinkage': (input) => deleteLinkage(ctx, input.id),
    'support.restoreLinkage': (input) => restoreLinkage(ctx, input.id),
    'bcd.tasksReportFile': async (input) => {
      const { bytes: _bytes, ...file } = await tasksReportFile(ctx, input.year, input.format);
      return file;
    },
    'bcd.tasksReportHtml': (input) => tasksReportHtml(ctx, input.year),
    'bcd.halfYearFile': async (input) => {
      const report = await halfYearReport(ctx, input.year);
      if (input.format === 'json') return jsonFile(halfYearBaseName(input.year), report.json);
      const { bytes: _bytes, ...file } = await reportFile(ctx, report, input.format, halfYearBaseName(input.year));
      return file;
    },
    'bcd.halfYearHtml': async (input) => ({ html: renderHtml((await halfYearReport(ctx, input.year)).model) }),
  };
}
