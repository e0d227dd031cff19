import type { ApplyResult, CellValue, Entity, OpResult, RegistryOp, RegistryRow } from '../../contract/index.ts';
import { recordAudit, type AuditEntry } from '../audit/repository.ts';
import type { CoreContext } from '../context.ts';
import type { DirectSql } from '../db/direct.ts';
import { writeTransaction, type Tx } from '../db/transaction.ts';
import { adminUnitsOf } from './admin.ts';
import {
  ENTITY_CONFIG,
  fieldOf,
  orgNameKey,
  sqlLookups,
  type EntityConfig,
  type RuleContext,
  type RuleLookups,
  type Values,
} from './entities.ts';
import { externalOwner, externalOwnerId, findFigures, getRow, insertRow, updateRow, type ColumnValues } from './repository.ts';
import type { Db } from '../db/types.ts';
import { registryRow } from './read.ts';
import { refreshCurrentStatus } from './status.ts';
import { changedStatusEntry, openingHistory, recordFounding, writeEntries, type StatusEvidence } from './status-history.ts';
import { checkValue, localIsoDate } from './values.ts';
import { linkLegacyAddress } from './legacy-address.ts';
import { officeProvince } from '../settings/service.ts';

type Failure = Extract<OpResult, { ok: false }>;
const failure = (message: string, fieldErrors: Record<string, string> = {}, ref: { id?: number; tempId?: string } = {}): Failure => ({
  ok: false,
  ...ref,
  message,
  fieldErrors,
});

/** Checks each given value by its field; unknown and read-only fields are refused. */
function checkChanges(config: EntityConfig, changes: Record<string, CellValue>): { clean: Values; errors: Record<string, string> } {
  const clean: Values = {};
  const errors: Record<string, string> = {};
  for (const [key, raw] of Object.entries(changes)) {
    const field = fieldOf(config, key);
    if (!field || field.readOnly) {
      errors[key] = `Không thể sửa trường "${key}".`;
      continue;
    }
    const r = checkValue(field, raw);
    if (r.ok) clean[key] = r.value;
    else errors[key] = r.message;
  }
  return { clean, errors };
}

function summary(errors: Record<string, string>): string {
  return Object.values(errors).join(' ');
}

interface Job {
  ctx: CoreContext;
  trx: Db;
  /** The same transaction's connection, for the per-row writes (see db/direct.ts). */
  direct: DirectSql;
  entity: Entity;
  config: EntityConfig;
  at: string;
  today: string;
  /** The office's province, read before the transaction (a query on ctx.db inside it would wait forever). */
  provinceCode: string | undefined;
  audit: AuditEntry[];
  /** Read each saved row back for the grid; an import does not need them and skips the reads. */
  withRows: boolean;
  auditInserts: boolean;
  lookups: RuleLookups;
  /** What the statuses of these ops are evidence of (see status-history.ts); a grid edit: the day it is made. */
  evidence: StatusEvidence | undefined;
  /** Columns that are no field, written with each row these ops create or change (an import's texts as written). */
  rowColumns: ColumnValues | undefined;
}

function evidenceOf(job: Job): StatusEvidence {
  return job.evidence ?? { knownOn: job.today, statusDate: null, note: 'Sửa trên bảng' };
}

function firstDayOf(partialIso: string): string {
  return partialIso.length === 4 ? `${partialIso}-01-01` : partialIso.length === 7 ? `${partialIso}-01` : partialIso;
}

function rowIfWanted(job: Job, id: number): Promise<RegistryRow | null> {
  return job.withRows ? registryRow(job.ctx, job.trx, job.entity, id) : Promise.resolve(null);
}

async function currentValues(job: Job, id: number): Promise<Values | null> {
  const row = await getRow(job.trx, job.config.table, id);
  return row && !row.deleted_at ? currentValuesOf(job, row) : null;
}

/** A stored row as field values, with an OCOP product's external owner read back by name. */
async function currentValuesOf(job: Job, row: Record<string, string | number | null>): Promise<Values> {
  const values = job.config.fromColumns(row);
  if (job.entity === 'ocop' && typeof row.external_owner_id === 'number') {
    const owner = await externalOwner(job.trx, row.external_owner_id);
    values.externalOwnerName = owner?.name ?? null;
    values.externalOwnerKind = owner?.kind ?? null;
  }
  return values;
}

/** Columns that are not plain fields: an OCOP product's external owner. */
async function specialColumns(job: Job, v: Values): Promise<Record<string, string | number | null>> {
  if (job.entity !== 'ocop') return {};
  if (typeof v.externalOwnerName === 'string' && v.externalOwnerName) {
    const kind = typeof v.externalOwnerKind === 'string' ? v.externalOwnerKind : 'khac';
    return {
      external_owner_id: await externalOwnerId(job.trx, v.externalOwnerName, orgNameKey(v.externalOwnerName), kind, job.at),
      organization_id: typeof v.organizationId === 'number' ? v.organizationId : null,
    };
  }
  return { external_owner_id: null };
}

/**
 * An organization with an old-style address and no current commune gets linked to the commune the address
 * became, where the old→new mapping is unambiguous; the address text itself is kept as written.
 */
function linkCommune(job: Job, v: Values, changed: Values): void {
  if (job.entity !== 'organizations' || v.communeCode || typeof v.legacyAddress !== 'string' || !v.legacyAddress) return;
  const code = linkLegacyAddress(adminUnitsOf(job.ctx), v.legacyAddress, job.provinceCode);
  if (code) {
    v.communeCode = code;
    changed.communeCode = code;
  }
}

async function ruleErrors(job: Job, v: Values, selfId: number | null): Promise<Record<string, string>> {
  const rc: RuleContext = { lookups: job.lookups, units: adminUnitsOf(job.ctx), today: job.today, selfId };
  return job.config.rules(v, rc);
}

async function update(job: Job, id: number, changes: Record<string, CellValue>): Promise<OpResult> {
  const old = await currentValues(job, id);
  if (!old) return failure('Không tìm thấy dòng này (có thể đã bị xóa).', {}, { id });
  const { clean, errors } = checkChanges(job.config, changes);
  if (Object.keys(errors).length) return failure(summary(errors), errors, { id });
  const merged = { ...old, ...clean };
  if ('legacyAddress' in clean && !('communeCode' in clean)) linkCommune(job, merged, clean);
  const ruleErrs = await ruleErrors(job, merged, id);
  if (Object.keys(ruleErrs).length) return failure(summary(ruleErrs), ruleErrs, { id });
  const changed = Object.keys(clean).filter((k) => JSON.stringify(clean[k]) !== JSON.stringify(old[k]));
  if (changed.length === 0) return { ok: true, id, row: await rowIfWanted(job, id) };
  const cols = {
    ...job.config.toColumns(merged, changed),
    ...(changed.some((k) => k.startsWith('externalOwner') || k === 'organizationId') ? await specialColumns(job, merged) : {}),
    ...job.rowColumns,
    updated_at: job.at,
  };
  updateRow(job.direct, job.config.table, id, cols);
  if (job.entity === 'organizations' && changed.includes('foundedOn') && typeof merged.foundedOn === 'string') {
    // The organization counts as operating from when it really was.
    await recordFounding(job.trx, job.direct, id, firstDayOf(merged.foundedOn), job.today, job.at);
  }
  if (job.entity === 'organizations' && changed.includes('status') && typeof merged.status === 'string') {
    const ev = evidenceOf(job);
    writeEntries(job.direct, id, [changedStatusEntry(merged.status, ev)], ev.note, job.at);
    await refreshCurrentStatus(job.trx, id, job.today, job.at);
  }
  for (const field of changed)
    job.audit.push({ action: 'update', entity: job.entity, entityId: String(id), field, oldValue: old[field], newValue: merged[field] });
  return { ok: true, id, row: await rowIfWanted(job, id) };
}

const DEFAULTS: Partial<Record<Entity, Values>> = { organizations: { status: 'dang_hoat_dong', sectors: [] }, figures: { period: 'Y' } };

async function create(job: Job, values: Record<string, CellValue>, tempId: string | undefined): Promise<OpResult> {
  const ref = tempId === undefined ? {} : { tempId };
  const defaults = DEFAULTS[job.entity];
  const { clean, errors } = checkChanges(job.config, defaults ? { ...defaults, ...values } : values);
  for (const f of job.config.fields) {
    if (f.required && !f.readOnly && (clean[f.key] === undefined || clean[f.key] === null) && !errors[f.key])
      errors[f.key] = `${f.label}: không được để trống.`;
  }
  if (Object.keys(errors).length) return failure(summary(errors), errors, ref);
  linkCommune(job, clean, clean);
  const ruleErrs = await ruleErrors(job, clean, null);
  if (Object.keys(ruleErrs).length) return failure(summary(ruleErrs), ruleErrs, ref);
  const keys = Object.keys(clean);
  // Built in place: an import makes 100,000 of these, and each spread of a wide row costs a copy.
  const cols = job.config.toColumns(clean, keys);
  if (job.entity === 'ocop') Object.assign(cols, await specialColumns(job, clean));
  if (job.rowColumns !== undefined) Object.assign(cols, job.rowColumns);
  cols.created_at = job.at;
  cols.updated_at = job.at;
  // A founding date known only to the year or month starts the status history on its first day.
  const history =
    job.entity === 'organizations'
      ? openingHistory(String(clean.status), typeof clean.foundedOn === 'string' ? firstDayOf(clean.foundedOn) : null, evidenceOf(job))
      : [];
  const current = history[history.length - 1];
  if (current !== undefined) {
    cols.status = current.status;
    cols.status_since = current.startUnknown ? null : current.fromDate;
  }
  const id = insertRow(job.direct, job.config.table, cols);
  // The row was written with its current status, so the history needs no refresh.
  if (history.length > 0) writeEntries(job.direct, id, history, job.evidence?.note ?? null, job.at);
  if (job.auditInserts) job.audit.push({ action: 'insert', entity: job.entity, entityId: String(id), field: null, newValue: clean });
  return { ok: true, id, ...ref, row: await rowIfWanted(job, id) };
}

async function setDeleted(job: Job, id: number, deleted: boolean): Promise<OpResult> {
  const row = await getRow(job.trx, job.config.table, id);
  if (!row || (row.deleted_at !== null) === deleted)
    return failure(deleted ? 'Không tìm thấy dòng cần xóa.' : 'Dòng này không có trong thùng rác.', {}, { id });
  // Coming back from the bin, a row must still fit: its code or year not taken meanwhile, its organization live.
  if (!deleted) {
    const errs = await ruleErrors(job, await currentValuesOf(job, row), id);
    if (Object.keys(errs).length) return failure(`Không khôi phục được: ${summary(errs)}`, errs, { id });
  }
  updateRow(job.direct, job.config.table, id, { deleted_at: deleted ? job.at : null, updated_at: job.at });
  job.audit.push({ action: deleted ? 'delete' : 'restore', entity: job.entity, entityId: String(id), field: null });
  return { ok: true, id, row: deleted ? null : await rowIfWanted(job, id) };
}

async function runOp(job: Job, op: RegistryOp): Promise<OpResult> {
  switch (op.kind) {
    case 'update':
      return update(job, op.id, op.changes);
    case 'create':
      return create(job, op.values, op.tempId);
    case 'delete':
      return setDeleted(job, op.id, true);
    case 'restore':
      return setDeleted(job, op.id, false);
    case 'upsertFigures': {
      const figuresJob = { ...job, entity: 'figures' as const, config: ENTITY_CONFIG.figures };
      const existing = await findFigures(job.trx, op.organizationId, op.year, op.period);
      return existing
        ? update(figuresJob, existing.id, op.changes)
        : create(figuresJob, { ...op.changes, organizationId: op.organizationId, year: op.year, period: op.period }, undefined);
    }
  }
}

export interface OpsRun {
  results: OpResult[];
  /** What each successful op changed, for an import's undo record. */
  audit: AuditEntry[];
}

/**
 * Runs edits inside the caller's transaction (used by applyOps and by an import's commit, which must be
 * one transaction over many sheets). `provinceCode` is read by the caller before the transaction.
 */
export interface OpsEnv {
  provinceCode: string | undefined;
  now: Date;
  /** Read each saved row back (the grids want them; an import does not). Default true. */
  withRows?: boolean;
  /** Default: SQL. */
  lookups?: RuleLookups;
  /** When given, audit entries are appended here for the caller to write in bulk, instead of at once. */
  auditSink?: AuditEntry[];
  /** What the statuses of these ops are evidence of; default: a clerk's edit, known on the day it is made. */
  statusEvidence?: StatusEvidence;
  /** Columns that are no field (source_texts, extra_columns), written with each row created or changed. */
  rowColumns?: ColumnValues;
  /**
   * Audit each new row (default true). An import does not: its batch and changes record who added every
   * row, when and from which file (the organization's history reads them there), and 100,000 audit rows
   * more would only repeat that.
   */
  auditInserts?: boolean;
}

let lastTimes: { now: Date; at: string; today: string } | undefined;

/** The moment as stored and as a local day; an import asks for the same moment twice per row. */
function timesOf(now: Date): { at: string; today: string } {
  if (lastTimes?.now !== now) lastTimes = { now, at: now.toISOString(), today: localIsoDate(now) };
  return lastTimes;
}

export async function runOpsIn(ctx: CoreContext, tx: Tx, entity: Entity, ops: readonly RegistryOp[], env: OpsEnv): Promise<OpsRun> {
  const trx = tx.db;
  const { at, today } = timesOf(env.now);
  const job: Job = {
    ctx,
    trx,
    direct: tx.direct,
    entity,
    config: ENTITY_CONFIG[entity],
    at,
    today,
    provinceCode: env.provinceCode,
    audit: [],
    withRows: env.withRows ?? true,
    auditInserts: env.auditInserts ?? true,
    lookups: env.lookups ?? sqlLookups(trx),
    evidence: env.statusEvidence,
    rowColumns: env.rowColumns,
  };
  const results: OpResult[] = [];
  for (const op of ops) results.push(await runOp(job, op));
  if (env.auditSink) env.auditSink.push(...job.audit);
  else await recordAudit(trx, ctx.who, at, job.audit);
  return { results, audit: job.audit };
}

/**
 * Applies a batch of edits in one transaction: every valid op is written (with its audit entries), every
 * invalid one is reported with its reasons and writes nothing. A paste, or its undo, is one call.
 */
export async function applyOps(ctx: CoreContext, entity: Entity, ops: RegistryOp[]): Promise<ApplyResult> {
  const now = ctx.now();
  const provinceCode = await officeProvince(ctx);
  const { results } = await writeTransaction(ctx, (tx) => runOpsIn(ctx, tx, entity, ops, { provinceCode, now }));
  if (results.some((r) => r.ok)) ctx.events.emit('data.changed', { area: 'registry' });
  return { results };
}
