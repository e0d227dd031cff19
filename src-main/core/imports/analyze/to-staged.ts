/**
 * An analysis as the import jobs take it (core/import-jobs/staged.ts): each sheet with its records only
 * (sections, totals and blanks have done their work: context, cross-checks). Kept apart from
 * staged-adapter.ts so that the analysis worker can stage its result itself and post the leaner
 * StagedSheet[] (far fewer objects to copy between threads than the whole analysis).
 */
import type { PreviewColumn } from '../../../contract/index.ts';
import type { StagedRow, StagedSheet } from '../../import-jobs/staged.ts';
import type { RowAnalysis, SheetAnalysis } from './types.ts';

/**
 * The old address as the file writes it, when the file gives it in pieces (Xã | Huyện | Tỉnh columns,
 * or a district section above) rather than in one "Địa chỉ" column.
 */
function legacyAddressOf(row: RowAnalysis): string | undefined {
  const a = row.address;
  if (a.full !== undefined) return a.full;
  const parts = [a.street, a.commune ?? row.context.commune, a.district ?? row.context.district, a.province ?? row.context.province];
  const text = parts.filter((p): p is string => p !== undefined && p !== '').join(', ');
  return text === '' ? undefined : text;
}

function stagedRow(row: RowAnalysis, sheet: SheetAnalysis): StagedRow {
  // The row's own objects are handed on, not copied (see toStagedSheets): copying a hundred thousand
  // rows' values costs more than everything else staging does.
  const { values } = row;
  if (sheet.entity === 'organizations' && values.legacyAddress === undefined) {
    const legacy = legacyAddressOf(row);
    if (legacy !== undefined) values.legacyAddress = legacy;
  }
  const context: StagedRow['context'] = {};
  if (row.context.district !== undefined) context.district = row.context.district;
  if (row.context.sector !== undefined) context.sector = row.context.sector;
  const staged: StagedRow = { sourceRow: row.sourceRow, values, cellErrors: row.cellErrors, context };
  if (row.markedDuplicate === true) staged.markedDuplicate = true;
  return staged;
}

function refusalOf(sheet: SheetAnalysis): string | null {
  if (sheet.headerRows.length === 0) return 'Không tìm thấy bảng (dòng tiêu đề cột) trong trang này.';
  if (sheet.entity === null) return 'Không nhận ra trang này chứa loại dữ liệu nào; hãy chọn loại dữ liệu và ghép cột.';
  if (sheet.missingRequired.length > 0) return sheet.warnings.find((w) => w.startsWith('Chưa có cột nào')) ?? 'Thiếu cột bắt buộc.';
  return null;
}

/**
 * The sheets as staged sheets. The analysis is used up: each staged row takes over its row's `values`
 * (adding the old address an organization sheet gives in pieces) and `cellErrors`, so read nothing from
 * the analysis afterwards. Every caller stages an analysis it made for the purpose and then drops it.
 */
export function toStagedSheets(sheets: readonly SheetAnalysis[]): StagedSheet[] {
  return sheets.map((sheet) => {
    const mismatches = sheet.warnings.filter((w) => w.startsWith('Dòng tổng') || /^Dòng \d+ ghi \d+ nhưng có/.test(w));
    const columns: PreviewColumn[] = sheet.columns.map((c) => ({ index: c.index, header: c.header, field: c.field, confidence: c.confidence, unit: c.unit }));
    return {
      name: sheet.name,
      entity: sheet.entity,
      entityConfidence: sheet.confidence,
      year: sheet.year,
      period: sheet.period ?? 'Y',
      columns,
      rows: sheet.rows.filter((r) => r.kind === 'record').map((r) => stagedRow(r, sheet)),
      warnings: sheet.warnings.filter((w) => !mismatches.includes(w)),
      totalsMismatches: mismatches,
      signature: sheet.shape,
      savedMapping: sheet.mapping,
      refusal: refusalOf(sheet),
    };
  });
}
