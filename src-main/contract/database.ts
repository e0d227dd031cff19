import { z } from 'zod';
import { filePath, method, noInput } from './define.ts';
import type { AppInfo, BackupInfo, DbCheckReport, RestoreReport } from './dto.ts';

/** The application and its database file: version and path, backups, restore, integrity check. */
export const databaseMethods = {
  'app.info': method<AppInfo>()(noInput),
  'db.backup': method<BackupInfo>()(z.object({ path: filePath.optional() }).strict()),
  'db.listBackups': method<BackupInfo[]>()(noInput),
  'db.restore': method<RestoreReport>()(z.object({ path: filePath }).strict()),
  'db.check': method<DbCheckReport>()(noInput),
} as const;
