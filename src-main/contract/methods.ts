import { bcdMethods } from './bcd.ts';
import { collectionMethods } from './collection.ts';
import { databaseMethods } from './database.ts';
import { homeMethods } from './home.ts';
import { type MethodDef } from './define.ts';
import { fundMethods } from './fund.ts';
import { importMethods } from './imports.ts';
import { inspectionMethods } from './inspections.ts';
import { registryMethods } from './registry.ts';
import { reportMethods } from './reports.ts';
import { reviewMethods } from './review.ts';
import { settingsMethods } from './settings.ts';
import type { z } from 'zod';

export { settingsSchema } from './settings.ts';
export { registryOp, type RegistryOp } from './registry.ts';
export type { MethodDef };

/**
 * The single list of API methods. Each entry names its input schema (checked at run time by every
 * door before a service sees the call) and, as a phantom type, its output. Handlers, the preload and
 * the renderer client are all typed from this object; no channel string is written anywhere else.
 */
export const contract = {
  ...databaseMethods,
  ...settingsMethods,
  ...registryMethods,
  ...importMethods,
  ...reviewMethods,
  ...reportMethods,
  ...inspectionMethods,
  ...homeMethods,
  ...bcdMethods,
  ...fundMethods,
  ...collectionMethods,
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
