import type { databaseMethods } from '../../contract/database.ts';
import type { CoreContext } from '../context.ts';
import type { HandlersFor } from '../handler-types.ts';
import { appInfo, backupNow, checkNow, listAllBackups, restoreFrom } from './maintenance.ts';

/** Handlers of the methods in contract/database.ts. */
export function buildDatabaseHandlers(ctx: CoreContext): HandlersFor<keyof typeof databaseMethods> {
  return {
    'app.info': () => appInfo(ctx),
    'db.backup': (input) => backupNow(ctx, input.path, input.overwrite),
    'db.listBackups': () => listAllBackups(ctx),
    'db.restore': (input) => restoreFrom(ctx, input.path),
    'db.check': () => checkNow(ctx),
  };
}
