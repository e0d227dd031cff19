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
import { resolveFlagsOfRow } from '../../review/repository.ts';

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

/**
 * What a new record must have, and what an edit may not take away: a cell the clerk empties keeps the
 * record out of the year's report, so it is refused on the cell; an imported record that never had it may
 * still wait for it (it is flagged in "Cần xem lại").
 */
function checkRequired(
  values: Record<string, unknown>,
  before: Record<string, unknown> | undefined,
  required: ReadonlyArray<readonly [column: string, path: string, message: string]>,
): void {
  for (const [column, path, message] of required) {
    const blank = values[column] === null || values[column] === undefined;
    const wasBlank = before !== undefined && (before[column] === null || before[column] === undefined);
    if (blank && !wasBlank) throw cellError(path, message);
  }
}

/** Fields (as imports name them) an edit gave a value to: their "Cần xem lại" flags are closed. */
function filledFields(values: Record<string, unknown>, fieldOf: Readonly<Record<string, string>>): string[] {
  return Object.entries(fieldOf).flatMap(([column, field]) => (values[column] === null || values[column] === undefined ? [] : [field]));
}

const SUPPORT_REQUIRED = [
  ['organization_id', 'organizationId', 'Cần chọn tổ chức được hỗ trợ.'],
  ['policy', 'policy', 'Chính sách, chương trình không được để trống.'],
  ['granted_on', 'grantedOn', 'Cần nhập ngày hỗ trợ.'],
  ['kind', 'kind', 'Cần chọn nội dung hỗ trợ.'],
] as const;
const SUPPORT_FIELDS = {
  organization_id: 'organizationId',
  policy: 'policy',
  decision: 'decision',
  granted_on: 'grantedOn',
  kind: 'supportKind',
  amount: 'amount',
  source: 'fundingSource',
};

export async function saveSupport(ctx: CoreContext, input: SupportRecordInput): Promise<SupportRecordDto> {
  const id = await writeTransaction(ctx, async ({ db }) => {
    if (input.organizationId !== null) await checkOrganizations(db, [input.organizationId], 'organizationId');
    const values = {
      organization_id: input.organizationId,
      policy: blankToNull(input.policy),
      decision: blankToNull(input.decision),
      granted_on: input.grantedOn ?? null,
      kind: input.kind,
      amount: input.amount ?? null,
      source: input.source ?? null,
      note: blankToNull(input.note),
    };
    const before = input.id === undefined ? undefined : (await repo.supportRows(db, { id: input.id }))[0];
    checkRequired(values, before, SUPPORT_REQUIRED);
    const saved = await saveRow(ctx, db, 'support_records', input.id, values, {
      insert: (v) => repo.insertSupport(db, v),
      get: async () => before,
      update: (id, v) => repo.updateSupport(db, id, v),
    });
    const fields = filledFields(values, SUPPORT_FIELDS);
    await resolveFlagsOfRow(db, { entity: 'support', entityId: saved, fields }, clock(ctx).at, ctx.who);
    return saved;
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
    unmatched: r.source_texts
      ? (JSON.parse(r.source_texts) as { name: string; trainees: number | null }[]).map(({ name, trainees }) => ({ name, trainees }))
      : [],
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

const LINKAGE_REQUIRED = [
  ['organization_id', 'organizationId', 'Cần chọn tổ chức KTTT ký hợp đồng.'],
  ['partner', 'partner', 'Doanh nghiệp liên kết không được để trống.'],
  ['signed_on', 'signedOn', 'Cần nhập ngày ký hợp đồng.'],
] as const;
const LINKAGE_FIELDS = {
  organization_id: 'organizationId',
  partner: 'partner',
  product: 'product',
  value: 'value',
  signed_on: 'signedOn',
  ends_on: 'endsOn',
};

export async function saveLinkage(ctx: CoreContext, input: LinkageInput): Promise<LinkageDto> {
  if (input.endsOn && input.signedOn && input.endsOn < input.signedOn)
    throw cellError('endsOn', 'Ngày hết hạn hợp đồng không được trước ngày ký.');
  const id = await writeTransaction(ctx, async ({ db }) => {
    if (input.organizationId !== null) await checkOrganizations(db, [input.organizationId], 'organizationId');
    const values = {
      organization_id: input.organizationId,
      partner: blankToNull(input.partner),
      product: blankToNull(input.product),
      value: input.value ?? null,
      signed_on: input.signedOn ?? null,
      ends_on: input.endsOn ?? null,
      note: blankToNull(input.note),
    };
    const before = input.id === undefined ? undefined : (await repo.linkageRows(db, { id: input.id }))[0];
    checkRequired(values, before, LINKAGE_REQUIRED);
    const saved = await saveRow(ctx, db, 'linkage_contracts', input.id, values, {
      insert: (v) => repo.insertLinkage(db, v),
      get: async () => before,
      update: (id, v) => repo.updateLinkage(db, id, v),
    });
    const fields = filledFields(values, LINKAGE_FIELDS);
    await resolveFlagsOfRow(db, { entity: 'linkages', entityId: saved, fields }, clock(ctx).at, ctx.who);
    return saved;
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

/** Puts a deleted record back (the grid's undo of a delete). */
async function restore(ctx: CoreContext, table: repo.SupportTable, entity: string, id: number): Promise<void> {
  const { at } = clock(ctx);
  await writeTransaction(ctx, async ({ db }) => {
    const row = await repo.rowStamp(db, table, id);
    if (!row) throw notFound('bản ghi này');
    await repo.restoreRow(db, table, id, at);
    await recordAudit(db, ctx.who, at, [{ action: 'restore', entity, entityId: String(id) }]);
  });
  changed(ctx);
}

export async function restoreSupport(ctx: CoreContext, id: number): Promise<SupportRecordDto> {
  await restore(ctx, 'support_records', 'support_records', id);
  const [dto] = await listSupport(ctx, ctx.db, { id });
  if (!dto) throw new AppError('INTERNAL');
  return dto;
}

export async function restoreLinkage(ctx: CoreContext, id: number): Promise<LinkageDto> {
  await restore(ctx, 'linkage_contracts', 'linkage_contracts', id);
  const [dto] = await listLinkages(ctx, ctx.db, { id });
  if (!dto) throw new AppError('INTERNAL');
  return dto;
}
