import type { Db } from '../../db/types.ts';
import type { InspectionRecordsTable } from '../../db/schema-inspections.ts';
import { inSlices } from '../repository.ts';

/** SQL of inspection records (biên bản), their parts, and the follow-up of recommendations. Values are bound. */

export function listRecordRows(
  db: Db,
  filter: { from?: string; to?: string; organizationId?: number; id?: number; includeDeleted?: boolean },
) {
  let q = db
    .selectFrom('inspection_records as r')
    .innerJoin('checklist_templates as t', 't.id', 'r.template_id')
    .selectAll('r')
    .select('t.version as template_version');
  if (!filter.includeDeleted) q = q.where('r.deleted_at', 'is', null);
  if (filter.from !== undefined) q = q.where('r.inspected_on', '>=', filter.from);
  if (filter.to !== undefined) q = q.where('r.inspected_on', '<=', filter.to);
  if (filter.organizationId !== undefined) q = q.where('r.organization_id', '=', filter.organizationId);
  if (filter.id !== undefined) q = q.where('r.id', '=', filter.id);
  return q.orderBy('r.inspected_on', 'desc').orderBy('r.id', 'desc').execute();
}
export type RecordRow = Awaited<ReturnType<typeof listRecordRows>>[number];

/** The columns a caller writes; ids and timestamps are the repository's. */
export type RecordColumns = Omit<InspectionRecordsTable, 'id' | 'created_at' | 'updated_at' | 'deleted_at'>;

export async function insertRecord(db: Db, values: RecordColumns, at: string): Promise<number> {
  const r = await db
    .insertInto('inspection_records')
    .values({ ...values, created_at: at, updated_at: at })
    .executeTakeFirstOrThrow();
  return Number(r.insertId);
}

export async function updateRecord(
  db: Db,
  id: number,
  values: Partial<RecordColumns> & { updated_at: string; deleted_at?: string | null },
): Promise<void> {
  await db.updateTable('inspection_records').set(values).where('id', '=', id).execute();
}

export function participantRows(db: Db, recordIds: readonly number[]) {
  return inSlices(recordIds, (ids) =>
    db.selectFrom('inspection_participants').selectAll().where('record_id', 'in', ids).orderBy('record_id').orderBy('position').execute(),
  );
}

/** Every item of each record's checklist version, with its answer where one was given. */
function answerSlice(db: Db, recordIds: number[]) {
  return db
    .selectFrom('inspection_records as r')
    .innerJoin('checklist_items as i', 'i.template_id', 'r.template_id')
    .leftJoin('inspection_answers as a', (j) => j.onRef('a.record_id', '=', 'r.id').onRef('a.item_id', '=', 'i.id'))
    .select(['r.id as record_id', 'i.id as item_id', 'i.code', 'i.title', 'i.legal_basis', 'i.position', 'a.result', 'a.remark'])
    .where('r.id', 'in', recordIds)
    .orderBy('r.id')
    .orderBy('i.position')
    .execute();
}
export type AnswerRow = Awaited<ReturnType<typeof answerSlice>>[number];

export function answerRows(db: Db, recordIds: readonly number[]): Promise<AnswerRow[]> {
  return inSlices(recordIds, (ids) => answerSlice(db, ids));
}

export function violationRows(db: Db, recordIds: readonly number[]) {
  return inSlices(recordIds, (ids) =>
    db.selectFrom('inspection_violations').selectAll().where('record_id', 'in', ids).orderBy('record_id').orderBy('position').execute(),
  );
}

export async function replaceParts(
  db: Db,
  recordId: number,
  parts: {
    participants: readonly { side: string; name: string; role: string | null; unit: string | null }[];
    answers: readonly { itemId: number; result: string | null; remark: string | null }[];
    violations: readonly { itemCode: string | null; description: string }[];
  },
): Promise<void> {
  await db.deleteFrom('inspection_participants').where('record_id', '=', recordId).execute();
  await db.deleteFrom('inspection_answers').where('record_id', '=', recordId).execute();
  await db.deleteFrom('inspection_violations').where('record_id', '=', recordId).execute();
  if (parts.participants.length) {
    await db
      .insertInto('inspection_participants')
      .values(
        parts.participants.map((p, i) => ({
          record_id: recordId,
          position: i + 1,
          side: p.side,
          name: p.name,
          role: p.role,
          unit: p.unit,
        })),
      )
      .execute();
  }
  if (parts.answers.length) {
    await db
      .insertInto('inspection_answers')
      .values(parts.answers.map((a) => ({ record_id: recordId, item_id: a.itemId, result: a.result, remark: a.remark })))
      .execute();
  }
  if (parts.violations.length) {
    await db
      .insertInto('inspection_violations')
      .values(parts.violations.map((v, i) => ({ record_id: recordId, position: i + 1, item_code: v.itemCode, description: v.description })))
      .execute();
  }
}

// ---------- recommendations and their follow-up ----------

/** Recommendations of live records (or of the given records, live or not), with the record and organization. */
export function recommendationRows(
  db: Db,
  filter: { recordIds?: readonly number[]; id?: number; organizationId?: number; inspectedBy?: string },
) {
  let q = db
    .selectFrom('inspection_recommendations as c')
    .innerJoin('inspection_records as r', 'r.id', 'c.record_id')
    .innerJoin('organizations as o', 'o.id', 'r.organization_id')
    .selectAll('c')
    .select(['r.number as record_number', 'r.inspected_on', 'r.organization_id', 'r.deleted_at as record_deleted_at']);
  if (filter.recordIds !== undefined) {
    if (filter.recordIds.length === 0) return Promise.resolve([]);
    q = q.where('c.record_id', 'in', [...filter.recordIds]);
  } else {
    q = q.where('r.deleted_at', 'is', null).where('o.deleted_at', 'is', null);
  }
  if (filter.id !== undefined) q = q.where('c.id', '=', filter.id);
  if (filter.organizationId !== undefined) q = q.where('r.organization_id', '=', filter.organizationId);
  if (filter.inspectedBy !== undefined) q = q.where('r.inspected_on', '<=', filter.inspectedBy);
  return q.orderBy('c.deadline').orderBy('c.record_id').orderBy('c.position').execute();
}
export type RecommendationRow = Awaited<ReturnType<typeof recommendationRows>>[number];

function updateSlice(db: Db, recommendationIds: number[]) {
  return db
    .selectFrom('recommendation_updates')
    .selectAll()
    .where('recommendation_id', 'in', recommendationIds)
    .orderBy('recommendation_id')
    .orderBy('on_date')
    .orderBy('id')
    .execute();
}
export type UpdateRow = Awaited<ReturnType<typeof updateSlice>>[number];

export function updateRows(db: Db, recommendationIds: readonly number[]): Promise<UpdateRow[]> {
  return inSlices(recommendationIds, (slice) => updateSlice(db, slice));
}

export async function insertRecommendation(
  db: Db,
  v: { recordId: number; position: number; content: string; responsible: string; deadline: string; at: string },
): Promise<number> {
  const r = await db
    .insertInto('inspection_recommendations')
    .values({
      record_id: v.recordId,
      position: v.position,
      content: v.content,
      responsible: v.responsible,
      deadline: v.deadline,
      created_at: v.at,
      updated_at: v.at,
    })
    .executeTakeFirstOrThrow();
  return Number(r.insertId);
}

export async function updateRecommendation(
  db: Db,
  id: number,
  v: { position: number; content: string; responsible: string; deadline: string; at: string },
): Promise<void> {
  await db
    .updateTable('inspection_recommendations')
    .set({ position: v.position, content: v.content, responsible: v.responsible, deadline: v.deadline, updated_at: v.at })
    .where('id', '=', id)
    .execute();
}

export async function deleteRecommendations(db: Db, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  await db
    .deleteFrom('inspection_recommendations')
    .where('id', 'in', [...ids])
    .execute();
}

export async function insertUpdate(
  db: Db,
  v: { recommendationId: number; onDate: string; status: string; note: string | null; at: string; who: string },
): Promise<number> {
  const r = await db
    .insertInto('recommendation_updates')
    .values({ recommendation_id: v.recommendationId, on_date: v.onDate, status: v.status, note: v.note, recorded_at: v.at, who: v.who })
    .executeTakeFirstOrThrow();
  return Number(r.insertId);
}
