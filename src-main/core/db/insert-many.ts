import { CompiledQuery, type Kysely, type Transaction } from 'kysely';
import type { SqlValue } from './direct.ts';
import type { Database } from './schema.ts';

/** Rows per statement: SQLite caps the bound values of one statement (32,766), and our widest row binds 8. */
const ROWS_PER_STATEMENT = 500;

/**
 * Inserts many rows, a few hundred per statement, as precompiled SQL with bound values. The audit log and
 * an import's undo record take one row per record imported; Kysely's builder would spend longer building
 * those statements than SQLite spends running them. Table and column names come from code, never input.
 */
export async function insertMany(
  db: Kysely<Database> | Transaction<Database>,
  table: keyof Database,
  columns: readonly string[],
  rows: readonly (readonly SqlValue[])[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(i, i + ROWS_PER_STATEMENT);
    // Full chunks share one SQL text, so the prepared statement is reused.
    await db.executeQuery(CompiledQuery.raw(insertSql(table, columns, chunk.length), chunk.flat()));
  }
}

const SQL_NAME = /^[a-z_][a-z0-9_]*$/;

/** Table and column names come from code, never from input; checked anyway, as they are spliced into SQL. */
export function assertSqlNames(names: readonly string[]): void {
  for (const n of names) if (!SQL_NAME.test(n)) throw new Error(`Tên cột không hợp lệ: ${n}`);
}

/** `insert into "table" ("a", "b") values (?, ?)`, with `rowCount` tuples. */
export function insertSql(table: string, columns: readonly string[], rowCount = 1): string {
  assertSqlNames([table, ...columns]);
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  return `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values ${Array.from({ length: rowCount }, () => tuple).join(', ')}`;
}
