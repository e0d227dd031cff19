/**
 * The reader seen through the import jobs' interface (core/import-jobs: Analyzer → StagedSheet[]):
 * the clerk's choices and remembered mappings go in as analysis options, each sheet comes out with its
 * records only (sections, totals and blanks have done their work: context, cross-checks), and a file
 * that cannot be read becomes an AppError carrying the reader's Vietnamese message.
 * Offered to the lead as the body of import-jobs/analyzer.ts; it adds no rule of its own.
 */
import { AppError } from '../../../contract/index.ts';
import type { CellValue, PreviewColumn } from '../../../contract/index.ts';
import type { Analyzer, AnalyzerInput } from '../../import-jobs/service.ts';
import type { SheetChoices, StagedRow, StagedSheet } from '../../import-jobs/staged.ts';
import { WorkbookReadError } from '../read/errors.ts';
import { type WorkerControl, analyzeWorkbookInWorker } from '../worker/run-in-worker.ts';
import { analyzeBytes } from './analyze-workbook.ts';
import type { AnalyzeOptions, ColumnTarget, RowAnalysis, SavedMapping, SheetAnalysis, SheetOverride } from './types.ts';

function isTarget(value: unknown): value is ColumnTarget {
  if (typeof value !== 'object' || value === null || !('kind' in value)) return false;
  switch (value.kind) {
    case 'field':
      return 'field' in value && typeof value.field === 'string';
    case 'address':
      return 'part' in value && typeof value.part === 'string';
    case 'rowNumber':
    case 'ignore':
      return true;
    default:
      return false;
  }
}

/** A remembered mapping as stored by the lead (JSON): checked before use, since it comes from the database. */
export function isSavedMapping(value: unknown): value is SavedMapping {
  if (typeof value !== 'object' || value === null || !('columns' in value) || !('entity' in value)) return false;
  const { columns } = value;
  return typeof columns === 'object' && columns !== null && Object.values(columns).every(isTarget);
}

function overrideOf(choices: SheetChoices): SheetOverride {
  const override: SheetOverride = {};
  if (choices.entity !== undefined) override.entity = choices.entity;
  if (choices.year !== undefined && choices.year !== null) override.year = choices.year;
  if (choices.columns !== undefined) {
    const columns: Record<number, ColumnTarget> = {};
    for (const [index, field] of Object.entries(choices.columns)) columns[Number(index)] = field === null ? { kind: 'ignore' } : { kind: 'field', field };
    override.columns = columns;
  }
  return override;
}

export function optionsOf(input: AnalyzerInput): AnalyzeOptions {
  const mappings: Record<string, SavedMapping> = {};
  for (const [shape, saved] of Object.entries(input.remembered)) if (isSavedMapping(saved)) mappings[shape] = saved;
  const sheets: Record<string, SheetOverride> = {};
  for (const [name, choices] of Object.entries(input.choices)) sheets[name] = overrideOf(choices);
  const options: AnalyzeOptions = { fileName: input.fileName, mappings, sheets };
  if (input.year !== undefined) options.year = input.year;
  const report = input.onProgress;
  if (report !== undefined) options.onProgress = (p) => report(p.label, p.done, p.total);
  return options;
}

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
  const values: Record<string, CellValue> = { ...row.values };
  if (sheet.entity === 'organizations' && values.legacyAddress === undefined) {
    const legacy = legacyAddressOf(row);
    if (legacy !== undefined) values.legacyAddress = legacy;
  }
  const context: StagedRow['context'] = {};
  if (row.context.district !== undefined) context.district = row.context.district;
  if (row.context.sector !== undefined) context.sector = row.context.sector;
  const staged: StagedRow = { sourceRow: row.sourceRow, values, cellErrors: { ...row.cellErrors }, context };
  if (row.markedDuplicate === true) staged.markedDuplicate = true;
  return staged;
}

function refusalOf(sheet: SheetAnalysis): string | null {
  if (sheet.headerRows.length === 0) return 'Không tìm thấy bảng (dòng tiêu đề cột) trong trang này.';
  if (sheet.entity === null) return 'Không nhận ra trang này chứa loại dữ liệu nào; hãy chọn loại dữ liệu và ghép cột.';
  if (sheet.missingRequired.length > 0) return sheet.warnings.find((w) => w.startsWith('Chưa có cột nào')) ?? 'Thiếu cột bắt buộc.';
  return null;
}

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

/** The reader's refusal as the contract's error, so every door shows its Vietnamese message. */
function asAppError(thrown: unknown): unknown {
  return thrown instanceof WorkbookReadError ? new AppError('INVALID_INPUT', thrown.message, { readError: thrown.code }) : thrown;
}

/**
 * An Analyzer for ImportService. With `worker`, the file is read in a worker thread (the app's doors);
 * without, on the calling thread (tests, the CLI when it prefers).
 */
export function createAnalyzer(worker?: Omit<WorkerControl, 'onProgress'>): Analyzer {
  return async (input) => {
    const options = optionsOf(input);
    try {
      if (worker === undefined) return toStagedSheets(analyzeBytes(input.bytes, options).sheets);
      const { onProgress, ...rest } = options;
      const control: WorkerControl = onProgress === undefined ? worker : { ...worker, onProgress };
      return toStagedSheets((await analyzeWorkbookInWorker(input.bytes, rest, control)).sheets);
    } catch (thrown) {
      throw asAppError(thrown);
    }
  };
}
