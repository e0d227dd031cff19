import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, type SqliteDatabase, type SqliteStatement } from 'kysely';
import { KtttSqliteDialect } from './driver.ts';
import { takeSoleHold } from './exclusive.ts';
import { assertOurs } from './identity.ts';
import { AppError } from '../../contract/index.ts';
import { assertLocalPath } from './location.ts';
import { toAppError } from './failures.ts';
import { assertNotNewer } from './schema-version.ts';
import type { Database } from './schema.ts';

export interface Connection {
  path: string;
  sqlite: BetterSqlite3.Database;
  db: Kysely<Database>;
  /**
   * Prepared statements of this connection, cached by their SQL: Kysely's and the fast path's (direct.ts),
   * which only a transaction hands out (transaction.ts).
   */
  statements: (sql: string) => BetterSqlite3.Statement;
}

/** Up to 1 GiB of the file mapped: the 50,000-organization database with the fund's ten years is about that size. */
const MMAP_BYTES = 1024 * 1024 * 1024;

/** Opens a raw SQLite handle with the pragmas every KTTT connection needs. */
export function openSqlite(
  file: string,
  options: {
    readonly?: boolean;
    beforeWrite?: (userVersion: number) => void;
    shownName?: string;
    /** Hold the file for this connection alone (a restore, an upgrade); what for, in the refusal's words. */
    sole?: string;
  } = {},
): BetterSqlite3.Database {
  const sqlite = new BetterSqlite3(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  try {
    sqlite.pragma('busy_timeout = 5000');
    if (options.sole !== undefined) takeSoleHold(sqlite, options.shownName ?? file, options.sole);
    // Reading the schema version touches the header: a file that is not a database fails here, not later.
    sqlite.pragma('schema_version');
    assertOurs(sqlite, options.shownName ?? file);
    // Last chance to refuse the file before switching it to WAL rewrites its header.
    options.beforeWrite?.(Number(sqlite.pragma('user_version', { simple: true })));
    if (!options.readonly) {
      sqlite.pragma('journal_mode = WAL');
      // FULL: a committed edit survives a power cut (NORMAL may lose the last transactions in WAL mode).
      sqlite.pragma('synchronous = FULL');
    }
    sqlite.pragma('foreign_keys = ON');
    // Memory-mapped reads: a large report or list looks up a few index entries for each of tens of thousands of
    // rows (the fund's aging: six per loan, 20,000 loans), and reading the pages in place instead of copying each
    // into SQLite's cache takes about a third off. SQLite maps only what the file holds and remaps as it grows;
    // KTTT never truncates a file under an open connection (a restore rewrites it through SQLite, or renames a
    // copy over a closed one), the one case where a mapped read could fail harder than an ordinary one.
    sqlite.pragma(`mmap_size = ${String(MMAP_BYTES)}`);
    return sqlite;
  } catch (err) {
    sqlite.close();
    throw err;
  }
}

const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely prepares every query afresh; preparing costs more than running most of ours. The connection is
 * used by one query at a time (Kysely's single SQLite connection), so a compiled statement can be reused:
 * keep a few hundred by their SQL text. When full, the oldest prepared goes (not the least used: keeping
 * that order would cost a reordering on every hit, and an import hits the same few statements 100,000 times).
 */
function statementCache(sqlite: BetterSqlite3.Database): (sql: string) => BetterSqlite3.Statement {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return (sql) => {
    const hit = cache.get(sql);
    if (hit) return hit;
    const stmt = sqlite.prepare(sql);
    cache.set(sql, stmt);
    if (cache.size > STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    return stmt;
  };
}

/** Opens (creating if needed) the database file; refuses network shares and non-databases with a clear message. */
export function openConnection(file: string, options: { sole?: string } = {}): Connection {
  // Checked before resolving: on Linux a Windows UNC path would otherwise pass as a relative file name.
  assertLocalPath(file);
  const abs = path.resolve(file);
  assertLocalPath(abs);
  try {
    fs.mkdirSync(path.dirname(abs), { recursive: true });
  } catch (err) {
    throw toAppError(err, `tạo thư mục ${path.dirname(abs)}`);
  }
  let sqlite: BetterSqlite3.Database;
  try {
    sqlite = openSqlite(abs, { beforeWrite: (version) => assertNotNewer(version, abs), ...options });
  } catch (err) {
    // Our own refusals (another program's file, a newer version) already name the file and the cause.
    if (err instanceof AppError) throw err;
    const e = toAppError(err, `mở tệp ${abs}`);
    if (e.code === 'DB_NOT_DATABASE' || e.code === 'DB_CORRUPT') {
      throw new AppError('DB_CORRUPT', `Tệp cơ sở dữ liệu ${abs} bị hỏng hoặc không phải cơ sở dữ liệu KTTT.`, e.details);
    }
    throw e;
  }
  const prepare = statementCache(sqlite);
  const database: SqliteDatabase = { close: () => sqlite.close(), prepare: (sql): SqliteStatement => prepare(sql) };
  return { path: abs, sqlite, db: new Kysely<Database>({ dialect: new KtttSqliteDialect({ database }, sqlite) }), statements: prepare };
}

export async function closeConnection(conn: Connection): Promise<void> {
  // Kysely's destroy closes the better-sqlite3 handle it was given.
  await conn.db.destroy();
  if (conn.sqlite.open) conn.sqlite.close();
}
