import type { BcdPlanDto } from '../../contract/bcd-dto.ts';
import { AppError } from '../../contract/errors.ts';
import { recordAudit } from '../audit/repository.ts';
import type { CoreContext } from '../context.ts';
import { writeTransaction } from '../db/transaction.ts';
import { clock } from '../inspections/common.ts';
import { addMonths } from '../inspections/dates.ts';
import { cellError, changed, notFound } from './common.ts';
import * as repo from './repository.ts';
import { listBcdPlans } from './tasks.ts';

/**
 * Copies a plan's tasks into the plan of `toYear` (made when that year has none, dated `issuedOn`): same
 * content, lead agency and partners, deadlines moved by the same number of years, status "chưa thực hiện",
 * no progress. A task already in the target plan under the same title is not copied twice.
 */
export async function copyPlan(ctx: CoreContext, input: { id: number; toYear: number; issuedOn: string }): Promise<BcdPlanDto> {
  const { at } = clock(ctx);
  const targetId = await writeTransaction(ctx, async ({ db }) => {
    const [source] = await repo.listPlanRows(db, { id: input.id });
    if (!source) throw notFound('kế hoạch này');
    if (input.toYear <= source.year) throw cellError('toYear', `Chỉ sao chép sang năm sau năm ${source.year} của kế hoạch.`);
    const shift = (iso: string | null): string | null => (iso === null ? null : addMonths(iso, 12 * (input.toYear - source.year)));
    let [target] = await repo.listPlanRows(db, { year: input.toYear });
    if (!target) {
      const title = source.title.replaceAll(String(source.year), String(input.toYear));
      const id = await repo.insertPlan(db, {
        year: input.toYear,
        number: null,
        issued_on: input.issuedOn,
        signer: source.signer,
        title,
        created_at: at,
        updated_at: at,
      });
      await recordAudit(db, ctx.who, at, [
        { action: 'insert', entity: 'bcd_plans', entityId: String(id), newValue: { copiedFrom: source.id } },
      ]);
      [target] = await repo.listPlanRows(db, { id });
    }
    if (!target) throw new AppError('INTERNAL');
    const existing = new Set((await repo.listTaskRows(db, { planId: target.id })).map((t) => t.title));
    const tasks = (await repo.listTaskRows(db, { planId: source.id })).filter((t) => !existing.has(t.title));
    const partners = Map.groupBy(
      await repo.partnerRows(
        db,
        tasks.map((t) => t.id),
      ),
      (p) => p.task_id,
    );
    let position = await repo.nextTaskPosition(db, target.id);
    for (const t of tasks) {
      const deadline = shift(t.deadline);
      const id = await repo.insertTask(db, {
        plan_id: target.id,
        position: position++,
        title: t.title,
        lead_agency_id: t.lead_agency_id,
        // A deadline that would fall before the new plan's date is left for the clerk to set, never invented.
        deadline: deadline !== null && deadline >= target.issued_on ? deadline : null,
        expected_output: t.expected_output,
        status: 'chua_thuc_hien',
        completed_on: null,
        result: null,
        created_at: at,
        updated_at: at,
      });
      await repo.replacePartners(
        db,
        id,
        (partners.get(t.id) ?? []).map((p) => p.id),
      );
      await recordAudit(db, ctx.who, at, [{ action: 'insert', entity: 'bcd_tasks', entityId: String(id), newValue: { copiedFrom: t.id } }]);
    }
    return target.id;
  });
  changed(ctx);
  const saved = (await listBcdPlans(ctx, input.toYear)).find((p) => p.id === targetId);
  if (!saved) throw new AppError('INTERNAL');
  return saved;
}
