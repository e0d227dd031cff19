import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { BackupInfo, BackupKind, DbCheckReport } from '../../contract/index.ts';
import { AppError } from '../../contract/index.ts';
import { toAppError } from './failures.ts';
import { openSqlite, type Connection } from './open.ts';
import { LATEST_SCHEMA_VERSION } from './migrations/index.ts';

export const AUTO_BACKUPS_KEPT = 30;
const BACKUP_NAME = /^kttt-(\d{8})-(\d{6})-(manual|auto|pre-migration|pre-restore)(?:-\d+)?\.sqlite$/;

export function backupsDirOf(dbPath: string): string {
  return path.join(path.dirname(dbPath), 'backups');
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Local date as YYYYMMDD: "the first start of each day" is the clerk's day, not UTC's. */
export function localDayStamp(d: Date): string {
  return `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}`;
}

function backupFileName(kind: BackupKind, at: Date): string {
  return `kttt-${localDayStamp(at)}-${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}-${kind}.sqlite`;
}

/** A name in the backups folder that does not exist yet (two backups in one second get -2, -3 …). */
function freshPath(dir: string, kind: BackupKind, at: Date): string {
  const base = backupFileName(kind, at);
  let candidate = path.join(dir, base);
  for (let i = 2; fs.existsSync(candidate); i++) candidate = path.join(dir, base.replace('.sqlite', `-${i}.sqlite`));
  return candidate;
}

function infoOf(file: string, kind: BackupKind, createdAt: string): BackupInfo {
  return { path: file, fileName: path.basename(file), createdAt, sizeBytes: fs.statSync(file).size, kind };
}

/** Checks a database file without changing it: integrity, then KTTT's schema version. Messages name `shownAs`. */
export function inspectBackupFile(file: string, shownAs = file): { schemaVersion: number } {
  const name = path.basename(shownAs);
  if (!fs.existsSync(file)) throw new AppError('NOT_FOUND', `Không tìm thấy tệp sao lưu ${shownAs}.`);
  let sqlite;
  try {
    sqlite = openSqlite(file, { readonly: true, shownName: shownAs });
  } catch (err) {
    // Another program's SQLite file: the words of the refusal, with the code of a backup that cannot be used.
    if (err instanceof AppError && err.code === 'DB_NOT_DATABASE') throw new AppError('BACKUP_INVALID', err.message);
    if (err instanceof AppError) throw err;
    const cause = toAppError(err, `đọc ${name}`);
    if (cause.code === 'DB_IN_USE' || cause.code === 'DB_NOT_WRITABLE' || cause.code === 'NOT_FOUND') throw cause;
    throw new AppError(
      'BACKUP_INVALID',
      `Tệp ${name} không phải là cơ sở dữ liệu KTTT hợp lệ (tệp hỏng hoặc không phải tệp SQLite).`,
      cause.details,
    );
  }
  try {
    const problems = sqlite.pragma('integrity_check') as { integrity_check: string }[];
    if (problems.length !== 1 || problems[0]?.integrity_check !== 'ok') {
      throw new AppError('BACKUP_INVALID', `Bản sao lưu ${name} bị hỏng (kiểm tra toàn vẹn không đạt).`, problems);
    }
    const version = Number(sqlite.pragma('user_version', { simple: true }));
    const hasSettings = sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = 'settings'").get();
    if (version < 1 || !hasSettings) {
      throw new AppError('BACKUP_INVALID', `Tệp ${name} là cơ sở dữ liệu SQLite nhưng không phải của KTTT.`);
    }
    if (version > LATEST_SCHEMA_VERSION) {
      throw new AppError(
        'DB_NEWER_SCHEMA',
        `Bản sao lưu ${name} có phiên bản cấu trúc ${version}, mới hơn phiên bản ${LATEST_SCHEMA_VERSION} của ứng dụng này. ` +
          'Hãy cập nhật KTTT lên phiên bản mới nhất rồi khôi phục.',
      );
    }
    return { schemaVersion: version };
  } catch (err) {
    const e = toAppError(err, `kiểm tra bản sao lưu ${name}`);
    if (e.code === 'DB_CORRUPT' || e.code === 'DB_NOT_DATABASE') {
      throw new AppError('BACKUP_INVALID', `Bản sao lưu ${name} bị hỏng, không thể dùng để khôi phục.`, e.details);
    }
    throw e;
  } finally {
    sqlite.close();
  }
}

const COMPANIONS = ['', '-wal', '-shm', '-journal'];

/** Whether `file` is the database itself or one of the files SQLite keeps beside it (case-blind on Windows). */
export function isDatabaseOrCompanion(file: string, dbPath: string, platform: NodeJS.Platform = process.platform): boolean {
  const fold = (p: string) => (platform === 'win32' ? p.toLowerCase() : p);
  const target = fold(path.resolve(file));
  return COMPANIONS.some((suffix) => target === fold(path.resolve(dbPath) + suffix));
}

/**
 * A backup file is one self-contained .sqlite file: the online backup copies the WAL flag of the source, so
 * the copy is switched back to a rollback journal, which leaves no -wal or -shm file beside it, then or later.
 */
function makeSelfContained(file: string): void {
  const copy = new BetterSqlite3(file, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

/**
 * Consistent copy through SQLite's online backup API, safe while the app (or another connection) writes.
 * Written to a .part file first and renamed once verified, so a full disk never leaves a file that looks
 * like a good backup. Never onto the database or its companions, never over a file unless `overwrite`.
 */
export async function backupTo(
  conn: Connection,
  dest: string,
  kind: BackupKind,
  now = new Date(),
  options: { overwrite?: boolean } = {},
): Promise<BackupInfo> {
  const target = path.resolve(dest);
  if (isDatabaseOrCompanion(target, conn.path)) {
    throw new AppError('INVALID_INPUT', `Không thể sao lưu vào ${target}: đó là tệp cơ sở dữ liệu đang dùng hoặc tệp đi kèm của nó.`);
  }
  if (!options.overwrite && fs.existsSync(target)) {
    throw new AppError('FILE_EXISTS', `Tệp ${target} đã có sẵn. Hãy chọn tên khác, hoặc xác nhận ghi đè (dòng lệnh: --overwrite).`);
  }
  const part = `${target}.part`;
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    await conn.sqlite.backup(part);
    makeSelfContained(part);
    inspectBackupFile(part, target);
    fs.renameSync(part, target);
  } catch (err) {
    for (const suffix of COMPANIONS) removeQuietly(part + suffix);
    throw toAppError(err, `sao lưu vào ${target}`);
  }
  const createdAt = now.toISOString();
  const info = infoOf(target, kind, createdAt);
  recordBackup(conn, info);
  return info;
}

function removeQuietly(file: string): void {
  try {
    fs.rmSync(file, { force: true });
  } catch {
    // the folder itself may not exist or be writable; there is then nothing to remove
  }
}

/**
 * Remembers a backup so one made outside the folder can be listed later. Best effort: when another
 * process holds the write lock (an import from the CLI, say) the backup is still good and is not
 * worth waiting for, so the wait is cut short and the record skipped.
 */
function recordBackup(conn: Connection, info: BackupInfo): void {
  const previous = conn.sqlite.pragma('busy_timeout', { simple: true });
  try {
    conn.sqlite.pragma('busy_timeout = 200');
    conn.sqlite
      .prepare('insert into backups (path, created_at, kind, size_bytes, schema_version) values (?, ?, ?, ?, ?)')
      .run(info.path, info.createdAt, info.kind, info.sizeBytes, Number(conn.sqlite.pragma('user_version', { simple: true })));
  } catch (err) {
    if (toAppError(err, '').code !== 'DB_BUSY') throw toAppError(err, 'ghi nhận bản sao lưu');
  } finally {
    conn.sqlite.pragma(`busy_timeout = ${Number(previous)}`);
  }
}

export function backupIntoFolder(conn: Connection, kind: BackupKind, now = new Date()): Promise<BackupInfo> {
  const dir = backupsDirOf(conn.path);
  fs.mkdirSync(dir, { recursive: true });
  return backupTo(conn, freshPath(dir, kind, now), kind, now);
}

/** Backups in the folder beside the database, newest first (the folder is the truth: files can be copied in). */
export function listFolderBackups(dbPath: string): BackupInfo[] {
  const dir = backupsDirOf(dbPath);
  if (!fs.existsSync(dir)) return [];
  const found: BackupInfo[] = [];
  for (const name of fs.readdirSync(dir)) {
    const m = BACKUP_NAME.exec(name);
    if (!m) continue;
    const [, day = '', time = '', kind] = m;
    const at = new Date(+day.slice(0, 4), +day.slice(4, 6) - 1, +day.slice(6, 8), +time.slice(0, 2), +time.slice(2, 4), +time.slice(4, 6));
    found.push(infoOf(path.join(dir, name), kind as BackupKind, at.toISOString()));
  }
  return found.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.fileName.localeCompare(a.fileName));
}

/** Backups made elsewhere (a USB stick, say) that were recorded and still exist, plus the folder's. */
export async function listBackups(conn: Connection): Promise<BackupInfo[]> {
  const inFolder = listFolderBackups(conn.path);
  const known = new Set(inFolder.map((b) => b.path));
  const recorded = await conn.db.selectFrom('backups').selectAll().orderBy('created_at', 'desc').execute();
  const elsewhere = recorded
    .filter((r) => !known.has(r.path) && fs.existsSync(r.path))
    .map((r) => infoOf(r.path, r.kind as BackupKind, r.created_at));
  return [...inFolder, ...elsewhere].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** The first start of each (local) day backs up once; the newest AUTO_BACKUPS_KEPT automatic copies are kept. */
export async function autoBackupIfDue(conn: Connection, now = new Date()): Promise<BackupInfo | null> {
  const today = localDayStamp(now);
  const autos = listFolderBackups(conn.path).filter((b) => b.kind === 'auto');
  if (autos.some((b) => b.fileName.startsWith(`kttt-${today}-`))) return null;
  const made = await backupIntoFolder(conn, 'auto', now);
  pruneAutoBackups(conn.path);
  return made;
}

function pruneAutoBackups(dbPath: string, keep = AUTO_BACKUPS_KEPT): string[] {
  const autos = listFolderBackups(dbPath).filter((b) => b.kind === 'auto');
  const removed = autos.slice(keep).map((b) => b.path);
  for (const file of removed) fs.rmSync(file, { force: true });
  return removed;
}

export function checkDatabase(conn: Connection): DbCheckReport {
  const integrity = (conn.sqlite.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
  const fk = conn.sqlite.pragma('foreign_key_check') as { table: string; rowid: number | null; parent: string }[];
  const integrityProblems = integrity.filter((line) => line !== 'ok');
  const foreignKeyProblems = fk.map((r) => ({ table: r.table, rowid: r.rowid, parent: r.parent }));
  return { ok: integrityProblems.length === 0 && foreignKeyProblems.length === 0, integrityProblems, foreignKeyProblems };
}

/** Replaces the (closed) database file by a verified backup: copy beside it, then an atomic rename. */
export function swapInBackup(dbPath: string, backupPath: string): void {
  const staging = `${dbPath}.restoring`;
  try {
    fs.copyFileSync(backupPath, staging);
    for (const suffix of ['-wal', '-shm']) fs.rmSync(dbPath + suffix, { force: true });
    fs.renameSync(staging, dbPath);
  } catch (err) {
    removeQuietly(staging);
    throw toAppError(err, 'khôi phục cơ sở dữ liệu');
  }
}

/** When the current file is too damaged for the backup API, keep its raw bytes before replacing it. */
export function rawCopyAside(dbPath: string, now = new Date()): BackupInfo {
  const dir = backupsDirOf(dbPath);
  fs.mkdirSync(dir, { recursive: true });
  const dest = freshPath(dir, 'pre-restore', now);
  fs.copyFileSync(dbPath, dest);
  return infoOf(dest, 'pre-restore', now.toISOString());
}
