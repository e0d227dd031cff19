/**
 * The reader seen through the import jobs' interface (core/import: Analyzer → StagedSheet[]):
 * the clerk's choices and remembered mappings go in as analysis options, each sheet comes out staged
 * (to-staged.ts), and a file that cannot be read becomes an AppError carrying the reader's Vietnamese
 * message.
 */
import { AppError } from '../../../../contract/index.ts';
import type { Analyzer, AnalyzerInput } from '../../service.ts';
import type { SheetChoices } from '../../staged.ts';
import { WorkbookReadError } from '../read/errors.ts';
import { type WorkerControl, stageWorkbookInWorker } from '../worker/run-in-worker.ts';
import { analyzeBytes } from './analyze-workbook.ts';
import { toStagedSheets } from './to-staged.ts';
import type { AnalyzeOptions, ColumnTarget, SavedMapping, SheetOverride } from './types.ts';

export { toStagedSheets } from './to-staged.ts';

function isTarget(value: unknown): value is ColumnTarget {
  if (typeof value !== 'object' || value === null || !('kind' in value)) return false;
  switch (value.kind) {
    case 'field':
      return 'field' in value && typeof value.field === 'string';
    case 'address':
      return 'part' in value && typeof value.part === 'string';
    case 'rowNumber':
    case 'keep':
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
    for (const [index, field] of Object.entries(choices.columns))
      columns[Number(index)] = field === null ? { kind: 'ignore' } : { kind: 'field', field };
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
  if (input.aliases !== undefined) options.aliases = input.aliases;
  if (input.year !== undefined) options.year = input.year;
  const report = input.onProgress;
  if (report !== undefined) options.onProgress = (p) => report(p.label, p.done, p.total);
  return options;
}

/** The reader's refusal as the contract's error, so every door shows its Vietnamese message. */
function asAppError(thrown: unknown): unknown {
  return thrown instanceof WorkbookReadError ? new AppError('INVALID_INPUT', thrown.message, { readError: thrown.code }) : thrown;
}

/**
 * An Analyzer for ImportService. With `worker`, the file is read, analyzed and staged in a worker thread
 * (the app's doors); without, on the calling thread (tests, the CLI when it prefers).
 */
export function createAnalyzer(worker?: Omit<WorkerControl, 'onProgress'>): Analyzer {
  return async (input) => {
    const options = optionsOf(input);
    try {
      if (worker === undefined) return toStagedSheets(analyzeBytes(input.bytes, options).sheets);
      const { onProgress, ...rest } = options;
      const control: WorkerControl = {
        ...worker,
        ...(onProgress === undefined ? {} : { onProgress }),
        ...(input.signal === undefined ? {} : { signal: input.signal }),
      };
      return await stageWorkbookInWorker(input.bytes, rest, control);
    } catch (thrown) {
      throw asAppError(thrown);
    }
  };
}
