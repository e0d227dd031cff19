import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { assertNotNewer } from './schema-version.ts';
import type { Connection } from './open.ts';
import { migrations, type Migration } from './migrations/index.ts';

export function schemaVersionOf(conn: Pick<Connection, 'sqlite'>): number {
  return Number(conn.sqlite.pragma('user_version', { simple: true }));
}

/**
 * Applies the pending migrations up to `target` in ONE transaction: either the file reaches the target
 * version or it stays as it was. `beforeMigrate` runs first (the caller backs the file up there).
 */
export async function migrate(
  conn: Connection,
  options: { target?: number; beforeMigrate?: (from: number) => Promise<void> } = {},
  list: readonly Migration[] = migrations,
): Promise<{ from: number; to: number }> {
  const target = options.target ?? list.length;
  const from = schemaVersionOf(conn);
  assertNotNewer(from, conn.path);
  if (from >= target) return { from, to: from };
  if (options.beforeMigrate) await options.beforeMigrate(from);
  const pending = list.filter((m) => m.version > from && m.version <= target);
  await conn.db.transaction().execute(async (trx) => {
    for (const m of pending) await m.up(trx as unknown as Kysely<unknown>);
    // user_version lives in the file header and is written inside the same transaction.
    await sql.raw(`PRAGMA user_version = ${Number(target)}`).execute(trx);
  });
  return { from, to: target };
}
