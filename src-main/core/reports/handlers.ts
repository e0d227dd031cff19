import type { reportMethods } from '../../contract/reports.ts';
import type { CoreContext } from '../context.ts';
import type { HandlersFor } from '../handler-types.ts';
import { markAnnualReportMade } from '../home/service.ts';
import { inspectionFileBaseName, savedInspectionReport } from '../inspections/documents/files.ts';
import {
  annualBaseName,
  annualHtml,
  annualJsonFile,
  annualReportOf,
  indicatorsOf,
  reportAnnexFile,
  reportFile,
  reportSettings,
  saveReportSettings,
} from './service.ts';

/** Handlers of the methods in contract/reports.ts. */
export function buildReportHandlers(ctx: CoreContext): HandlersFor<keyof typeof reportMethods> {
  return {
    'reports.settings': (input) => reportSettings(ctx, input.type),
    'reports.saveSettings': (input) => saveReportSettings(ctx, input.type, input.settings),
    'reports.indicators': (input) => indicatorsOf(ctx, input.year, input.asOf),
    'reports.annualHtml': async (input) => annualHtml(await annualReportOf(ctx, input.year, input.asOf)),
    'reports.annualFile': async (input) => {
      if (input.format === 'json') return annualJsonFile(ctx, input.year, input.asOf);
      const { bytes: _bytes, ...file } = await reportFile(
        ctx,
        () => annualReportOf(ctx, input.year, input.asOf),
        input.format,
        annualBaseName(input.year),
      );
      await markAnnualReportMade(ctx, input.year);
      return file;
    },
    'reports.annexFile': async ({ of, format }) => {
      const { report, baseName } =
        of.kind === 'annual'
          ? { report: await annualReportOf(ctx, of.year, of.asOf), baseName: annualBaseName(of.year) }
          : { report: await savedInspectionReport(ctx, of), baseName: inspectionFileBaseName(of) };
      const { bytes: _bytes, ...file } = await reportAnnexFile(ctx, report, format, baseName);
      return file;
    },
  };
}
