import type { BcdPlanDetail, BcdPlanDto, ProgressDto, TaskDto, TaskLists } from '../../contract/bcd-dto.ts';
import type { BcdPlanInput, ProgressInput, TaskInput } from '../../contract/bcd.ts';
import { TASK_DUE_SOON_DAYS, type TaskStatus } from '../../contract/bcd-vocab.ts';
import { AppError } from '../../contract/errors.ts';
import { formatVnDate } from '../../shared/vn-date-format.ts';
import { recordAudit } from '../audit/repository.ts';
import type { CoreContext } from '../context.ts';
import { writeTransaction } from '../db/transaction.ts';
import type { Db } from '../db/types.ts';
import { blankToNull, clock, diffAudit } from '../inspections/common.ts';
import { addDays } from '../inspections/dates.ts';
import { cellError, changed, notFound } from './common.ts';
import * as repo from './repository.ts';
import { doneOnTime, taskState } from './task-state.ts';

/** Tasks with their partners and progress, read on `asOf`. */
export async function taskDtos(db: Db, rows: repo.TaskRow[], asOf: string): Promise<TaskDto[]> {
  const ids = rows.map((r) => r.id);
  const [partners, progress] = await Promise.all([repo.partnerRows(db, ids), repo.progressRows(db, ids)]);
  const partnersOf = Map.groupBy(partners, (p) => p.task_id);
  const progressOf = Map.groupBy(progress, (p) => p.task_id);
  return rows.map((r) => {
    const status = r.status as TaskStatus;
    const reports: ProgressDto[] = (progressOf.get(r.id) ?? []).map((p) => ({
      id: p.id,
      reportedOn: p.reported_on,
      content: p.content,
      percent: p.percent,
      documentRef: p.document_ref,
    }));
    const lastPercent = reports.findLast((p) => p.percent !== null)?.percent ?? null;
    return {
      id: r.id,
      planId: r.plan_id,
      planYear: r.plan_year,
      position: r.position,
      title: r.title,
      leadAgencyId: r.lead_agency_id,
      leadAgency: r.lead_agency,
      partners: (partnersOf.get(r.id) ?? []).map((p) => ({ id: p.id, name: p.name })),
      deadline: r.deadline,
      expectedOutput: r.expected_output,
      status,
      state: taskState(status, r.deadline, asOf),
      completedOn: r.completed_on,
      onTime: doneOnTime(status, r.deadline, r.completed_on),
      result: r.result,
      percent: status === 'hoan_thanh' ? 100 : lastPercent,
      progress: reports,
    };
  });
}

function planDto(p: repo.PlanRow, tasks: TaskDto[]): BcdPlanDto {
  return {
    id: p.id,
    year: p.year,
    number: p.number,
    issuedOn: p.issued_on,
    signer: p.signer,
    title: p.title,
    taskCount: tasks.length,
    doneCount: tasks.filter((t) => t.status === 'hoan_thanh').length,
    overdueCount: tasks.filter((t) => t.state === 'qua_han').length,
  };
}

export async function listBcdPlans(ctx: CoreContext, year?: number): Promise<BcdPlanDto[]> {
  const { today } = clock(ctx);
  const plans = await repo.listPlanRows(ctx.db, year === undefined ? {} : { year });
  const tasks = await taskDtos(ctx.db, await repo.listTaskRows(ctx.db, year === undefined ? {} : { year }), today);
  const byPlan = Map.groupBy(tasks, (t) => t.planId);
  return plans.map((p) => planDto(p, byPlan.get(p.id) ?? []));
}

export async function getBcdPlan(ctx: CoreContext, id: number, asOf?: string): Promise<BcdPlanDetail> {
  const [plan] = await repo.listPlanRows(ctx.db, { id });
  if (!plan) throw notFound('kế hoạch này');
  const tasks = await taskDtos(ctx.db, await repo.listTaskRows(ctx.db, { planId: id }), asOf ?? clock(ctx).today);
  return { ...planDto(plan, tasks), tasks };
}

export async function saveBcdPlan(ctx: CoreContext, input: BcdPlanInput): Promise<BcdPlanDto> {
  const { at } = clock(ctx);
  const values = {
    year: input.year,
    number: blankToNull(input.number),
    issued_on: input.issuedOn,
    signer: blankToNull(input.signer),
    title: input.title,
  };
  const id = await writeTransaction(ctx, async ({ db }) => {
    const sameYear = (await repo.listPlanRows(db, { year: input.year })).find((p) => p.id !== input.id);
    if (sameYear) throw cellError('year', `Năm ${input.year} đã có kế hoạch "${sameYear.title}". Hãy thêm nhiệm vụ vào kế hoạch đó.`);
    if (input.id === undefined) {
      const newId = await repo.insertPlan(db, { ...values, created_at: at, updated_at: at });
      await recordAudit(db, ctx.who, at, [{ action: 'insert', entity: 'bcd_plans', entityId: String(newId), newValue: values }]);
      return newId;
    }
    const [before] = await repo.listPlanRows(db, { id: input.id });
    if (!before) throw notFound('kế hoạch này');
    const early = (await repo.listTaskRows(db, { planId: input.id })).find((t) => t.deadline !== null && t.deadline < input.issuedOn);
    if (early)
      throw cellError(
        'issuedOn',
        `Nhiệm vụ "${early.title}" có hạn ${formatVnDate(early.deadline ?? '')}, trước ngày ban hành kế hoạch: hãy sửa hạn của nhiệm vụ trước.`,
      );
    await repo.updatePlan(db, input.id, { ...values, updated_at: at });
    await recordAudit(db, ctx.who, at, diffAudit('bcd_plans', input.id, before, values));
    return input.id;
  });
  changed(ctx);
  const [saved] = await listBcdPlans(ctx, input.year).then((ps) => ps.filter((p) => p.id === id));
  if (!saved) throw new AppError('INTERNAL');
  return saved;
}

/** A plan goes to the bin with its tasks; their progress stays attached, so restoring it would lose nothing. */
export async function deleteBcdPlan(ctx: CoreContext, id: number): Promise<{ id: number }> {
  const { at } = clock(ctx);
  await writeTransaction(ctx, async ({ db }) => {
    const [row] = await repo.listPlanRows(db, { id });
    if (!row) throw notFound('kế hoạch này');
    await repo.updatePlan(db, id, { deleted_at: at, updated_at: at });
    await recordAudit(db, ctx.who, at, [{ action: 'delete', entity: 'bcd_plans', entityId: String(id) }]);
  });
  changed(ctx);
  return { id };
}

async function checkTask(db: Db, input: TaskInput): Promise<{ planIssuedOn: string; leadAgencyId: number }> {
  const [plan] = await repo.listPlanRows(db, { id: input.planId });
  if (!plan) throw notFound('kế hoạch của nhiệm vụ này');
  if (input.leadAgencyId === null) throw cellError('leadAgencyId', 'Nhiệm vụ phải có cơ quan chủ trì.');
  if (!(await repo.getAgencyRow(db, input.leadAgencyId))) throw cellError('leadAgencyId', 'Cơ quan chủ trì không còn trong danh sách.');
  for (const p of input.partnerIds)
    if (!(await repo.getAgencyRow(db, p))) throw cellError('partnerIds', 'Một cơ quan phối hợp không còn trong danh sách.');
  if (input.deadline && input.deadline < plan.issued_on)
    throw cellError('deadline', `Hạn hoàn thành không được trước ngày ban hành kế hoạch (${formatVnDate(plan.issued_on)}).`);
  if (input.completedOn && input.completedOn < plan.issued_on)
    throw cellError('completedOn', `Ngày hoàn thành không được trước ngày ban hành kế hoạch (${formatVnDate(plan.issued_on)}).`);
  if (input.completedOn && input.status !== 'hoan_thanh')
    throw cellError('completedOn', 'Chỉ ghi ngày hoàn thành khi nhiệm vụ đã hoàn thành.');
  return { planIssuedOn: plan.issued_on, leadAgencyId: input.leadAgencyId };
}

export async function saveTask(ctx: CoreContext, input: TaskInput): Promise<TaskDto> {
  const { at, today } = clock(ctx);
  const id = await writeTransaction(ctx, async ({ db }) => {
    const { leadAgencyId } = await checkTask(db, input);
    const partnerIds = [...new Set(input.partnerIds)].filter((p) => p !== leadAgencyId);
    const values = {
      title: input.title,
      lead_agency_id: leadAgencyId,
      deadline: input.deadline ?? null,
      expected_output: blankToNull(input.expectedOutput),
      status: input.status,
      completed_on: input.completedOn ?? null,
      result: blankToNull(input.result),
    };
    let taskId: number;
    if (input.id === undefined) {
      const position = await repo.nextTaskPosition(db, input.planId);
      taskId = await repo.insertTask(db, { ...values, plan_id: input.planId, position, created_at: at, updated_at: at });
      await recordAudit(db, ctx.who, at, [
        { action: 'insert', entity: 'bcd_tasks', entityId: String(taskId), newValue: { ...values, partnerIds } },
      ]);
    } else {
      const [before] = await repo.listTaskRows(db, { id: input.id });
      if (!before || before.plan_id !== input.planId) throw notFound('nhiệm vụ này');
      taskId = input.id;
      await repo.updateTask(db, taskId, { ...values, updated_at: at });
      await recordAudit(db, ctx.who, at, diffAudit('bcd_tasks', taskId, before, values));
    }
    await repo.replacePartners(db, taskId, partnerIds);
    return taskId;
  });
  changed(ctx);
  const [dto] = await taskDtos(ctx.db, await repo.listTaskRows(ctx.db, { id }), today);
  if (!dto) throw new AppError('INTERNAL');
  return dto;
}

export async function deleteTask(ctx: CoreContext, id: number): Promise<{ id: number }> {
  const { at } = clock(ctx);
  await writeTransaction(ctx, async ({ db }) => {
    const [row] = await repo.listTaskRows(db, { id });
    if (!row) throw notFound('nhiệm vụ này');
    await repo.updateTask(db, id, { deleted_at: at, updated_at: at });
    await recordAudit(db, ctx.who, at, [{ action: 'delete', entity: 'bcd_tasks', entityId: String(id) }]);
  });
  changed(ctx);
  return { id };
}

/** A dated progress report; 100% moves a task still "chưa thực hiện" on to "đang thực hiện", never to done. */
export async function addProgress(ctx: CoreContext, input: ProgressInput): Promise<ProgressDto> {
  const { at, today } = clock(ctx);
  if (input.reportedOn > today) throw cellError('reportedOn', 'Ngày báo cáo tiến độ không được sau ngày hôm nay.');
  const id = await writeTransaction(ctx, async ({ db }) => {
    const [task] = await repo.listTaskRows(db, { id: input.taskId });
    if (!task) throw notFound('nhiệm vụ này');
    const values = {
      task_id: input.taskId,
      reported_on: input.reportedOn,
      content: input.content,
      percent: input.percent ?? null,
      document_ref: blankToNull(input.documentRef),
    };
    const newId = await repo.insertProgress(db, { ...values, created_at: at });
    if (task.status === 'chua_thuc_hien') await repo.updateTask(db, task.id, { status: 'dang_thuc_hien', updated_at: at });
    await recordAudit(db, ctx.who, at, [{ action: 'insert', entity: 'bcd_task_progress', entityId: String(newId), newValue: values }]);
    return newId;
  });
  changed(ctx);
  const row = await repo.getProgressRow(ctx.db, id);
  if (!row) throw new AppError('INTERNAL');
  return { id, reportedOn: row.reported_on, content: row.content, percent: row.percent, documentRef: row.document_ref };
}

export async function deleteProgress(ctx: CoreContext, id: number): Promise<{ id: number }> {
  const { at } = clock(ctx);
  await writeTransaction(ctx, async ({ db }) => {
    if (!(await repo.getProgressRow(db, id))) throw notFound('báo cáo tiến độ này');
    await repo.deleteProgressRow(db, id, at);
    await recordAudit(db, ctx.who, at, [{ action: 'delete', entity: 'bcd_task_progress', entityId: String(id) }]);
  });
  changed(ctx);
  return { id };
}

/** Tasks not done whose deadline has passed on `asOf`, and those due within TASK_DUE_SOON_DAYS after it. */
export async function taskLists(db: Db, asOf: string): Promise<TaskLists> {
  const rows = await repo.listTaskRows(db, { openWithDeadlineBy: addDays(asOf, TASK_DUE_SOON_DAYS) });
  const tasks = await taskDtos(db, rows, asOf);
  return {
    asOf,
    overdue: tasks.filter((t) => t.state === 'qua_han'),
    dueSoon: tasks.filter((t) => t.state !== 'qua_han'),
  };
}
