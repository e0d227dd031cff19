import type { Indicators, ReportFile, ReportFormatDto, ReportSettingsDto, ReportType } from '../../contract/index.ts';
import { reportSettingsSchema } from '../../contract/reports.ts';
import { AppError } from '../../contract/index.ts';
import type { CoreContext } from '../context.ts';
import { annualReport } from './annual/index.ts';
import { renderHtml, renderReport, type RenderableReport } from './render/index.ts';
import { recordAudit } from '../audit/repository.ts';
import { computeIndicators } from './data/indicators.ts';
import { getSettings } from '../settings/service.ts';
import { readSetting, writeSetting } from '../settings/repository.ts';
import { annualReportInput } from './data/annual-input.ts';
import { writeTransaction } from '../db/transaction.ts';

const DEFAULTS: Record<ReportType, ReportSettingsDto> = {
  annual: {
    number: null,
    symbol: 'BC-BCĐ',
    date: null,
    recipients: ['Ban Chỉ đạo Trung ương về phát triển KTTT (b/c)', 'Thường trực Tỉnh ủy (b/c)', 'Thường trực HĐND tỉnh (b/c)', 'Chủ tịch, các PCT UBND tỉnh (b/c)', 'Liên minh HTX Việt Nam (b/c)', 'Các thành viên Ban Chỉ đạo'],
    archiveUnits: 'VP',
  },
  inspection: { number: null, symbol: 'BC-LMHTX', date: null, recipients: ['UBND tỉnh (b/c)', 'Liên minh HTX Việt Nam (b/c)'], archiveUnits: 'VP' },
  'inspection-record': { number: null, symbol: 'BB-KT', date: null, recipients: ['Tổ chức được kiểm tra', 'Đoàn kiểm tra'], archiveUnits: '' },
  monitoring: { number: null, symbol: 'BC-LMHTX', date: null, recipients: ['UBND tỉnh (b/c)', 'Ban Chỉ đạo phát triển KTTT tỉnh (b/c)'], archiveUnits: 'VP' },
};

/** Report settings saved per report type (number, date, recipients, signer overrides); defaults until saved. */
export async function reportSettings(ctx: CoreContext, type: ReportType): Promise<ReportSettingsDto> {
  const stored = reportSettingsSchema.safeParse(await readSetting(ctx.db, `report.${type}`));
  return stored.success ? stored.data : DEFAULTS[type];
}

export async function saveReportSettings(ctx: CoreContext, type: ReportType, settings: ReportSettingsDto): Promise<ReportSettingsDto> {
  const before = await reportSettings(ctx, type);
  const at = ctx.now().toISOString();
  await writeTransaction(ctx, async ({ db: trx }) => {
    await writeSetting(trx, `report.${type}`, settings, at);
    await recordAudit(trx, ctx.who, at, [{ action: 'update', entity: 'settings', entityId: `report.${type}`, field: null, oldValue: before, newValue: settings }]);
  });
  ctx.events.emit('data.changed', { area: 'settings' });
  return settings;
}

function checkYear(ctx: CoreContext, year: number, asOf: string | undefined): void {
  if (year > ctx.now().getFullYear()) throw new AppError('INVALID_INPUT', `Năm ${year} chưa đến: không thể lập báo cáo.`);
  if (asOf && asOf.slice(0, 4) < String(year)) throw new AppError('INVALID_INPUT', 'Ngày chốt số liệu phải thuộc năm báo cáo hoặc sau đó.');
}

export async function annualReportOf(ctx: CoreContext, year: number, asOf?: string): Promise<RenderableReport> {
  checkYear(ctx, year, asOf);
  const input = await annualReportInput(ctx, year, asOf);
  return annualReport(input, await getSettings(ctx), await reportSettings(ctx, 'annual'));
}

export async function indicatorsOf(ctx: CoreContext, year: number, asOf?: string): Promise<Indicators> {
  checkYear(ctx, year, asOf);
  return (await computeIndicators(ctx.db, year, asOf)).indicators;
}

const MIME: Record<ReportFormatDto, string> = {
  html: 'text/html',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json',
};

/** Renders a report in a format; PDF goes through Electron's printer in the app, a local Chromium elsewhere. */
export async function reportFile(ctx: CoreContext, report: RenderableReport, format: ReportFormatDto, baseName: string): Promise<ReportFile & { bytes: Uint8Array }> {
  let bytes: Uint8Array;
  try {
    bytes = await renderReport(report, format, {
      ...(ctx.pdfPrinter ? { pdfPrinter: ctx.pdfPrinter } : {}),
      ...(ctx.chromiumPath ? { chromium: { explicit: ctx.chromiumPath } } : {}),
    });
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('INTERNAL', `Không tạo được tệp ${format.toUpperCase()}: ${err instanceof Error ? err.message : String(err)}`);
  }
  return { fileName: `${baseName}.${format}`, mime: MIME[format], contentBase64: Buffer.from(bytes).toString('base64'), bytes };
}

export function annualHtml(report: RenderableReport): { html: string } {
  return { html: renderHtml(report.model) };
}
