import type BetterSqlite3 from 'better-sqlite3';

export type SqlValue = string | number | bigint | null;

/**
 * Statements run on the connection at once, synchronously, past Kysely's builder, compiler and its
 * queue of promises. An import runs a handful of statements per row, 100,000 rows at a time, and there
 * that machinery costs more than SQLite's own work.
 *
 * Handed out only inside a transaction (transaction.ts): the
 * transaction owns the one connection, so no other query can be under way on it, and what runs here is
 * part of that transaction. Statements are shared with Kysely's cache of prepared statements.
 */
export interface DirectSql {
  /** Runs one statement with bound values; the rowid of the row it inserted, if any. */
  run(sql: string, params?: readonly SqlValue[]): { lastInsertRowid: number };
}

export function directSql(prepare: (sql: string) => BetterSqlite3.Statement): DirectSql {
  return {
    run(sql, params = []) {
      return { lastInsertRowid: Number(prepare(sql).run(...params).lastInsertRowid) };
    },
  };
}
