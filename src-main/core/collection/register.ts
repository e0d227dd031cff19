import { AppError } from '../../contract/index.ts';
import type { HomeAlert } from '../../contract/home.ts';
import type { CollectionPeriod, ReceiptChannel, ReceiptRegister, ReceiptRow } from '../../contract/collection.ts';
import type { CoreContext } from '../context.ts';
import { writeTransaction } from '../db/transaction.ts';
import { recordAudit } from '../audit/repository.ts';
import { communeName } from '../inspections/common.ts';
import {
  countNotReported,
  deleteReceipt,
  expectedOrganizations,
  organizationById,
  receiptOf,
  receiptsOf,
  upsertReceipt,
} from './repository.ts';
import { localIsoDate } from '../registry/values.ts';
import { periodEnd } from './templates.ts';

/**
 * The register of reports received: every organization expected to report for a year and period, and
 * whether it has (by a template import, or set by hand for a paper form, an email, the national system).
 */
export async function receiptRegister(
  ctx: CoreContext,
  input: { year: number; period: CollectionPeriod; communeCode?: string | undefined; missingOnly?: boolean | undefined },
): Promise<ReceiptRegister> {
  const [orgs, receipts] = await Promise.all([
    expectedOrganizations(ctx.db, periodEnd(input.year, input.period), input.communeCode ? [input.communeCode] : undefined),
    receiptsOf(ctx.db, input.year, input.period),
  ]);
  const byOrg = new Map(receipts.map((r) => [r.organization_id, r]));
  // A few hundred communes for tens of thousands of rows: each name looked up once.
  const communes = new Map<string | null, string>();
  const communeOf = (code: string | null): string => {
    let name = communes.get(code);
    if (name === undefined) communes.set(code, (name = communeName(ctx, code) ?? ''));
    return name;
  };
  const all = orgs.map((o): ReceiptRow => {
    const r = byOrg.get(o.id);
    return {
      organizationId: o.id,
      name: o.name,
      type: o.type,
      communeCode: o.commune_code,
      communeName: communeOf(o.commune_code),
      received: r !== undefined,
      receivedOn: r?.received_on ?? null,
      channel: (r?.channel as ReceiptChannel | undefined) ?? null,
      enteredBy: r?.entered_by ?? null,
      note: r?.note ?? null,
    };
  });
  const received = all.filter((r) => r.received).length;
  return {
    year: input.year,
    period: input.period,
    expected: all.length,
    received,
    rows: input.missingOnly ? all.filter((r) => !r.received) : all,
  };
}

/** Sets by hand that a report was received (on a date, by a channel), or with no date that it was not. */
export async function setReceipt(
  ctx: CoreContext,
  input: {
    organizationId: number;
    year: number;
    period: CollectionPeriod;
    receivedOn: string | null;
    channel: ReceiptChannel;
    note?: string | null | undefined;
  },
): Promise<ReceiptRow> {
  const org = await organizationById(ctx.db, input.organizationId);
  if (!org) throw new AppError('NOT_FOUND', 'Không tìm thấy tổ chức.');
  const today = localIsoDate(ctx.now());
  if (input.receivedOn !== null && input.receivedOn > today)
    throw new AppError('INVALID_INPUT', 'Ngày nhận báo cáo không thể sau ngày hôm nay.');
  const at = ctx.now().toISOString();
  await writeTransaction(ctx, async ({ db }) => {
    const before = await receiptOf(db, input.organizationId, input.year, input.period);
    if (input.receivedOn === null) await deleteReceipt(db, input.organizationId, input.year, input.period);
    else
      await upsertReceipt(db, {
        organizationId: input.organizationId,
        year: input.year,
        period: input.period,
        receivedOn: input.receivedOn,
        channel: input.channel,
        enteredBy: ctx.who,
        note: input.note ?? null,
        importBatchId: null,
        at,
      });
    await recordAudit(db, ctx.who, at, [
      {
        action: input.receivedOn === null ? 'delete' : before ? 'update' : 'insert',
        entity: 'report_receipts',
        entityId: `${input.organizationId}/${input.year}/${input.period}`,
        field: null,
        oldValue: before ? { receivedOn: before.received_on, channel: before.channel } : null,
        newValue: input.receivedOn === null ? null : { receivedOn: input.receivedOn, channel: input.channel },
      },
    ]);
  });
  ctx.events.emit('data.changed', { area: 'collection' });
  const register = await receiptRegister(ctx, { year: input.year, period: input.period, communeCode: org.commune_code ?? undefined });
  const row = register.rows.find((r) => r.organizationId === input.organizationId);
  if (!row) throw new AppError('INVALID_INPUT', 'Tổ chức này không thuộc diện báo cáo kỳ này (đã giải thể hoặc thành lập sau kỳ báo cáo).');
  return row;
}

/**
 * The home page's alert: organizations that have not reported the last year's figures. From 1 January the
 * year just ended is due; the alert is a warning until the end of March, then past due.
 */
export async function collectionAlerts(ctx: CoreContext, asOf: string): Promise<HomeAlert[]> {
  const year = Number(asOf.slice(0, 4)) - 1;
  const count = await countNotReported(ctx.db, year, 'Y', periodEnd(year, 'Y'));
  if (count === 0) return [];
  return [
    {
      key: 'collection.notReported',
      label: `Chưa nhận báo cáo số liệu năm ${year}`,
      count,
      severity: asOf.slice(5) > '03-31' ? 'danger' : 'warning',
      target: { section: 'thu-thap', path: `register?year=${year}&period=Y` },
    },
  ];
}
