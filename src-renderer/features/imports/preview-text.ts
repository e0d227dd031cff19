/**
 * What the import preview says in words: the reconciliation of a sheet's rows, the fields its rows fill,
 * and each row's explanation. Values are written as the grids write them (labels, dd/mm/yyyy, triệu),
 * never as stored codes.
 */
import type { CellValue, ImportEntity, FieldSpec, PreviewRow, PreviewSheet } from '../../../src-main/contract/index.ts';
import { IMPORT_FIELDS } from '../../../src-main/contract/fields.ts';
import { formatVnDate } from '../../../src-main/shared/vn-date-format.ts';
import { formatNumber } from '../../../src-main/shared/vn-number.ts';
import { formatCell, headerOf, type ValueContext } from '../../grid/index.ts';

/** "21 dòng = 4 nhập (thêm mới 3, cập nhật 0, không đổi 1) + 1 gộp vào dòng trùng + 16 không phải bản ghi". */
export function reconciliation(sheet: PreviewSheet): string {
  const c = sheet.counts;
  const n = formatNumber;
  const imported = c.new + c.update + c.unchanged;
  return `${n(sheet.sourceRows)} dòng = ${n(imported)} nhập (thêm mới ${n(c.new)}, cập nhật ${n(c.update)}, không đổi ${n(c.unchanged)}) + ${n(c.merged)} gộp vào dòng trùng + ${n(c.excluded)} không phải bản ghi`;
}

/** "Danh sách tính đến 31/12/2024", when the sheet says which day it is of. */
export function listDateText(sheet: PreviewSheet): string | null {
  if (!sheet.listDate) return null;
  try {
    return `Danh sách tính đến ${formatVnDate(sheet.listDate)}`;
  } catch {
    return null;
  }
}

/**
 * The fields shown as columns of the rows table: those the sheet's columns feed, in the sheet's order,
 * then those the import fills by itself (loại hình from the name, the address from its pieces, the year),
 * in the entity's order. A key no field describes is left out rather than shown as a code.
 */
export function shownFields(sheet: PreviewSheet): FieldSpec[] {
  if (!sheet.entity) return [];
  const specs = IMPORT_FIELDS[sheet.entity];
  const mapped = sheet.columns.flatMap((c) => (c.use === 'field' && c.field ? [c.field] : []));
  const filled = new Set<string>();
  for (const r of sheet.rows) {
    for (const [k, v] of Object.entries(r.values)) if (v !== null) filled.add(k);
    for (const f of r.flags) filled.add(f.field);
  }
  const keys = [...new Set([...mapped, ...specs.map((s) => s.key).filter((k) => filled.has(k))])];
  return keys.flatMap((k) => specs.find((s) => s.key === k) ?? []);
}

export function columnHeader(spec: FieldSpec, ctx: ValueContext): string {
  return headerOf(spec, ctx.unit);
}

export function valueText(spec: FieldSpec, value: CellValue | undefined, ctx: ValueContext): string {
  return formatCell(spec, value, ctx);
}

function specOf(entity: ImportEntity | null, key: string): FieldSpec | undefined {
  return entity ? IMPORT_FIELDS[entity].find((s) => s.key === key) : undefined;
}

/** Why a row ends as it does: the core's reason, or for an update what changes ("Tình trạng: A → B"). */
export function rowExplanation(row: PreviewRow, entity: ImportEntity | null, ctx: ValueContext): string {
  if (row.fate !== 'update') return row.reason ?? '';
  const changes = row.changes.flatMap((c) => {
    const spec = specOf(entity, c.field);
    if (!spec) return [];
    const from = formatCell(spec, c.from, ctx) || 'trống';
    const to = formatCell(spec, c.to, ctx) || 'trống';
    return [`${spec.label}: ${from} → ${to}`];
  });
  const target = row.matchedName ? `Cập nhật “${row.matchedName}”` : 'Cập nhật';
  // The core's summary ("2 trường thay đổi") stands in when no change names a known field.
  return changes.length ? `${target}: ${changes.join('; ')}` : (row.reason ?? target);
}
