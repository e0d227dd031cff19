import type {
  ChecklistAnswerDto,
  OrgRef,
  ParticipantDto,
  RecordDto,
  RecordSummaryDto,
  ViolationDto,
} from '../../../contract/inspection-dto.ts';
import type { CheckResult, ParticipantSide } from '../../../contract/inspection-vocab.ts';
import type { CoreContext } from '../../context.ts';
import type { Db } from '../../db/types.ts';
import { orgRefMap, refOrThrow } from '../common.ts';
import { recommendationsOf } from './follow-up.ts';
import { answerRows, participantRows, recommendationRows, violationRows, type AnswerRow, type RecordRow } from './repository.ts';

/** Builds record DTOs from rows with a few batch queries (never one query per record). */

function answerDto(a: AnswerRow): ChecklistAnswerDto {
  return {
    itemId: a.item_id,
    code: a.code,
    title: a.title,
    legalBasis: a.legal_basis,
    result: a.result as CheckResult | null,
    remark: a.remark,
  };
}

export async function recordDtos(ctx: CoreContext, db: Db, records: readonly RecordRow[], asOf: string): Promise<RecordDto[]> {
  const ids = records.map((r) => r.id);
  const [participants, answers, violations, recRows, orgs] = await Promise.all([
    participantRows(db, ids),
    answerRows(db, ids),
    violationRows(db, ids),
    recommendationRows(db, { recordIds: ids }),
    orgRefMap(
      ctx,
      db,
      records.map((r) => r.organization_id),
    ),
  ]);
  const recs = await recommendationsOf(ctx, db, recRows, asOf);
  const pBy = Map.groupBy(participants, (p) => p.record_id);
  const aBy = Map.groupBy(answers, (a) => a.record_id);
  const vBy = Map.groupBy(violations, (v) => v.record_id);
  const cBy = Map.groupBy(recs, (c) => c.recordId);
  return records.map((r) => ({
    id: r.id,
    organization: refOrThrow(orgs, r.organization_id),
    planItemId: r.plan_item_id,
    templateId: r.template_id,
    templateVersion: r.template_version,
    number: r.number,
    inspectedOn: r.inspected_on,
    startTime: r.start_time,
    endTime: r.end_time,
    place: r.place,
    legalBasis: r.legal_basis,
    participants: (pBy.get(r.id) ?? []).map((p): ParticipantDto => ({
      side: p.side as ParticipantSide,
      name: p.name,
      role: p.role,
      unit: p.unit,
    })),
    checklist: (aBy.get(r.id) ?? []).map(answerDto),
    findings: r.findings,
    violations: (vBy.get(r.id) ?? []).map((v): ViolationDto => ({ id: v.id, itemCode: v.item_code, description: v.description })),
    conclusion: r.conclusion,
    recommendations: cBy.get(r.id) ?? [],
    copies: r.copies,
    updatedAt: r.updated_at,
  }));
}

export function summaryOf(r: RecordDto): RecordSummaryDto {
  return {
    id: r.id,
    number: r.number,
    inspectedOn: r.inspectedOn,
    organization: r.organization,
    templateVersion: r.templateVersion,
    failedItems: r.checklist.filter((a) => a.result === 'khong_dat').length,
    violations: r.violations.length,
    recommendations: r.recommendations.length,
    recommendationsDone: r.recommendations.filter((c) => c.status === 'da_thuc_hien').length,
  };
}

export type { OrgRef };
