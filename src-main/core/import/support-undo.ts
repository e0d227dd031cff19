import type { Db } from '../db/types.ts';
import { deleteParticipant, rowStamp, softDeleteRow, type SupportTable } from '../bcd/support/repository.ts';

const TABLE: Readonly<Record<string, SupportTable>> = {
  support: 'support_records',
  activities: 'support_activities',
  linkages: 'linkage_contracts',
};

/**
 * Undoes one change an import of the support given made: a record it added goes to the recycle bin (unless
 * the clerk has edited it since, then it stays as the clerk left it); an organization it added to an
 * activity that was already there leaves the activity's participants.
 */
export async function undoSupportChange(
  db: Db,
  change: { entity: string; entity_id: number; action: string; after: string },
  committedAt: string,
  at: string,
): Promise<'reverted' | 'kept' | 'gone'> {
  const table = TABLE[change.entity];
  if (table === undefined) return 'gone';
  const row = await rowStamp(db, table, change.entity_id);
  if (!row || row.deleted_at) return 'gone';
  if (change.action === 'update') {
    const participant = (JSON.parse(change.after) as { participant?: number }).participant;
    if (participant === undefined) return 'gone';
    await deleteParticipant(db, change.entity_id, participant);
    return 'reverted';
  }
  if (row.updated_at > committedAt) return 'kept';
  await softDeleteRow(db, table, change.entity_id, at);
  return 'reverted';
}
