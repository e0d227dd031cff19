import type { OrgRow, OrgStatus } from '../../contract/index.ts';
import { AppError } from '../../contract/index.ts';
import { recordAudit } from '../audit/repository.ts';
import type { CoreContext } from '../context.ts';
import { getOrganization, insertStatus } from './repository.ts';
import { registryRow } from './read.ts';
import { refreshCurrentStatus } from './status.ts';
import { localIsoDate } from './values.ts';
import { writeTransaction } from '../db/transaction.ts';

export interface StatusChange {
  organizationId: number;
  status: OrgStatus;
  fromDate: string;
  toDate?: string | null;
  note?: string | null;
}

/** Records a dated status change (e.g. "tạm ngừng from 01/03 to 31/08"), keeping the history. */
export async function setStatus(ctx: CoreContext, change: StatusChange): Promise<OrgRow> {
  const now = ctx.now();
  const today = localIsoDate(now);
  if (change.fromDate > today) throw new AppError('INVALID_INPUT', 'Ngày bắt đầu tình trạng không được sau ngày hôm nay.');
  if (change.toDate && change.toDate < change.fromDate) throw new AppError('INVALID_INPUT', 'Ngày kết thúc phải sau ngày bắt đầu.');
  if (change.toDate && change.status !== 'tam_ngung') throw new AppError('INVALID_INPUT', 'Chỉ tình trạng tạm ngừng mới có ngày kết thúc.');
  const at = now.toISOString();
  await writeTransaction(ctx, async ({ db: trx, direct }) => {
    const org = await getOrganization(trx, change.organizationId);
    if (!org || org.deleted_at) throw new AppError('NOT_FOUND', 'Không tìm thấy tổ chức này.');
    insertStatus(direct, {
      organizationId: org.id,
      status: change.status,
      fromDate: change.fromDate,
      toDate: change.toDate ?? null,
      note: change.note ?? null,
      at,
      startUnknown: false,
    });
    await refreshCurrentStatus(trx, org.id, today, at);
    await recordAudit(trx, ctx.who, at, [
      {
        action: 'update',
        entity: 'organizations',
        entityId: String(org.id),
        field: 'status',
        oldValue: org.status,
        newValue: { status: change.status, from: change.fromDate, to: change.toDate ?? null },
      },
    ]);
  });
  ctx.events.emit('data.changed', { area: 'registry' });
  const row = await registryRow(ctx, ctx.db, 'organizations', change.organizationId);
  if (!row) throw new AppError('NOT_FOUND');
  return row as OrgRow;
}
