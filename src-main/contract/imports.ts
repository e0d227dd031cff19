import { z } from 'zod';
import { id, method, noInput, year } from './define.ts';
import { IMPORT_ENTITIES } from './fields.ts';
import type { ImportBatchDto, ImportPreview, ImportRunResult, UndoReport } from './import-dto.ts';

const jobId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);
/** Chosen by the page for one reading of a file, so that it can stop it (imports.stopReading). */
const readId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);
const sheet = z.string().min(1).max(200);
const cell = z.union([z.string().max(5000), z.number().finite(), z.null()]);

/** Largest spreadsheet accepted, before base64 (the reader enforces its own limits as well). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** Methods of the legacy spreadsheet import (issue 4); merged into the contract in methods.ts. */
export const importMethods = {
  /** Reads and analyzes a file sent by the renderer; nothing is written until imports.commit. */
  'imports.open': method<ImportPreview>()(
    z
      .object({
        fileName: z.string().min(1).max(260),
        contentBase64: z
          .string()
          .min(1)
          .max(Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 4),
        year: year.optional(),
        readId: readId.optional(),
      })
      .strict(),
  ),
  /**
   * A whole import in one call, without the wizard (the CLI): read, refuse a mapping that is only a guess,
   * then preview or commit. `allRows` lists every row's fate in the answer, not only the rows worth showing.
   */
  'imports.run': method<ImportRunResult>()(
    z
      .object({
        fileName: z.string().min(1).max(260),
        contentBase64: z
          .string()
          .min(1)
          .max(Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 4),
        year: year.optional(),
        commit: z.boolean(),
        allRows: z.boolean(),
      })
      .strict(),
  ),
  /** Stops a reading still under way (the worker is stopped); its imports.open answers with "Đã hủy việc đọc tệp.". */
  'imports.stopReading': method<{ stopped: boolean }>()(z.object({ readId }).strict()),
  'imports.setColumn': method<ImportPreview>()(
    z.object({ jobId, sheet, columnIndex: z.number().int().min(0).max(1000), field: z.string().max(50).nullable() }).strict(),
  ),
  'imports.setSheet': method<ImportPreview>()(
    z.object({ jobId, sheet, entity: z.enum(IMPORT_ENTITIES).nullable(), year: year.nullable().optional() }).strict(),
  ),
  'imports.fixCell': method<ImportPreview>()(
    z.object({ jobId, sheet, sourceRow: z.number().int().positive(), field: z.string().max(50), value: cell }).strict(),
  ),
  'imports.commit': method<ImportBatchDto>()(z.object({ jobId }).strict()),
  'imports.cancel': method<{ cancelled: boolean }>()(z.object({ jobId }).strict()),
  'imports.history': method<ImportBatchDto[]>()(noInput),
  'imports.undo': method<UndoReport>()(z.object({ batchId: id }).strict()),
} as const;
