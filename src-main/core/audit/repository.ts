import type { Kysely, Transaction } from 'kysely';
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

/** Entries per insert: each binds eight values, and SQLite caps the values of one statement (32,766). */
const AUDIT_CHUNK = 1000;

export async function recordAudit(db: Kysely<Database> | Transaction<Database>, who: string, at: string, entries: readonly AuditEntry[]): Promise<void> {
  for (let i = 0; i < entries.length; i += AUDIT_CHUNK) {
    await db
      .insertInto('audit_log')
      .values(
        entries.slice(i, i + AUDIT_CHUNK).map((e) => ({
        at,
        who,
        action: e.action,
        entity: e.entity,
        entity_id: e.entityId,
        field: e.field ?? null,
        old_value: asText(e.oldValue),
        new_value: asText(e.newValue),
        })),
      )
      .execute();
  }
}
