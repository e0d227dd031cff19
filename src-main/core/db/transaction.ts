import type { Transaction } from 'kysely';
import type { CoreContext } from '../context.ts';
import { directSql, type DirectSql } from './direct.ts';
import type { Database } from './schema.ts';

/**
 * A write transaction a service holds. Repositories take `db` (Kysely on the transaction); the fast path of
 * per-row statements (`direct`, see direct.ts) exists only here, so it cannot run outside a transaction.
 */
export interface Tx {
  readonly db: Transaction<Database>;
  readonly direct: DirectSql;
  /** Runs `fn` in a savepoint: what it wrote is undone, alone, when it throws; kept when it returns. */
  withSavepoint<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

const SAVEPOINT_NAME = /^[a-z_]+$/;

function txOf(db: Transaction<Database>, direct: DirectSql): Tx {
  return {
    db,
    direct,
    async withSavepoint(name, fn) {
      if (!SAVEPOINT_NAME.test(name)) throw new Error(`Tên savepoint không hợp lệ: ${name}`);
      direct.run(`savepoint ${name}`);
      try {
        const result = await fn();
        direct.run(`release ${name}`);
        return result;
      } catch (err) {
        direct.run(`rollback to ${name}`);
        direct.run(`release ${name}`);
        throw err;
      }
    },
  };
}

/**
 * Runs `fn` in one write transaction on the app's connection: all of it is written, or none. Inside, use only
 * `tx.db` (on SQLite, Kysely holds one connection, and a query on ctx.db inside would wait forever).
 */
export function writeTransaction<T>(ctx: Pick<CoreContext, 'conn'>, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const conn = ctx.conn;
  return conn.db.transaction().execute((trx) => fn(txOf(trx, directSql(conn.statements))));
}
