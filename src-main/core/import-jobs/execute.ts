import { sql } from 'kysely';
import type { CellValue, Entity, FieldChange, OpResult, PreviewRow, PreviewSheet, RegistryOp, RowFate } from '../../contract/index.ts';
import { ROW_FATES } from '../../contract/import-dto.ts';
import type { CoreContext } from '../context.ts';
import { runOpsIn } from '../registry/apply.ts';
import { ENTITY_CONFIG, orgNameKey } from '../registry/entities.ts';
import { findFigures, getRow, type Db } from '../registry/repository.ts';
import { OrgIndex, type KnownOrg } from './match.ts';
import { diff, intentsOf, updateOp, type RowIntent } from './plan.ts';
import type { StagedSheet } from './staged.ts';

/** A change the import made, kept so the whole import can be undone. */
export interface ImportChange {
  entity: Entity;
  entityId: number;
  action: 'insert' | 'update';
  before: Record<string, CellValue> | null;
  after: Record<string, CellValue>;
}

interface Run {
  ctx: CoreContext;
  trx: Db;
  index: OrgIndex;
  province: string | undefined;
  now: Date;
  changes: ImportChange[];
  savepoint: number;
}

type Outcome = Omit<PreviewRow, 'sourceRow' | 'values' | 'cellErrors'>;
const outcome = (fate: RowFate, reason: string | null, extra: Partial<Outcome> = {}): Outcome => ({ fate, reason, changes: [], matchedId: null, matchedName: null, ...extra });

class RowFailed extends Error {
  constructor(readonly fieldErrors: Record<string, string>) {
    super(Object.values(fieldErrors).join(' '));
  }
}

/** Runs ops through the registry's own rules; any refusal undoes the whole row (savepoint). */
async function ops(run: Run, entity: Entity, list: RegistryOp[]): Promise<OpResult[]> {
  const { results } = await runOpsIn(run.ctx, run.trx, entity, list, run.province, run.now, false);
  const failed = results.find((r) => !r.ok);
  if (failed && !failed.ok) throw new RowFailed(Object.keys(failed.fieldErrors).length ? failed.fieldErrors : { _: failed.message });
  return results;
}

async function storedValues(run: Run, entity: Entity, id: number): Promise<Record<string, CellValue>> {
  const row = await getRow(run.trx, ENTITY_CONFIG[entity].table, id);
  return row ? ENTITY_CONFIG[entity].fromColumns(row) : {};
}

/** Creates or updates one organization (and its figures for the sheet's year) from a row. */
async function organizationRow(run: Run, sheet: StagedSheet, intent: RowIntent): Promise<Outcome> {
  const v = intent.orgValues;
  const found = run.index.find(typeof v.regCode === 'string' ? v.regCode : null, typeof v.name === 'string' ? v.name : null, typeof v.communeCode === 'string' ? v.communeCode : null);
  if (found === 'ambiguous') return outcome('error', `Có nhiều tổ chức tên "${String(v.name)}": hãy ghi mã số HTX để phân biệt.`);
  const hasFigures = Object.keys(intent.figureValues).length > 0;
  if (hasFigures && !sheet.year) return outcome('error', 'Không rõ số liệu thuộc năm nào: hãy chọn năm cho trang tính.');
  let org: KnownOrg;
  let fate: RowFate;
  let changes: FieldChange[] = [];
  if (found === null) {
    if (sheet.entity === 'figures') return outcome('error', `Không tìm thấy tổ chức "${String(v.name ?? v.regCode)}" trong danh sách.`);
    const [created] = await ops(run, 'organizations', [{ kind: 'create', tempId: String(intent.row.sourceRow), values: v }]);
    org = { id: created?.ok ? created.id : 0, name: String(v.name), regCode: typeof v.regCode === 'string' ? v.regCode : null, communeCode: null };
    run.index.add(org);
    run.changes.push({ entity: 'organizations', entityId: org.id, action: 'insert', before: null, after: v });
    fate = 'new';
  } else {
    org = found;
    const stored = await storedValues(run, 'organizations', org.id);
    // The same name written another way ("HTX" for "Hợp tác xã", other case or tone placement) is not a change.
    const orgChanges = sheet.entity === 'figures' ? [] : diff(stored, v).filter((c) => c.field !== 'name' || orgNameKey(String(c.from)) !== orgNameKey(String(c.to)));
    if (orgChanges.length) {
      await ops(run, 'organizations', [updateOp(org.id, orgChanges)]);
      run.changes.push({ entity: 'organizations', entityId: org.id, action: 'update', before: Object.fromEntries(orgChanges.map((c) => [c.field, c.from])), after: Object.fromEntries(orgChanges.map((c) => [c.field, c.to])) });
    }
    changes = orgChanges;
    fate = orgChanges.length ? 'update' : 'unchanged';
  }
  if (hasFigures && sheet.year) {
    const existing = await findFigures(run.trx, org.id, sheet.year, sheet.period);
    const figureChanges = existing ? diff(await storedValues(run, 'figures', existing.id), intent.figureValues) : Object.entries(intent.figureValues).map(([field, to]) => ({ field, from: null, to }));
    if (figureChanges.length) {
      const [r] = await ops(run, 'figures', [{ kind: 'upsertFigures', organizationId: org.id, year: sheet.year, period: sheet.period, changes: Object.fromEntries(figureChanges.map((c) => [c.field, c.to])) }]);
      const figureId = r?.ok ? r.id : 0;
      run.changes.push(
        existing
          ? { entity: 'figures', entityId: figureId, action: 'update', before: Object.fromEntries(figureChanges.map((c) => [c.field, c.from])), after: Object.fromEntries(figureChanges.map((c) => [c.field, c.to])) }
          : { entity: 'figures', entityId: figureId, action: 'insert', before: null, after: intent.figureValues },
      );
      changes = [...changes, ...figureChanges];
      if (fate === 'unchanged') fate = 'update';
    }
  }
  return outcome(fate, fate === 'update' ? `${changes.length} trường thay đổi` : null, { changes, matchedId: found === null ? null : org.id, matchedName: found === null ? null : org.name });
}

/** OCOP products and certifications name their organization by text; external OCOP owners are kept by name. */
async function ownedRow(run: Run, entity: 'ocop' | 'certifications', intent: RowIntent, existing: Map<string, number>): Promise<Outcome> {
  const v = { ...intent.ownValues };
  const ownerText = typeof v.organizationId === 'string' ? v.organizationId : null;
  if (ownerText) {
    const owner = run.index.find(null, ownerText, null);
    if (owner === 'ambiguous') return outcome('error', `Có nhiều tổ chức tên "${ownerText}".`);
    if (owner) v.organizationId = owner.id;
    else if (entity === 'ocop') {
      delete v.organizationId;
      v.externalOwnerName = ownerText;
    } else return outcome('error', `Không tìm thấy tổ chức "${ownerText}" trong danh sách.`);
  }
  const key = entity === 'ocop' ? `${orgNameKey(String(v.name ?? ''))}|${String(v.organizationId ?? orgNameKey(String(v.externalOwnerName ?? '')))}` : `${String(v.organizationId)}|${String(v.kind)}|${String(v.number ?? v.product ?? '')}`;
  const id = existing.get(key);
  if (id === undefined) {
    const [created] = await ops(run, entity, [{ kind: 'create', tempId: String(intent.row.sourceRow), values: v }]);
    const newId = created?.ok ? created.id : 0;
    existing.set(key, newId);
    run.changes.push({ entity, entityId: newId, action: 'insert', before: null, after: v });
    return outcome('new', null);
  }
  const stored = await storedValues(run, entity, id);
  // The owner was part of the match; the remaining fields are compared.
  const compared = Object.entries(v).filter(([k]) => k in stored && k !== 'externalOwnerName' && k !== 'externalOwnerKind' && k !== 'organizationId');
  const changes = diff(stored, Object.fromEntries(compared));
  if (!changes.length) return outcome('unchanged', null, { matchedId: id });
  await ops(run, entity, [updateOp(id, changes)]);
  run.changes.push({ entity, entityId: id, action: 'update', before: Object.fromEntries(changes.map((c) => [c.field, c.from])), after: Object.fromEntries(changes.map((c) => [c.field, c.to])) });
  return outcome('update', `${changes.length} trường thay đổi`, { changes, matchedId: id });
}

async function existingKeys(run: Run, entity: 'ocop' | 'certifications'): Promise<Map<string, number>> {
  const map = new Map<string, number>();
  if (entity === 'ocop') {
    const rows = await sql<{ id: number; name: string; organization_id: number | null; ext: string | null }>`
      select p.id, p.name, p.organization_id, e.name_key as ext from ocop_products p left join external_owners e on e.id = p.external_owner_id where p.deleted_at is null`.execute(run.trx);
    for (const r of rows.rows) map.set(`${orgNameKey(r.name)}|${String(r.organization_id ?? r.ext ?? '')}`, r.id);
  } else {
    const rows = await sql<{ id: number; organization_id: number; kind: string; number: string | null; product: string | null }>`
      select id, organization_id, kind, number, product from certifications where deleted_at is null`.execute(run.trx);
    for (const r of rows.rows) map.set(`${r.organization_id}|${r.kind}|${r.number ?? r.product ?? ''}`, r.id);
  }
  return map;
}

/** Plays one sheet against the registry inside the import's transaction; each row is all or nothing. */
async function playSheet(run: Run, sheet: StagedSheet): Promise<PreviewSheet> {
  const counts = Object.fromEntries(ROW_FATES.map((f) => [f, 0])) as Record<RowFate, number>;
  const base = { name: sheet.name, entity: sheet.entity, entityConfidence: sheet.entityConfidence, year: sheet.year, columns: sheet.columns, warnings: sheet.warnings, totalsMismatches: sheet.totalsMismatches };
  if (!sheet.entity || sheet.refusal) return { ...base, rows: [], counts, importable: false, refusal: sheet.refusal ?? 'Không nhận ra trang tính chứa dữ liệu gì: hãy chọn loại dữ liệu hoặc bỏ qua trang này.' };
  const entity = sheet.entity;
  const owned = entity === 'ocop' || entity === 'certifications' ? await existingKeys(run, entity) : new Map<string, number>();
  const rows: PreviewRow[] = [];
  for (const intent of intentsOf(sheet)) {
    let result: Outcome;
    if (Object.keys(intent.errors).length) result = outcome('error', Object.values(intent.errors).join(' '));
    else if (intent.skipReason) result = outcome('skipped', intent.skipReason);
    else {
      const sp = `r${++run.savepoint}`;
      await sql.raw(`savepoint ${sp}`).execute(run.trx);
      const changesBefore = run.changes.length;
      try {
        result = entity === 'ocop' || entity === 'certifications' ? await ownedRow(run, entity, intent, owned) : await organizationRow(run, sheet, intent);
        await sql.raw(`release ${sp}`).execute(run.trx);
      } catch (err) {
        if (!(err instanceof RowFailed)) throw err;
        await sql.raw(`rollback to ${sp}`).execute(run.trx);
        await sql.raw(`release ${sp}`).execute(run.trx);
        run.changes.length = changesBefore;
        result = { ...outcome('error', err.message), cellErrors: err.fieldErrors } as Outcome;
      }
    }
    counts[result.fate]++;
    const fieldErrors = (result as Outcome & { cellErrors?: Record<string, string> }).cellErrors;
    rows.push({ ...result, sourceRow: intent.row.sourceRow, values: intent.row.values, cellErrors: { ...intent.row.cellErrors, ...intent.errors, ...(fieldErrors ?? {}) } });
  }
  return { ...base, rows, counts, importable: true, refusal: null };
}

export interface Played {
  sheets: PreviewSheet[];
  changes: ImportChange[];
}

/** Plays every sheet in order inside `trx` (organizations first, so OCOP rows can name new ones). */
export async function playSheets(ctx: CoreContext, trx: Db, sheets: readonly StagedSheet[], province: string | undefined, now: Date): Promise<Played> {
  const run: Run = { ctx, trx, index: await OrgIndex.load(trx), province, now, changes: [], savepoint: 0 };
  const order: (Entity | null)[] = ['organizations', 'figures', 'ocop', 'certifications', null];
  const played = new Map<StagedSheet, PreviewSheet>();
  for (const entity of order) for (const s of sheets.filter((x) => x.entity === entity)) played.set(s, await playSheet(run, s));
  return { sheets: sheets.map((s) => played.get(s) as PreviewSheet), changes: run.changes };
}
