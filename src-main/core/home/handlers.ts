import type { homeMethods } from '../../contract/home.ts';
import type { CoreContext } from '../context.ts';
import type { HandlersFor } from '../handler-types.ts';
import { homeAlerts, homeOverview, homeTrend, markAnnualReportMade, workingYears } from './service.ts';

/** Handlers of the methods in contract/home.ts. */
export function buildHomeHandlers(ctx: CoreContext): HandlersFor<keyof typeof homeMethods> {
  return {
    'home.overview': () => homeOverview(ctx),
    'home.trend': (input) => homeTrend(ctx, input.year, input.span),
    'home.alerts': (input) => homeAlerts(ctx, input.asOf),
    'home.years': () => workingYears(ctx),
    'home.markAnnualReport': async (input) => {
      await markAnnualReportMade(ctx, input.year);
      return { marked: true as const };
    },
  };
}
