import type { CoreContext } from './context.ts';
import type { Handlers } from './handler-types.ts';
import { buildImportHandlers } from './import/handlers.ts';
import { buildInspectionHandlers } from './inspections/handlers.ts';
import { buildReportHandlers } from './reports/handlers.ts';
import { buildReviewHandlers } from './review/handlers.ts';
import { appInfo, backupNow, checkNow, listAllBackups, restoreFrom } from './db/maintenance.ts';
import { getSettings, setSettings } from './settings/service.ts';
import { listCommunes, listProvinces, searchCommunes } from './registry/admin.ts';
import { applyOps } from './registry/apply.ts';
import { listCertRows, listFigureRows, listOcopRows, listOrganizations, organizationDetail, organizationDirectory, recycleBin, registryStats } from './registry/read.ts';
import { setStatus } from './registry/service.ts';

export type { Handlers };

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
    'adminUnits.provinces': () => listProvinces(ctx),
    'adminUnits.communes': (input) => listCommunes(ctx, input.provinceCode),
    'adminUnits.search': (input) => searchCommunes(ctx, input.query, input.provinceCode, input.limit),
    'registry.listOrganizations': (input) => listOrganizations(ctx, input.year),
    'registry.organizationNames': () => organizationDirectory(ctx),
    'registry.listFigures': (input) => listFigureRows(ctx, input),
    'registry.listOcop': () => listOcopRows(ctx),
    'registry.listCertifications': () => listCertRows(ctx),
    'registry.organizationDetail': (input) => organizationDetail(ctx, input.id),
    'registry.apply': (input) => applyOps(ctx, input.entity, input.ops),
    'registry.setStatus': (input) => setStatus(ctx, input),
    'registry.recycleBin': () => recycleBin(ctx),
    'registry.stats': (input) => registryStats(ctx, input.year),
    ...buildImportHandlers(ctx),
    ...buildReviewHandlers(ctx),
    ...buildReportHandlers(ctx),
    ...buildInspectionHandlers(ctx),
  };
}
