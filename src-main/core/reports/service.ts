import { localIsoDate } from '../../shared/calendar.ts';
import type { Indicators, ReportFile, ReportFormatDto, ReportSettingsDto, ReportType } from '../../contract/index.ts';
import { reportSettingsSchema, type AnnexFormat } from '../../contract/reports.ts';
import { AppError } from '../../contract/index.ts';
import type { CoreContext } from '../context.ts';
import { annualReport, canonicalIndicators } from './annual/index.ts';
import { separateAnnexes } from './annex.ts';
import { launchingPrinter, renderAnnex, renderHtml, renderReport, type RenderableReport, type RenderOptions } from './render/index.ts';
import { recordAudit } from '../audit/repository.ts';
import { indicatorsOnly } from './data/indicators.ts';
import { getSettings } from '../settings/service.ts';
import { readSetting, writeSetting } from '../settings/repository.ts';
import { annualReportInput } from './data/annual-input.ts';
import { writeTransaction } from '../db/transaction.ts';
import { loadAnnualParts } from './annual/parts.ts';
import { withFundSection } from '../fund/annual.ts';

const DEFAULTS: Record<ReportType, ReportSettingsDto> = {
  annual: {
    number: null,
    symbol: 'BC-BCĐ',
    date: null,
    recipients: [
      'Ban Chỉ đạo Trung ương về phát triển KTTT (b/c)',
      'Thường trực Tỉnh ủy (b/c)',
      'Thường trực HĐND tỉnh (b/c)',
      'Chủ tịch, các PCT UBND tỉnh (b/c)',
      'Liên minh HTX Việt Nam (b/c)',
      'Các thành viên Ban Chỉ đạo',
    ],
    archiveUnits: 'VP',
  },
  inspection: {
    number: null,
    symbol: 'BC-LMHTX',
    date: null,
    recipients: ['UBND tỉnh (b/c)', 'Liên minh HTX Việt Nam (b/c)'],
    archiveUnits: 'VP',
  },
  'inspection-record': {
    number: null,
    symbol: 'BB-KT',
    date: null,
    recipients: ['Tổ chức được kiểm tra', 'Đoàn kiểm tra'],
    archiveUnits: '',
  },
  monitoring: {
    number: null,
    symbol: 'BC-LMHTX',
    date: null,
    recipients: ['UBND tỉnh (b/c)', 'Ban Chỉ đạo phát triển KTTT tỉnh (b/c)'],
    archiveUnits: 'VP',
  },
  fund: {
    number: null,
    symbol: 'BC-QHTPT',
    date: null,
    recipients: ['UBND tỉnh (b/c)', 'Sở Tài chính (b/c)', 'Liên minh HTX Việt Nam (b/c)'],
    archiveUnits: 'Quỹ',
  },
  'fund-notice': {
    number: null,
    symbol: 'TB-QHTPT',
    date: null,
    recipients: ['Người vay'],
    archiveUnits: 'hồ sơ vay',
  },
};

/** Report settings saved per report type (number, date, recipients, signer overrides); defaults until saved. */
export async function reportSettings(ctx: CoreContext, type: ReportType): Promise<ReportSettingsDto> {
  const stored = reportSettingsSchema.safeParse(await readSetting(ctx.db, `report.${type}`));
  return stored.success ? stored.data : DEFAULTS[type];
}

/**
 * The settings a document is printed with: undated reports carry today's date (the day they are printed),
 * while a biên bản keeps its own fallback, the inspection day.
 */
export async function printSettings(ctx: CoreContext, type: ReportType): Promise<ReportSettingsDto> {
  const saved = await reportSettings(ctx, type);
  return type === 'inspection-record' || saved.date !== null ? saved : { ...saved, date: localIsoDate(ctx.now()) };
}

export async function saveReportSettings(ctx: CoreContext, type: ReportType, settings: ReportSettingsDto): Promise<ReportSettingsDto> {
  const before = await reportSettings(ctx, type);
  const at = ctx.now().toISOString();
  await writeTransaction(ctx, async ({ db: trx }) => {
    await writeSetting(trx, `report.${type}`, settings, at);
    await recordAudit(trx, ctx.who, at, [
      { action: 'update', entity: 'settings', entityId: `report.${type}`, field: null, oldValue: before, newValue: settings },
    ]);
  });
  ctx.events.emit('data.changed', { area: 'settings' });
  return settings;
}

function checkYear(ctx: CoreContext, year: number, asOf: string | undefined): void {
  if (year > ctx.now().getFullYear()) throw new AppError('INVALID_INPUT', `Năm ${year} chưa đến: không thể lập báo cáo.`);
  if (asOf && asOf.slice(0, 4) < String(year)) throw new AppError('INVALID_INPUT', 'Ngày chốt số liệu phải thuộc năm báo cáo hoặc sau đó.');
}

/** File name of the annual report without extension; its annex adds "-phu-luc". */
export function annualBaseName(year: number): string {
  return `bao-cao-tong-ket-KTTT-${year}`;
}

/** A report's annex is named after it: "bao-cao-tong-ket-KTTT-2024" gives "bao-cao-tong-ket-KTTT-2024-phu-luc". */
export const annexBaseName = (baseName: string): string => `${baseName}-phu-luc`;

/** The annual report; an appendix too long to print with it is moved to its annex (annex.ts), named after `year`. */
export async function annualReportOf(ctx: CoreContext, year: number, asOf?: string): Promise<RenderableReport> {
  checkYear(ctx, year, asOf);
  const input = await annualReportInput(ctx, year, asOf);
  const parts = await loadAnnualParts(ctx, input);
  const built = annualReport(input, await getSettings(ctx), await printSettings(ctx, 'annual'), parts);
  const report = { ...built, model: await withFundSection(ctx, built.model, year, input.asOf) };
  const { model, annex } = separateAnnexes(report.model, `${annexBaseName(annualBaseName(year))}.xlsx`);
  return annex ? { ...report, model, annex } : report;
}

export async function indicatorsOf(ctx: CoreContext, year: number, asOf?: string): Promise<Indicators> {
  checkYear(ctx, year, asOf);
  return indicatorsOnly(ctx.db, year, asOf);
}

const MIME: Record<ReportFormatDto, string> = {
  html: 'text/html',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json',
};

function renderOptions(ctx: CoreContext): RenderOptions {
  return {
    ...(ctx.pdfPrinter ? { pdfPrinter: ctx.pdfPrinter } : {}),
    ...(ctx.chromiumPath ? { chromium: { explicit: ctx.chromiumPath } } : {}),
  };
}

/** Runs a renderer; a failure that is not already the clerk's message says which file could not be made. */
async function rendered(format: ReportFormatDto, render: () => Promise<Uint8Array>): Promise<Uint8Array> {
  try {
    return await render();
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('INTERNAL', `Không tạo được tệp ${format.toUpperCase()}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/**
 * Renders a report in a format; PDF goes through Electron's printer in the app, a local Chromium elsewhere.
 * A report with an annex says so (`annex`), except as JSON, which carries the indicators only. Given as a
 * function, the report is made while the local Chromium starts (about half a second saved on a PDF).
 */
export async function reportFile(
  ctx: CoreContext,
  report: RenderableReport | (() => Promise<RenderableReport>),
  format: ReportFormatDto,
  baseName: string,
): Promise<ReportFile & { bytes: Uint8Array }> {
  const options = renderOptions(ctx);
  const early = typeof report === 'function' && format === 'pdf' && !options.pdfPrinter ? launchingPrinter(options.chromium) : undefined;
  let made: RenderableReport;
  try {
    made = typeof report === 'function' ? await report() : report;
  } catch (err) {
    // The refusal is answered at once; the Chromium started for nothing is closed when it is up.
    void early?.close();
    throw err;
  }
  try {
    const bytes = await rendered(format, () => renderReport(made, format, early ? { ...options, pdfPrinter: early } : options));
    const annex = made.annex && format !== 'json' ? annexSummary(made) : undefined;
    return {
      fileName: `${baseName}.${format}`,
      mime: MIME[format],
      contentBase64: Buffer.from(bytes).toString('base64'),
      bytes,
      ...(annex ? { annex } : {}),
    };
  } finally {
    await early?.close();
  }
}

function annexSummary(report: RenderableReport): { fileName: string; rows: number } | undefined {
  const notes = report.model.appendices.flatMap((a) => (a.annex ? [a.annex] : []));
  const first = notes[0];
  return first ? { fileName: first.fileName, rows: notes.reduce((s, n) => s + n.rows, 0) } : undefined;
}

/** The annex of a report (its appendices too long to print with it) as XLSX, PDF or HTML. */
export async function reportAnnexFile(
  ctx: CoreContext,
  report: RenderableReport,
  format: AnnexFormat,
  baseName: string,
): Promise<ReportFile & { bytes: Uint8Array }> {
  const annex = report.annex;
  if (!annex) throw new AppError('NOT_FOUND', 'Báo cáo này không có phụ lục lập thành tệp riêng: phụ lục (nếu có) được in cùng báo cáo.');
  const bytes = await rendered(format, () => renderAnnex(annex, format, renderOptions(ctx)));
  return {
    fileName: `${annexBaseName(baseName)}.${format}`,
    mime: MIME[format],
    contentBase64: Buffer.from(bytes).toString('base64'),
    bytes,
  };
}

/** A report's JSON file from its data alone, the same bytes renderReport writes from the whole report. */
export function jsonFile(baseName: string, data: unknown): ReportFile {
  const bytes = Buffer.from(`${JSON.stringify(data, null, 2)}\n`, 'utf8');
  return { fileName: `${baseName}.json`, mime: MIME.json, contentBase64: bytes.toString('base64') };
}

/**
 * The annual report as JSON: its indicators (indicators.md) alone, computed without reading the tables, the
 * series and the appendix the JSON does not carry.
 */
export async function annualJsonFile(ctx: CoreContext, year: number, asOf?: string): Promise<ReportFile> {
  checkYear(ctx, year, asOf);
  return jsonFile(annualBaseName(year), canonicalIndicators(await indicatorsOnly(ctx.db, year, asOf)));
}

export function annualHtml(report: RenderableReport): { html: string } {
  return { html: renderHtml(report.model) };
}
