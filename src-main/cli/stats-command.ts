import type { RegistryStats } from '../contract/index.ts';
import { ORG_STATUS_LABEL, ORG_TYPE_LABEL } from '../contract/vocab.ts';
import type { App } from '../core/app.ts';
import { formatNumber } from '../shared/index.ts';
import { yearOption } from './args.ts';
import { printError, type CliOutput } from './output.ts';

/** `kttt stats [--year N] [--json]`: counts by type and status, and how many reported figures for N. */
export async function runStats(app: App, options: Map<string, string>, json: boolean, io: CliOutput): Promise<0 | 2> {
  const year = yearOption(options);
  const r = await app.call('registry.stats', year === undefined ? {} : { year });
  if (!r.ok) {
    printError(io, json, r.error);
    return 2;
  }
  const s = r.value as RegistryStats;
  if (json) {
    io.out(JSON.stringify(s, null, 2));
    return 0;
  }
  io.out(`Tổng số tổ chức KTTT (chưa xóa): ${formatNumber(s.total)}`);
  for (const g of s.byTypeAndStatus) io.out(`  ${ORG_TYPE_LABEL[g.type]} — ${ORG_STATUS_LABEL[g.status]}: ${formatNumber(g.count)}`);
  io.out(`Có số liệu năm ${s.year}: ${formatNumber(s.withFigures)}`);
  return 0;
}
