/**
 * Public surface of the importer's first half: reading legacy spreadsheets and understanding them,
 * with no database. The lead's matching, staging, preview and commit build on these.
 */
export { analyzeBytes, analyzeParsedWorkbook, analyzeWorkbook } from './analyze-workbook.ts';
export type {
  AddressPart,
  AnalyzeOptions,
  AnalyzeProgress,
  BlankKind,
  ColumnAnalysis,
  ColumnTarget,
  RowAnalysis,
  RowAddress,
  RowKind,
  SavedMapping,
  SectionContext,
  SheetAnalysis,
  SheetOverride,
  TotalCheck,
  WorkbookAnalysis,
  YearSource,
} from './types.ts';
export { analyzeWorkbookInWorker, type WorkerControl } from '../worker/run-in-worker.ts';
export { READ_ERROR_MESSAGES, type ReadErrorCode, type ReadErrorValue, WorkbookReadError, isReadErrorValue } from '../read/errors.ts';
export { DEFAULT_READ_LIMITS, type ReadLimits } from '../read/limits.ts';
export type { Cell, CellType, MergeRange, Sheet, Workbook, WorkbookFormat } from '../read/model.ts';
export { readWorkbook, readWorkbookFile } from '../read/read-workbook.ts';
export { shapeSignature } from '../mapping/shape.ts';
