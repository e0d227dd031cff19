import { ENTITY_LABEL } from '../../contract/fields.ts';
import type { StagedSheet } from './staged.ts';

/** Below this, a sheet's entity or a used column's field is a guess; an import without a clerk will not go on a guess. */
export const CONFIDENT = 0.6;

/** Why a sheet cannot be imported without the clerk confirming it, or null. */
export function doubtAbout(sheet: StagedSheet): string | null {
  if (sheet.refusal) return sheet.refusal;
  if (!sheet.entity) return 'không nhận ra trang tính chứa loại dữ liệu nào';
  if (sheet.entityConfidence < CONFIDENT)
    return `không chắc trang tính là "${ENTITY_LABEL[sheet.entity]}" (độ tin cậy ${Math.round(sheet.entityConfidence * 100)}%)`;
  const weak = sheet.columns.filter((c) => c.use === 'field' && c.confidence !== null && c.confidence < CONFIDENT);
  return weak.length ? `không chắc cách hiểu cột: ${weak.map((c) => `"${c.header}"`).join(', ')}` : null;
}

/** The sheets that hold a table (notes and blank sheets are passed over). */
export function tablesOf(sheets: readonly StagedSheet[]): StagedSheet[] {
  return sheets.filter((s) => s.rows.length > 0 || s.entity !== null);
}
