import type { inspectionMethods } from '../../contract/inspections.ts';
import type { CoreContext } from '../context.ts';
import type { HandlersFor } from '../handler-types.ts';

/** Handlers of the methods in contract/inspections.ts. */
export function buildInspectionHandlers(ctx: CoreContext): HandlersFor<keyof typeof inspectionMethods> {
  void ctx;
  return {};
}
