import { z } from 'zod';
import { filePath, id, isoDate, method, noInput, text, year, type MethodDef } from './define.ts';
import { importMethods } from './imports.ts';
import { reviewMethods } from './review.ts';
import { inspectionMethods } from './inspections.ts';
import { reportMethods } from './reports.ts';
import type { AppInfo, BackupInfo, DbCheckReport, RestoreReport, Settings } from './dto.ts';
import { ENTITIES } from './fields.ts';
import type {
  ApplyResult,
  CertRow,
  CommuneDto,
  CommuneMatchDto,
  DeletedItem,
  FigureRow,
  OcopRow,
  OrgDetail,
  OrgName,
  OrgRow,
  ProvinceDto,
  RegistryStats,
} from './registry-dto.ts';
import { FIGURE_PERIODS, ORG_STATUSES } from './vocab.ts';

export const settingsSchema = z
  .object({
    officeName: text(200),
    provinceCode: z.string().regex(/^\d{0,3}$/, 'Mã tỉnh gồm tối đa 3 chữ số'),
    issuingBody: text(200),
    parentBody: text(200),
    placeName: text(100),
    signerName: text(100),
    signerTitle: text(100),
    signerAuthority: text(100),
  })
  .strict();


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

const coreMethods = {
  'app.info': method<AppInfo>()(noInput),
  'settings.get': method<Settings>()(noInput),
  'settings.set': method<Settings>()(settingsSchema.partial().strict()),
  'db.backup': method<BackupInfo>()(z.object({ path: filePath.optional() }).strict()),
  'db.listBackups': method<BackupInfo[]>()(noInput),
  'db.restore': method<RestoreReport>()(z.object({ path: filePath }).strict()),
  'db.check': method<DbCheckReport>()(noInput),

  'adminUnits.provinces': method<ProvinceDto[]>()(noInput),
  'adminUnits.communes': method<CommuneDto[]>()(z.object({ provinceCode: z.string().regex(/^\d{2}$/).optional() }).strict()),
  'adminUnits.search': method<CommuneMatchDto[]>()(
    z.object({ query: z.string().max(100), provinceCode: z.string().regex(/^\d{2}$/).optional(), limit: z.number().int().min(1).max(200).optional() }).strict(),
  ),

  'registry.listOrganizations': method<OrgRow[]>()(z.object({ year: year.optional() }).strict()),
  'registry.organizationNames': method<OrgName[]>()(noInput),
  'registry.listFigures': method<FigureRow[]>()(z.object({ year: year.optional(), organizationId: id.optional() }).strict()),
  'registry.listOcop': method<OcopRow[]>()(noInput),
  'registry.listCertifications': method<CertRow[]>()(noInput),
  'registry.organizationDetail': method<OrgDetail>()(z.object({ id }).strict()),
  'registry.apply': method<ApplyResult>()(z.object({ entity: z.enum(ENTITIES), ops: z.array(registryOp).min(1).max(20000) }).strict()),
  'registry.setStatus': method<OrgRow>()(
    z.object({ organizationId: id, status: z.enum(ORG_STATUSES), fromDate: isoDate, toDate: isoDate.nullable().optional(), note: z.string().max(1000).nullable().optional() }).strict(),
  ),
  'registry.recycleBin': method<DeletedItem[]>()(noInput),
  'registry.stats': method<RegistryStats>()(z.object({ year: year.optional() }).strict()),
} as const;

export type { MethodDef };

/**
 * The single list of API methods. Each entry names its input schema (checked at run time by every
 * door before a service sees the call) and, as a phantom type, its output. Handlers, the preload and
 * the renderer client are all typed from this object; no channel string is written anywhere else.
 */
export const contract = { ...coreMethods, ...importMethods, ...reviewMethods, ...reportMethods, ...inspectionMethods } as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type InputOf<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInputOf<M extends MethodName> = z.output<Contract[M]['input']>;
export type OutputOf<M extends MethodName> = Contract[M] extends MethodDef<z.ZodType, infer O> ? O : never;

export const methodNames = Object.keys(contract) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** The IPC channel of a method; the only place a channel string is made. */
export function channelOf(name: MethodName): string {
  return `kttt:${name}`;
}
