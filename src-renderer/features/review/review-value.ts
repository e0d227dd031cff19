/**
 * The value a clerk gives for flagged cells, from what they picked or typed, in the form the core stores:
 * option codes, a number in đồng for money typed in triệu, an ISO date for dd/mm/yyyy.
 */
import type { CellValue, ImportEntity, FieldSpec, ReviewGroup } from '../../../src-main/contract/index.ts';
import { IMPORT_ENTITIES, IMPORT_FIELDS } from '../../../src-main/contract/fields.ts';
import { formatCell, gridServices, headerOf, lookupCommune, parseCell, type ValueContext } from '../../grid/index.ts';

/** The one-click choices of a group (or of a single cell, taken from its group). */
export type Choice = Pick<ReviewGroup, 'options' | 'multiple'>;

export type Draft = { kind: 'codes'; codes: string[] } | { kind: 'text'; text: string };

export type Resolved = { ok: true; value: CellValue } | { ok: false; reason: string };

export function fieldSpecOf(entity: ImportEntity, field: string): FieldSpec | undefined {
  return (
    IMPORT_FIELDS[entity].find((f) => f.key === field) ??
    IMPORT_ENTITIES.map((e) => IMPORT_FIELDS[e].find((f) => f.key === field)).find((f) => f !== undefined)
  );
}

/**
 * A name that could not be matched, or an organization added from another sheet: the row is already what
 * it can be, so the only action is to mark it seen (the core takes no value for these fields).
 */
export function acknowledgeOnly(field: string): boolean {
  return field === 'name' || field === 'organizationId';
}

export function emptyDraft(choice: Choice): Draft {
  return choice.options ? { kind: 'codes', codes: [] } : { kind: 'text', text: '' };
}

export function draftReady(draft: Draft): boolean {
  return draft.kind === 'codes' ? draft.codes.length > 0 : draft.text.trim() !== '';
}

/** What the input asks for: "Doanh thu (triệu đồng)", so money is typed in the unit the grids use. */
export function inputLabel(spec: FieldSpec | undefined, fallback: string, ctx: ValueContext): string {
  return spec ? headerOf(spec, ctx.unit) : fallback;
}

export function placeholderOf(spec: FieldSpec | undefined): string {
  if (spec?.kind === 'date') return 'dd/mm/yyyy';
  if (spec?.kind === 'int' || spec?.kind === 'money') return 'số, ví dụ 1.580';
  if (spec?.kind === 'stars') return '3, 4 hoặc 5';
  return '';
}

export async function resolveDraft(draft: Draft, choice: Choice, spec: FieldSpec | undefined, ctx: ValueContext): Promise<Resolved> {
  if (draft.kind === 'codes') {
    if (draft.codes.length === 0) return { ok: false, reason: 'Hãy chọn ít nhất một mục.' };
    return { ok: true, value: choice.multiple ? draft.codes : (draft.codes[0] ?? null) };
  }
  const text = draft.text.trim();
  if (text === '') return { ok: false, reason: 'Hãy ghi giá trị đúng, hoặc bấm “Để trống (đã xem)”.' };
  if (!spec) return { ok: true, value: text };
  const parsed = parseCell(spec, text, ctx);
  if (parsed.ok === 'lookup') {
    const found = await lookupCommune(gridServices(), parsed.text);
    return found.ok ? { ok: true, value: found.code } : found;
  }
  return parsed;
}

/** The chosen value as the clerk reads it, for the line that says what was done. */
export function valueLabel(value: CellValue, choice: Choice, spec: FieldSpec | undefined, ctx: ValueContext): string {
  if (value === null) return 'để trống';
  if (choice.options) {
    const codes = Array.isArray(value) ? value : [String(value)];
    return codes.map((c) => choice.options?.find((o) => o.value === c)?.label ?? c).join('; ');
  }
  return spec ? formatCell(spec, value, ctx) : String(value);
}
