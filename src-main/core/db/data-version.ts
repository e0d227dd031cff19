import type { Connection } from './open.ts';

/**
 * A mark that changes whenever the database's rows may have changed: a commit by another connection (another
 * window, the CLI: SQLite's data_version) or any row written on this one (total_changes). Lets a costly read
 * be kept and served again while the mark stays the same. SQLite-only, hence here.
 */
export function dataVersion(conn: Connection): string {
  const other = conn.sqlite.pragma('data_version', { simple: true }) as number;
  const own = conn.sqlite.prepare('select total_changes()').pluck().get() as number;
  return `${String(other)}:${String(own)}`;
}

/**
 * A read kept per connection and key (say, a year) while the data version stays the same. A restore swaps
 * the connection, so nothing read from the old file is served for the new one.
 */
export function keptWhileUnchanged<K, V>(): (conn: Connection, key: K, read: () => Promise<V>) => Promise<V> {
  const kept = new WeakMap<Connection, Map<K, { version: string; value: Promise<V> }>>();
  return async (conn, key, read) => {
    let byKey = kept.get(conn);
    if (!byKey) kept.set(conn, (byKey = new Map()));
    const version = dataVersion(conn);
    const hit = byKey.get(key);
    if (hit && hit.version === version) return hit.value;
    const value = read();
    // One kept read per connection: the grid shows one year at a time.
    byKey.clear();
    byKey.set(key, { version, value });
    value.catch(() => byKey.delete(key));
    return value;
  };
}
