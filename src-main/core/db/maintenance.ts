import type { AppInfo, BackupInfo, DbCheckReport, RestoreReport } from '../../contract/index.ts';
import { AppError } from '../../contract/index.ts';
import type { CoreContext } from '../context.ts';
import {
  backupIntoFolder,
  backupsDirOf,
  backupTo,
  checkDatabase,
  inspectBackupFile,
  isDatabaseOrCompanion,
  listBackups,
  rawCopyAside,
  swapInBackup,
} from './backup.ts';
import path from 'node:path';
import { otherOpenDoors } from './doors.ts';
import { inUseError, openSole } from './exclusive.ts';
import { toAppError } from './failures.ts';
import { schemaVersionOf } from './migrate.ts';
import { closeConnection } from './open.ts';
import { copyBackupInto } from './restore-copy.ts';
import { openUpToDate } from './upgrade.ts';
import { sql } from 'kysely';

/** Tables shown with their row counts on the status page; internal tables are left out. */
async function countRows(ctx: CoreContext): Promise<Record<string, number>> {
  const tables = await sql<{
    name: string;
  }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`.execute(ctx.db);
  const counts: Record<string, number> = {};
  for (const { name } of tables.rows) {
    // The name comes from sqlite_master, not from a caller; identifiers cannot be bound parameters.
    const r = await sql<{ n: number }>`select count(*) as n from ${sql.table(name)}`.execute(ctx.db);
    counts[name] = Number(r.rows[0]?.n ?? 0);
  }
  return counts;
}

export async function appInfo(ctx: CoreContext): Promise<AppInfo> {
  const backups = await listBackups(ctx.conn);
  return {
    version: ctx.appVersion,
    dbPath: ctx.dbPath,
    backupsDir: backupsDirOf(ctx.dbPath),
    schemaVersion: schemaVersionOf(ctx.conn),
    rowCounts: await countRows(ctx),
    lastBackup: backups[0] ?? null,
  };
}

export async function backupNow(ctx: CoreContext, dest?: string, overwrite = false): Promise<BackupInfo> {
  const info = dest
    ? await backupTo(ctx.conn, dest, 'manual', ctx.now(), { overwrite })
    : await backupIntoFolder(ctx.conn, 'manual', ctx.now());
  ctx.events.emit('data.changed', { area: 'database' });
  return info;
}

export function listAllBackups(ctx: CoreContext): Promise<BackupInfo[]> {
  return listBackups(ctx.conn);
}

export function checkNow(ctx: CoreContext): DbCheckReport {
  return checkDatabase(ctx.conn);
}

/**
 * Restore: check the chosen backup first (nothing happens if it is bad), keep a copy of the current file,
 * then, holding the file alone (refused while another door has it open), copy the backup's content into it
 * in one transaction, reopen and bring the schema up to date.
 */
export async function restoreFrom(ctx: CoreContext, backupPath: string): Promise<RestoreReport> {
  const source = path.resolve(backupPath);
  if (isDatabaseOrCompanion(source, ctx.dbPath)) throw new AppError('INVALID_INPUT', 'Không thể khôi phục từ chính tệp đang dùng.');
  inspectBackupFile(source);
  // Refused at once when another door is known to be open: no safety copy is made for nothing.
  if (otherOpenDoors(ctx.dbPath).length > 0) throw inUseError(ctx.dbPath, 'khôi phục');
  let safety: BackupInfo;
  try {
    safety = await backupIntoFolder(ctx.conn, 'pre-restore', ctx.now());
  } catch (err) {
    if (err instanceof AppError && err.code === 'DB_CORRUPT') safety = rawCopyAside(ctx.dbPath, ctx.now());
    else throw err;
  }
  await closeConnection(ctx.conn);
  try {
    replaceContent(ctx.dbPath, source);
  } finally {
    // Reopen whatever is there now, so the app keeps working even when the restore was refused or failed.
    ctx.replaceConnection(await openUpToDate(ctx.dbPath, async () => undefined));
  }
  ctx.events.emit('data.changed', { area: 'database' });
  return { restoredFrom: source, safetyBackup: safety, schemaVersion: schemaVersionOf(ctx.conn) };
}

/** Copies the backup into the held file; a file too damaged for that is replaced whole (once nobody has it). */
function replaceContent(dbPath: string, backupPath: string): void {
  const held = openSole(dbPath, 'khôi phục');
  try {
    copyBackupInto(held, backupPath);
  } catch (err) {
    if (toAppError(err, '').code !== 'DB_CORRUPT') throw toAppError(err, 'khôi phục cơ sở dữ liệu');
    held.close();
    swapInBackup(dbPath, backupPath);
  } finally {
    if (held.open) held.close();
  }
}
