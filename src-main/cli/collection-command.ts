import fs from 'node:fs';
import path from 'node:path';
import {
  COLLECTION_PERIODS,
  TEMPLATE_SPLITS,
  type CollectedFile,
  type CollectionPeriod,
  type TemplateSplit,
} from '../contract/collection.ts';
import type { App } from '../core/app.ts';
import { formatNumber } from '../shared/index.ts';
import { UsageError, yearOption } from './args.ts';
import { reconciliation } from './import-command.ts';
import { printError, type CliOutput } from './output.ts';

const n = (x: number): string => formatNumber(x);
const SPREADSHEET = /\.(xlsx|xlsm|xls|ods)$/i;
/** Files sent to the core per call: a folder of a few hundred templates goes in a few calls. */
const FILES_PER_CALL = 25;

/** `--period H1|Y` (default Y: the whole year). */
function periodOption(options: Map<string, string>, fallback: CollectionPeriod | undefined): CollectionPeriod | undefined {
  const p = options.get('period');
  if (p === undefined) return fallback;
  if (!(COLLECTION_PERIODS as readonly string[]).includes(p))
    throw new UsageError(`--period phải là Y (cả năm) hoặc H1 (6 tháng đầu năm); "${p}" không hợp lệ.`);
  return p as CollectionPeriod;
}

/** `kttt template export --year N [--period H1|Y] --by commune|organization|province --out DIR`. */
export async function runTemplateExport(
  app: App,
  words: string[],
  options: Map<string, string>,
  json: boolean,
  io: CliOutput,
): Promise<0 | 2> {
  if (words[1] !== 'export') throw new UsageError('Lệnh mẫu báo cáo: kttt template export --year N --by commune --out THƯ_MỤC');
  const year = yearOption(options, true);
  const period = periodOption(options, 'Y') ?? 'Y';
  const by = options.get('by') ?? 'commune';
  if (!(TEMPLATE_SPLITS as readonly string[]).includes(by))
    throw new UsageError(`--by phải là commune, organization hoặc province; "${by}" không hợp lệ.`);
  const out = options.get('out');
  if (!out) throw new UsageError('Thiếu --out THƯ_MỤC để ghi các mẫu báo cáo.');
  const result = await app.call('collection.exportTemplates', { year, period, by: by as TemplateSplit });
  if (!result.ok) {
    printError(io, json, result.error);
    return 2;
  }
  fs.mkdirSync(out, { recursive: true });
  for (const f of result.value) fs.writeFileSync(path.join(out, f.fileName), Buffer.from(f.contentBase64, 'base64'));
  const orgs = result.value.reduce((s, f) => s + f.organizations, 0);
  if (json)
    io.out(JSON.stringify({ out, files: result.value.map((f) => ({ fileName: f.fileName, organizations: f.organizations })) }, null, 2));
  else io.out(`Đã ghi ${n(result.value.length)} mẫu báo cáo (${n(orgs)} tổ chức) vào ${out}.`);
  return 0;
}

function printCollected(io: CliOutput, f: CollectedFile): void {
  const what = f.kind === 'template' ? 'mẫu báo cáo' : f.kind === 'legacy' ? 'bảng tính thường (không ghi)' : 'không nhập';
  io.out(`\n${f.fileName}: ${what}`);
  if (f.message) io.out(`  ${f.message}`);
  for (const s of f.sheets)
    io.out(`  Trang "${s.name}": ${reconciliation(s)}${s.flaggedRows ? `; ${n(s.flaggedRows)} dòng cần xem lại` : ''}`);
  for (const w of f.warnings) if (w !== f.message) io.out(`  Lưu ý: ${w}`);
  if (f.kind === 'template') io.out(`  Báo cáo của ${n(f.reported)} tổ chức${f.batch ? ` đã ghi nhận (lần nhập số ${f.batch.id})` : ''}.`);
}

/** `kttt import THƯ_MỤC [--year N] [--period H1|Y] [--yes]`: every spreadsheet of a folder of filled templates. */
export async function runImportFolder(
  app: App,
  dir: string,
  options: Map<string, string>,
  flags: { json: boolean; commit: boolean },
  io: CliOutput,
): Promise<0 | 2> {
  const year = yearOption(options);
  const period = periodOption(options, undefined);
  const names = fs
    .readdirSync(dir)
    .filter((f) => SPREADSHEET.test(f) && !f.startsWith('~$'))
    .sort();
  if (names.length === 0) {
    io.err(`Thư mục ${dir} không có tệp bảng tính (.xlsx, .xls, .ods).`);
    return 2;
  }
  const collected: CollectedFile[] = [];
  for (let i = 0; i < names.length; i += FILES_PER_CALL) {
    const files = names
      .slice(i, i + FILES_PER_CALL)
      .map((f) => ({ fileName: f, contentBase64: fs.readFileSync(path.join(dir, f)).toString('base64') }));
    const r = await app.call('collection.importFiles', {
      files,
      ...(year === undefined ? {} : { year }),
      ...(period ? { period } : {}),
      commit: flags.commit,
    });
    if (!r.ok) {
      printError(io, flags.json, r.error);
      return 2;
    }
    collected.push(...r.value);
  }
  if (flags.json) {
    io.out(
      JSON.stringify(
        { committed: flags.commit, files: collected.map(({ sheets, ...f }) => ({ ...f, counts: sheets.map((s) => s.counts) })) },
        null,
        2,
      ),
    );
    return 0;
  }
  for (const f of collected) printCollected(io, f);
  const templates = collected.filter((f) => f.kind === 'template').length;
  const reported = collected.reduce((s, f) => s + f.reported, 0);
  io.out(`\n${n(names.length)} tệp: ${n(templates)} mẫu báo cáo đọc được theo khóa, báo cáo của ${n(reported)} tổ chức.`);
  if (!flags.commit) io.out('Chưa ghi gì vào cơ sở dữ liệu. Thêm --yes để nhập.');
  return 0;
}
