import type { MethodName, OutputOf, ParsedInputOf } from '../contract/index.ts';
import type { CoreContext } from './context.ts';
import { appInfo, backupNow, checkNow, listAllBackups, restoreFrom } from './database/service.ts';
import { getSettings, setSettings } from './settings/service.ts';

export type Handlers = {
  [M in MethodName]: (input: ParsedInputOf<M>) => Promise<OutputOf<M>> | OutputOf<M>;
};

/** One handler per contract method; the type makes a missing one a compile error. */
export function buildHandlers(ctx: CoreContext): Handlers {
  return {
    'app.info': () => appInfo(ctx),
    'settings.get': () => getSettings(ctx),
    'settings.set': (input) => setSettings(ctx, input),
    'db.backup': (input) => backupNow(ctx, input.path),
    'db.listBackups': () => listAllBackups(ctx),
    'db.restore': (input) => restoreFrom(ctx, input.path),
    'db.check': () => checkNow(ctx),
  };
}
