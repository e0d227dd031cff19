import type { reportMethods } from '../../contract/reports.ts';
import type { CoreContext } from '../context.ts';
import type { HandlersFor } from '../handler-types.ts';

/** Handlers of the methods in contract/reports.ts. */
export function buildReportHandlers(ctx: CoreContext): HandlersFor<keyof typeof reportMethods> {
  void ctx;
  return {};
}
