import os from 'node:os';
import type { Kysely } from 'kysely';
import type { Connection } from './db/open.ts';
import type { Database } from './db/schema.ts';
import type { EventBus } from './events.ts';

/**
 * What every service receives. The connection can be replaced (restore swaps the file), so services
 * read `ctx.db` at call time and never keep their own handle.
 */
export interface CoreContext {
  readonly dbPath: string;
  readonly resourcesDir: string;
  readonly appVersion: string;
  readonly events: EventBus;
  /** The Windows/OS user name recorded in the audit log. */
  readonly who: string;
  now(): Date;
  readonly conn: Connection;
  readonly db: Kysely<Database>;
  replaceConnection(next: Connection): void;
}

export function currentUserName(): string {
  try {
    return os.userInfo().username;
  } catch {
    return 'không rõ';
  }
}
