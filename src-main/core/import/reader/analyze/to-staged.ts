/**
 * An analysis as the import jobs take it (core/import/staged.ts): each sheet with its records only
 * (sections, totals and blanks have done their work: context, cross-checks). Kept apart from
 * staged-adapter.ts so that the analysis worker can stage its result itself and post the leaner
 * StagedSheet[] (far fewer objects to copy between threads than the whole analysis).
 */
import type { ImportEntity, PreviewColumn } from '../../../../contract/index.ts';
import { importFieldLabel, isFundImportKind, isRegistryEntity } from '../../../../contract/fields.ts';
import { foldVietnamese } from '../../../../shared/index.ts';
import type { StagedRow, StagedSheet } from '../../staged.ts';
import type { AddressPart, ColumnAnalysis, RowAnalysis, SheetAnalysis } from './types.ts';

const ADDRESS_PART_LABEL: Record<AddressPart, string> = {
  full: 'Địa chỉ cũ',
  street: 'Địa chỉ cũ: thôn, xóm, số nhà',
  commune: 'Địa chỉ cũ: xã, phường',
  district: 'Địa chỉ cũ: huyện',
  province: 'Địa chỉ cũ: tỉnh',
  communeCode: 'Mã xã (cũ)',
  districtCode: 'Mã huyện (cũ)',
  provinceCode: 'Mã tỉnh (cũ)',
};

/**
 * The old address as the file writes it: its address column, with the pieces other columns or the section
 * above give that it does not already name (a "Thôn, xã" column beside a "Huyện" column, a district
 * heading over its cooperatives).
 */
function legacyAddressOf(row: RowAnalysis): string | undefined {
  const a = row.address;
  const full = a.full ?? (typeof row.values.legacyAddress === 'string' ? row.values.legacyAddress : undefined);
  const pieces = [
    full === undefined ? a.street : undefined,
    a.commune ?? row.context.commune,
    a.district ?? row.context.district,
    a.province ?? row.context.province,
  ];
  const said = full === undefined ? '' : foldVietnamese(full);
  const more = pieces.filter((p): p is string => p !== undefined && p !== '' && !said.includes(foldVietnamese(p)));
  const text = [full, ...more].filter((p): p is string => p !== undefined && p !== '').join(', ');
  return text === '' ? undefined : text;
}

const isSupportSheet = (e: ImportEntity): boolean => !isRegistryEntity(e) && !isFundImportKind(e);

function stagedRow(row: RowAnalysis, sheet: SheetAnalysis): StagedRow {
  // The row's own objects are handed on, not copied (see toStagedSheets): copying a hundred thousand
  // rows' values costs more than everything else staging does.
  const { values } = row;
  // The place a row's organization is in tells namesakes apart: a figures sheet, a support sheet or a fund's loan
  // names it the way a list does.
  const placed = sheet.entity === 'organizations' || sheet.entity === 'figures' || sheet.entity === 'fundLoans';
  if (placed || (sheet.entity !== null && isSupportSheet(sheet.entity))) {
    const legacy = legacyAddressOf(row);
    if (legacy !== undefined) values.legacyAddress = legacy;
  }
  const context: StagedRow['context'] = {};
  if (row.context.district !== undefined) context.district = row.context.district;
  if (row.context.sector !== undefined) context.sector = row.context.sector;
  const staged: StagedRow = { sourceRow: row.sourceRow, values, cellErrors: row.cellErrors, context };
  if (row.raw !== undefined) staged.raw = row.raw;
  if (row.flags !== undefined) staged.flags = row.flags;
  if (row.extras !== undefined) staged.extras = row.extras;
  if (row.markedDuplicate === true) staged.markedDuplicate = true;
  if (row.statusDate !== undefined) staged.statusDate = row.statusDate;
  return staged;
}

function previewColumn(c: ColumnAnalysis, entity: ImportEntity | null, kept: ReadonlySet<number>): PreviewColumn {
  const base = { index: c.index, header: c.header, unit: c.unit };
  const t = c.target;
  switch (t.kind) {
    case 'field':
      return { ...base, use: 'field', field: t.field, label: importFieldLabel(entity, t.field), confidence: c.confidence };
    case 'address':
      return { ...base, use: 'address', field: null, label: ADDRESS_PART_LABEL[t.part], confidence: c.confidence };
    case 'rowNumber':
      return { ...base, use: 'rowNumber', field: null, label: 'Số thứ tự', confidence: null };
    case 'keep':
      return kept.has(c.index)
        ? { ...base, use: 'keep', field: null, label: 'Giữ lại, không dùng', confidence: null }
        : { ...base, use: 'ignore', field: null, label: 'Bỏ qua (cột trống)', confidence: null };
    case 'ignore':
      return { ...base, use: 'ignore', field: null, label: 'Bỏ qua', confidence: null };
  }
}

function refusalOf(sheet: SheetAnalysis): string | null {
  if (sheet.headerRows.length === 0) return 'Không tìm thấy bảng (dòng tiêu đề cột) trong trang này.';
  if (sheet.entity === null) return 'Không nhận ra trang này chứa loại dữ liệu nào; hãy chọn loại dữ liệu và ghép cột.';
  if (sheet.notRegistry !== null) return sheet.notRegistry;
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
    const kept = new Set(sheet.keptColumns);
    const columns = sheet.columns.map((c) => previewColumn(c, sheet.entity, kept));
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
      listDate: sheet.listDate,
      excluded: sheet.excluded,
      sourceRows: sheet.sourceRows,
      keptColumns: columns.filter((c) => c.use === 'keep').map((c) => ({ index: c.index, header: c.header })),
    };
  });
}
