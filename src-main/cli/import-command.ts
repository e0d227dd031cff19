import fs from 'node:fs';
import path from 'node:path';
import type { PreviewSheet } from '../contract/index.ts';
import { AppError } from '../contract/index.ts';
import { ENTITY_FIELDS, ENTITY_LABEL } from '../contract/fields.ts';
import { ROW_FATE_LABEL, ROW_FATES } from '../contract/import-dto.ts';
import type { App } from '../core/app.ts';
import { analyzerFor } from '../core/import-jobs/analyzer.ts';
import { sha256 } from '../core/import-jobs/jobs.ts';
import { ImportService } from '../core/import-jobs/service.ts';
import type { StagedSheet } from '../core/import-jobs/staged.ts';
import { UsageError, yearOption } from './args.ts';
import { printError, type CliOutput } from './output.ts';

/** Below this, a sheet's entity or a used column's field is a guess; the CLI will not import on a guess. */
const CONFIDENT = 0.6;

function doubtful(sheet: StagedSheet): string | null {
  if (sheet.refusal) return sheet.refusal;
  if (!sheet.entity) return 'không nhận ra trang tính chứa loại dữ liệu nào';
  if (sheet.entityConfidence < CONFIDENT) return `không chắc trang tính là "${ENTITY_LABEL[sheet.entity]}" (độ tin cậy ${Math.round(sheet.entityConfidence * 100)}%)`;
  const weak = sheet.columns.filter((c) => c.field && c.confidence < CONFIDENT);
  return weak.length ? `không chắc cách hiểu cột: ${weak.map((c) => `"${c.header}"`).join(', ')}` : null;
}

function printSheet(io: CliOutput, s: PreviewSheet): void {
  io.out(`\nTrang "${s.name}": ${s.entity ? ENTITY_LABEL[s.entity] : 'không nhập'}${s.year ? `, năm ${s.year}` : ''}`);
  if (s.refusal) io.out(`  ${s.refusal}`);
  const labels = new Map((s.entity ? ENTITY_FIELDS[s.entity] : []).map((f) => [f.key, f.label]));
  for (const c of s.columns) io.out(`  cột ${c.index + 1} "${c.header}" → ${c.field ? `${labels.get(c.field) ?? c.field} (${Math.round(c.confidence * 100)}%)` : 'bỏ qua'}`);
  io.out(`  ${ROW_FATES.map((f) => `${ROW_FATE_LABEL[f]}: ${s.counts[f]}`).join('; ')}`);
  for (const r of s.rows.filter((x) => x.fate === 'error').slice(0, 10)) io.out(`  Lỗi dòng ${r.sourceRow}: ${r.reason ?? ''}`);
  for (const w of [...s.warnings, ...s.totalsMismatches]) io.out(`  Lưu ý: ${w}`);
}

/** `kttt import FILE [--year N] [--dry-run] [--yes] [--json]`: previews, and with --yes commits in one transaction. */
export async function runImport(app: App, words: string[], options: Map<string, string>, flags: { json: boolean; yes: boolean; dryRun: boolean }, io: CliOutput): Promise<0 | 2> {
  const file = words[1];
  if (!file) throw new UsageError('Thiếu tệp: kttt import TỆP');
  const year = yearOption(options);
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    printError(io, flags.json, new AppError('NOT_FOUND', `Không đọc được tệp ${file}.`).toApiError());
    return 2;
  }
  const service = new ImportService(app.ctx, analyzerFor(app.ctx));
  const fileHash = sha256(bytes);
  const sheets = await service.read(path.basename(file), bytes, year, {}, fileHash);
  // Sheets with no table at all (notes, blank sheets) are passed over; a table the CLI cannot map with
  // confidence stops the whole import, since there is no clerk to confirm the mapping.
  const tables = sheets.filter((s) => s.rows.length > 0 || s.entity !== null);
  const doubts = tables.map((s) => ({ s, why: doubtful(s) })).filter((d) => d.why !== null);
  if (tables.length === 0 || doubts.length > 0) {
    const reasons = tables.length === 0 ? 'không có bảng dữ liệu nào' : doubts.map((d) => `trang "${d.s.name}": ${d.why}`).join('; ');
    printError(io, flags.json, new AppError('INVALID_INPUT', `Không thể ánh xạ tệp ${path.basename(file)} một cách chắc chắn (${reasons}). Hãy nhập bằng giao diện "Nhập dữ liệu" để chọn cột${year === undefined ? ', hoặc chỉ rõ năm bằng --year' : ''}.`).toApiError());
    return 2;
  }
  if (flags.yes && !flags.dryRun) {
    const { batch, sheets: played } = await service.commitSheets(path.basename(file), fileHash, bytes.length, tables);
    if (flags.json) io.out(JSON.stringify({ committed: true, batch, sheets: played.map(({ rows, ...rest }) => ({ ...rest, errors: rows.filter((r) => r.fate === 'error').slice(0, 50) })) }, null, 2));
    else {
      for (const s of played) printSheet(io, s);
      io.out(`\nĐã nhập (lần nhập số ${batch.id}). Hoàn tác bằng giao diện "Nhập dữ liệu" → "Lịch sử nhập".`);
    }
    return 0;
  }
  const preview = await service.previewSheets(tables);
  if (flags.json) io.out(JSON.stringify({ committed: false, sheets: preview.map(({ rows, ...rest }) => ({ ...rest, errors: rows.filter((r) => r.fate === 'error').slice(0, 50) })) }, null, 2));
  else {
    for (const s of preview) printSheet(io, s);
    io.out('\nChưa ghi gì vào cơ sở dữ liệu. Thêm --yes để nhập.');
  }
  return 0;
}
