import { z } from 'zod';
import { filePath, method, noInput } from './define.ts';
import type { AppInfo, BackupInfo, DbCheckReport, RestoreReport } from './dto.ts';

/** The application and its database file: version and path, backups, restore, integrity check. */
export const databaseMethods = {
  'app.info': method<AppInfo>()(noInput),
  /** `overwrite`: the clerk confirmed replacing an existing file (the save dialog, or --overwrite); otherwise refused. */
  'db.backup': method<BackupInfo>()(z.object({ path: filePath.optional(), overwrite: z.boolean().optional() }).strict()),
  'db.listBackups': method<BackupInfo[]>()(noInput),
  'db.restore': method<RestoreReport>()(z.object({ path: filePath }).strict()),
  'db.check': method<DbCheckReport>()(noInput),
} as const;
