import { z } from 'zod';
import type { AppInfo, BackupInfo, DbCheckReport, RestoreReport, Settings } from './dto.ts';

/**
 * The single list of API methods. Each entry names its input schema (checked at run time by every
 * door before a service sees the call) and, as a phantom type, its output. Handlers, the preload and
 * the renderer client are all typed from this object; no channel string is written anywhere else.
 */
export interface MethodDef<I extends z.ZodType, O> {
  input: I;
  /** Never set: carries the output type only. */
  readonly output?: O;
}

function method<O>() {
  return <I extends z.ZodType>(input: I): MethodDef<I, O> => ({ input });
}

const noInput = z.object({}).strict();

const text = (max: number) => z.string().trim().max(max);

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

/** An absolute or relative path to a file; NUL bytes are refused outright. */
const filePath = z.string().min(1).max(4096).refine((p) => !p.includes('\0'), 'Đường dẫn không hợp lệ');

export const contract = {
  'app.info': method<AppInfo>()(noInput),
  'settings.get': method<Settings>()(noInput),
  'settings.set': method<Settings>()(settingsSchema.partial().strict()),
  'db.backup': method<BackupInfo>()(z.object({ path: filePath.optional() }).strict()),
  'db.listBackups': method<BackupInfo[]>()(noInput),
  'db.restore': method<RestoreReport>()(z.object({ path: filePath }).strict()),
  'db.check': method<DbCheckReport>()(noInput),
} as const;

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
