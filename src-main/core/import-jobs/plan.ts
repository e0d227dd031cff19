import type { CellValue, Entity, FieldChange, RegistryOp } from '../../contract/index.ts';
import { CERT_FIELDS, FIGURE_VALUE_FIELDS, OCOP_FIELDS, ORG_FIELDS, isBlankValue, type FieldSpec } from '../../contract/fields.ts';
import { perObject } from '../../shared/memo.ts';
import { checkValue } from '../registry/values.ts';
import { orgNameKey } from '../registry/entities.ts';
import { typeFromName } from './infer.ts';
import type { StagedRow, StagedSheet } from './staged.ts';


/** One row's intent before it meets the registry: which organization it names and what it brings. */
export interface RowIntent {
  row: StagedRow;
  /** Organization fields given in the file (blanks left out: a blank cell never erases stored data). */
  orgValues: Record<string, CellValue>;
  figureValues: Record<string, CellValue>;
  /** For OCOP and certification sheets: the entity's own values. */
  ownValues: Record<string, CellValue>;
  skipReason: string | null;
  errors: Record<string, string>;
}

/** The fields with none required: a row leaves out what it does not give (made once per list, not per row). */
const optional = perObject((fields: readonly FieldSpec[]): readonly FieldSpec[] => fields.map((f) => ({ ...f, required: false })));

/**
 * The non-blank values of the given fields, normalized the way the registry stores them (so "Hợp tác xã"
 * compares equal to a stored HTX); values that do not pass become errors on their cells. An organization
 * named by text (OCOP owner, certificate holder) stays text, to be matched later.
 */
function given(values: Record<string, CellValue>, fields: readonly FieldSpec[], errors: Record<string, string>): Record<string, CellValue> {
  const out: Record<string, CellValue> = {};
  for (const f of optional(fields)) {
    const v = values[f.key];
    if (isBlankValue(v) || v === undefined) continue;
    if (f.kind === 'organization' && typeof v === 'string') {
      out[f.key] = v.trim();
      continue;
    }
    const r = checkValue(f, v);
    if (r.ok) out[f.key] = r.value;
    else errors[f.key] ??= r.message;
  }
  return out;
}

/** The key that makes two rows of one file the same organization. */
function duplicateKey(entity: Entity, v: Record<string, CellValue>): string | null {
  if (entity === 'ocop') return typeof v.name === 'string' ? `p:${orgNameKey(v.name)}|${orgNameKey(String(v.organizationId ?? v.externalOwnerName ?? ''))}` : null;
  if (entity === 'certifications') return null;
  if (typeof v.regCode === 'string' && v.regCode) return `c:${v.regCode}`;
  return typeof v.name === 'string' ? `n:${orgNameKey(v.name)}|${String(v.communeCode ?? '')}` : null;
}

/** Splits each row of a sheet into what it says about the organization, its figures and itself. */
export function* intentsOf(sheet: StagedSheet): Generator<RowIntent> {
  const entity = sheet.entity;
  const seen = new Map<string, number>();
  // One row at a time: a hundred thousand intents held at once would only weigh on memory.
  for (const row of sheet.rows) {
    const errors: Record<string, string> = { ...row.cellErrors };
    const intent: RowIntent = {
      row,
      orgValues: entity === 'organizations' || entity === 'figures' ? given(row.values, ORG_FIELDS, errors) : {},
      figureValues: entity === 'organizations' || entity === 'figures' ? given(row.values, FIGURE_VALUE_FIELDS, errors) : {},
      ownValues: entity === 'ocop' ? given(row.values, OCOP_FIELDS, errors) : entity === 'certifications' ? given(row.values, CERT_FIELDS, errors) : {},
      skipReason: null,
      errors,
    };
    if (entity === 'organizations' || entity === 'figures') {
      if (!intent.orgValues.type && !intent.errors.type) {
        const t = typeFromName(intent.orgValues.name ?? null);
        if (t) intent.orgValues.type = t;
        else if (entity === 'organizations') intent.errors.type = 'Không xác định được loại hình (HTX, Quỹ TDND, Tổ hợp tác…): hãy chọn cột loại hình hoặc sửa tên.';
      }
      if (row.context.sector && !intent.orgValues.sectors) {
        const sectors = checkValue(ORG_FIELDS.find((f) => f.key === 'sectors') as FieldSpec, row.context.sector);
        if (sectors.ok) intent.orgValues.sectors = sectors.value;
      }
      if (!intent.orgValues.name && !intent.orgValues.regCode) intent.errors.name = 'Dòng không có tên tổ chức.';
    }
    const key = entity ? duplicateKey(entity, entity === 'ocop' ? intent.ownValues : intent.orgValues) : null;
    if (key) {
      const first = seen.get(key);
      if (first !== undefined) intent.skipReason = `Trùng với dòng ${first} trong tệp: gộp thành một.`;
      else seen.set(key, row.sourceRow);
    }
    if (!intent.skipReason && row.markedDuplicate) intent.skipReason = 'Dòng được đánh dấu "Trùng" trong tệp.';
    yield intent;
  }
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

export function updateOp(id: number, changes: FieldChange[]): RegistryOp {
  return { kind: 'update', id, changes: Object.fromEntries(changes.map((c) => [c.field, c.to])) };
}
