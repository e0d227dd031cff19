import fs from 'node:fs';
import path from 'node:path';
import type { PreviewSheet } from '../contract/index.ts';
import { AppError } from '../contract/index.ts';
import { ENTITY_LABEL } from '../contract/fields.ts';
import { ROW_FATE_LABEL } from '../contract/import-dto.ts';
import { MAX_IMPORT_BYTES } from '../contract/imports.ts';
import type { App } from '../core/app.ts';
import { formatNumber, formatVnDate } from '../shared/index.ts';
import { UsageError, yearOption } from './args.ts';
import { printError, type CliOutput } from './output.ts';
import { runImportFolder } from './collection-command.ts';

const n = (x: number): string => formatNumber(x);

/** "3, 5–9, 12": row numbers as ranges. */
function rowRanges(rows: readonly number[], limit = 12): string {
  const ranges: string[] = [];
  let i = 0;
  while (i < rows.length && ranges.length < limit) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === (rows[j] as number) + 1) j++;
    ranges.push(i === j ? String(rows[i]) : `${String(rows[i])}–${String(rows[j])}`);
    i = j + 1;
  }
  return i < rows.length ? `${ranges.join(', ')}…` : ranges.join(', ');
}

/** The reconciliation of a sheet: every row is imported, merged, or not a record. */
export function reconciliation(s: PreviewSheet): string {
  const c = s.counts;
  const imported = c.new + c.update + c.unchanged;
  return `${n(s.sourceRows)} dòng = ${n(imported)} nhập (thêm mới ${n(c.new)}, cập nhật ${n(c.update)}, không đổi ${n(c.unchanged)}) + ${n(c.merged)} gộp vào dòng trùng + ${n(c.excluded)} không phải bản ghi`;
}

function printExcluded(io: CliOutput, s: PreviewSheet): void {
  const byReason = new Map<string, number[]>();
  for (const r of s.rows) {
    if (r.fate !== 'excluded') continue;
    const list = byReason.get(r.reason ?? '') ?? [];
    list.push(r.sourceRow);
    byReason.set(r.reason ?? '', list);
  }
  for (const [reason, rows] of byReason) io.out(`    ${reason}: dòng ${rowRanges(rows)}`);
}

function printFlags(io: CliOutput, s: PreviewSheet): void {
  if (s.flaggedRows === 0) return;
  const groups = new Map<string, number>();
  for (const r of s.rows) for (const f of r.flags) groups.set(`${f.label}: “${f.raw}”`, (groups.get(`${f.label}: “${f.raw}”`) ?? 0) + 1);
  io.out(`  Cần xem lại: ${n(s.flaggedRows)} dòng có ô chưa đọc được hoặc đọc chưa trọn (ô đó để trống, chữ gốc được giữ):`);
  for (const [what, count] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, 15)) io.out(`    ${what} — ${n(count)} dòng`);
  if (groups.size > 15) io.out(`    … và ${n(groups.size - 15)} nhóm khác.`);
}

function printSheet(io: CliOutput, s: PreviewSheet): void {
  const date = s.listDate ? `, danh sách tính đến ${formatVnDate(s.listDate)}` : '';
  io.out(`\nTrang "${s.name}": ${s.entity ? ENTITY_LABEL[s.entity] : 'không nhập'}${s.year ? `, số liệu năm ${s.year}` : ''}${date}`);
  if (s.refusal) io.out(`  ${s.refusal}`);
  for (const c of s.columns) {
    const sure = c.confidence === null ? '' : ` (${Math.round(c.confidence * 100)}%)`;
    io.out(`  Cột ${c.index + 1} "${c.header}" → ${c.label}${sure}`);
  }
  io.out(`  ${reconciliation(s)}`);
  if (s.counts.excluded > 0) {
    io.out('  Không phải bản ghi:');
    printExcluded(io, s);
  }
  printFlags(io, s);
  for (const w of [...s.warnings, ...s.totalsMismatches]) io.out(`  Lưu ý: ${w}`);
}

/** A row's fate and flags, for --json. */
function rowJson(r: PreviewSheet['rows'][number]) {
  return { sourceRow: r.sourceRow, fate: r.fate, fateLabel: ROW_FATE_LABEL[r.fate], reason: r.reason, flags: r.flags };
}

/** A sheet for --json, its rows left to printImportJson. */
function sheetHead(s: PreviewSheet) {
  return {
    name: s.name,
    entity: s.entity,
    year: s.year,
    listDate: s.listDate,
    importable: s.importable,
    refusal: s.refusal,
    sourceRows: s.sourceRows,
    counts: s.counts,
    columns: s.columns,
    keptColumns: s.keptColumns,
    warnings: [...s.warnings, ...s.totalsMismatches],
  };
}

const ROWS_PER_WRITE = 2_000;

/**
 * The import's JSON, every row's fate and flags included, one row per line and written a part at a time: a list
 * of a hundred thousand rows is never one string of tens of megabytes.
 */
function printImportJson(
  io: CliOutput,
  head: Record<string, unknown>,
  sheets: readonly PreviewSheet[],
  tail: Record<string, unknown>,
): void {
  // A placeholder no sheet can hold (JSON writes the NUL character as six characters), replaced by the rows as written.
  const marker = (i: number) => `"\\u0000rows${i}"`;
  const placeholders = sheets.map((s, i) => ({ ...sheetHead(s), rows: `\u0000rows${i}` }));
  const skeleton = JSON.stringify({ ...head, sheets: placeholders, ...tail }, null, 2);
  let rest = skeleton;
  sheets.forEach((s, i) => {
    const at = rest.indexOf(marker(i));
    io.out(`${rest.slice(0, at)}[`);
    for (let from = 0; from < s.rows.length; from += ROWS_PER_WRITE) {
      const part = s.rows.slice(from, from + ROWS_PER_WRITE).map((r) => `        ${JSON.stringify(rowJson(r))}`);
      io.out(part.join(',\n') + (from + ROWS_PER_WRITE < s.rows.length ? ',' : ''));
    }
    rest = `      ]${rest.slice(at + marker(i).length)}`;
  });
  io.out(rest);
}

/** `kttt import FILE [--year N] [--dry-run] [--yes] [--json]`: previews, and with --yes commits in one transaction. */
export async function runImport(
  app: App,
  words: string[],
  options: Map<string, string>,
  flags: { json: boolean; yes: boolean; dryRun: boolean },
  io: CliOutput,
): Promise<0 | 2> {
  const file = words[1];
  if (!file) throw new UsageError('Thiếu tệp: kttt import TỆP');
  const year = yearOption(options);
  if (fs.statSync(file, { throwIfNoEntry: false })?.isDirectory())
    return runImportFolder(app, file, options, { json: flags.json, commit: flags.yes && !flags.dryRun }, io);
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch {
    printError(io, flags.json, new AppError('NOT_FOUND', `Không đọc được tệp ${file}.`).toApiError());
    return 2;
  }
  if (size > MAX_IMPORT_BYTES) {
    printError(
      io,
      flags.json,
      new AppError('INVALID_INPUT', `Tệp ${path.basename(file)} lớn quá ${formatNumber(MAX_IMPORT_BYTES / 1024 / 1024)} MB.`).toApiError(),
    );
    return 2;
  }
  const commit = flags.yes && !flags.dryRun;
  // Through the contract, as every door: the same checks, the same answer.
  const result = await app.call('imports.run', {
    fileName: path.basename(file),
    contentBase64: fs.readFileSync(file).toString('base64'),
    ...(year === undefined ? {} : { year }),
    commit,
    allRows: flags.json,
  });
  if (!result.ok) {
    printError(io, flags.json, result.error);
    return 2;
  }
  const { batch, sheets, sheetsWithoutTable } = result.value;
  if (flags.json) {
    printImportJson(io, { committed: result.value.committed, ...(batch ? { batch } : {}) }, sheets, { sheetsWithoutTable });
    return 0;
  }
  for (const s of sheets) printSheet(io, s);
  if (sheetsWithoutTable.length) io.out(`\nTrang không có bảng, không nhập: ${sheetsWithoutTable.join(', ')}.`);
  if (batch) {
    const review = batch.reviewOpen ? ` Còn ${n(batch.reviewOpen)} ô cần xem lại ở mục "Cần xem lại".` : '';
    io.out(`\nĐã nhập (lần nhập số ${batch.id}).${review} Hoàn tác bằng giao diện "Nhập dữ liệu" → "Lịch sử nhập".`);
  } else io.out('\nChưa ghi gì vào cơ sở dữ liệu. Thêm --yes để nhập.');
  return 0;
}
