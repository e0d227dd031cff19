import type { PlanDto } from '../../contract/inspection-dto.ts';
import type { PlanInput } from '../../contract/inspections.ts';
import { AppError } from '../../contract/errors.ts';
import { formatVnDate } from '../../shared/vn-date-format.ts';
import { recordAudit, type AuditEntry } from '../audit/repository.ts';
import type { CoreContext } from '../context.ts';
import type { Db } from '../db/types.ts';
import { blankToNull, clock, diffAudit, invalid, orgRefMap, refOrThrow } from './common.ts';
import { yearOf } from './dates.ts';
import {
  deletePlanItems,
  insertPlan,
  insertPlanItem,
  listPlanRows,
  orgRows,
  planItemRows,
  updatePlan,
  updatePlanItem,
} from './repository.ts';
import { writeTransaction } from '../db/transaction.ts';

async function planDtos(ctx: CoreContext, db: Db, filter: { year?: number; id?: number }): Promise<PlanDto[]> {
  const plans = await listPlanRows(db, filter);
  const items = await planItemRows(
    db,
    plans.map((p) => p.id),
  );
  const orgs = await orgRefMap(
    ctx,
    db,
    items.map((i) => i.organization_id),
  );
  const itemsOfPlan = Map.groupBy(items, (i) => i.plan_id);
  return plans.map((p) => ({
    id: p.id,
    year: p.year,
    number: p.number,
    title: p.title,
    issuedOn: p.issued_on,
    team: p.team,
    content: p.content,
    note: p.note,
    updatedAt: p.updated_at,
    items: (itemsOfPlan.get(p.id) ?? []).map((i) => ({
      id: i.id,
      organization: refOrThrow(orgs, i.organization_id),
      plannedDate: i.planned_date,
      team: i.team,
      note: i.note,
      recordId: i.record_id ?? null,
    })),
  }));
}

export function listPlans(ctx: CoreContext, year: number | undefined): Promise<PlanDto[]> {
  return planDtos(ctx, ctx.db, year === undefined ? {} : { year });
}

async function loadPlan(ctx: CoreContext, db: Db, id: number): Promise<PlanDto> {
  const [plan] = await planDtos(ctx, db, { id });
  if (!plan) throw new AppError('NOT_FOUND', 'Không tìm thấy kế hoạch kiểm tra này (có thể đã bị xóa).');
  return plan;
}

export function getPlan(ctx: CoreContext, id: number): Promise<PlanDto> {
  return loadPlan(ctx, ctx.db, id);
}

function snapshot(p: PlanDto): Record<string, unknown> {
  return {
    year: p.year,
    number: p.number,
    title: p.title,
    issuedOn: p.issuedOn,
    team: p.team,
    content: p.content,
    note: p.note,
    items: p.items.map((i) => ({ id: i.id, organizationId: i.organization.id, plannedDate: i.plannedDate, team: i.team, note: i.note })),
  };
}

/** Refusals about the visits: unknown organizations, dates outside the plan's year, the same visit twice. */
async function checkItems(trx: Db, input: PlanInput, existing: PlanDto | null): Promise<void> {
  const live = new Map(
    (
      await orgRows(
        trx,
        input.items.map((i) => i.organizationId),
      )
    )
      .filter((o) => o.deleted_at === null)
      .map((o) => [o.id, o.name]),
  );
  const seen = new Set<string>();
  for (const item of input.items) {
    const name = live.get(item.organizationId);
    if (name === undefined) throw new AppError('NOT_FOUND', 'Có tổ chức trong kế hoạch không còn trong sổ đăng ký.');
    if (yearOf(item.plannedDate) !== input.year)
      throw invalid(`Ngày dự kiến kiểm tra ${name} (${formatVnDate(item.plannedDate)}) không thuộc năm ${input.year}.`);
    const key = `${item.organizationId}|${item.plannedDate}`;
    if (seen.has(key)) throw invalid(`${name} được ghi hai lần cùng ngày ${formatVnDate(item.plannedDate)}.`);
    seen.add(key);
    if (item.id !== undefined && !existing?.items.some((i) => i.id === item.id)) throw invalid('Có mục không thuộc kế hoạch này.');
  }
  const kept = new Set(input.items.map((i) => i.id));
  const blocked = existing?.items.find((i) => !kept.has(i.id) && i.recordId !== null);
  if (blocked) throw invalid(`Không bỏ được ${blocked.organization.name} khỏi kế hoạch: đã có biên bản kiểm tra theo mục này.`);
}

/** Creates or replaces a yearly plan with its visits, in one transaction. */
export async function savePlan(ctx: CoreContext, input: PlanInput): Promise<PlanDto> {
  const { at } = clock(ctx);
  const dto = await writeTransaction(ctx, async ({ db: trx }) => {
    const existing = input.id === undefined ? null : await loadPlan(ctx, trx, input.id);
    await checkItems(trx, input, existing);
    const columns = {
      year: input.year,
      number: blankToNull(input.number),
      title: input.title,
      issued_on: input.issuedOn ?? null,
      team: input.team,
      content: input.content,
      note: blankToNull(input.note),
    };
    let id: number;
    if (existing) {
      id = existing.id;
      await updatePlan(trx, id, { ...columns, updated_at: at });
      const kept = new Set(input.items.map((i) => i.id));
      await deletePlanItems(
        trx,
        existing.items.filter((i) => !kept.has(i.id)).map((i) => i.id),
      );
    } else {
      id = await insertPlan(trx, { ...columns, at });
    }
    for (const [i, item] of input.items.entries()) {
      const values = {
        position: i + 1,
        organizationId: item.organizationId,
        plannedDate: item.plannedDate,
        team: blankToNull(item.team),
        note: blankToNull(item.note),
      };
      if (item.id === undefined) await insertPlanItem(trx, { planId: id, ...values });
      else await updatePlanItem(trx, item.id, values);
    }
    const saved = await loadPlan(ctx, trx, id);
    const audit: AuditEntry[] = existing
      ? diffAudit('inspection_plans', id, snapshot(existing), snapshot(saved))
      : [{ action: 'insert', entity: 'inspection_plans', entityId: String(id), newValue: snapshot(saved) }];
    await recordAudit(trx, ctx.who, at, audit);
    return saved;
  });
  ctx.events.emit('data.changed', { area: 'inspections' });
  return dto;
}

/** Deletes a plan softly; biên bản made under it keep their link and stay valid. */
export async function deletePlan(ctx: CoreContext, id: number): Promise<{ id: number }> {
  const { at } = clock(ctx);
  await writeTransaction(ctx, async ({ db: trx }) => {
    await loadPlan(ctx, trx, id);
    await updatePlan(trx, id, { updated_at: at, deleted_at: at });
    await recordAudit(trx, ctx.who, at, [{ action: 'delete', entity: 'inspection_plans', entityId: String(id) }]);
  });
  ctx.events.emit('data.changed', { area: 'inspections' });
  return { id };
}
