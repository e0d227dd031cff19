import type { registryMethods } from '../../contract/registry.ts';
import type { CoreContext } from '../context.ts';
import type { HandlersFor } from '../handler-types.ts';
import { listCommunes, listProvinces, searchCommunes } from './admin.ts';
import { applyOps } from './apply.ts';
import {
  listCertRows,
  listFigureRows,
  listOcopRows,
  listOrganizations,
  organizationDetail,
  organizationDirectory,
  recycleBin,
  registryStats,
} from './read.ts';
import { setStatus } from './service.ts';
import { figureSheet } from './figure-sheet.ts';
import { organizationGrid } from './org-grid.ts';
import { purgeFromBin } from './purge.ts';

/** Handlers of the methods in contract/registry.ts. */
export function buildRegistryHandlers(ctx: CoreContext): HandlersFor<keyof typeof registryMethods> {
  return {
    'adminUnits.provinces': () => listProvinces(ctx),
    'adminUnits.communes': (input) => listCommunes(ctx, input.provinceCode),
    'adminUnits.search': (input) => searchCommunes(ctx, input.query, input.provinceCode, input.limit),
    'registry.listOrganizations': (input) => listOrganizations(ctx, input.year),
    'registry.organizationGrid': (input) => organizationGrid(ctx, input.year),
    'registry.organizationNames': () => organizationDirectory(ctx),
    'registry.listFigures': (input) => listFigureRows(ctx, input),
    'registry.figureSheet': (input) => figureSheet(ctx, input.year),
    'registry.listOcop': () => listOcopRows(ctx),
    'registry.listCertifications': () => listCertRows(ctx),
    'registry.organizationDetail': (input) => organizationDetail(ctx, input.id),
    'registry.apply': (input) => applyOps(ctx, input.entity, input.ops),
    'registry.setStatus': (input) => setStatus(ctx, input),
    'registry.recycleBin': () => recycleBin(ctx),
    'registry.purge': (input) => purgeFromBin(ctx, input.entity, input.ids),
    'registry.stats': (input) => registryStats(ctx, input.year),
  };
}
