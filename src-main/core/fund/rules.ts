import type { FundRules } from '../../contract/fund-dto.ts';
import { fundRulesInput } from '../../contract/fund.ts';
import { recordAudit } from '../audit/repository.ts';
import type { CoreContext } from '../context.ts';
import { writeTransaction } from '../db/transaction.ts';
import type { Db } from '../db/types.ts';
import { readSetting, writeSetting } from '../settings/repository.ts';
import { DEFAULT_GROUP_THRESHOLDS } from './position.ts';

const KEY = 'fund.rules';

/** NĐ 45/2021 Đ22 (own capital ≥ 20 %) and TT 11/2021's groups by days overdue, until the fund saves its own. */
export const DEFAULT_FUND_RULES: FundRules = { ownCapitalMinPercent: 20, groupThresholds: [...DEFAULT_GROUP_THRESHOLDS] };

/**
 * Whether the own capital reaches the fund's share of the total investment (NĐ 45/2021 Đ22); null when either is
 * not known (a contract read from the fund's old ledger): an unknown is neither met nor failed.
 */
export function ownCapitalMet(loan: { total_investment: number | null; own_capital: number | null }, rules: FundRules): boolean | null {
  const { total_investment: total, own_capital: own } = loan;
  if (total === null || own === null || total <= 0) return null;
  return own * 100 >= rules.ownCapitalMinPercent * total;
}

export async function fundRules(db: Db): Promise<FundRules> {
  const stored = fundRulesInput.safeParse(await readSetting(db, KEY));
  return stored.success ? stored.data : DEFAULT_FUND_RULES;
}

export async function saveFundRules(ctx: CoreContext, rules: FundRules): Promise<FundRules> {
  const before = await fundRules(ctx.db);
  const at = ctx.now().toISOString();
  await writeTransaction(ctx, async ({ db }) => {
    await writeSetting(db, KEY, rules, at);
    await recordAudit(db, ctx.who, at, [{ action: 'update', entity: 'settings', entityId: KEY, oldValue: before, newValue: rules }]);
  });
  ctx.events.emit('data.changed', { area: 'settings' });
  return rules;
}
