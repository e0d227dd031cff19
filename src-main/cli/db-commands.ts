import type { AppInfo, BackupInfo, DbCheckReport, InputOf, MethodName, OutputOf, RestoreReport } from '../contract/index.ts';
import { AppError } from '../contract/index.ts';
import { recoverFromBackup, type App } from '../core/app.ts';
import { formatVnDateTime } from '../shared/vn-date-format.ts';
import { formatBytes, printError, type CliOutput } from './output.ts';
import { UsageError } from './args.ts';

export type ExitCode = 0 | 1 | 2;

function describeBackup(b: BackupInfo): string {
  return `${b.path} (${formatVnDateTime(b.createdAt)}, ${formatBytes(b.sizeBytes)})`;
}

function printInfo(io: CliOutput, info: AppInfo): void {
  io.out(`KTTT phiên bản ${info.version}`);
  io.out(`Cơ sở dữ liệu: ${info.dbPath}`);
  io.out(`Phiên bản cấu trúc: ${info.schemaVersion}`);
  io.out(`Thư mục sao lưu: ${info.backupsDir}`);
  io.out(`Sao lưu gần nhất: ${info.lastBackup ? describeBackup(info.lastBackup) : 'chưa có'}`);
  io.out('Số dòng:');
  for (const [table, n] of Object.entries(info.rowCounts)) io.out(`  ${table}: ${n}`);
}

function printCheck(io: CliOutput, report: DbCheckReport): void {
  if (report.ok) {
    io.out('Kiểm tra toàn vẹn: đạt (integrity_check và foreign_key_check không báo lỗi).');
    return;
  }
  io.out('Kiểm tra toàn vẹn: KHÔNG ĐẠT.');
  for (const line of report.integrityProblems) io.out(`  integrity_check: ${line}`);
  for (const p of report.foreignKeyProblems)
    io.out(`  khóa ngoại: bảng ${p.table}, dòng ${p.rowid ?? '?'} trỏ tới ${p.parent} không tồn tại`);
}

function printRestore(io: CliOutput, r: RestoreReport): void {
  io.out(`Đã khôi phục từ ${r.restoredFrom}.`);
  io.out(`Bản sao của dữ liệu trước khi khôi phục: ${r.safetyBackup.path}`);
}

/** Runs one `db …` command against an open app. Returns the exit code. */
export async function runDbCommand(
  app: App,
  words: string[],
  flags: { json: boolean; overwrite: boolean },
  io: CliOutput,
): Promise<ExitCode> {
  const [, sub, file] = words;
  const { json } = flags;
  /** Calls through the same contract as the other doors; `failed` lets a command fail on a good answer. */
  const call = async <M extends MethodName>(
    method: M,
    input: InputOf<M>,
    print: (value: OutputOf<M>) => void,
    failed: (value: OutputOf<M>) => boolean = () => false,
  ): Promise<ExitCode> => {
    const result = await app.call(method, input);
    if (!result.ok) {
      printError(io, json, result.error);
      return 2;
    }
    const value = result.value;
    if (json) io.out(JSON.stringify(value, null, 2));
    else print(value);
    return failed(value) ? 2 : 0;
  };
  switch (sub) {
    case 'info':
      return call('app.info', {}, (v) => printInfo(io, v));
    case 'check':
      return call(
        'db.check',
        {},
        (v) => printCheck(io, v),
        (v) => !v.ok,
      );
    case 'backup':
      if (!file) throw new UsageError('Thiếu tệp đích: kttt db backup TỆP');
      return call('db.backup', { path: file, overwrite: flags.overwrite }, (v) => io.out(`Đã sao lưu vào ${describeBackup(v)}.`));
    case 'restore':
      if (!file) throw new UsageError('Thiếu tệp sao lưu: kttt db restore TỆP');
      return call('db.restore', { path: file }, (v) => printRestore(io, v));
    default:
      throw new UsageError(sub ? `Không có lệnh "db ${sub}".` : 'Thiếu lệnh sau "db".');
  }
}

/** `db restore` when the current file cannot even be opened: swap without opening it. */
export function restoreWithoutOpening(dbPath: string, file: string, json: boolean, io: CliOutput): ExitCode {
  try {
    const { keptAside } = recoverFromBackup(dbPath, file);
    if (json) io.out(JSON.stringify({ restoredFrom: file, keptAside }, null, 2));
    else {
      io.out(`Đã khôi phục từ ${file}.`);
      if (keptAside) io.out(`Tệp hỏng được giữ lại tại ${keptAside.path}`);
    }
    return 0;
  } catch (err) {
    const e = err instanceof AppError ? err : new AppError('INTERNAL');
    printError(io, json, e.toApiError());
    return 2;
  }
}
