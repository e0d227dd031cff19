import type { importMethods } from '../../contract/imports.ts';
import type { CoreContext } from '../context.ts';
import type { HandlersFor } from '../handler-types.ts';
import { analyzerFor } from './analyzer.ts';
import { ImportService } from './service.ts';
import { undoImport } from './undo.ts';

/** Handlers of the methods in contract/imports.ts; one import service (and its open jobs) per app. */
export function buildImportHandlers(ctx: CoreContext): HandlersFor<keyof typeof importMethods> {
  const service = new ImportService(ctx, analyzerFor(ctx));
  return {
    'imports.open': (input) => service.open(input.fileName, Buffer.from(input.contentBase64, 'base64'), input.year, input.readId),
    'imports.run': (input) => service.run({ ...input, bytes: Buffer.from(input.contentBase64, 'base64') }),
    'imports.stopReading': (input) => service.stopReading(input.readId),
    'imports.setColumn': (input) => service.setColumn(input.jobId, input.sheet, input.columnIndex, input.field),
    'imports.setSheet': (input) => service.setSheet(input.jobId, input.sheet, input.entity, input.year),
    'imports.fixCell': (input) => service.fixCell(input.jobId, input.sheet, input.sourceRow, input.field, input.value),
    'imports.commit': (input) => service.commit(input.jobId),
    'imports.cancel': (input) => service.cancel(input.jobId),
    'imports.history': () => service.history(),
    'imports.undo': (input) => undoImport(ctx, input.batchId),
  };
}
