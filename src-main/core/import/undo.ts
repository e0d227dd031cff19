import type { CellValue, Entity, RegistryOp, UndoReport } from '../../contract/index.ts';
import { isRegistryEntity, type ImportEntity } from '../../contract/fields.ts';
import { undoSupportChange } from './support-undo.ts';
import { AppError } from '../../contract/index.ts';
import type { CoreContext } from '../context.ts';
import { backupIntoFolder } from '../db/backup.ts';
import { runOpsIn } from '../registry/apply.ts';
import { officeProvince } from '../settings/service.ts';
import { ENTITY_CONFIG } from '../registry/entities.ts';
import { getRow } from '../registry/repository.ts';
import { changesOf, closeFlagsOfBatch, getBatch, markUndone } from './repository.ts';
import { writeTransaction } from '../db/transaction.ts';
import { undoLedgerImport, type FundUndoChanges } from '../fund/ledger-undo.ts';

/**
 * Undoes a whole import in one transaction: rows it created go to the recycle bin, fields it changed get
 * their old values back. A row edited after the import is left as the clerk made it, and counted.
 */
export async function undoImport(ctx: CoreContext, batchId: number): Promise<UndoReport> {
  const batch = await getBatch(ctx.db, batchId);
  if (!batch) throw new AppError('NOT_FOUND', 'Không tìm thấy lần nhập này.');
  if (batch.status === 'undone') throw new AppError('CONFLICT', 'Lần nhập này đã được hoàn tác trước đó.');
  await backupIntoFolder(ctx.conn, 'manual', ctx.now());
  const province = await officeProvince(ctx);
  const now = ctx.now();
  const report = await writeTransaction(ctx, async (tx) => {
    const trx = tx.db;
    const all = await changesOf(trx, batchId);
    const fund: FundUndoChanges = { loans: [], members: [], disbursements: [], repayments: [] };
    const fundList: Record<string, number[]> = {
      fund_loans: fund.loans,
      fund_members: fund.members,
      fund_disbursements: fund.disbursements,
      fund_repayments: fund.repayments,
    };
    for (const c of all) fundList[c.entity]?.push(c.entity_id);
    const ledger = await undoLedgerImport(
      ctx,
      trx,
      fund,
      { committedAt: batch.committed_at, fileName: batch.file_name },
      now.toISOString(),
    );
    let reverted = ledger.reverted;
    let kept = ledger.kept;
    // A row the import added and a later row of the same file filled in goes to the bin whole: reverting the
    // filling first would stamp the row as edited after the import, and keep it.
    const inserted = new Set(all.filter((c) => c.action === 'insert').map((c) => `${c.entity}:${String(c.entity_id)}`));
    for (const change of all) {
      if (fundList[change.entity] !== undefined) continue;
      if (change.action !== 'insert' && inserted.has(`${change.entity}:${String(change.entity_id)}`)) continue;
      if (!isRegistryEntity(change.entity as ImportEntity)) {
        const done = await undoSupportChange(trx, change, batch.committed_at, now.toISOString());
        if (done === 'reverted') reverted++;
        else if (done === 'kept') kept++;
        continue;
      }
      const entity = change.entity as Entity;
      const row = await getRow(trx, ENTITY_CONFIG[entity].table, change.entity_id);
      if (!row || row.deleted_at) continue;
      let op: RegistryOp;
      if (change.action === 'insert') {
        if (String(row.updated_at) > batch.committed_at) {
          kept++;
          continue;
        }
        op = { kind: 'delete', id: change.entity_id };
      } else {
        // Only fields that still hold what the import wrote go back; a later edit by the clerk stays.
        const current = ENTITY_CONFIG[entity].fromColumns(row);
        const after = JSON.parse(change.after) as Record<string, CellValue>;
        const before = JSON.parse(change.before ?? '{}') as Record<string, CellValue>;
        const revert = Object.fromEntries(
          Object.entries(before).filter(([field]) => JSON.stringify(current[field] ?? null) === JSON.stringify(after[field] ?? null)),
        );
        if (Object.keys(revert).length < Object.keys(before).length) kept++;
        if (Object.keys(revert).length === 0) continue;
        op = { kind: 'update', id: change.entity_id, changes: revert };
      }
      const { results } = await runOpsIn(ctx, tx, entity, [op], { provinceCode: province, now, withRows: false });
      if (results[0]?.ok) reverted++;
      else kept++;
    }
    await markUndone(trx, batchId, now.toISOString());
    await closeFlagsOfBatch(trx, batchId, now.toISOString(), ctx.who);
    return { batchId, reverted, keptBecauseChangedSince: kept };
  });
  ctx.events.emit('data.changed', { area: 'registry' });
  ctx.events.emit('data.changed', { area: 'bcd' });
  ctx.events.emit('data.changed', { area: 'imports' });
  ctx.events.emit('data.changed', { area: 'fund' });
  return report;
}
