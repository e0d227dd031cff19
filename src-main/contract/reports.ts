import { z } from 'zod';
import { isoDate, method, text, year } from './define.ts';
import type { Indicators } from './indicators.ts';

export const REPORT_TYPES = ['annual', 'inspection', 'inspection-record', 'monitoring'] as const;
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

/** The report itself, or its annex: the appendices too long to print with it (phụ lục rời). */
export const REPORT_PARTS = ['main', 'annex'] as const;
export type ReportPart = (typeof REPORT_PARTS)[number];
/** An annex is a spreadsheet, or pages to print. */
export const ANNEX_FORMATS = ['xlsx', 'pdf', 'html'] as const;

export interface ReportFile {
  fileName: string;
  mime: string;
  contentBase64: string;
  /**
   * Set on a report whose appendix is printed apart: the annex file its text names, to be asked for with
   * part 'annex' and saved beside the report.
   */
  annex?: { fileName: string; rows: number };
}

const annualInput = z.object({ year, asOf: isoDate.optional() }).strict();

/** Methods of the reports (issue 5); merged into the contract in methods.ts. */
export const reportMethods = {
  'reports.settings': method<ReportSettingsDto>()(z.object({ type: z.enum(REPORT_TYPES) }).strict()),
  'reports.saveSettings': method<ReportSettingsDto>()(z.object({ type: z.enum(REPORT_TYPES), settings: reportSettingsSchema }).strict()),
  'reports.indicators': method<Indicators>()(annualInput),
  /** The printable HTML of the annual report, for the in-app print preview. */
  'reports.annualHtml': method<{ html: string }>()(annualInput),
  /** The report as a file; with part 'annex', its annex (as XLSX, PDF or HTML), when the report has one. */
  'reports.annualFile': method<ReportFile>()(z.object({ year, asOf: isoDate.optional(), format: z.enum(REPORT_FORMATS), part: z.enum(REPORT_PARTS).optional() }).strict()),
} as const;
