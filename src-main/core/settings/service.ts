import type { Settings } from '../../contract/index.ts';
import { recordAudit } from '../audit/repository.ts';
import type { CoreContext } from '../context.ts';
import { readAllSettings, writeSetting } from './repository.ts';
import { writeTransaction } from '../db/transaction.ts';

export const DEFAULT_SETTINGS: Settings = {
  officeName: '',
  provinceCode: '',
  issuingBody: '',
  parentBody: '',
  placeName: '',
  signerName: '',
  signerTitle: '',
  signerAuthority: '',
};

const KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];

export async function getSettings(ctx: CoreContext): Promise<Settings> {
  const stored = await readAllSettings(ctx.db);
  const result = { ...DEFAULT_SETTINGS };
  for (const key of KEYS) {
    const v = stored.get(key);
    if (typeof v === 'string') result[key] = v;
  }
  return result;
}

/** Saves the given fields in one transaction and logs each change with its old and new value. */
export async function setSettings(ctx: CoreContext, patch: Partial<Settings>): Promise<Settings> {
  const before = await getSettings(ctx);
  const at = ctx.now().toISOString();
  const changed = KEYS.filter((k) => patch[k] !== undefined && patch[k] !== before[k]);
  if (changed.length > 0) {
    await writeTransaction(ctx, async ({ db: trx }) => {
      for (const key of changed) await writeSetting(trx, key, patch[key], at);
      await recordAudit(
        trx,
        ctx.who,
        at,
        changed.map((key) => ({
          action: 'update' as const,
          entity: 'settings',
          entityId: key,
          field: key,
          oldValue: before[key],
          newValue: patch[key],
        })),
      );
    });
    ctx.events.emit('data.changed', { area: 'settings' });
  }
  return { ...before, ...Object.fromEntries(changed.map((k) => [k, patch[k]])) };
}

/** The office's province as a two-digit code of the 2025 list, or undefined until one is chosen. */
export async function officeProvince(ctx: CoreContext): Promise<string | undefined> {
  const code = (await getSettings(ctx)).provinceCode;
  return code ? code.padStart(2, '0') : undefined;
}
