import type { importMethods } from '../../contract/imports.ts';
import type { CoreContext } from '../context.ts';
import type { HandlersFor } from '../handler-types.ts';

/** Handlers of the methods in contract/imports.ts. */
export function buildImportHandlers(ctx: CoreContext): HandlersFor<keyof typeof importMethods> {
  void ctx;
  return {};
}
