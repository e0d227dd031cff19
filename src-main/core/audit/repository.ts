import type { Kysely, Transaction } from 'kysely';
import { insertMany } from '../db/insert-many.ts';
import type { Database } from '../db/schema.ts';

export interface AuditEntry {
  action: 'insert' | 'update' | 'delete' | 'restore';
  entity: string;
  entityId: string;
  field?: string | null;
  oldValue?: unknown;
  newValue?: unknown;
}

/** Values are stored as JSON text so a number, a date and a blank stay distinguishable. */
function asText(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}

const COLUMNS = ['at', 'who', 'action', 'entity', 'entity_id', 'field', 'old_value', 'new_value'];

export async function recordAudit(
  db: Kysely<Database> | Transaction<Database>,
  who: string,
  at: string,
  entries: readonly AuditEntry[],
): Promise<void> {
  const rows = entries.map((e) => [at, who, e.action, e.entity, e.entityId, e.field ?? null, asText(e.oldValue), asText(e.newValue)]);
  await insertMany(db, 'audit_log', COLUMNS, rows);
}
