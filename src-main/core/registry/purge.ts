import type { Entity } from '../../contract/fields.ts';
import type { OpResult } from '../../contract/registry-dto.ts';
import { recordAudit } from '../audit/repository.ts';
import type { CoreContext } from '../context.ts';
import { writeTransaction } from '../db/transaction.ts';
import { ENTITY_CONFIG } from './entities.ts';
import { purgeDeletedRow } from './repository.ts';

/**
 * "Xóa hẳn" from the recycle bin, after the clerk has confirmed: rows already in the bin are deleted for good,
 * each alone (a savepoint), so one that other data still names is refused with the reason and the rest go.
 * An organization goes only once its figures, products, certificates and inspections are gone.
 */
export async function purgeFromBin(ctx: CoreContext, entity: Entity, ids: readonly number[]): Promise<{ results: OpResult[] }> {
  const table = ENTITY_CONFIG[entity].table;
  const at = ctx.now().toISOString();
  const results = await writeTransaction(ctx, async (tx) => {
    const out: OpResult[] = [];
    for (const id of ids) {
      try {
        const done = await tx.withSavepoint('purge_row', () => purgeDeletedRow(tx.db, table, id));
        if (!done) out.push({ ok: false, id, message: 'Dòng này không có trong thùng rác.', fieldErrors: {} });
        else {
          await recordAudit(tx.db, ctx.who, at, [{ action: 'delete', entity, entityId: String(id), field: 'purged' }]);
          out.push({ ok: true, id, row: null });
        }
      } catch {
        out.push({
          ok: false,
          id,
          message: 'Không xóa hẳn được: còn số liệu, sản phẩm, chứng nhận hoặc biên bản gắn với dòng này (kể cả trong thùng rác).',
          fieldErrors: {},
        });
      }
    }
    return out;
  });
  if (results.some((r) => r.ok)) ctx.events.emit('data.changed', { area: 'registry' });
  return { results };
}
