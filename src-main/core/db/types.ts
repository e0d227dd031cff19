import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.ts';

/** The database as every repository takes it: the app's handle, or the transaction a service holds. */
export type Db = Kysely<Database> | Transaction<Database>;
