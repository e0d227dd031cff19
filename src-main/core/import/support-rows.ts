/**
 * Rows of the support given — support records, activities' participants, linkage contracts — written into
 * the BCĐ's tables. The organization a row names is matched to the registry like any import (code, then name
 * and place); one the registry lacks, or several namesakes it cannot choose between, leaves the organization
 * blank and the row flagged, never a new organization and never a lost row. A date that cannot be read is
 * blank and flagged too: the record waits in "Cần xem lại" and counts in no year's report until it is fixed.
 */
import type { CellValue, SupportEntity } from '../../contract/index.ts';
import type { ActivityKind } from '../../contract/bcd-vocab.ts';
import { orgNameKey } from '../registry/entities.ts';
import * as repo from '../bcd/support/repository.ts';
import { rowPlace } from './org-rows.ts';
import type { RowIntent } from './plan.ts';
import { matchActivityKind } from './reader/values/bcd-vocab-match.ts';
import { outcome, recordFlags, RowFailed, sourceTexts, type Outcome, type Run, type SheetRun } from './run.ts';

/** What is already stored, by the key a row is recognised with (loaded once per sheet). */
export type KnownRows = Map<string, number>;

const str = (v: CellValue | undefined): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);
const num = (v: CellValue | undefined): number | null => (typeof v === 'number' ? v : null);
const textKey = (v: string | null): string => (v === null ? '' : orgNameKey(v));

function supportKey(org: string, v: Record<string, CellValue>): string {
  return [org, textKey(str(v.policy)), textKey(str(v.decision)), v.grantedOn ?? '', v.supportKind ?? '', v.amount ?? ''].join('|');
}

function linkageKey(org: string, v: Record<string, CellValue>): string {
  return [org, textKey(str(v.partner)), textKey(str(v.product)), v.signedOn ?? ''].join('|');
}

/** An organization as a key: its id, or the name as written when the registry has none. */
function orgKey(id: number | null, written: string | null): string {
  return id === null ? `?${textKey(written)}` : String(id);
}

function writtenOrg(json: string | null): string | null {
  if (!json) return null;
  const texts = JSON.parse(json) as Record<string, string>;
  return texts.organizationId ?? null;
}

export async function knownSupportRows(run: Run, entity: SupportEntity): Promise<KnownRows> {
  const known: KnownRows = new Map();
  if (entity === 'support') {
    for (const r of await repo.supportKeys(run.trx)) {
      const v = { policy: r.policy, decision: r.decision, grantedOn: r.granted_on, supportKind: r.kind, amount: r.amount };
      known.set(supportKey(orgKey(r.organization_id, writtenOrg(r.source_texts)), v), r.id);
    }
  } else if (entity === 'linkages') {
    for (const r of await repo.linkageKeys(run.trx)) {
      const v = { partner: r.partner, product: r.product, signedOn: r.signed_on };
      known.set(linkageKey(orgKey(r.organization_id, writtenOrg(r.source_texts)), v), r.id);
    }
  } else {
    for (const r of await repo.activityKeys(run.trx)) known.set(`a:${r.kind}|${textKey(r.title)}|${r.held_from}`, r.id);
    for (const r of await repo.participantKeys(run.trx)) known.set(`p:${String(r.activity_id)}|${String(r.organization_id)}`, 1);
  }
  return known;
}

/**
 * The registered organization the row names, or null with the cell flagged: not found, or namesakes the
 * row's place cannot tell apart. The text as written is kept for the clerk.
 */
function matchOrganization(run: Run, intent: RowIntent, v: Record<string, CellValue>, noun: string): number | null {
  const name = str(v.organizationId);
  const regCode = str(v.regCode);
  if (intent.flags.has('organizationId')) return null;
  if (name === null && regCode === null) {
    intent.flags.set('organizationId', { raw: '', reason: `Dòng không ghi ${noun}: hãy chọn tổ chức.` });
    return null;
  }
  const written = name ?? regCode ?? '';
  const legacy = str(intent.row.values.legacyAddress);
  const found = run.index.find(regCode, name, rowPlace(run, { legacyAddress: legacy }));
  if (found !== null && 'org' in found) return found.org.id;
  const reason =
    found === null
      ? `Không tìm thấy “${written}” trong sổ tổ chức KTTT: hãy chọn đúng tổ chức (hoặc thêm tổ chức vào sổ rồi chọn).`
      : `Có ${String(found.namesakes.length)} tổ chức tên “${written}” trong sổ, dòng không cho biết là tổ chức nào: hãy chọn.`;
  intent.flags.set('organizationId', { raw: written, reason });
  return null;
}

/** A required date left blank is flagged (its record counts in no year until it is given). */
function needDate(intent: RowIntent, v: Record<string, CellValue>, field: string, label: string): void {
  if (v[field] === undefined && !intent.flags.has(field))
    intent.flags.set(field, { raw: '', reason: `Chưa có ${label}: bản ghi chưa được tính vào báo cáo năm nào.` });
}

/** The texts of the row's flagged cells, to keep on the record (JSON field → text as written). */
function flaggedTexts(intent: RowIntent): string | null {
  const texts: Record<string, string> = {};
  for (const [field, f] of intent.flags) if (f.raw !== '') texts[field] = f.raw;
  return sourceTexts(null, texts);
}

function stamp(run: Run): { created_at: string; updated_at: string } {
  const at = run.now.toISOString();
  return { created_at: at, updated_at: at };
}

function remember(run: Run, entity: SupportEntity, table: string, id: number, values: Record<string, unknown>): void {
  run.changes.push({ entity, entityId: id, action: 'insert', before: null, after: {} });
  run.audit.push({ action: 'insert', entity: table, entityId: String(id), newValue: values });
}

async function supportRow(run: Run, sheet: SheetRun, intent: RowIntent, known: KnownRows): Promise<Outcome> {
  const v = intent.ownValues;
  const organizationId = matchOrganization(run, intent, v, 'tổ chức được hỗ trợ');
  needDate(intent, v, 'grantedOn', 'ngày hỗ trợ');
  const key = supportKey(orgKey(organizationId, str(v.organizationId) ?? str(v.regCode)), v);
  const stored = known.get(key);
  if (stored !== undefined) return outcome('unchanged', 'Đã có bản ghi hỗ trợ này.', { matchedId: stored });
  const values = {
    organization_id: organizationId,
    policy: str(v.policy),
    decision: str(v.decision),
    granted_on: str(v.grantedOn),
    kind: str(v.supportKind),
    amount: num(v.amount),
    source: str(v.fundingSource),
    note: str(v.notes),
    source_texts: flaggedTexts(intent),
  };
  const id = await repo.insertSupport(run.trx, { ...values, ...stamp(run) });
  known.set(key, id);
  remember(run, 'support', 'support_records', id, values);
  recordFlags(run, sheet, intent, { organizationId, figuresId: null, ownId: id });
  return outcome('new', null);
}

async function linkageRow(run: Run, sheet: SheetRun, intent: RowIntent, known: KnownRows): Promise<Outcome> {
  const v = intent.ownValues;
  const organizationId = matchOrganization(run, intent, v, 'tổ chức KTTT ký hợp đồng');
  needDate(intent, v, 'signedOn', 'ngày ký hợp đồng');
  if (str(v.partner) === null && !intent.flags.has('partner'))
    intent.flags.set('partner', { raw: '', reason: 'Chưa ghi doanh nghiệp, đối tác liên kết.' });
  const key = linkageKey(orgKey(organizationId, str(v.organizationId) ?? str(v.regCode)), v);
  const stored = known.get(key);
  if (stored !== undefined) return outcome('unchanged', 'Đã có hợp đồng liên kết này.', { matchedId: stored });
  if (typeof v.signedOn === 'string' && typeof v.endsOn === 'string' && v.endsOn < v.signedOn) {
    intent.flags.set('endsOn', { raw: intent.row.raw?.endsOn ?? v.endsOn, reason: 'Ngày hết hạn hợp đồng trước ngày ký.' });
    delete v.endsOn;
  }
  const values = {
    organization_id: organizationId,
    partner: str(v.partner),
    product: str(v.product),
    value: num(v.value),
    signed_on: str(v.signedOn),
    ends_on: str(v.endsOn),
    note: str(v.notes),
    source_texts: flaggedTexts(intent),
  };
  const id = await repo.insertLinkage(run.trx, { ...values, ...stamp(run) });
  known.set(key, id);
  remember(run, 'linkages', 'linkage_contracts', id, values);
  recordFlags(run, sheet, intent, { organizationId, figuresId: null, ownId: id });
  return outcome('new', null);
}

/** The activity a participant row belongs to: found by kind, title and first day, or created. */
async function activityOf(run: Run, intent: RowIntent, known: KnownRows): Promise<{ id: number; created: boolean }> {
  const v = intent.ownValues;
  const title = str(v.title);
  if (title === null)
    throw new RowFailed(intent.flags.has('title') ? 'Không đọc được tên hoạt động.' : 'Dòng không ghi tên lớp, hội chợ hay hoạt động.');
  if (typeof v.heldFrom !== 'string')
    throw new RowFailed(intent.flags.get('heldFrom')?.reason ?? 'Dòng không ghi ngày tổ chức; hãy sửa ô ngày trước khi nhập.');
  const kind: ActivityKind | undefined = (str(v.activityKind) as ActivityKind | null) ?? matchActivityKind(title);
  if (kind === undefined)
    throw new RowFailed(`Không rõ “${title}” là lớp đào tạo, hội chợ hay hoạt động tuyên truyền; hãy ghi loại hoạt động.`);
  const key = `a:${kind}|${textKey(title)}|${v.heldFrom}`;
  const stored = known.get(key);
  if (stored !== undefined) return { id: stored, created: false };
  const values = {
    kind,
    title,
    held_from: v.heldFrom,
    held_to: typeof v.heldTo === 'string' && v.heldTo >= v.heldFrom ? v.heldTo : null,
    place: str(v.place),
    agency_id: null,
    participants: null,
    cost: null,
    note: str(v.notes),
  };
  const id = await repo.insertActivity(run.trx, { ...values, ...stamp(run) });
  known.set(key, id);
  remember(run, 'activities', 'support_activities', id, values);
  return { id, created: true };
}

async function participantRow(run: Run, sheet: SheetRun, intent: RowIntent, known: KnownRows): Promise<Outcome> {
  const activity = await activityOf(run, intent, known);
  const v = intent.ownValues;
  const organizationId = matchOrganization(run, intent, v, 'tổ chức tham gia');
  const trainees = num(v.trainees);
  const at = run.now.toISOString();
  let fate: Outcome = outcome(activity.created ? 'new' : 'update', null, { matchedId: activity.id });
  if (organizationId === null) {
    // Kept on the activity as written, with its people counted, until the clerk names the organization.
    const stored = (await repo.activitySourceTexts(run.trx, activity.id))?.source_texts ?? null;
    const list = stored ? (JSON.parse(stored) as { name: string; trainees: number | null; row: number }[]) : [];
    const name = str(v.organizationId) ?? str(v.regCode) ?? '';
    if (name !== '' && list.some((p) => textKey(p.name) === textKey(name)))
      fate = outcome('unchanged', 'Tổ chức này đã có trong danh sách tham gia (chưa ghép với sổ).', { matchedId: activity.id });
    else {
      list.push({ name, trainees, row: intent.row.sourceRow });
      await repo.addToActivity(run.trx, activity.id, trainees, JSON.stringify(list), at);
    }
  } else {
    const pKey = `p:${String(activity.id)}|${String(organizationId)}`;
    if (known.has(pKey)) fate = outcome('unchanged', 'Tổ chức này đã có trong danh sách tham gia.', { matchedId: activity.id });
    else {
      await repo.insertParticipant(run.trx, activity.id, organizationId, trainees);
      await repo.addToActivity(run.trx, activity.id, trainees, null, at);
      known.set(pKey, 1);
      if (!activity.created)
        run.changes.push({
          entity: 'activities',
          entityId: activity.id,
          action: 'update',
          before: {},
          after: { participant: organizationId },
        });
    }
  }
  recordFlags(run, sheet, intent, { organizationId, figuresId: null, ownId: activity.id });
  return fate;
}

export function supportEntityRow(run: Run, sheet: SheetRun, intent: RowIntent, known: KnownRows): Promise<Outcome> {
  if (sheet.entity === 'support') return supportRow(run, sheet, intent, known);
  if (sheet.entity === 'linkages') return linkageRow(run, sheet, intent, known);
  return participantRow(run, sheet, intent, known);
}
