import type { InspectionRecordData, RecordDto, RecordSummaryDto } from '../../../contract/inspection-dto.ts';
import type { RecordInput } from '../../../contract/inspections.ts';
import type { OrgModel, OrgStatus } from '../../../contract/vocab.ts';
import { AppError } from '../../../contract/errors.ts';
import { formatVnDate } from '../../../shared/vn-date-format.ts';
import { recordAudit, type AuditEntry } from '../../audit/repository.ts';
import type { CoreContext } from '../../context.ts';
import { getOrganization } from '../../registry/repository.ts';
import type { Db } from '../../db/types.ts';
import { blankToNull, clock, communeName, diffAudit, invalid } from '../common.ts';
import { yearOf } from '../dates.ts';
import { getPlanItemRow, liveOrganization, templateItemRows, wholeYearFigures } from '../repository.ts';
import { templateForNewRecord } from '../templates.ts';
import {
  deleteRecommendations,
  insertRecommendation,
  insertRecord,
  listRecordRows,
  recommendationRows,
  replaceParts,
  updateRecommendation,
  updateRecord,
  updateRows,
  type RecordColumns,
} from './repository.ts';
import { recordDtos, summaryOf } from './rows.ts';
import { parseSectors } from '../../registry/rows.ts';
import { writeTransaction } from '../../db/transaction.ts';

async function loadRecord(ctx: CoreContext, db: Db, id: number, asOf: string): Promise<RecordDto> {
  const rows = await listRecordRows(db, { id });
  const [dto] = await recordDtos(ctx, db, rows, asOf);
  if (!dto) throw new AppError('NOT_FOUND', 'Không tìm thấy biên bản kiểm tra này (có thể đã bị xóa).');
  return dto;
}

export function getRecord(ctx: CoreContext, id: number): Promise<RecordDto> {
  return loadRecord(ctx, ctx.db, id, clock(ctx).today);
}

export async function listRecords(
  ctx: CoreContext,
  filter: { from?: string; to?: string; organizationId?: number },
): Promise<RecordSummaryDto[]> {
  const rows = await listRecordRows(ctx.db, filter);
  return (await recordDtos(ctx, ctx.db, rows, clock(ctx).today)).map(summaryOf);
}

/** What the audit log keeps of a record: its fields and parts as the clerk sees them. */
function snapshot(r: RecordDto): Record<string, unknown> {
  return {
    organizationId: r.organization.id,
    planItemId: r.planItemId,
    number: r.number,
    inspectedOn: r.inspectedOn,
    startTime: r.startTime,
    endTime: r.endTime,
    place: r.place,
    legalBasis: r.legalBasis,
    participants: r.participants,
    checklist: r.checklist.map((a) => ({ code: a.code, result: a.result, remark: a.remark })),
    findings: r.findings,
    violations: r.violations.map((v) => ({ itemCode: v.itemCode, description: v.description })),
    conclusion: r.conclusion,
    recommendations: r.recommendations.map((c) => ({ id: c.id, content: c.content, responsible: c.responsible, deadline: c.deadline })),
    copies: r.copies,
  };
}

interface Checked {
  columns: RecordColumns;
  answers: { itemId: number; result: string | null; remark: string | null }[];
  violations: { itemCode: string | null; description: string }[];
}

/** The rules a biên bản must meet before anything is written; each refusal says which part and why. */
async function check(trx: Db, input: RecordInput, today: string, existing: RecordDto | null): Promise<Checked> {
  const org = await liveOrganization(trx, input.organizationId);
  if (!org) throw new AppError('NOT_FOUND', 'Không tìm thấy tổ chức được kiểm tra (có thể đã bị xóa).');
  if (input.inspectedOn > today) throw invalid('Ngày kiểm tra không được sau ngày hôm nay.');
  if (input.startTime && input.endTime && input.endTime < input.startTime) throw invalid('Giờ kết thúc phải sau giờ bắt đầu.');
  let template: { id: number; version: number };
  if (existing) {
    if (input.templateId !== undefined && input.templateId !== existing.templateId) {
      throw invalid(`Biên bản đã lập theo mẫu nội dung kiểm tra phiên bản ${existing.templateVersion}; không đổi sang mẫu khác được.`);
    }
    template = { id: existing.templateId, version: existing.templateVersion };
  } else {
    template = await templateForNewRecord(trx, input.templateId);
  }
  if (input.planItemId) {
    const item = await getPlanItemRow(trx, input.planItemId);
    if (!item || item.plan_deleted_at) throw new AppError('NOT_FOUND', 'Không tìm thấy mục kế hoạch kiểm tra này.');
    if (item.organization_id !== input.organizationId) throw invalid('Mục kế hoạch được chọn là của tổ chức khác.');
  }
  if (!input.participants.some((p) => p.side === 'doan')) throw invalid('Cần ghi ít nhất một thành viên đoàn kiểm tra.');
  const items = await templateItemRows(trx, [template.id]);
  const itemIds = new Set(items.map((i) => i.id));
  const codes = new Set(items.map((i) => i.code));
  const seen = new Set<number>();
  for (const a of input.checklist) {
    if (!itemIds.has(a.itemId)) throw invalid(`Có mục kiểm tra không thuộc mẫu phiên bản ${template.version}.`);
    if (seen.has(a.itemId)) throw invalid('Một mục kiểm tra được đánh giá hai lần.');
    seen.add(a.itemId);
  }
  for (const v of input.violations) {
    if (v.itemCode && !codes.has(v.itemCode))
      throw invalid(`Vi phạm gắn với mục "${v.itemCode}" không có trong mẫu phiên bản ${template.version}.`);
  }
  input.recommendations.forEach((c, i) => {
    if (c.deadline < input.inspectedOn)
      throw invalid(`Kiến nghị thứ ${i + 1}: thời hạn không được trước ngày kiểm tra (${formatVnDate(input.inspectedOn)}).`);
  });
  return {
    columns: {
      organization_id: input.organizationId,
      plan_item_id: input.planItemId ?? null,
      template_id: template.id,
      number: blankToNull(input.number),
      inspected_on: input.inspectedOn,
      start_time: input.startTime ?? null,
      end_time: input.endTime ?? null,
      place: input.place,
      legal_basis: blankToNull(input.legalBasis),
      findings: blankToNull(input.findings),
      conclusion: blankToNull(input.conclusion),
      copies: input.copies ?? null,
    },
    answers: input.checklist.map((a) => ({ itemId: a.itemId, result: a.result, remark: blankToNull(a.remark) })),
    violations: input.violations.map((v) => ({ itemCode: v.itemCode ?? null, description: v.description })),
  };
}

/**
 * Recommendations are matched by id so their follow-up history stays attached when the biên bản is edited.
 * One with recorded follow-up cannot be removed: the history would lose what it was about.
 */
async function saveRecommendations(trx: Db, recordId: number, input: RecordInput, at: string): Promise<void> {
  const current = await recommendationRows(trx, { recordIds: [recordId] });
  const keep = new Set(input.recommendations.flatMap((c) => (c.id === undefined ? [] : [c.id])));
  for (const c of input.recommendations) {
    if (c.id !== undefined && !current.some((x) => x.id === c.id)) throw invalid('Có kiến nghị không thuộc biên bản này.');
  }
  const removed = current.filter((c) => !keep.has(c.id));
  const withHistory = new Set(
    (
      await updateRows(
        trx,
        removed.map((c) => c.id),
      )
    ).map((u) => u.recommendation_id),
  );
  const blocked = removed.find((c) => withHistory.has(c.id));
  if (blocked) throw invalid(`Kiến nghị "${blocked.content}" đã có cập nhật theo dõi nên không xóa được.`);
  await deleteRecommendations(
    trx,
    removed.map((c) => c.id),
  );
  for (const [i, c] of input.recommendations.entries()) {
    const values = { position: i + 1, content: c.content, responsible: c.responsible, deadline: c.deadline, at };
    if (c.id === undefined) await insertRecommendation(trx, { recordId, ...values });
    else await updateRecommendation(trx, c.id, values);
  }
}

/** Creates or replaces a biên bản and its parts in one transaction, with audit entries of what changed. */
export async function saveRecord(ctx: CoreContext, input: RecordInput): Promise<RecordDto> {
  const { today, at } = clock(ctx);
  const dto = await writeTransaction(ctx, async ({ db: trx }) => {
    const existing = input.id === undefined ? null : await loadRecord(ctx, trx, input.id, today);
    const checked = await check(trx, input, today, existing);
    let id: number;
    if (existing) {
      id = existing.id;
      await updateRecord(trx, id, { ...checked.columns, updated_at: at });
    } else {
      id = await insertRecord(trx, checked.columns, at);
    }
    await replaceParts(trx, id, {
      participants: input.participants.map((p) => ({ side: p.side, name: p.name, role: blankToNull(p.role), unit: blankToNull(p.unit) })),
      answers: checked.answers,
      violations: checked.violations,
    });
    await saveRecommendations(trx, id, input, at);
    const saved = await loadRecord(ctx, trx, id, today);
    const audit: AuditEntry[] = existing
      ? diffAudit('inspection_records', id, snapshot(existing), snapshot(saved))
      : [{ action: 'insert', entity: 'inspection_records', entityId: String(id), newValue: snapshot(saved) }];
    await recordAudit(trx, ctx.who, at, audit);
    return saved;
  });
  ctx.events.emit('data.changed', { area: 'inspections' });
  return dto;
}

/** Moves a biên bản to the recycle state; its recommendations leave the follow-up and monitoring lists. */
export async function deleteRecord(ctx: CoreContext, id: number): Promise<{ id: number }> {
  const { at } = clock(ctx);
  await writeTransaction(ctx, async ({ db: trx }) => {
    const [row] = await listRecordRows(trx, { id });
    if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy biên bản kiểm tra này (có thể đã bị xóa).');
    await updateRecord(trx, id, { updated_at: at, deleted_at: at });
    await recordAudit(trx, ctx.who, at, [{ action: 'delete', entity: 'inspection_records', entityId: String(id) }]);
  });
  ctx.events.emit('data.changed', { area: 'inspections' });
  return { id };
}

/** A biên bản with the facts about the organization that the printout states (domain.md §10.2). */
export async function recordData(ctx: CoreContext, id: number): Promise<InspectionRecordData> {
  const record = await getRecord(ctx, id);
  const org = await getOrganization(ctx.db, record.organization.id);
  const figuresYear = yearOf(record.inspectedOn) - 1;
  const figures = await wholeYearFigures(ctx.db, record.organization.id, figuresYear);
  const commune = communeName(ctx, org?.commune_code ?? null);
  const address = [org?.street, commune].filter((x): x is string => !!x).join(', ') || org?.legacy_address || null;
  return {
    record,
    facts: {
      regCode: org?.reg_code ?? null,
      foundedOn: org?.founded_on ?? null,
      registeredBy: org?.registered_by ?? null,
      address,
      headName: org?.head_name ?? null,
      model: (org?.model ?? null) as OrgModel | null,
      charterCapital: org?.charter_capital ?? null,
      sectors: org ? parseSectors(org.sectors) : [],
      status: (org?.status ?? null) as OrgStatus | null,
      figuresYear,
      members: figures?.members ?? null,
      workers: figures?.workers ?? null,
      revenue: figures?.revenue ?? null,
    },
  };
}
