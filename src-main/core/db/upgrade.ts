import { migrate, schemaVersionOf } from './migrate.ts';
import { LATEST_SCHEMA_VERSION } from './migrations/index.ts';
import { closeConnection, openConnection, type Connection } from './open.ts';

/**
 * Opens the file at the latest schema. An upgrade (or a new file's first schema) runs on a connection that
 * holds the file alone, so no other door is writing with the old schema while it changes; `backupBefore`
 * copies an existing file first, on that same connection.
 */
export async function openUpToDate(dbPath: string, backupBefore: (conn: Connection) => Promise<void>): Promise<Connection> {
  const conn = openConnection(dbPath);
  if (schemaVersionOf(conn) >= LATEST_SCHEMA_VERSION) return conn;
  await closeConnection(conn);
  const held = openConnection(dbPath, { sole: 'nâng cấp cấu trúc cơ sở dữ liệu' });
  try {
    await migrate(held, {
      beforeMigrate: async (from) => {
        if (from > 0) await backupBefore(held);
      },
    });
  } finally {
    await closeConnection(held);
  }
  return openConnection(dbPath);
}
