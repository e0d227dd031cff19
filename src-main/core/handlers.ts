import type { CoreContext } from './context.ts';
import type { Handlers } from './handler-types.ts';
import { buildBcdHandlers } from './bcd/handlers.ts';
import { buildCollectionHandlers } from './collection/handlers.ts';
import { buildDatabaseHandlers } from './db/handlers.ts';
import { buildFundHandlers } from './fund/handlers.ts';
import { buildHomeHandlers } from './home/handlers.ts';
import { buildImportHandlers } from './import/handlers.ts';
import { buildInspectionHandlers } from './inspections/handlers.ts';
import { buildRegistryHandlers } from './registry/handlers.ts';
import { buildReportHandlers } from './reports/handlers.ts';
import { buildReviewHandlers } from './review/handlers.ts';
import { buildSettingsHandlers } from './settings/handlers.ts';

export type { Handlers };

/** One handler per contract method, each feature's own merged; the type makes a missing one a compile error. */
export function buildHandlers(ctx: CoreContext): Handlers {
  return {
    ...buildDatabaseHandlers(ctx),
    ...buildSettingsHandlers(ctx),
    ...buildRegistryHandlers(ctx),
    ...buildImportHandlers(ctx),
    ...buildReviewHandlers(ctx),
    ...buildReportHandlers(ctx),
    ...buildInspectionHandlers(ctx),
    ...buildHomeHandlers(ctx),
    ...buildBcdHandlers(ctx),
    ...buildFundHandlers(ctx),
    ...buildCollectionHandlers(ctx),
  };
}
