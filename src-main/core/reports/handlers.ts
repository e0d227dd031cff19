import type { reportMethods } from '../../contract/reports.ts';
import type { CoreContext } from '../context.ts';
import type { HandlersFor } from '../handler-types.ts';
import { annualHtml, annualReportOf, indicatorsOf, reportFile, reportSettings, saveReportSettings } from './service.ts';

/** Handlers of the methods in contract/reports.ts. */
export function buildReportHandlers(ctx: CoreContext): HandlersFor<keyof typeof reportMethods> {
  return {
    'reports.settings': (input) => reportSettings(ctx, input.type),
    'reports.saveSettings': (input) => saveReportSettings(ctx, input.type, input.settings),
    'reports.indicators': (input) => indicatorsOf(ctx, input.year, input.asOf),
    'reports.annualHtml': async (input) => annualHtml(await annualReportOf(ctx, input.year, input.asOf)),
    'reports.annualFile': async (input) => {
      const { bytes: _bytes, ...file } = await reportFile(ctx, await annualReportOf(ctx, input.year, input.asOf), input.format, `bao-cao-tong-ket-KTTT-${input.year}`);
      return file;
    },
  };
}
