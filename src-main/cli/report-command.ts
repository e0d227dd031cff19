import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../contract/index.ts';
import { REPORT_FORMATS, type ReportFormatDto } from '../contract/reports.ts';
import type { App } from '../core/app.ts';
import { annualReportOf, reportFile } from '../core/reports/service.ts';
import type { RenderableReport } from '../core/reports/render/index.ts';
import type { InspectionDocumentRequest } from '../contract/inspections.ts';
import { inspectionFileBaseName, savedInspectionReport } from '../core/inspections/documents/files.ts';
import { UsageError, yearOption } from './args.ts';
import { printError, type CliOutput } from './output.ts';

export type ReportBuilder = (app: App, options: Map<string, string>) => Promise<{ report: RenderableReport; baseName: string }>;


function dateOption(options: Map<string, string>, name: string, required: boolean): string | undefined {
  const v = options.get(name);
  if (v === undefined) {
    if (required) throw new UsageError(`Cần --${name} YYYY-MM-DD.`);
    return undefined;
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v))) throw new UsageError(`--${name} phải có dạng YYYY-MM-DD (nhận được "${v}").`);
  return v;
}

function idOption(options: Map<string, string>): number {
  const text = options.get('id');
  const id = Number(text);
  if (!text || !Number.isInteger(id) || id < 1) throw new UsageError(`Cần --id là số của biên bản kiểm tra${text ? `; "${text}" không hợp lệ` : ''}.`);
  return id;
}

function inspectionBuilder(request: (options: Map<string, string>) => InspectionDocumentRequest): ReportBuilder {
  return async (app, options) => {
    const r = request(options);
    return { report: await savedInspectionReport(app.ctx, r), baseName: inspectionFileBaseName(r) };
  };
}

/** Report kinds the CLI prints. */
export const REPORT_BUILDERS = new Map<string, ReportBuilder>([
  [
    'annual',
    async (app, options) => {
      const year = yearOption(options, true);
      return { report: await annualReportOf(app.ctx, year, dateOption(options, 'as-of', false)), baseName: `bao-cao-tong-ket-KTTT-${year}` };
    },
  ],
  ['inspection', inspectionBuilder((o) => ({ kind: 'period', from: dateOption(o, 'from', true) ?? '', to: dateOption(o, 'to', true) ?? '' }))],
  ['inspection-record', inspectionBuilder((o) => ({ kind: 'record', id: idOption(o) }))],
  ['monitoring', inspectionBuilder((o) => ({ kind: 'monitoring', asOf: dateOption(o, 'as-of', true) ?? '' }))],
]);

/** `kttt report <kind> … --format F --out FILE`: renders a report to a file. */
export async function runReport(app: App, words: string[], options: Map<string, string>, json: boolean, io: CliOutput): Promise<0 | 2> {
  const kind = words[1];
  const builder = kind ? REPORT_BUILDERS.get(kind) : undefined;
  if (!builder) throw new UsageError(`Loại báo cáo phải là một trong: ${[...REPORT_BUILDERS.keys()].join(', ')}.`);
  const format = options.get('format') as ReportFormatDto | undefined;
  if (!format || !REPORT_FORMATS.includes(format)) throw new UsageError(`Cần --format là một trong: ${REPORT_FORMATS.join(', ')}.`);
  const out = options.get('out');
  if (!out) throw new UsageError('Cần --out TỆP là nơi ghi báo cáo.');
  try {
    const { report, baseName } = await builder(app, options);
    const file = await reportFile(app.ctx, report, format, baseName);
    fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
    fs.writeFileSync(out, file.bytes);
    if (json) io.out(JSON.stringify({ ok: true, out: path.resolve(out), format, bytes: file.bytes.length }));
    else io.out(`Đã ghi báo cáo (${format.toUpperCase()}) vào ${path.resolve(out)}.`);
    return 0;
  } catch (err) {
    if (err instanceof UsageError) throw err;
    const e = err instanceof AppError ? err : new AppError('INTERNAL', `Không lập được báo cáo: ${err instanceof Error ? err.message : String(err)}`);
    printError(io, json, e.toApiError());
    return 2;
  }
}
