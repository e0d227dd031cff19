import type { reportMethods } from '../../contract/reports.ts';
import type { CoreContext } from '../context.ts';
import type { HandlersFor } from '../handler-types.ts';
import { annualBaseName, annualHtml, annualJsonFile, annualReportOf, indicatorsOf, reportAnnexFile, reportFile, reportSettings, saveReportSettings } from './service.ts';

/** Handlers of the methods in contract/reports.ts. */
export function buildReportHandlers(ctx: CoreContext): HandlersFor<keyof typeof reportMethods> {
  return {
    'reports.settings': (input) => reportSettings(ctx, input.type),
    'reports.saveSettings': (input) => saveReportSettings(ctx, input.type, input.settings),
    'reports.indicators': (input) => indicatorsOf(ctx, input.year, input.asOf),
    'reports.annualHtml': async (input) => annualHtml(await annualReportOf(ctx, input.year, input.asOf)),
    'reports.annualFile': async (input) => {
      if (input.format === 'json' && input.part !== 'annex') return annualJsonFile(ctx, input.year, input.asOf);
      const report = await annualReportOf(ctx, input.year, input.asOf);
      const make = input.part === 'annex' ? reportAnnexFile : reportFile;
      const { bytes: _bytes, ...file } = await make(ctx, report, input.format, annualBaseName(input.year));
      return file;
    },
  };
}
