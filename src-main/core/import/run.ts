import type {
  CellValue,
  Entity,
  ImportEntity,
  FieldChange,
  OpResult,
  PreviewRow,
  RegistryOp,
  ReviewFlag,
  RowFate,
} from '../../contract/index.ts';
import { FIGURE_VALUE_FIELDS, importFieldLabel } from '../../contract/fields.ts';
import type { AuditEntry } from '../audit/repository.ts';
import type { CoreContext } from '../context.ts';
import { runOpsIn } from '../registry/apply.ts';
import type { RuleLookups } from '../registry/entities.ts';
import type { ColumnValues } from '../registry/repository.ts';
import type { Db } from '../db/types.ts';
import type { Tx } from '../db/transaction.ts';
import type { StatusEvidence } from '../registry/status-history.ts';
import type { Place } from './match.ts';
import type { OrgIndex } from './match.ts';
import type { Flag, RowIntent } from './plan.ts';

/** A change the import made, kept so the whole import can be undone. */
/** Tables of the fund's loan book an import of its ledger adds rows to (undone by reversal, see undo.ts). */
export type FundTable = 'fund_loans' | 'fund_members' | 'fund_disbursements' | 'fund_repayments';

export interface ImportChange {
  entity: ImportEntity | FundTable;
  entityId: number;
  action: 'insert' | 'update';
  before: Record<string, CellValue> | null;
  /** For updates, what the import wrote (undo reverts only fields that still hold it); empty for inserts. */
  after: Record<string, CellValue>;
}

/** A cell to review after the import, as stored in review_flags. */
export interface FlagRecord {
  entity: ImportEntity;
  entityId: number | null;
  organizationId: number | null;
  year: number | null;
  period: string | null;
  field: string;
  raw: string;
  reason: string;
  sheet: string;
  sourceRow: number;
  listDate: string;
}

export interface Run {
  ctx: CoreContext;
  tx: Tx;
  /** The transaction's queries (tx.db), as the repositories take them. */
  trx: Db;
  index: OrgIndex;
  province: string | undefined;
  now: Date;
  today: string;
  changes: ImportChange[];
  /** Audit entries of the whole import, written in bulk at its end. */
  audit: AuditEntry[];
  flags: FlagRecord[];
  /** Figures rows by "organization|year|period", kept current as the import adds rows. */
  figures: Map<string, number>;
  /** Keys added to `figures`, in order, so a failed row can take its own back. */
  figuresAdded: string[];
  lookups: RuleLookups;
  /** The organization the current row created, live for its own figures before the index learns of it. */
  rowOrg: { id: number | null };
  /** Certifications by "organization|kind|number or product", loaded when first needed. */
  certificates: Map<string, number> | null;
  /** A preview (or the CLI's --json) shows every row; a commit keeps only the rows worth showing. */
  keepAllRows: boolean;
  writeAudit: boolean;
  /** Each row in its own savepoint (see playSheets). */
  rowSavepoints: boolean;
  /** Called after each row is played, with the number played so far (a test stops a commit midway with it). */
  afterRow: ((played: number) => void) | undefined;
  played: number;
  /** Places already linked, by commune code and old address: a file names the same few hundred places again and again. */
  places: Map<string, Place>;
}

/** What the current sheet says about the rows it holds. */
export interface SheetRun {
  name: string;
  entity: ImportEntity;
  year: number | null;
  period: string;
  /** The day the list is of, or the import day when it gives none. */
  knownOn: string;
  /** The file and sheet, as the status history names where a status came from. */
  source: string;
}

export const figureKey = (organizationId: number, year: number, period: string) => `${organizationId}|${year}|${period}`;

export type Outcome = Omit<PreviewRow, 'sourceRow' | 'values' | 'flags'>;
export const outcome = (fate: RowFate, reason: string | null, extra: Partial<Outcome> = {}): Outcome => ({
  fate,
  reason,
  changes: [],
  matchedId: null,
  matchedName: null,
  ...extra,
});

/** A row that cannot be written even without its unreadable cells: its identity itself is refused. */
export class RowFailed extends Error {}

/** Why a row could not be written: a required field left blank says why it was (its flag), not only that it is. */
function failureReason(intent: RowIntent, fieldErrors: Record<string, string>, message: string): string {
  const flagged = Object.keys(fieldErrors).flatMap((f) => {
    const flag = intent.flags.get(f);
    return flag === undefined ? [] : [`${flag.reason}${flag.raw && !flag.reason.includes(flag.raw) ? ` (ô ghi “${flag.raw}”)` : ''}`];
  });
  return flagged.length > 0 ? flagged.join(' ') : message;
}

/** How a value is shown in a flag when the cell's own text is not at hand. */
export function shown(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  return Array.isArray(v) ? v.join(', ') : String(v);
}

export interface OpsCall {
  entity: Entity;
  /** Fields that name the row: a refusal of one of them fails the row instead of dropping the field. */
  identity: readonly string[];
  evidence?: StatusEvidence;
  rowColumns?: ColumnValues;
}

/**
 * Runs one op through the registry's own rules. A value the rules refuse (a founding date in the future, a
 * code on a tổ hợp tác, more regular workers than workers) never refuses the row: the field is flagged with
 * its text, left out, and the op runs again without it. Only a refused identity fails the row. An op that is
 * refused writes nothing, so running it again needs no savepoint.
 */
export async function writeOp(
  run: Run,
  intent: RowIntent,
  call: OpsCall,
  values: Record<string, CellValue>,
  make: (v: Record<string, CellValue>) => RegistryOp,
): Promise<Extract<OpResult, { ok: true }>> {
  for (let attempt = 0; attempt < 8; attempt++) {
    const env = {
      provinceCode: run.province,
      now: run.now,
      withRows: false,
      lookups: run.lookups,
      auditSink: run.audit,
      auditInserts: false,
      ...(call.evidence === undefined ? {} : { statusEvidence: call.evidence }),
      ...(call.rowColumns === undefined ? {} : { rowColumns: call.rowColumns }),
    };
    const { results } = await runOpsIn(run.ctx, run.tx, call.entity, [make(values)], env);
    const r = results[0];
    if (r === undefined) break;
    if (r.ok) return r;
    const fields = Object.keys(r.fieldErrors).filter((f) => f in values);
    if (fields.length === 0 || fields.some((f) => call.identity.includes(f)))
      throw new RowFailed(failureReason(intent, r.fieldErrors, r.message));
    for (const f of fields) {
      intent.flags.set(f, { raw: intent.row.raw?.[f] ?? shown(values[f]), reason: r.fieldErrors[f] ?? r.message });
      delete values[f];
    }
  }
  throw new RowFailed('Không ghi được dòng này.');
}

/** The row's flags as the preview shows them. */
export function reviewFlags(entity: ImportEntity, flags: ReadonlyMap<string, Flag>): ReviewFlag[] {
  return [...flags].map(([field, f]) => ({ field, label: importFieldLabel(entity, field), raw: f.raw, reason: f.reason }));
}

const FIGURE_FIELDS = new Set(FIGURE_VALUE_FIELDS.map((f) => f.key));

/** The row's flags, recorded against what the row wrote (its organization, figures row, product…). */
export function recordFlags(
  run: Run,
  sheet: SheetRun,
  intent: RowIntent,
  ids: { organizationId: number | null; figuresId: number | null; ownId: number | null },
): void {
  for (const [field, f] of intent.flags) {
    const figure = FIGURE_FIELDS.has(field);
    // A support sheet's flags are the support record's (or the activity's), whatever the field.
    const own = sheet.entity !== 'organizations' && sheet.entity !== 'figures';
    const entity: ImportEntity = own ? sheet.entity : figure ? 'figures' : 'organizations';
    run.flags.push({
      entity,
      entityId: own ? ids.ownId : entity === 'figures' ? ids.figuresId : ids.organizationId,
      organizationId: ids.organizationId,
      year: figure ? sheet.year : null,
      period: figure ? sheet.period : null,
      field,
      raw: f.raw,
      reason: f.reason,
      sheet: sheet.name,
      sourceRow: intent.row.sourceRow,
      listDate: sheet.knownOn,
    });
  }
}

/** The flagged cells' texts, merged into what a row already keeps (JSON field → text as written). */
export function sourceTexts(stored: string | null | undefined, texts: Record<string, string>): string | null {
  const keys = Object.keys(texts);
  if (keys.length === 0) return stored ?? null;
  const merged: Record<string, string> = stored ? (JSON.parse(stored) as Record<string, string>) : {};
  for (const k of keys) merged[k] = texts[k] as string;
  return JSON.stringify(merged);
}

export function changeOf(entity: Entity, entityId: number, changes: readonly FieldChange[]): ImportChange {
  return {
    entity,
    entityId,
    action: 'update',
    before: Object.fromEntries(changes.map((c) => [c.field, c.from])),
    after: Object.fromEntries(changes.map((c) => [c.field, c.to])),
  };
}
