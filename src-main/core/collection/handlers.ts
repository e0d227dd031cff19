import type { collectionMethods } from '../../contract/collection.ts';
import type { CoreContext } from '../context.ts';
import type { HandlersFor } from '../handler-types.ts';
import { analyzerFor } from '../import/analyzer.ts';
import { ImportService } from '../import/service.ts';
import { collectFiles } from './collect.ts';
import { collectionLetter } from './letters.ts';
import { receiptRegister, setReceipt } from './register.ts';
import { bundleOf, exportTemplates } from './templates.ts';

/** Handlers of the methods in contract/collection.ts. */
export function buildCollectionHandlers(ctx: CoreContext): HandlersFor<keyof typeof collectionMethods> {
  const imports = new ImportService(ctx, analyzerFor(ctx));
  return {
    'collection.exportTemplates': async (input) => {
      const files = await exportTemplates(ctx, input);
      if (input.bundle && files.length > 1) return [bundleOf(files, input.year, input.period, ctx.now())];
      return files.map(({ bytes, ...f }) => ({ ...f, contentBase64: Buffer.from(bytes).toString('base64') }));
    },
    'collection.importFiles': (input) =>
      collectFiles(
        ctx,
        imports,
        input.files.map((f) => ({ fileName: f.fileName, bytes: Buffer.from(f.contentBase64, 'base64') })),
        { year: input.year, period: input.period, commit: input.commit },
      ),
    'collection.register': (input) => receiptRegister(ctx, input),
    'collection.setReceipt': (input) => setReceipt(ctx, input),
    'collection.letter': async (input) => {
      const { bytes: _bytes, ...file } = await collectionLetter(ctx, input);
      return file;
    },
  };
}
