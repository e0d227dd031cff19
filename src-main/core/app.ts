import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo, InputOf, MethodName, OutputOf, Result } from '../contract/index.ts';
import { AppError } from '../contract/index.ts';
import { currentUserName, type CoreContext } from './context.ts';
import { autoBackupIfDue, backupIntoFolder, inspectBackupFile, listFolderBackups, rawCopyAside, swapInBackup } from './db/backup.ts';
import { announceDoor, type DoorKind } from './db/doors.ts';
import { openSole } from './db/exclusive.ts';
import { openUpToDate } from './db/upgrade.ts';
import { closeConnection, type Connection } from './db/open.ts';
import { dispatch, type Logger } from './dispatch.ts';
import { EventBus } from './events.ts';
import { buildHandlers, type Handlers } from './handlers.ts';
import type { PdfPrinter } from './reports/render/pdf.ts';

export interface AppOptions {
  dbPath: string;
  resourcesDir: string;
  appVersion: string;
  /** Which door opens the file: named to the clerk when a restore elsewhere must wait for it to close. */
  door?: DoorKind;
  /** Back up on the first start of each day (the Electron and browser doors do; the CLI does not). */
  dailyBackup?: boolean;
  now?: () => Date;
  who?: string;
  log?: Logger;
  pdfPrinter?: PdfPrinter;
  chromiumPath?: string;
  importWorkerUrl?: URL;
}

export interface App {
  readonly ctx: CoreContext;
  readonly handlers: Handlers;
  readonly events: EventBus;
  /** A contract method, typed: what the CLI, the shell and the tests call. */
  call<M extends MethodName>(method: M, input: InputOf<M>): Promise<Result<OutputOf<M>>>;
  /** A method named from outside (the IPC and HTTP doors): the name and the input are checked by the gate. */
  callByName(method: string, input: unknown): Promise<Result<unknown>>;
  close(): Promise<void>;
}

function makeContext(options: AppOptions, first: Connection, events: EventBus): CoreContext {
  let conn = first;
  return {
    dbPath: first.path,
    resourcesDir: options.resourcesDir,
    appVersion: options.appVersion,
    events,
    who: options.who ?? currentUserName(),
    now: options.now ?? (() => new Date()),
    pdfPrinter: options.pdfPrinter,
    chromiumPath: options.chromiumPath,
    importWorkerUrl: options.importWorkerUrl,
    get conn() {
      return conn;
    },
    get db() {
      return conn.db;
    },
    replaceConnection(next) {
      conn = next;
    },
  };
}

/**
 * Composition root shared by every door: open the file, back it up before any migration, migrate,
 * take the daily backup, and build the handlers.
 */
export async function openApp(options: AppOptions): Promise<App> {
  const now = options.now ?? (() => new Date());
  const conn = await openUpToDate(options.dbPath, async (held) => {
    await backupIntoFolder(held, 'pre-migration', now());
  });
  const events = new EventBus();
  const ctx = makeContext(options, conn, events);
  try {
    if (options.dailyBackup) await autoBackupIfDue(conn, ctx.now());
  } catch (err) {
    await closeConnection(conn);
    throw err;
  }
  const leave = announceDoor(conn.path, options.door ?? 'other', ctx.now());
  const handlers = buildHandlers(ctx);
  return {
    ctx,
    handlers,
    events,
    // The gate parses the input with the method's schema and the handler's type gives the output's.
    call: (method, input) => dispatch(handlers, method, input, options.log) as never,
    callByName: (method, input) => dispatch(handlers, method, input, options.log),
    close: async () => {
      await options.pdfPrinter?.close();
      await closeConnection(ctx.conn);
      leave();
    },
  };
}

/** The newest backup in the folder beside the database, offered when the file cannot be opened. */
export function newestBackup(dbPath: string): BackupInfo | null {
  return listFolderBackups(path.resolve(dbPath))[0] ?? null;
}

/**
 * Restore without opening the current file, for when it is too damaged to open. The damaged file's raw
 * bytes are kept aside first; nothing is replaced unless the backup passes its integrity check.
 */
export function recoverFromBackup(dbPath: string, backupPath: string, now = new Date()): { keptAside: BackupInfo | null } {
  const abs = path.resolve(dbPath);
  inspectBackupFile(backupPath);
  if (fs.existsSync(abs)) refuseWhileOpenElsewhere(abs);
  const keptAside = fs.existsSync(abs) ? rawCopyAside(abs, now) : null;
  swapInBackup(abs, backupPath);
  return { keptAside };
}

/** A damaged file can still be open in another door (opened before it broke): its writes would go on. */
function refuseWhileOpenElsewhere(dbPath: string): void {
  try {
    openSole(dbPath, 'khôi phục').close();
  } catch (err) {
    if (err instanceof AppError && err.code === 'DB_IN_USE') throw err;
    // too damaged for SQLite to lock: nobody can be using it as a database either
  }
}

export function describeOpenFailure(err: unknown): string {
  return err instanceof AppError ? err.message : `Không mở được cơ sở dữ liệu: ${err instanceof Error ? err.message : String(err)}`;
}
