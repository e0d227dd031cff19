import type BetterSqlite3 from 'better-sqlite3';
import { CompiledQuery, SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver, type SqliteDialectConfig } from 'kysely';

/** How long one attempt to take the write lock may block the (single) JavaScript thread. */
const BEGIN_WAIT_MS = 100;
/** How long a write waits in all for another program's write (an import from the CLI, say) to finish. */
export const WRITE_LOCK_PATIENCE_MS = 60_000;

const isBusy = (err: unknown): boolean =>
  typeof err === 'object' && err !== null && 'code' in err && /^SQLITE_(BUSY|LOCKED)/.test(String((err as { code: unknown }).code));

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Kysely's SQLite driver with the two things a file shared by several programs needs:
 * - write transactions begin IMMEDIATE, so the write lock is taken (and waited for) at the start: a deferred
 *   transaction that read first cannot take the lock once another program has committed (SQLITE_BUSY_SNAPSHOT,
 *   which no busy timeout waits for). The wait is cut into short blocking tries with pauses between them, so
 *   the app's window and the browser door keep answering while another program holds the lock;
 * - a rollback after SQLite already rolled the transaction back itself (a full disk, an I/O error) does nothing,
 *   so the cause reaches the clerk instead of "cannot rollback – no transaction is active".
 */
class KtttSqliteDriver extends SqliteDriver {
  readonly #sqlite: BetterSqlite3.Database;
  readonly #patienceMs: number;

  constructor(config: SqliteDialectConfig, sqlite: BetterSqlite3.Database, patienceMs: number) {
    super(config);
    this.#sqlite = sqlite;
    this.#patienceMs = patienceMs;
  }

  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    const giveUpAt = Date.now() + this.#patienceMs;
    const usual = Number(this.#sqlite.pragma('busy_timeout', { simple: true }));
    for (let attempt = 0; ; attempt++) {
      this.#sqlite.pragma(`busy_timeout = ${BEGIN_WAIT_MS}`);
      try {
        await connection.executeQuery(CompiledQuery.raw('begin immediate'));
        return;
      } catch (err) {
        if (!isBusy(err) || Date.now() >= giveUpAt) throw err;
      } finally {
        this.#sqlite.pragma(`busy_timeout = ${usual}`);
      }
      await pause(Math.min(20 * (attempt + 1), 200));
    }
  }

  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    if (!this.#sqlite.inTransaction) return;
    await super.rollbackTransaction(connection);
  }
}

export class KtttSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  readonly #sqlite: BetterSqlite3.Database;
  readonly #patienceMs: number;

  constructor(config: SqliteDialectConfig, sqlite: BetterSqlite3.Database, patienceMs = WRITE_LOCK_PATIENCE_MS) {
    super(config);
    this.#config = config;
    this.#sqlite = sqlite;
    this.#patienceMs = patienceMs;
  }

  override createDriver(): Driver {
    return new KtttSqliteDriver(this.#config, this.#sqlite, this.#patienceMs);
  }
}
