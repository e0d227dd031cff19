import type { FundAgingRow, FundDueRow } from '../contract/fund-dto.ts';
import type { App } from '../core/app.ts';
import { formatNumber, formatVnDate } from '../shared/index.ts';
import { UsageError } from './args.ts';
import { printError, type CliOutput } from './output.ts';

function asOfOption(options: Map<string, string>): string {
  const v = options.get('as-of');
  if (v === undefined) throw new UsageError('Cần --as-of YYYY-MM-DD.');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v)))
    throw new UsageError(`--as-of phải có dạng YYYY-MM-DD (nhận được "${v}").`);
  return v;
}

const line = (r: FundAgingRow): string =>
  `  ${r.contractNo ?? r.code} — ${r.borrowerName}: dư nợ ${formatNumber(r.principalOutstanding)} đồng, gốc quá hạn ${formatNumber(r.principalOverdue)} đồng, ` +
  `lãi quá hạn ${formatNumber(r.interestOverdue)} đồng, quá hạn từ ${r.overdueSince ? formatVnDate(r.overdueSince) : ''} (${formatNumber(r.daysOverdue)} ngày, nhóm ${String(r.group)})`;

const dueLine = (r: FundDueRow): string =>
  `  ${formatVnDate(r.dueOn)} — ${r.contractNo ?? r.code} — ${r.borrowerName}: gốc ${formatNumber(r.principal)} đồng, lãi ${formatNumber(r.interest)} đồng`;

/**
 * `kttt fund overdue --as-of D` (loans overdue on D, oldest first) and `kttt fund due --as-of D` (instalments in
 * the 30 days from D); --json gives the rows as the app's lists have them.
 */
export async function runFund(app: App, words: string[], options: Map<string, string>, json: boolean, io: CliOutput): Promise<0 | 2> {
  const sub = words[1];
  if (sub !== 'overdue' && sub !== 'due') throw new UsageError('Lệnh fund cần: overdue hoặc due (--as-of YYYY-MM-DD).');
  const asOf = asOfOption(options);
  if (sub === 'overdue') {
    const r = await app.call('fund.aging', { asOf });
    if (!r.ok) {
      printError(io, json, r.error);
      return 2;
    }
    const overdue = r.value.filter((a) => a.daysOverdue > 0);
    if (json) io.out(JSON.stringify(overdue, null, 2));
    else {
      io.out(
        `Khoản vay của Quỹ quá hạn đến ngày ${formatVnDate(asOf)}: ${formatNumber(overdue.length)} / ${formatNumber(r.value.length)} khoản còn dư nợ`,
      );
      for (const a of overdue) io.out(line(a));
    }
    return 0;
  }
  const r = await app.call('fund.dueSoon', { asOf, days: 30 });
  if (!r.ok) {
    printError(io, json, r.error);
    return 2;
  }
  if (json) io.out(JSON.stringify(r.value, null, 2));
  else {
    io.out(`Kỳ trả nợ đến hạn từ ${formatVnDate(asOf)} đến 30 ngày sau: ${formatNumber(r.value.length)}`);
    for (const d of r.value) io.out(dueLine(d));
  }
  return 0;
}
