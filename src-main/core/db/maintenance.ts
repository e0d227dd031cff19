import type { AppInfo, BackupInfo, DbCheckReport, RestoreReport } from '../../contract/index.ts';
import { AppError } from '../../contract/index.ts';
import type { CoreContext } from '../context.ts';
import {
  backupIntoFolder,
  backupsDirOf,
  backupTo,
  checkDatabase,
  inspectBackupFile,
  listBackups,
  rawCopyAside,
  swapInBackup,
} from './backup.ts';
import { migrate, schemaVersionOf } from './migrate.ts';
import { closeConnection, openConnection } from './open.ts';
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

export async function backupNow(ctx: CoreContext, dest?: string): Promise<BackupInfo> {
  const info = dest ? await backupTo(ctx.conn, dest, 'manual', ctx.now()) : await backupIntoFolder(ctx.conn, 'manual', ctx.now());
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
 * swap, reopen and bring the schema up to date.
 */
export async function restoreFrom(ctx: CoreContext, backupPath: string): Promise<RestoreReport> {
  if (backupPath === ctx.dbPath) throw new AppError('INVALID_INPUT', 'Không thể khôi phục từ chính tệp đang dùng.');
  inspectBackupFile(backupPath);
  let safety: BackupInfo;
  try {
    safety = await backupIntoFolder(ctx.conn, 'pre-restore', ctx.now());
  } catch (err) {
    if (err instanceof AppError && err.code === 'DB_CORRUPT') safety = rawCopyAside(ctx.dbPath, ctx.now());
    else throw err;
  }
  await closeConnection(ctx.conn);
  try {
    swapInBackup(ctx.dbPath, backupPath);
  } finally {
    // Reopen whatever is there now, so the app keeps working even when the swap failed.
    ctx.replaceConnection(openConnection(ctx.dbPath));
  }
  const { to } = await migrate(ctx.conn);
  ctx.events.emit('data.changed', { area: 'database' });
  return { restoredFrom: backupPath, safetyBackup: safety, schemaVersion: to };
}
