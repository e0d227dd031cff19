import { z } from 'zod';
import { id, isoDate, method, noInput, year } from './define.ts';
import { ENTITIES } from './fields.ts';
import type {
  ApplyResult,
  CertRow,
  CommuneDto,
  CommuneMatchDto,
  DeletedItem,
  FigureRow,
  FigureSheetOrg,
  OcopRow,
  OrgDetail,
  OrgName,
  OrgGridList,
  OrgRow,
  ProvinceDto,
  RegistryStats,
} from './registry-dto.ts';
import { FIGURE_PERIODS, ORG_STATUSES } from './vocab.ts';

const cellValue = z.union([z.string().max(5000), z.number().finite(), z.array(z.string().max(100)).max(20), z.null()]);
const changes = z.record(z.string().max(50), cellValue);

/** One edit of a grid; a paste or an undo sends many in one call, applied in one transaction. */
export const registryOp = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('update'), id, changes }).strict(),
  z.object({ kind: z.literal('create'), tempId: z.string().min(1).max(50), values: changes }).strict(),
  z.object({ kind: z.literal('delete'), id }).strict(),
  z.object({ kind: z.literal('restore'), id }).strict(),
  /** Figures of one organization and period, created on first value (the organizations grid's year columns). */
  z.object({ kind: z.literal('upsertFigures'), organizationId: id, year, period: z.enum(FIGURE_PERIODS), changes }).strict(),
]);
export type RegistryOp = z.infer<typeof registryOp>;

/** The registry: organizations, yearly figures, OCOP products, certifications, and the communes they are in. */
export const registryMethods = {
  'adminUnits.provinces': method<ProvinceDto[]>()(noInput),
  'adminUnits.communes': method<CommuneDto[]>()(
    z
      .object({
        provinceCode: z
          .string()
          .regex(/^\d{2}$/)
          .optional(),
      })
      .strict(),
  ),
  'adminUnits.search': method<CommuneMatchDto[]>()(
    z
      .object({
        query: z.string().max(100),
        provinceCode: z
          .string()
          .regex(/^\d{2}$/)
          .optional(),
        limit: z.number().int().min(1).max(200).optional(),
      })
      .strict(),
  ),

  'registry.listOrganizations': method<OrgRow[]>()(z.object({ year: year.optional() }).strict()),
  /** The same list for the organizations grid, compact (a third of the size): what opening the grid waits for. */
  'registry.organizationGrid': method<OrgGridList>()(z.object({ year }).strict()),
  'registry.organizationNames': method<OrgName[]>()(noInput),
  'registry.listFigures': method<FigureRow[]>()(z.object({ year: year.optional(), organizationId: id.optional() }).strict()),
  /** The organizations active on 31/12 of `year` without whole-year figures: the sheet's rows to fill in. */
  'registry.figureSheet': method<FigureSheetOrg[]>()(z.object({ year }).strict()),
  'registry.listOcop': method<OcopRow[]>()(noInput),
  'registry.listCertifications': method<CertRow[]>()(noInput),
  'registry.organizationDetail': method<OrgDetail>()(z.object({ id }).strict()),
  'registry.apply': method<ApplyResult>()(z.object({ entity: z.enum(ENTITIES), ops: z.array(registryOp).min(1).max(20000) }).strict()),
  'registry.setStatus': method<OrgRow>()(
    z
      .object({
        organizationId: id,
        status: z.enum(ORG_STATUSES),
        fromDate: isoDate,
        toDate: isoDate.nullable().optional(),
        note: z.string().max(1000).nullable().optional(),
      })
      .strict(),
  ),
  'registry.recycleBin': method<DeletedItem[]>()(noInput),
  /** Deletes rows of the recycle bin for good (the clerk has confirmed); each refused alone, with the reason. */
  'registry.purge': method<ApplyResult>()(z.object({ entity: z.enum(ENTITIES), ids: z.array(id).min(1).max(20000) }).strict()),
  'registry.stats': method<RegistryStats>()(z.object({ year: year.optional() }).strict()),
} as const;
