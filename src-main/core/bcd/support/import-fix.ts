import type { CellValue } from '../../../contract/fields.ts';
import type { Db } from '../../db/types.ts';
import * as repo from './repository.ts';

/** Field of an import sheet → column of the support record / linkage contract / activity it fills. */
const SUPPORT_COLUMNS: Readonly<Record<string, string>> = {
  organizationId: 'organization_id',
  policy: 'policy',
  decision: 'decision',
  grantedOn: 'granted_on',
  supportKind: 'kind',
  amount: 'amount',
  fundingSource: 'source',
  notes: 'note',
};
const LINKAGE_COLUMNS: Readonly<Record<string, string>> = {
  organizationId: 'organization_id',
  partner: 'partner',
  product: 'product',
  value: 'value',
  signedOn: 'signed_on',
  endsOn: 'ends_on',
  notes: 'note',
};
const ACTIVITY_COLUMNS: Readonly<Record<string, string>> = { heldTo: 'held_to', place: 'place', notes: 'note' };

/**
 * Writes the clerk's value, from "Cần xem lại", into the support record, contract or activity an imported
 * cell was flagged on. An organization chosen for an activity's participant joins its participants.
 */
export async function applySupportFix(
  db: Db,
  flag: { entity: string; entity_id: number | null; field: string },
  value: CellValue,
  at: string,
): Promise<void> {
  const id = flag.entity_id;
  if (id === null || value === null || Array.isArray(value)) return;
  if (flag.entity === 'activities') {
    if (flag.field === 'organizationId' && typeof value === 'number') {
      const known = await repo.participantKeys(db);
      if (!known.some((k) => k.activity_id === id && k.organization_id === value)) await repo.insertParticipant(db, id, value, null);
      return;
    }
    const column = ACTIVITY_COLUMNS[flag.field];
    if (column !== undefined) await repo.updateActivity(db, id, { [column]: value, updated_at: at });
    return;
  }
  const columns = flag.entity === 'support' ? SUPPORT_COLUMNS : LINKAGE_COLUMNS;
  const column = columns[flag.field];
  if (column === undefined) return;
  if (flag.entity === 'support') await repo.updateSupport(db, id, { [column]: value, updated_at: at });
  else await repo.updateLinkage(db, id, { [column]: value, updated_at: at });
}
