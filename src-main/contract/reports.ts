import { z } from 'zod';
import { isoDate, method, text, year } from './define.ts';
import type { Indicators } from './indicators.ts';

export const REPORT_TYPES = ['annual', 'inspection', 'inspection-record', 'monitoring', 'fund', 'fund-notice'] as const;
export type ReportType = (typeof REPORT_TYPES)[number];
export const REPORT_FORMATS = ['html', 'pdf', 'docx', 'xlsx', 'json'] as const;
export type ReportFormatDto = (typeof REPORT_FORMATS)[number];

/** What a clerk sets per report type: number, date, recipients, and any override of the office settings. */
export const reportSettingsSchema = z
  .object({
    number: z.number().int().min(1).max(99999).nullable(),
    symbol: text(50),
    date: isoDate.nullable(),
    recipients: z.array(text(300)).max(30),
    archiveUnits: text(100),
    summary: text(500).optional(),
    parentBody: text(200).optional(),
    issuingBody: text(200).optional(),
    placeName: text(100).optional(),
    signerAuthority: text(100).optional(),
    signerTitle: text(100).optional(),
    signerName: text(100).optional(),
  })
  .strict();
export type ReportSettingsDto = z.infer<typeof reportSettingsSchema>;

/** An annex (phụ lục rời: appendices too long to print with their report) is a spreadsheet, or pages to print. */
export const ANNEX_FORMATS = ['xlsx', 'pdf', 'html'] as const;
export type AnnexFormat = (typeof ANNEX_FORMATS)[number];

export interface ReportFile {
  fileName: string;
  mime: string;
  contentBase64: string;
  /**
   * Set on a report whose appendix is printed apart: the annex file its text names, to be asked for with
   * reports.annexFile and saved beside the report.
   */
  annex?: { fileName: string; rows: number };
}

const annualInput = z.object({ year, asOf: isoDate.optional() }).strict();

/**
 * The reports whose appendix can outgrow print: the annual report (a row per organization), the period
 * report (a row per inspection) and the monitoring report (a row per case). Asked as for the report itself.
 */
export const annexOfInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('annual'), year, asOf: isoDate.optional() }).strict(),
  z.object({ kind: z.literal('period'), from: isoDate, to: isoDate }).strict(),
  z.object({ kind: z.literal('monitoring'), asOf: isoDate }).strict(),
]);
export type AnnexOf = z.infer<typeof annexOfInput>;

/** Methods of the reports (issue 5); merged into the contract in methods.ts. */
export const reportMethods = {
  'reports.settings': method<ReportSettingsDto>()(z.object({ type: z.enum(REPORT_TYPES) }).strict()),
  'reports.saveSettings': method<ReportSettingsDto>()(z.object({ type: z.enum(REPORT_TYPES), settings: reportSettingsSchema }).strict()),
  'reports.indicators': method<Indicators>()(annualInput),
  /** The printable HTML of the annual report, for the in-app print preview. */
  'reports.annualHtml': method<{ html: string }>()(annualInput),
  'reports.annualFile': method<ReportFile>()(z.object({ year, asOf: isoDate.optional(), format: z.enum(REPORT_FORMATS) }).strict()),
  /** The annex of a report whose file said it has one (ReportFile.annex), as XLSX, PDF or HTML. */
  'reports.annexFile': method<ReportFile>()(z.object({ of: annexOfInput, format: z.enum(ANNEX_FORMATS) }).strict()),
} as const;
