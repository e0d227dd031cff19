/**
 * What the conference report needs from the BCĐ's workspace for year N, read once from the database. The
 * layout (sections.ts) only reads this; it never queries.
 */
import type {
  ActivityDto,
  BcdMeetingDto,
  LinkageDto,
  NarrativeDto,
  SupportRecordDto,
  TargetDto,
  TaskDto,
} from '../../../contract/bcd-dto.ts';
import type { CoreContext } from '../../context.ts';
import type { Db } from '../../db/types.ts';
import { listBcdMeetings } from '../committee.ts';
import * as repo from '../repository.ts';
import { listActivities, listLinkages, listSupport } from '../support/service.ts';
import { narrativeOf, targetsOf } from '../targets.ts';
import { taskDtos } from '../tasks.ts';

export interface PlanRef {
  number: string | null;
  issuedOn: string;
  title: string;
  signer: string | null;
}

export interface BcdReportData {
  year: number;
  /** The date task states are read on (the report's as-of date). */
  asOf: string;
  plan: PlanRef | null;
  nextPlan: PlanRef | null;
  /** Tasks of year N's plan, then of year N+1's. */
  tasks: TaskDto[];
  nextTasks: TaskDto[];
  meetings: BcdMeetingDto[];
  /** Targets of N−1, N and N+1. */
  targets: TargetDto[];
  support: SupportRecordDto[];
  activities: ActivityDto[];
  linkages: LinkageDto[];
  narrative: NarrativeDto;
  /** The period the report covers when it is not the whole year ("6 tháng đầu năm 2025"). */
  periodLabel?: string;
}

async function planOf(db: Db, year: number, asOf: string): Promise<{ plan: PlanRef | null; tasks: TaskDto[] }> {
  const [p] = await repo.listPlanRows(db, { year });
  if (!p) return { plan: null, tasks: [] };
  const tasks = await taskDtos(db, await repo.listTaskRows(db, { planId: p.id }), asOf);
  return { plan: { number: p.number, issuedOn: p.issued_on, title: p.title, signer: p.signer }, tasks };
}

export async function bcdReportData(ctx: CoreContext, year: number, asOf: string): Promise<BcdReportData> {
  const db = ctx.db;
  const [current, next, meetings, targets, support, activities, linkages, narrative] = await Promise.all([
    planOf(db, year, asOf),
    planOf(db, year + 1, asOf),
    listBcdMeetings(db, year),
    targetsOf(db, [year - 1, year, year + 1]),
    listSupport(ctx, db, { year }),
    listActivities(ctx, db, { year }),
    listLinkages(ctx, db, { year }),
    narrativeOf(db, year),
  ]);
  return {
    year,
    asOf,
    plan: current.plan,
    nextPlan: next.plan,
    tasks: current.tasks,
    nextTasks: next.tasks,
    meetings,
    targets,
    support,
    activities,
    linkages,
    narrative,
  };
}

/** The plans and tasks of year N (and N+1) alone, for the tasks report: the support lists are not read. */
export async function bcdTasksData(ctx: CoreContext, year: number, asOf: string): Promise<BcdReportData> {
  const [current, next] = await Promise.all([planOf(ctx.db, year, asOf), planOf(ctx.db, year + 1, asOf)]);
  const narrative = { limitations: '', solutions: '', halfLimitations: '', halfSolutions: '' };
  return {
    year,
    asOf,
    plan: current.plan,
    nextPlan: next.plan,
    tasks: current.tasks,
    nextTasks: next.tasks,
    meetings: [],
    targets: [],
    support: [],
    activities: [],
    linkages: [],
    narrative,
  };
}

/** True when the office keeps anything of the BCĐ for year N: otherwise the report stays the figures alone. */
export function hasBcdContent(d: BcdReportData): boolean {
  return (
    d.plan !== null ||
    d.nextPlan !== null ||
    d.meetings.length > 0 ||
    d.targets.length > 0 ||
    d.support.length > 0 ||
    d.activities.length > 0 ||
    d.linkages.length > 0 ||
    Object.values(d.narrative).some((t) => t.trim() !== '')
  );
}
