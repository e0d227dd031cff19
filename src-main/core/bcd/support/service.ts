import type { ActivityDto, LinkageDto, SupportRecordDto } from '../../../contract/bcd-dto.ts';
import type { ActivityInput, LinkageInput, SupportRecordInput } from '../../../contract/bcd.ts';
import type { ActivityKind, FundingSource, SupportKind } from '../../../contract/bcd-vocab.ts';
import { AppError } from '../../../contract/errors.ts';
import { recordAudit } from '../../audit/repository.ts';
import type { CoreContext } from '../../context.ts';
import { writeTransaction } from '../../db/transaction.ts';
import type { Db } from '../../db/types.ts';
import { blankToNull, clock, diffAudit, orgRefMap, refOrThrow } from '../../inspections/common.ts';
import { inSlices } from '../../inspections/repository.ts';
import { getAgencyRow } from '../repository.ts';
import { cellError, changed, notFound, yearSpan } from '../common.ts';
import * as repo from './repository.ts';

type Filter = { year?: number; id?: number; undated?: boolean };
const span = (f: Filter) => ({
  ...(f.year === undefined ? {} : yearSpan(f.year)),
  ...(f.id === undefined ? {} : { id: f.id }),
  ...(f.undated === true ? { undated: true } : {}),
});

/** The texts an import kept for cells it could not take (JSON field → text). */
function textsOf(json: string | null): Record<string, string> {
  return json ? (JSON.parse(json) as Record<string, string>) : {};
}

const ids = (values: readonly (number | null)[]): number[] => values.filter((v): v is number => v !== null);

async function checkOrganizations(db: Db, ids: readonly number[], path: string): Promise<void> {
  const live = new Set((await inSlices(ids, (slice) => repo.liveOrganizationIds(db, slice))).map((r) => r.id));
  if (ids.some((id) => !live.has(id))) throw cellError(path, 'Tổ chức này không còn trong sổ (có thể đã bị xóa).');
}

/** Inserts or updates one row and writes its audit: one shape for the three kinds of support. */
async function saveRow<V extends Record<string, unknown>>(
  ctx: CoreContext,
  db: Db,
  entity: string,
  id: number | undefined,
  values: V,
  ops: {
    insert: (v: V & { created_at: string; updated_at: string }) => Promise<number>;
    get: (id: number) => Promise<unknown>;
    update: (id: number, v: V & { updated_at: string }) => Promise<void>;
  },
): Promise<number> {
  const { at } = clock(ctx);
  if (id === undefined) {
    const newId = await ops.insert({ ...values, created_at: at, updated_at: at });
    await recordAudit(db, ctx.who, at, [{ action: 'insert', entity, entityId: String(newId), newValue: values }]);
    return newId;
  }
  const before = (await ops.get(id)) as Record<string, unknown> | undefined;
  if (!before) throw notFound('bản ghi này');
  await ops.update(id, { ...values, updated_at: at });
  await recordAudit(db, ctx.who, at, diffAudit(entity, id, before, values));
  return id;
}

async function softDelete(
  ctx: CoreContext,
  entity: string,
  id: number,
  get: (db: Db) => Promise<unknown>,
  del: (db: Db, at: string) => Promise<void>,
) {
  const { at } = clock(ctx);
  await writeTransaction(ctx, async ({ db }) => {
    if (!(await get(db))) throw notFound('bản ghi này');
    await del(db, at);
    await recordAudit(db, ctx.who, at, [{ action: 'delete', entity, entityId: String(id) }]);
  });
  changed(ctx);
  return { id };
}

// ---------- support records ----------

export async function listSupport(ctx: CoreContext, db: Db, filter: Filter): Promise<SupportRecordDto[]> {
  const rows = await repo.supportRows(db, span(filter));
  const orgs = await orgRefMap(ctx, db, ids(rows.map((r) => r.organization_id)));
  return rows.map((r) => ({
    id: r.id,
    organization: r.organization_id === null ? null : refOrThrow(orgs, r.organization_id),
    policy: r.policy,
    decision: r.decision,
    grantedOn: r.granted_on,
    kind: r.kind as SupportKind | null,
    amount: r.amount,
    source: r.source as FundingSource | null,
    note: r.note,
    sourceTexts: textsOf(r.source_texts),
  }));
}

export async function saveSupport(ctx: CoreContext, input: SupportRecordInput): Promise<SupportRecordDto> {
  const id = await writeTransaction(ctx, async ({ db }) => {
    await checkOrganizations(db, [input.organizationId], 'organizationId');
    const values = {
      organization_id: input.organizationId,
      policy: input.policy,
      decision: blankToNull(input.decision),
      granted_on: input.grantedOn,
      kind: input.kind,
      amount: input.amount ?? null,
      source: input.source ?? null,
      note: blankToNull(input.note),
    };
    return saveRow(ctx, db, 'support_records', input.id, values, {
      insert: (v) => repo.insertSupport(db, v),
      get: async (id) => (await repo.supportRows(db, { id }))[0],
      update: (id, v) => repo.updateSupport(db, id, v),
    });
  });
  changed(ctx);
  const [dto] = await listSupport(ctx, ctx.db, { id });
  if (!dto) throw new AppError('INTERNAL');
  return dto;
}

export const deleteSupport = (ctx: CoreContext, id: number) =>
  softDelete(
    ctx,
    'support_records',
    id,
    async (db) => (await repo.supportRows(db, { id }))[0],
    (db, at) => repo.updateSupport(db, id, { deleted_at: at, updated_at: at }),
  );

// ---------- activities ----------

export async function listActivities(ctx: CoreContext, db: Db, filter: Filter): Promise<ActivityDto[]> {
  const rows = await repo.activityRows(db, span(filter));
  const links = await repo.activityOrganizationRows(
    db,
    rows.map((r) => r.id),
  );
  const orgs = await orgRefMap(
    ctx,
    db,
    links.map((l) => l.organization_id),
  );
  const byActivity = Map.groupBy(links, (l) => l.activity_id);
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind as ActivityKind,
    title: r.title,
    heldFrom: r.held_from,
    heldTo: r.held_to,
    place: r.place,
    agencyId: r.agency_id,
    agency: r.agency,
    participants: r.participants,
    cost: r.cost,
    note: r.note,
    organizations: (byActivity.get(r.id) ?? []).map((l) => ({ organization: refOrThrow(orgs, l.organization_id), trainees: l.trainees })),
  }));
}

export async function saveActivity(ctx: CoreContext, input: ActivityInput): Promise<ActivityDto> {
  if (input.heldTo && input.heldTo < input.heldFrom) throw cellError('heldTo', 'Ngày kết thúc không được trước ngày bắt đầu.');
  const orgIds = input.organizations.map((o) => o.organizationId);
  if (new Set(orgIds).size !== orgIds.length) throw cellError('organizations', 'Một tổ chức được ghi hai lần trong danh sách tham gia.');
  const id = await writeTransaction(ctx, async ({ db }) => {
    await checkOrganizations(db, orgIds, 'organizations');
    if (input.agencyId != null && !(await getAgencyRow(db, input.agencyId)))
      throw cellError('agencyId', 'Cơ quan này không còn trong danh sách.');
    const values = {
      kind: input.kind,
      title: input.title,
      held_from: input.heldFrom,
      held_to: input.heldTo ?? null,
      place: blankToNull(input.place),
      agency_id: input.agencyId ?? null,
      participants: input.participants ?? null,
      cost: input.cost ?? null,
      note: blankToNull(input.note),
    };
    const saved = await saveRow(ctx, db, 'support_activities', input.id, values, {
      insert: (v) => repo.insertActivity(db, v),
      get: async (id) => (await repo.activityRows(db, { id }))[0],
      update: (id, v) => repo.updateActivity(db, id, v),
    });
    await repo.replaceActivityOrganizations(
      db,
      saved,
      input.organizations.map((o) => ({ organizationId: o.organizationId, trainees: o.trainees ?? null })),
    );
    return saved;
  });
  changed(ctx);
  const [dto] = await listActivities(ctx, ctx.db, { id });
  if (!dto) throw new AppError('INTERNAL');
  return dto;
}

export const deleteActivity = (ctx: CoreContext, id: number) =>
  softDelete(
    ctx,
    'support_activities',
    id,
    async (db) => (await repo.activityRows(db, { id }))[0],
    (db, at) => repo.updateActivity(db, id, { deleted_at: at, updated_at: at }),
  );

// ---------- linkage contracts ----------

export async function listLinkages(ctx: CoreContext, db: Db, filter: Filter): Promise<LinkageDto[]> {
  const rows = await repo.linkageRows(db, span(filter));
  const orgs = await orgRefMap(ctx, db, ids(rows.map((r) => r.organization_id)));
  return rows.map((r) => ({
    id: r.id,
    organization: r.organization_id === null ? null : refOrThrow(orgs, r.organization_id),
    sourceTexts: textsOf(r.source_texts),
    partner: r.partner,
    product: r.product,
    value: r.value,
    signedOn: r.signed_on,
    endsOn: r.ends_on,
    note: r.note,
  }));
}

export async function saveLinkage(ctx: CoreContext, input: LinkageInput): Promise<LinkageDto> {
  if (input.endsOn && input.endsOn < input.signedOn) throw cellError('endsOn', 'Ngày hết hạn hợp đồng không được trước ngày ký.');
  const id = await writeTransaction(ctx, async ({ db }) => {
    await checkOrganizations(db, [input.organizationId], 'organizationId');
    const values = {
      organization_id: input.organizationId,
      partner: input.partner,
      product: blankToNull(input.product),
      value: input.value ?? null,
      signed_on: input.signedOn,
      ends_on: input.endsOn ?? null,
      note: blankToNull(input.note),
    };
    return saveRow(ctx, db, 'linkage_contracts', input.id, values, {
      insert: (v) => repo.insertLinkage(db, v),
      get: async (id) => (await repo.linkageRows(db, { id }))[0],
      update: (id, v) => repo.updateLinkage(db, id, v),
    });
  });
  changed(ctx);
  const [dto] = await listLinkages(ctx, ctx.db, { id });
  if (!dto) throw new AppError('INTERNAL');
  return dto;
}

export const deleteLinkage = (ctx: CoreContext, id: number) =>
  softDelete(
    ctx,
    'linkage_contracts',
    id,
    async (db) => (await repo.linkageRows(db, { id }))[0],
    (db, at) => repo.updateLinkage(db, id, { deleted_at: at, updated_at: at }),
  );
