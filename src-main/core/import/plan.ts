import type { CellValue, ImportEntity, FieldChange, RegistryOp } from '../../contract/index.ts';
import {
  CERT_FIELDS,
  FIGURE_VALUE_FIELDS,
  IMPORT_FIELDS,
  OCOP_FIELDS,
  ORG_FIELDS,
  isBlankValue,
  isFundImportKind,
  isRegistryEntity,
  type FieldSpec,
} from '../../contract/fields.ts';
import { perObject } from '../../shared/memo.ts';
import { checkValue } from '../registry/values.ts';
import { orgNameKey } from '../registry/entities.ts';
import { typeFromName } from './infer.ts';
import type { StagedRow, StagedSheet } from './staged.ts';

/** A cell to review: the text as written and why; the field is left out of what the row writes. */
export interface Flag {
  raw: string;
  reason: string;
}

/** One row's intent before it meets the registry: which organization it names and what it brings. */
export interface RowIntent {
  row: StagedRow;
  /** Organization fields given in the file (blanks left out: a blank cell never erases stored data). */
  orgValues: Record<string, CellValue>;
  figureValues: Record<string, CellValue>;
  /** For OCOP, certification and support sheets: the entity's own values. */
  ownValues: Record<string, CellValue>;
  /** Cells to review, by field. A flagged field writes nothing unless it also has a value (read in part). */
  flags: Map<string, Flag>;
  /** Set when the row is not a record after all (it names no organization). */
  excludeReason: string | null;
  /** The earlier row of the file that is the same organization (or product): this row merges into it. */
  duplicateOf: number | null;
  /** The text of the row's certificates column, for organization sheets. */
  certificates: string | null;
}

/** The fields with none required: a row leaves out what it does not give (made once per list, not per row). */
const optional = perObject((fields: readonly FieldSpec[]): readonly FieldSpec[] => fields.map((f) => ({ ...f, required: false })));

/** How a value is shown in a flag when the cell's own text is not at hand. */
function shown(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  return Array.isArray(v) ? v.join(', ') : String(v);
}

/**
 * The non-blank values of the given fields, normalized the way the registry stores them (so "Hợp tác xã"
 * compares equal to a stored HTX). A cell that could not be read, or whose value the field refuses, is
 * flagged with its text and left out; a value read in part (a sector taken as "Khác") is kept and flagged.
 * An organization named by text (OCOP owner, certificate holder) stays text, to be matched later.
 */
function given(row: StagedRow, fields: readonly FieldSpec[], flags: Map<string, Flag>): Record<string, CellValue> {
  const out: Record<string, CellValue> = {};
  for (const f of optional(fields)) {
    const error = row.cellErrors[f.key];
    if (error !== undefined) {
      flags.set(f.key, { raw: row.raw?.[f.key] ?? '', reason: error });
      continue;
    }
    const v = row.values[f.key];
    if (isBlankValue(v) || v === undefined) continue;
    if (f.kind === 'organization' && typeof v === 'string') {
      out[f.key] = v.trim();
      continue;
    }
    const r = checkValue(f, v);
    if (!r.ok) {
      flags.set(f.key, { raw: row.raw?.[f.key] ?? shown(v), reason: r.message });
      continue;
    }
    out[f.key] = r.value;
    const review = row.flags?.[f.key];
    if (review !== undefined) flags.set(f.key, { raw: row.raw?.[f.key] ?? shown(v), reason: review });
  }
  return out;
}

/** The key that makes two rows of one file the same organization (or product, or certificate). */
function duplicateKey(entity: ImportEntity, v: Record<string, CellValue>, place: string | null): string | null {
  if (!isRegistryEntity(entity)) return null;
  if (entity === 'ocop')
    return typeof v.name === 'string'
      ? `p:${orgNameKey(v.name)}|${orgNameKey(String(v.organizationId ?? v.externalOwnerName ?? ''))}`
      : null;
  if (entity === 'certifications') return null;
  if (typeof v.regCode === 'string' && v.regCode) return `c:${v.regCode}`;
  return typeof v.name === 'string' ? `n:${orgNameKey(v.name)}|${place ?? ''}` : null;
}

function organizationIntent(sheet: StagedSheet, row: StagedRow, intent: RowIntent): void {
  const v = intent.orgValues;
  if (!v.name && !v.regCode) {
    intent.excludeReason = row.cellErrors.name ? `Không đọc được tên tổ chức: ${row.cellErrors.name}` : 'Dòng không có tên tổ chức.';
    return;
  }
  if (!v.type && !intent.flags.has('type')) {
    const t = typeFromName(v.name ?? null);
    if (t) v.type = t;
  }
  if (row.context.sector && !v.sectors && !intent.flags.has('sectors')) {
    const sectors = checkValue(ORG_FIELDS.find((f) => f.key === 'sectors') as FieldSpec, row.context.sector);
    if (sectors.ok) v.sectors = sectors.value;
  }
  if (sheet.entity === 'organizations') {
    const text = row.values.certificates;
    if (typeof text === 'string' && text.trim() !== '') intent.certificates = text;
  }
}

/**
 * Splits each row of a sheet into what it says about the organization, its figures and itself. `placeOf`
 * gives the place a row's organization is told apart by (its commune, or its old address as written).
 */
export function* intentsOf(sheet: StagedSheet, placeOf: (v: Record<string, CellValue>) => string | null): Generator<RowIntent> {
  // Only the registry's sheets come here; the fund's ledger is played by fund-play.ts.
  const entity = isFundImportKind(sheet.entity) ? null : sheet.entity;
  const seen = new Map<string, number>();
  // One row at a time: a hundred thousand intents held at once would only weigh on memory.
  for (const row of sheet.rows) {
    const flags = new Map<string, Flag>();
    const orgSheet = entity === 'organizations' || entity === 'figures';
    const intent: RowIntent = {
      row,
      orgValues: orgSheet ? given(row, ORG_FIELDS, flags) : {},
      figureValues: orgSheet ? given(row, FIGURE_VALUE_FIELDS, flags) : {},
      ownValues: ownValuesOf(entity, row, flags),
      flags,
      excludeReason: null,
      duplicateOf: null,
      certificates: null,
    };
    if (orgSheet) organizationIntent(sheet, row, intent);
    else if (!intent.ownValues.name && entity === 'ocop') intent.excludeReason = 'Dòng không có tên sản phẩm.';
    else if (!intent.ownValues.organizationId && entity === 'certifications')
      intent.excludeReason = 'Dòng không có tên tổ chức được chứng nhận.';
    else if (entity !== null && !isRegistryEntity(entity)) intent.excludeReason = supportExcludeReason(row, intent.ownValues);
    if (intent.excludeReason === null && entity) {
      const values = entity === 'ocop' || entity === 'certifications' ? intent.ownValues : intent.orgValues;
      const key = duplicateKey(entity, values, orgSheet ? placeOf(values) : null);
      const first = key === null ? undefined : seen.get(key);
      if (first !== undefined) intent.duplicateOf = first;
      else if (key !== null) seen.set(key, row.sourceRow);
    }
    yield intent;
  }
}

function ownValuesOf(entity: ImportEntity | null, row: StagedRow, flags: Map<string, Flag>): Record<string, CellValue> {
  if (entity === 'ocop') return given(row, OCOP_FIELDS, flags);
  if (entity === 'certifications') return given(row, CERT_FIELDS, flags);
  if (entity === 'support' || entity === 'activities' || entity === 'linkages') return given(row, IMPORT_FIELDS[entity], flags);
  return {};
}

/**
 * A row of a support sheet is a record when it says anything beyond its row number: a row that names no
 * organization is still kept (its organization to be chosen), unless nothing in it was read at all.
 */
function supportExcludeReason(row: StagedRow, v: Record<string, CellValue>): string | null {
  const said = Object.keys(v).length > 0 || Object.keys(row.cellErrors).length > 0;
  return said ? null : 'Dòng không có nội dung.';
}

/** Fields whose file value differs from what is stored (the file's blanks are not differences). */
export function diff(stored: Record<string, CellValue>, incoming: Record<string, CellValue>): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const [field, to] of Object.entries(incoming)) {
    const from = stored[field] ?? null;
    if (JSON.stringify(from) !== JSON.stringify(to)) changes.push({ field, from, to });
  }
  return changes;
}

/** The file's values for fields the stored row leaves blank: what a duplicate row can add to its first. */
export function fillBlanks(stored: Record<string, CellValue>, incoming: Record<string, CellValue>): FieldChange[] {
  return diff(stored, incoming).filter((c) => isBlankValue(c.from) || (Array.isArray(c.from) && c.from.length === 0));
}

export function updateOp(id: number, changes: FieldChange[]): RegistryOp {
  return { kind: 'update', id, changes: Object.fromEntries(changes.map((c) => [c.field, c.to])) };
}
