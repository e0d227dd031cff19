/** The annual summary report: its input type, its layout, and the report object every format renders from. */
import type { Settings } from '../../../contract/index.ts';
import type { ReportSettings } from '../frame.ts';
import type { RenderableReport } from '../render/index.ts';
import { buildAnnualReport } from './build.ts';
import type { AnnualReportInput } from './input.ts';
import { canonicalIndicators } from './json.ts';
import type { AnnualPartLayout } from './parts.ts';

export function annualReport(
  input: AnnualReportInput,
  settings: Settings,
  report: ReportSettings,
  parts: readonly AnnualPartLayout[] = [],
): RenderableReport {
  return { model: buildAnnualReport(input, settings, report, parts), json: canonicalIndicators(input.indicators.current) };
}

export { buildAnnualReport } from './build.ts';
export type * from './input.ts';
export { canonicalIndicators, renderIndicatorsJson } from './json.ts';
