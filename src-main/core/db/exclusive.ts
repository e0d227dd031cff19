import BetterSqlite3 from 'better-sqlite3';
import { AppError } from '../../contract/index.ts';
import { otherOpenDoors } from './doors.ts';

/** How long a restore or an upgrade waits for a short command of another door (a `kttt db info`) to finish. */
const SOLE_WAIT_MS = 2000;

const isBusy = (err: unknown) =>
  typeof err === 'object' && err !== null && /^SQLITE_(BUSY|LOCKED)/.test(String((err as { code?: unknown }).code));

/** The refusal when another program has the file open, naming it when it is a KTTT door. */
export function inUseError(dbPath: string, doing: string): AppError {
  const others = otherOpenDoors(dbPath);
  const who = others.length > 0 ? others.join(', ') : 'một chương trình khác (một cửa sổ KTTT khác, hoặc một công cụ xem tệp SQLite)';
  return new AppError(
    'DB_IN_USE',
    `Không thể ${doing}: cơ sở dữ liệu ${dbPath} đang được mở bởi ${who}. ` +
      'Hãy đóng chương trình đó rồi thử lại; chưa có gì bị thay đổi.',
    { others },
  );
}

/**
 * Takes the database for this connection alone, before its first read: SQLite's EXCLUSIVE locking mode keeps
 * the exclusive lock until the connection closes, so no other program (another door, the CLI) can read or
 * write the file meanwhile, and none has it open now — every connection to a WAL database holds a shared lock
 * on the file for as long as it is open, which this waits for and then refuses.
 */
export function takeSoleHold(sqlite: BetterSqlite3.Database, dbPath: string, doing: string): void {
  const usual = Number(sqlite.pragma('busy_timeout', { simple: true }));
  sqlite.pragma('locking_mode = EXCLUSIVE');
  sqlite.pragma(`busy_timeout = ${SOLE_WAIT_MS}`);
  try {
    sqlite.exec('begin exclusive');
    sqlite.exec('commit');
  } catch (err) {
    if (sqlite.inTransaction) sqlite.exec('rollback');
    if (isBusy(err)) throw inUseError(dbPath, doing);
    throw err;
  } finally {
    sqlite.pragma(`busy_timeout = ${usual}`);
  }
}

/** Opens the file held for this process alone (see takeSoleHold); closing the handle lets the others in. */
export function openSole(dbPath: string, doing: string): BetterSqlite3.Database {
  const sqlite = new BetterSqlite3(dbPath, { fileMustExist: true });
  try {
    takeSoleHold(sqlite, dbPath, doing);
    return sqlite;
  } catch (err) {
    sqlite.close();
    throw err;
  }
}
