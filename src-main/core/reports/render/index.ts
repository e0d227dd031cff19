/**
 * One entry point for every output format. A report is its document model plus the data its JSON output
 * carries (for the annual report: the indicators of indicators.md); JSON is data, not a rendering of the
 * document, so it bypasses the model.
 */
import type { AnnexFormat } from '../../../contract/reports.ts';
import type { AnnexDocument, DocumentModel } from '../model.ts';
import { renderAnnexHtml, renderHtml } from './html.ts';
import { type FindChromiumOptions, type PdfPrinter, printPdfWithChromium } from './pdf.ts';
import type { TableBlock } from '../model.ts';
import type { XlsxOptions } from './xlsx.ts';

export const REPORT_FORMATS = ['html', 'pdf', 'docx', 'xlsx', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface RenderableReport {
  model: DocumentModel;
  /** Written as is (2-space JSON) by the 'json' format. */
  json: unknown;
  /** Appendices too long to print with the report (annex.ts), rendered apart by renderAnnex. */
  annex?: AnnexDocument;
}

export interface RenderOptions {
  /** Printer for 'pdf' (Electron's printToPDF in the app). Default: a local Chromium, launched and closed. */
  pdfPrinter?: PdfPrinter;
  /** Where to find Chromium when no printer is given (--chromium, KTTT_CHROMIUM, PATH). */
  chromium?: FindChromiumOptions;
  xlsx?: XlsxOptions;
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

export async function renderReport(report: RenderableReport, format: ReportFormat, options: RenderOptions = {}): Promise<Uint8Array> {
  switch (format) {
    case 'html':
      return utf8(renderHtml(report.model));
    case 'pdf': {
      const html = renderHtml(report.model);
      return options.pdfPrinter ? options.pdfPrinter.printPdf(html) : printPdfWithChromium(html, options.chromium);
    }
    case 'docx':
      return renderDocx(report.model);
    case 'xlsx':
      return renderXlsx(report.model, options.xlsx);
    case 'json':
      return utf8(`${JSON.stringify(report.json, null, 2)}\n`);
  }
}

export async function renderAnnex(annex: AnnexDocument, format: AnnexFormat, options: RenderOptions = {}): Promise<Uint8Array> {
  switch (format) {
    case 'html':
      return utf8(renderAnnexHtml(annex));
    case 'pdf': {
      const html = renderAnnexHtml(annex);
      return options.pdfPrinter ? options.pdfPrinter.printPdf(html) : printPdfWithChromium(html, options.chromium);
    }
    case 'xlsx':
      return renderAnnexXlsx(annex, options.xlsx);
  }
}

export { renderAnnexHtml, renderHtml } from './html.ts';
export {
  CHROMIUM_PRINT_FLAGS,
  ChromiumPdfPrinter,
  findChromium,
  launchingPrinter,
  printPdfWithChromium,
  type FindChromiumOptions,
  type PdfPrinter,
} from './pdf.ts';
export { guardText } from './guard-text.ts';
export type { XlsxOptions } from './xlsx.ts';

// The Word and Excel writers load their libraries (docx, ExcelJS) when a document is written, not when the
// program starts: an import from the command line, or the app's first window, does not wait for them.
const docxWriter = () => import('./docx.ts');
const xlsxWriter = () => import('./xlsx.ts');

export async function renderDocx(model: DocumentModel): Promise<Uint8Array> {
  return (await docxWriter()).renderDocx(model);
}

export async function renderXlsx(model: DocumentModel, options: XlsxOptions = {}): Promise<Uint8Array> {
  return (await xlsxWriter()).renderXlsx(model, options);
}

export async function renderAnnexXlsx(annex: AnnexDocument, options: XlsxOptions = {}): Promise<Uint8Array> {
  return (await xlsxWriter()).renderAnnexXlsx(annex, options);
}

/** A workbook of tables alone, one sheet each: a report's tables, or a list the clerk exports (Cần xem lại). */
export async function renderTablesXlsx(
  tables: readonly TableBlock[],
  meta: { author: string; title: string },
  options: XlsxOptions = {},
): Promise<Uint8Array> {
  return (await xlsxWriter()).renderTablesXlsx(tables, meta, options);
}
