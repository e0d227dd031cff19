import fs from 'node:fs';
import path from 'node:path';
import { AppError, type ReportFile, type Result } from '../contract/index.ts';
import { isDatabaseOrCompanion } from '../core/db/backup.ts';
import { toAppError } from '../core/db/failures.ts';
import { ANNEX_FORMATS, REPORT_FORMATS, type AnnexFormat, type AnnexOf, type ReportFormatDto } from '../contract/reports.ts';
import { formatNumber } from '../shared/index.ts';
import type { InspectionDocumentRequest } from '../contract/inspections.ts';
import type { App } from '../core/app.ts';
import { UsageError, yearOption } from './args.ts';
import { printError, type CliOutput } from './output.ts';

/** How a kind of report is asked of the core: a contract method, as every door asks it. */
type FileCall = (app: App, options: Map<string, string>, format: ReportFormatDto) => Promise<Result<ReportFile>>;
type AnnexCall = (app: App, options: Map<string, string>, format: AnnexFormat) => Promise<Result<ReportFile>>;

interface ReportCall {
  file: FileCall;
  /** Its annex (appendices printed apart), for the kinds of report that can have one. */
  annex?: AnnexCall;
}

function dateOption(options: Map<string, string>, name: string, required: boolean): string | undefined {
  const v = options.get(name);
  if (v === undefined) {
    if (required) throw new UsageError(`Cần --${name} YYYY-MM-DD.`);
    return undefined;
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v)))
    throw new UsageError(`--${name} phải có dạng YYYY-MM-DD (nhận được "${v}").`);
  return v;
}

function idOption(options: Map<string, string>): number {
  const text = options.get('id');
  const id = Number(text);
  if (!text || !Number.isInteger(id) || id < 1)
    throw new UsageError(`Cần --id là số của biên bản kiểm tra${text ? `; "${text}" không hợp lệ` : ''}.`);
  return id;
}

function inspectionCall(request: (options: Map<string, string>) => InspectionDocumentRequest): ReportCall {
  return { file: (app, options, format) => app.call('inspections.documentFile', { document: request(options), format }) };
}

function annexCall(of: (options: Map<string, string>) => AnnexOf): AnnexCall {
  return (app, options, format) => app.call('reports.annexFile', { of: of(options), format });
}

function annualOf(options: Map<string, string>): { year: number; asOf?: string } {
  const asOf = dateOption(options, 'as-of', false);
  return { year: yearOption(options, true), ...(asOf === undefined ? {} : { asOf }) };
}

const periodOf = (o: Map<string, string>) => ({ from: dateOption(o, 'from', true) ?? '', to: dateOption(o, 'to', true) ?? '' });
const monitoringOf = (o: Map<string, string>) => ({ asOf: dateOption(o, 'as-of', true) ?? '' });

/** Report kinds the CLI prints. */
export const REPORT_CALLS = new Map<string, ReportCall>([
  [
    'annual',
    {
      file: (app, o, format) => app.call('reports.annualFile', { ...annualOf(o), format }),
      annex: annexCall((o) => ({ kind: 'annual', ...annualOf(o) })),
    },
  ],
  [
    'inspection',
    { ...inspectionCall((o) => ({ kind: 'period', ...periodOf(o) })), annex: annexCall((o) => ({ kind: 'period', ...periodOf(o) })) },
  ],
  ['inspection-record', inspectionCall((o) => ({ kind: 'record', id: idOption(o) }))],
  [
    'monitoring',
    {
      ...inspectionCall((o) => ({ kind: 'monitoring', ...monitoringOf(o) })),
      annex: annexCall((o) => ({ kind: 'monitoring', ...monitoringOf(o) })),
    },
  ],
  ['half-year', { file: (app, o, format) => app.call('bcd.halfYearFile', { year: yearOption(o, true), format }) }],
  ['bcd-tasks', { file: (app, o, format) => app.call('bcd.tasksReportFile', { year: yearOption(o, true), format }) }],
]);

interface Written {
  out: string;
  format: ReportFormatDto;
  bytes: number;
}

/**
 * Writes a report where the clerk asked: never over an existing file without --overwrite, never onto the
 * database or its companion files, and through a temporary file so a full disk leaves no half-written report.
 */
function writeFile(file: string, contentBase64: string, guard: OutputGuard): number {
  const target = path.resolve(file);
  if (isDatabaseOrCompanion(target, guard.dbPath)) {
    throw new AppError('INVALID_INPUT', `Không thể ghi báo cáo vào ${target}: đó là tệp cơ sở dữ liệu hoặc tệp đi kèm của nó.`);
  }
  if (!guard.overwrite && fs.existsSync(target)) {
    throw new AppError('FILE_EXISTS', `Tệp ${target} đã có sẵn. Hãy chọn tên khác, hoặc thêm --overwrite để ghi đè.`);
  }
  const bytes = Buffer.from(contentBase64, 'base64');
  const part = `${target}.part`;
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(part, bytes);
    fs.renameSync(part, target);
  } catch (err) {
    fs.rmSync(part, { force: true });
    throw toAppError(err, `ghi báo cáo vào ${target}`);
  }
  return bytes.length;
}

interface OutputGuard {
  dbPath: string;
  overwrite: boolean;
}

/**
 * The annex files of a report whose appendix is printed apart, written beside the report under the name the
 * report gives (so the line in the report points at a file that is there): always the XLSX, and the
 * format of --annex-format (pdf or html) when asked too.
 */
function annexFormats(options: Map<string, string>): AnnexFormat[] {
  const asked = options.get('annex-format') ?? 'xlsx';
  const format = ANNEX_FORMATS.find((f) => f === asked);
  if (!format) throw new UsageError(`--annex-format phải là một trong: ${ANNEX_FORMATS.join(', ')}.`);
  return format === 'xlsx' ? ['xlsx'] : ['xlsx', format];
}

async function writeAnnex(
  app: App,
  call: AnnexCall,
  options: Map<string, string>,
  dir: string,
  formats: readonly AnnexFormat[],
  guard: OutputGuard,
): Promise<Result<Written[]>> {
  const written: Written[] = [];
  for (const format of formats) {
    const result = await call(app, options, format);
    if (!result.ok) return result;
    const out = path.join(dir, result.value.fileName);
    written.push({ out, format, bytes: writeFile(out, result.value.contentBase64, guard) });
  }
  return { ok: true, value: written };
}

/**
 * `kttt report <kind> … --format F --out FILE [--annex-format xlsx|pdf|html]`: renders a report to a file;
 * a report whose appendix is too long to print with it also gets its annex written beside FILE.
 */
export async function runReport(
  app: App,
  words: string[],
  options: Map<string, string>,
  flags: { json: boolean; overwrite: boolean },
  io: CliOutput,
): Promise<0 | 2> {
  const { json } = flags;
  const guard: OutputGuard = { dbPath: app.ctx.dbPath, overwrite: flags.overwrite };
  const kind = words[1];
  const call = kind ? REPORT_CALLS.get(kind) : undefined;
  if (!call) throw new UsageError(`Loại báo cáo phải là một trong: ${[...REPORT_CALLS.keys()].join(', ')}.`);
  const format = options.get('format') as ReportFormatDto | undefined;
  if (!format || !REPORT_FORMATS.includes(format)) throw new UsageError(`Cần --format là một trong: ${REPORT_FORMATS.join(', ')}.`);
  const out = options.get('out');
  if (!out) throw new UsageError('Cần --out TỆP là nơi ghi báo cáo.');
  const formats = annexFormats(options);
  const result = await call.file(app, options, format);
  if (!result.ok) {
    printError(io, json, result.error);
    return 2;
  }
  const bytes = writeFile(out, result.value.contentBase64, guard);
  const annex =
    result.value.annex && call.annex
      ? await writeAnnex(app, call.annex, options, path.dirname(path.resolve(out)), formats, guard)
      : { ok: true as const, value: [] };
  if (!annex.ok) {
    printError(io, json, annex.error);
    return 2;
  }
  if (json) {
    io.out(JSON.stringify({ ok: true, out: path.resolve(out), format, bytes, ...(annex.value.length ? { annex: annex.value } : {}) }));
    return 0;
  }
  io.out(`Đã ghi báo cáo (${format.toUpperCase()}) vào ${path.resolve(out)}.`);
  const rows = result.value.annex?.rows ?? 0;
  for (const a of annex.value) io.out(`Phụ lục ${formatNumber(rows)} dòng in riêng: đã ghi (${a.format.toUpperCase()}) vào ${a.out}.`);
  return 0;
}
