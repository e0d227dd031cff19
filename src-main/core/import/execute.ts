import type { ImportEntity, PreviewRow, PreviewSheet, RowFate } from '../../contract/index.ts';
import { isFundImportKind, isRegistryEntity } from '../../contract/fields.ts';
import { playFundLedger, type FundRowResult } from './fund-play.ts';
import { ROW_FATES } from '../../contract/import-dto.ts';
import type { CoreContext } from '../context.ts';
import { recordAudit } from '../audit/repository.ts';
import type { RuleLookups } from '../registry/entities.ts';
import type { Tx } from '../db/transaction.ts';
import { localIsoDate } from '../registry/values.ts';
import { formatVnDate } from '../../shared/index.ts';
import { OrgIndex, placeKey } from './match.ts';
import { organizationRow, rowPlace } from './org-rows.ts';
import { knownProducts, ownedRow } from './owned-rows.ts';
import { knownSupportRows, supportEntityRow } from './support-rows.ts';
import { intentsOf, type RowIntent } from './plan.ts';
import { figureIdsOf } from './repository.ts';
import {
  figureKey,
  outcome,
  reviewFlags,
  RowFailed,
  type FlagRecord,
  type ImportChange,
  type Outcome,
  type Run,
  type SheetRun,
} from './run.ts';
import type { StagedSheet } from './staged.ts';

export type { FlagRecord, ImportChange } from './run.ts';

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

/** The day a sheet's statuses held: the list's own date (never after today), else the import day, said in a warning. */
function knownOnOf(sheet: StagedSheet, today: string): { knownOn: string; warning: string | null } {
  if (sheet.listDate === null) {
    const warning = `Danh sách không ghi ngày hay năm: tình trạng trong danh sách được coi là tại ngày nhập (${formatVnDate(today)}). Nếu danh sách là của năm khác, hãy chọn năm cho trang tính.`;
    return { knownOn: today, warning };
  }
  return { knownOn: sheet.listDate > today ? today : sheet.listDate, warning: null };
}

/** Plays one row; a refused identity makes it a row that could not be written, excluded with why. */
async function playRow(run: Run, sheet: SheetRun, intent: RowIntent, products: Map<string, number>): Promise<Outcome> {
  if (intent.excludeReason !== null) return outcome('excluded', intent.excludeReason);
  const changesBefore = run.changes.length;
  const auditBefore = run.audit.length;
  const flagsBefore = run.flags.length;
  const figuresBefore = run.figuresAdded.length;
  run.rowOrg.id = null;
  const play = () =>
    sheet.entity === 'ocop' || sheet.entity === 'certifications'
      ? ownedRow(run, sheet, intent, products)
      : isRegistryEntity(sheet.entity)
        ? organizationRow(run, sheet, intent)
        : supportEntityRow(run, sheet, intent, products);
  try {
    // One name for every row's savepoint: rows never nest, and a constant text reuses one prepared statement.
    return run.rowSavepoints ? await run.tx.withSavepoint('import_row', play) : await play();
  } catch (err) {
    if (!(err instanceof RowFailed)) throw err;
    // A row refused after a change was written can only be taken back with a savepoint.
    if (!run.rowSavepoints && run.changes.length > changesBefore) throw new NeedsRowSavepoints();
    run.changes.length = changesBefore;
    run.audit.length = auditBefore;
    run.flags.length = flagsBefore;
    for (const k of run.figuresAdded.splice(figuresBefore)) run.figures.delete(k);
    return outcome('excluded', `Không ghi được dòng này: ${err.message}`);
  }
}

function sheetRunOf(sheet: StagedSheet, entity: SheetRun['entity'], knownOn: string, source: string): SheetRun {
  return { name: sheet.name, entity, year: sheet.year, period: sheet.period, knownOn, source: `${source}, trang “${sheet.name}”` };
}

/** The fund's ledger sheets: played together (fund-play.ts), each row's outcome laid out here like any sheet's. */
interface FundPlayed {
  results: Map<StagedSheet['rows'][number], FundRowResult>;
  warnings: Map<StagedSheet, string[]>;
}

/** Plays one sheet against the registry inside the import's transaction; each row is all or nothing. */
async function playSheet(run: Run, sheet: StagedSheet, source: string, fund: FundPlayed | null = null): Promise<PreviewSheet> {
  const counts = Object.fromEntries(ROW_FATES.map((f) => [f, 0])) as Record<RowFate, number>;
  const fundKind = isFundImportKind(sheet.entity);
  // The list's date says when registry statuses held; a ledger's rows carry their own dates.
  const { knownOn, warning } = fundKind ? { knownOn: run.today, warning: null } : knownOnOf(sheet, run.today);
  const extraWarnings = fund?.warnings.get(sheet) ?? [];
  const base = {
    name: sheet.name,
    entity: sheet.entity,
    entityConfidence: sheet.entityConfidence,
    year: sheet.year,
    columns: sheet.columns,
    warnings: [...(warning === null || !sheet.entity ? sheet.warnings : [...sheet.warnings, warning]), ...extraWarnings],
    totalsMismatches: sheet.totalsMismatches,
    listDate: sheet.listDate,
    sourceRows: sheet.sourceRows,
    keptColumns: sheet.keptColumns,
  };
  const rows: PreviewRow[] = [];
  const excluded = (sourceRow: number, reason: string): void => {
    counts.excluded++;
    rows.push({ ...outcome('excluded', reason), sourceRow, values: {}, flags: [] });
  };
  if (!sheet.entity || sheet.refusal) {
    const reason = sheet.refusal ?? 'Không nhận ra trang tính chứa dữ liệu gì';
    for (const r of sheet.excluded) excluded(r.sourceRow, r.reason);
    for (const r of sheet.rows) excluded(r.sourceRow, `Trang không được nhập: ${reason}`);
    return { ...base, rows: sortRows(rows), counts, importable: false, refusal: reason, flaggedRows: 0 };
  }
  for (const r of sheet.excluded) excluded(r.sourceRow, r.reason);
  if (isFundImportKind(sheet.entity))
    return { ...base, ...fundRows(run, sheet, sheetRunOf(sheet, sheet.entity, knownOn, source), fund, counts, rows) };
  const entity = sheet.entity;
  const sheetRun = sheetRunOf(sheet, entity, knownOn, source);
  // What is already stored, by the key a row is recognised with: OCOP products, the support given.
  const products =
    entity === 'ocop'
      ? await knownProducts(run)
      : isRegistryEntity(entity)
        ? new Map<string, number>()
        : await knownSupportRows(run, entity);
  let flaggedRows = 0;
  for (const intent of intentsOf(sheet, (v) => placeKey(rowPlace(run, v)))) {
    const result = await playRow(run, sheetRun, intent, products);
    counts[result.fate]++;
    if (intent.flags.size > 0) flaggedRows++;
    run.afterRow?.(++run.played);
    await flushAudit(run, 5000);
    if (!run.keepAllRows && (result.fate === 'new' || result.fate === 'update' || result.fate === 'unchanged') && intent.flags.size === 0)
      continue;
    rows.push({ ...result, sourceRow: intent.row.sourceRow, values: intent.row.values, flags: reviewFlags(entity, intent.flags) });
  }
  return { ...base, rows: sortRows(rows), counts, importable: true, refusal: null, flaggedRows };
}

/** A ledger sheet's rows as played by fund-play.ts, counted and flagged like any sheet's. */
function fundRows(
  run: Run,
  sheet: StagedSheet,
  sheetRun: SheetRun,
  fund: FundPlayed | null,
  counts: Record<RowFate, number>,
  rows: PreviewRow[],
): Pick<PreviewSheet, 'rows' | 'counts' | 'importable' | 'refusal' | 'flaggedRows'> {
  let flaggedRows = 0;
  for (const row of sheet.rows) {
    const r = fund?.results.get(row);
    if (r === undefined) continue;
    counts[r.outcome.fate]++;
    if (r.flags.size > 0) flaggedRows++;
    for (const [field, f] of r.flags)
      run.flags.push({
        entity: sheetRun.entity,
        entityId: r.loanId,
        organizationId: r.organizationId,
        year: null,
        period: null,
        field,
        raw: f.raw,
        reason: f.reason,
        sheet: sheet.name,
        sourceRow: row.sourceRow,
        listDate: sheetRun.knownOn,
      });
    const shown = run.keepAllRows || r.flags.size > 0 || (r.outcome.fate !== 'new' && r.outcome.fate !== 'unchanged');
    if (shown) rows.push({ ...r.outcome, sourceRow: row.sourceRow, values: row.values, flags: reviewFlags(sheetRun.entity, r.flags) });
  }
  return { rows: sortRows(rows), counts, importable: true, refusal: null, flaggedRows };
}

function sortRows(rows: PreviewRow[]): PreviewRow[] {
  return rows.sort((a, b) => a.sourceRow - b.sourceRow);
}

export interface Played {
  sheets: PreviewSheet[];
  changes: ImportChange[];
  flags: FlagRecord[];
}

/** A row was refused after part of it was written: the play must start again with a savepoint per row. */
class NeedsRowSavepoints extends Error {}

export interface PlayOptions {
  province: string | undefined;
  now: Date;
  mode: 'preview' | 'commit';
  /** Keep every row in the result, even on a commit (the CLI's --json lists every row's fate). */
  keepAllRows?: boolean;
  /** The file the rows come from, for the status history ("Theo ds.xlsx, trang …"). */
  source: string;
  /** Called after each row is played (see Run). */
  afterRow?: (played: number) => void;
}

/**
 * Plays every sheet in order inside `trx` (organizations first, so OCOP rows can name new ones).
 *
 * A row is all or nothing. A savepoint per row would ensure it, but costs about as much as the row's own
 * writes, and almost every row is either refused before it writes anything or written whole. So the play
 * runs without them, inside one savepoint of its own; only when a row is refused halfway (an organization
 * written, then its figures refused) is everything taken back and played again, a savepoint per row.
 */
export async function playSheets(ctx: CoreContext, tx: Tx, sheets: readonly StagedSheet[], options: PlayOptions): Promise<Played> {
  try {
    return await tx.withSavepoint('import_play', () => playAll(ctx, tx, sheets, options, false));
  } catch (err) {
    if (!(err instanceof NeedsRowSavepoints)) throw err;
    return playAll(ctx, tx, sheets, options, true);
  }
}

async function playAll(
  ctx: CoreContext,
  tx: Tx,
  sheets: readonly StagedSheet[],
  options: PlayOptions,
  rowSavepoints: boolean,
): Promise<Played> {
  const trx = tx.db;
  const index = await OrgIndex.load(trx);
  const years = [...new Set(sheets.map((s) => s.year).filter((y): y is number => y !== null))];
  const figures = new Map((await figureIdsOf(trx, years)).map((r) => [figureKey(r.organization_id, r.year, r.period), r.id]));
  const rowOrg = { id: null as number | null };
  const run: Run = {
    ctx,
    tx,
    trx,
    index,
    province: options.province,
    now: options.now,
    today: localIsoDate(options.now),
    changes: [],
    audit: [],
    flags: [],
    figures,
    figuresAdded: [],
    rowOrg,
    lookups: memoryLookups({ index, figures, rowOrg }),
    certificates: null,
    keepAllRows: options.mode === 'preview' || options.keepAllRows === true,
    writeAudit: options.mode === 'commit',
    rowSavepoints,
    afterRow: options.afterRow,
    played: 0,
    places: new Map(),
  };
  const order: (ImportEntity | null)[] = ['organizations', 'figures', 'ocop', 'certifications', 'support', 'activities', 'linkages'];
  const played = new Map<StagedSheet, PreviewSheet>();
  for (const entity of order)
    for (const s of sheets.filter((x) => x.entity === entity)) played.set(s, await playSheet(run, s, options.source));
  // The fund's ledger after the registry: its borrowers may be organizations the same file adds.
  const ledger = sheets.filter((s) => isFundImportKind(s.entity));
  const playable = ledger
    .filter((s) => !s.refusal)
    .map((s) => ({ sheet: s, run: sheetRunOf(s, s.entity ?? 'fundLoans', run.today, options.source) }));
  const fund = playable.length > 0 ? await playFundLedger(run, playable) : null;
  for (const s of ledger) played.set(s, await playSheet(run, s, options.source, fund));
  for (const s of sheets.filter((x) => x.entity === null)) played.set(s, await playSheet(run, s, options.source));
  await flushAudit(run, 0);
  return { sheets: sheets.map((s) => played.get(s) as PreviewSheet), changes: run.changes, flags: run.flags };
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
