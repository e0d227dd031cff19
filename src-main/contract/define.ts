import { z } from 'zod';

/**
 * Building blocks of the contract, shared by every feature's method list (registry, imports, reports,
 * inspections): each list is one object of `method<Output>()(inputSchema)` entries merged in methods.ts.
 */
export interface MethodDef<I extends z.ZodType, O> {
  input: I;
  /** Never set: carries the output type only. */
  readonly output?: O;
}

export function method<O>() {
  return <I extends z.ZodType>(input: I): MethodDef<I, O> => ({ input });
}

export const noInput = z.object({}).strict();
export const text = (max: number) => z.string().trim().max(max);
export const id = z.number().int().positive();
export const year = z.number().int().min(1945).max(2100);
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD');
/** An absolute or relative path to a file; NUL bytes are refused outright. */
export const filePath = z
  .string()
  .min(1)
  .max(4096)
  .refine((p) => !p.includes('\0'), 'Đường dẫn không hợp lệ');
