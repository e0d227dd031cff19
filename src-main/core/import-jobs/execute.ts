import { sql } from 'kysely';
import type { CellValue, Entity, FieldChange, OpResult, PreviewRow, PreviewSheet, RegistryOp, RowFate } from '../../contract/index.ts';
import { ROW_FATES } from '../../contract/import-dto.ts';
import type { CoreContext } from '../context.ts';
import { recordAudit, type AuditEntry } from '../audit/repository.ts';
import { runOpsIn } from '../registry/apply.ts';
import type { RuleLookups } from '../registry/entities.ts';
import { ENTITY_CONFIG, orgNameKey } from '../registry/entities.ts';
import { getRow, type Db } from '../registry/repository.ts';
import { OrgIndex, type KnownOrg } from './match.ts';
import { diff, intentsOf, updateOp, type RowIntent } from './plan.ts';
import type { StagedSheet } from './staged.ts';

/** A change the import made, kept so the whole import can be undone. */
export interface ImportChange {
  entity: Entity;
  entityId: number;
  action: 'insert' | 'update';
  before: Record<string, CellValue> | null;
  /** For updates, what the import wrote (undo reverts only fields that still hold it); empty for inserts. */
  after: Record<string, CellValue>;
}

interface Run {
  ctx: CoreContext;
  trx: Db;
  index: OrgIndex;
  province: string | undefined;
  now: Date;
  changes: ImportChange[];
  /** Audit entries of the whole import, written in bulk at its end. */
  audit: AuditEntry[];
  /** Figures rows by "organization|year|period", kept current as the import adds rows. */
  figures: Map<string, number>;
  /** Keys added to `figures`, in order, so a failed row can take its own back. */
  figuresAdded: string[];
  lookups: RuleLookups;
  /** The organization the current row created, live for its own figures before the index learns of it. */
  rowOrg: { id: number | null };
  /** A preview shows every row; a commit keeps only the rows in error or skipped (100,000 rows cost memory). */
  keepAllRows: boolean;
  writeAudit: boolean;
  /** Each row in its own savepoint (see playSheets). */
  rowSavepoints: boolean;
}

const figureKey = (organizationId: number, year: number, period: string) => `${organizationId}|${year}|${period}`;

/** The registry's rules, answered from the import's own index instead of a query per row. */
function memoryLookups(run: Pick<Run, 'index' | 'figures' | 'rowOrg'>): RuleLookups {
  return {
    orgWithRegCode: async (regCode, exceptId) => {
      const o = run.index.withCode(regCode);
      return o && o.id !== exceptId ? { id: o.id, name: o.name } : undefined;
    },
    organizationLive: async (id) => run.index.has(id) || run.rowOrg.id === id,
    figuresId: async (organizationId, year, period) => run.figures.get(figureKey(organizationId, year, period)),
  };
}

type Outcome = Omit<PreviewRow, 'sourceRow' | 'values' | 'cellErrors'>;
const outcome = (fate: RowFate, reason: string | null, extra: Partial<Outcome> = {}): Outcome => ({ fate, reason, changes: [], matchedId: null, matchedName: null, ...extra });

class RowFailed extends Error {
  readonly fieldErrors: Record<string, string>;
  constructor(fieldErrors: Record<string, string>) {
    super(Object.values(fieldErrors).join(' '));
    this.fieldErrors = fieldErrors;
  }
}

/** Runs ops through the registry's own rules; a refusal fails the whole row (see playSheets for how it is undone). */
async function ops(run: Run, entity: Entity, list: RegistryOp[]): Promise<OpResult[]> {
  const { results } = await runOpsIn(run.ctx, run.trx, entity, list, { provinceCode: run.province, now: run.now, withRows: false, lookups: run.lookups, auditSink: run.audit, auditInserts: false });
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
  // The index learns of this row's organization only once the whole row has been written: a row that
  // fails (its figures refused, say) is rolled back, and must not leave a phantom behind.
  let indexRow: () => void = () => undefined;
  let changes: FieldChange[] = [];
  if (found === null) {
    if (sheet.entity === 'figures') return outcome('error', `Không tìm thấy tổ chức "${String(v.name ?? v.regCode)}" trong danh sách.`);
    const [created] = await ops(run, 'organizations', [{ kind: 'create', tempId: String(intent.row.sourceRow), values: v }]);
    // The commune the row gives, so a namesake in another commune later in the file is not taken for it.
    org = { id: created?.ok ? created.id : 0, name: String(v.name), regCode: typeof v.regCode === 'string' ? v.regCode : null, communeCode: typeof v.communeCode === 'string' ? v.communeCode : null };
    run.rowOrg.id = org.id;
    const added = org;
    indexRow = () => run.index.add(added);
    run.changes.push({ entity: 'organizations', entityId: org.id, action: 'insert', before: null, after: {} });
    fate = 'new';
  } else {
    org = found;
    const stored = await storedValues(run, 'organizations', org.id);
    // The same name written another way ("HTX" for "Hợp tác xã", other case or tone placement) is not a change.
    const orgChanges = sheet.entity === 'figures' ? [] : diff(stored, v).filter((c) => c.field !== 'name' || orgNameKey(String(c.from)) !== orgNameKey(String(c.to)));
    if (orgChanges.length) {
      await ops(run, 'organizations', [updateOp(org.id, orgChanges)]);
      run.changes.push({ entity: 'organizations', entityId: org.id, action: 'update', before: Object.fromEntries(orgChanges.map((c) => [c.field, c.from])), after: Object.fromEntries(orgChanges.map((c) => [c.field, c.to])) });
      // A changed code, name or commune must lead to this organization for the rest of the import.
      const next: KnownOrg = {
        id: org.id,
        name: orgChanges.some((c) => c.field === 'name') ? String(v.name) : org.name,
        regCode: orgChanges.some((c) => c.field === 'regCode') ? String(v.regCode) : org.regCode,
        communeCode: orgChanges.some((c) => c.field === 'communeCode') ? String(v.communeCode) : org.communeCode,
      };
      const old = org;
      indexRow = () => run.index.replace(old, next);
      org = next;
    }
    changes = orgChanges;
    fate = orgChanges.length ? 'update' : 'unchanged';
  }
  if (hasFigures && sheet.year) {
    const key = figureKey(org.id, sheet.year, sheet.period);
    const existingId = run.figures.get(key);
    const existing = existingId === undefined ? undefined : { id: existingId };
    const figureChanges = existing ? diff(await storedValues(run, 'figures', existing.id), intent.figureValues) : Object.entries(intent.figureValues).map(([field, to]) => ({ field, from: null, to }));
    if (figureChanges.length) {
      const changed = Object.fromEntries(figureChanges.map((c) => [c.field, c.to]));
      const [r] = await ops(run, 'figures', [existing ? { kind: 'update', id: existing.id, changes: changed } : { kind: 'create', tempId: key, values: { ...changed, organizationId: org.id, year: sheet.year, period: sheet.period } }]);
      const figureId = r?.ok ? r.id : 0;
      if (!existing) run.figuresAdded.push(key);
      run.figures.set(key, figureId);
      run.changes.push(
        existing
          ? { entity: 'figures', entityId: figureId, action: 'update', before: Object.fromEntries(figureChanges.map((c) => [c.field, c.from])), after: Object.fromEntries(figureChanges.map((c) => [c.field, c.to])) }
          : { entity: 'figures', entityId: figureId, action: 'insert', before: null, after: {} },
      );
      changes = [...changes, ...figureChanges];
      if (fate === 'unchanged') fate = 'update';
    }
  }
  indexRow();
  return outcome(fate, fate === 'update' ? `${changes.length} trường thay đổi` : null, { changes, matchedId: found === null ? null : org.id, matchedName: found === null ? null : found.name });
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
    run.changes.push({ entity, entityId: newId, action: 'insert', before: null, after: {} });
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
      const changesBefore = run.changes.length;
      const auditBefore = run.audit.length;
      const figuresBefore = run.figuresAdded.length;
      // One name for every row's savepoint: rows never nest, and a constant text reuses one prepared statement.
      if (run.rowSavepoints) run.ctx.conn.direct.run('savepoint import_row');
      try {
        result = entity === 'ocop' || entity === 'certifications' ? await ownedRow(run, entity, intent, owned) : await organizationRow(run, sheet, intent);
        if (run.rowSavepoints) run.ctx.conn.direct.run('release import_row');
      } catch (err) {
        if (!(err instanceof RowFailed)) throw err;
        // Every op that succeeds logs a change, and an op refused writes nothing: a row refused after a
        // change was written can only be taken back with a savepoint.
        if (!run.rowSavepoints && run.changes.length > changesBefore) throw new NeedsRowSavepoints();
        if (run.rowSavepoints) {
          run.ctx.conn.direct.run('rollback to import_row');
          run.ctx.conn.direct.run('release import_row');
        }
        run.changes.length = changesBefore;
        run.audit.length = auditBefore;
        for (const k of run.figuresAdded.splice(figuresBefore)) run.figures.delete(k);
        result = { ...outcome('error', err.message), cellErrors: err.fieldErrors } as Outcome;
      }
    }
    counts[result.fate]++;
    if (run.writeAudit && counts.new === CRASH_TEST_MARK_AFTER) markForCrashTest();
    await flushAudit(run, 5000);
    if (!run.keepAllRows && result.fate !== 'error' && result.fate !== 'skipped') continue;
    const fieldErrors = (result as Outcome & { cellErrors?: Record<string, string> }).cellErrors;
    rows.push({ ...result, sourceRow: intent.row.sourceRow, values: intent.row.values, cellErrors: { ...intent.row.cellErrors, ...intent.errors, ...(fieldErrors ?? {}) } });
  }
  return { ...base, rows, counts, importable: true, refusal: null };
}

export interface Played {
  sheets: PreviewSheet[];
  changes: ImportChange[];
}

/** A row was refused after part of it was written: the play must start again with a savepoint per row. */
class NeedsRowSavepoints extends Error {}

/**
 * Plays every sheet in order inside `trx` (organizations first, so OCOP rows can name new ones).
 *
 * A row is all or nothing. A savepoint per row would ensure it, but costs about as much as the row's own
 * writes, and almost every row is either refused before it writes anything or written whole. So the play
 * runs without them, inside one savepoint of its own; only when a row is refused halfway (an organization
 * written, then its figures refused) is everything taken back and played again, a savepoint per row.
 */
export async function playSheets(ctx: CoreContext, trx: Db, sheets: readonly StagedSheet[], province: string | undefined, now: Date, mode: 'preview' | 'commit'): Promise<Played> {
  ctx.conn.direct.run('savepoint import_play');
  try {
    const played = await playAll(ctx, trx, sheets, province, now, mode, false);
    ctx.conn.direct.run('release import_play');
    return played;
  } catch (err) {
    if (!(err instanceof NeedsRowSavepoints)) throw err;
    ctx.conn.direct.run('rollback to import_play');
    ctx.conn.direct.run('release import_play');
    return playAll(ctx, trx, sheets, province, now, mode, true);
  }
}

async function playAll(ctx: CoreContext, trx: Db, sheets: readonly StagedSheet[], province: string | undefined, now: Date, mode: 'preview' | 'commit', rowSavepoints: boolean): Promise<Played> {
  const index = await OrgIndex.load(trx);
  const years = [...new Set(sheets.map((s) => s.year).filter((y): y is number => y !== null))];
  const figures = await figureIdsOf(trx, years);
  const rowOrg = { id: null as number | null };
  const run: Run = {
    ctx, trx, index, province, now, changes: [], audit: [], figures, figuresAdded: [], rowOrg, lookups: memoryLookups({ index, figures, rowOrg }),
    keepAllRows: mode === 'preview', writeAudit: mode === 'commit', rowSavepoints,
  };
  const order: (Entity | null)[] = ['organizations', 'figures', 'ocop', 'certifications', null];
  const played = new Map<StagedSheet, PreviewSheet>();
  for (const entity of order) for (const s of sheets.filter((x) => x.entity === entity)) played.set(s, await playSheet(run, s));
  await flushAudit(run, 0);
  return { sheets: sheets.map((s) => played.get(s) as PreviewSheet), changes: run.changes };
}

/**
 * For the crash-safety test only (KTTT_TEST_COMMIT_MARK=1): once a commit is well under way, say so on
 * stderr and hold still for a moment, so the test's SIGKILL lands inside the open transaction.
 */
const CRASH_TEST_MARK_AFTER = 1000;
function markForCrashTest(): void {
  if (process.env.KTTT_TEST_COMMIT_MARK !== '1') return;
  process.stderr.write('KTTT_COMMIT_MIDWAY\n');
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5000);
}

/**
 * Writes the audit entries gathered so far once there are more than `over` (between rows, so a failed
 * row has already taken its own back). A preview writes none: its transaction is rolled back anyway.
 */
async function flushAudit(run: Run, over: number): Promise<void> {
  if (run.audit.length <= over) return;
  if (run.writeAudit) await recordAudit(run.trx, run.ctx.who, run.now.toISOString(), run.audit);
  run.audit.length = 0;
}

async function figureIdsOf(trx: Db, years: number[]): Promise<Map<string, number>> {
  const map = new Map<string, number>();
  if (years.length === 0) return map;
  const rows = await sql<{ id: number; organization_id: number; year: number; period: string }>`
    select id, organization_id, year, period from yearly_figures where deleted_at is null and year in (${sql.join(years)})`.execute(trx);
  for (const r of rows.rows) map.set(figureKey(r.organization_id, r.year, r.period), r.id);
  return map;
}
