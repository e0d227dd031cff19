import type BetterSqlite3 from 'better-sqlite3';
import { AppError } from '../../contract/index.ts';

/** PRAGMA application_id of every KTTT database: "KTTT" in ASCII. Written by migration 008. */
export const KTTT_APPLICATION_ID = 0x4b545454;

/** Tables every KTTT database has had since its first schema version (migration 001). */
const FIRST_TABLES = ['settings', 'audit_log', 'backups'];

export type FileIdentity = 'empty' | 'kttt' | 'foreign';

/** Whose file this is, read from the header and the table list only (nothing is written). */
export function identify(sqlite: BetterSqlite3.Database): FileIdentity {
  const applicationId = Number(sqlite.pragma('application_id', { simple: true }));
  if (applicationId === KTTT_APPLICATION_ID) return 'kttt';
  if (applicationId !== 0) return 'foreign';
  const tables = new Set(
    (sqlite.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'").all() as { name: string }[]).map(
      (r) => r.name,
    ),
  );
  const userVersion = Number(sqlite.pragma('user_version', { simple: true }));
  if (tables.size === 0 && userVersion === 0) return 'empty';
  // A KTTT file written before application_id was stamped: versioned, with the first schema's tables.
  if (userVersion >= 1 && FIRST_TABLES.every((t) => tables.has(t))) return 'kttt';
  return 'foreign';
}

/** Refuses a SQLite file of another program before anything (the WAL switch, a migration) touches it. */
export function assertOurs(sqlite: BetterSqlite3.Database, shownName: string): void {
  if (identify(sqlite) !== 'foreign') return;
  throw new AppError(
    'DB_NOT_DATABASE',
    `Tệp ${shownName} là cơ sở dữ liệu SQLite của một chương trình khác, không phải của KTTT. ` +
      'KTTT không mở và không thay đổi tệp này; hãy chọn đúng tệp dữ liệu KTTT.',
  );
}
