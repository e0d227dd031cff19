import fs from 'node:fs';
import path from 'node:path';
import type { ReportFile, Result } from '../contract/index.ts';
import { REPORT_FORMATS, type ReportFormatDto } from '../contract/reports.ts';
import type { InspectionDocumentRequest } from '../contract/inspections.ts';
import type { App } from '../core/app.ts';
import { UsageError, yearOption } from './args.ts';
import { printError, type CliOutput } from './output.ts';

/** How a kind of report is asked of the core: a contract method, as every door asks it. */
type ReportCall = (app: App, options: Map<string, string>, format: ReportFormatDto) => Promise<Result<ReportFile>>;

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

function inspectionCall(request: (options: Map<string, string>) => InspectionDocumentRequest): ReportCall {
  return (app, options, format) => app.call('inspections.documentFile', { document: request(options), format });
}

/** Report kinds the CLI prints. */
export const REPORT_CALLS = new Map<string, ReportCall>([
  [
    'annual',
    (app, options, format) => {
      const asOf = dateOption(options, 'as-of', false);
      return app.call('reports.annualFile', { year: yearOption(options, true), format, ...(asOf === undefined ? {} : { asOf }) });
    },
  ],
  ['inspection', inspectionCall((o) => ({ kind: 'period', from: dateOption(o, 'from', true) ?? '', to: dateOption(o, 'to', true) ?? '' }))],
  ['inspection-record', inspectionCall((o) => ({ kind: 'record', id: idOption(o) }))],
  ['monitoring', inspectionCall((o) => ({ kind: 'monitoring', asOf: dateOption(o, 'as-of', true) ?? '' }))],
]);

/** `kttt report <kind> … --format F --out FILE`: renders a report to a file. */
export async function runReport(app: App, words: string[], options: Map<string, string>, json: boolean, io: CliOutput): Promise<0 | 2> {
  const kind = words[1];
  const call = kind ? REPORT_CALLS.get(kind) : undefined;
  if (!call) throw new UsageError(`Loại báo cáo phải là một trong: ${[...REPORT_CALLS.keys()].join(', ')}.`);
  const format = options.get('format') as ReportFormatDto | undefined;
  if (!format || !REPORT_FORMATS.includes(format)) throw new UsageError(`Cần --format là một trong: ${REPORT_FORMATS.join(', ')}.`);
  const out = options.get('out');
  if (!out) throw new UsageError('Cần --out TỆP là nơi ghi báo cáo.');
  const result = await call(app, options, format);
  if (!result.ok) {
    printError(io, json, result.error);
    return 2;
  }
  const bytes = Buffer.from(result.value.contentBase64, 'base64');
  fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  fs.writeFileSync(out, bytes);
  if (json) io.out(JSON.stringify({ ok: true, out: path.resolve(out), format, bytes: bytes.length }));
  else io.out(`Đã ghi báo cáo (${format.toUpperCase()}) vào ${path.resolve(out)}.`);
  return 0;
}
