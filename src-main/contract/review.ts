import { z } from 'zod';
import { id, method, noInput } from './define.ts';
import { IMPORT_ENTITIES } from './fields.ts';
import type { ReviewGroup, ReviewItem } from './import-dto.ts';
import type { ReportFile } from './reports.ts';

const textKey = z.string().max(2000);
/** A value for the flagged cells: a code, several codes (sectors), a number, a text; null leaves them blank. */
const value = z.union([z.string().max(2000), z.number().finite(), z.array(z.string().max(100)).max(20), z.null()]);

/** "Cần xem lại": the cells imports could not read, grouped, fixed many at once, remembered for later imports. */
export const reviewMethods = {
  'review.count': method<{ open: number }>()(noInput),
  /** Open cells grouped by field and text; of one import when `batchId` is given. */
  'review.groups': method<ReviewGroup[]>()(z.object({ batchId: id.optional() }).strict()),
  'review.items': method<ReviewItem[]>()(
    z
      .object({
        entity: z.enum(IMPORT_ENTITIES).optional(),
        field: z.string().max(50).optional(),
        textKey: textKey.optional(),
        batchId: id.optional(),
        limit: z.number().int().min(1).max(100000).optional(),
      })
      .strict(),
  ),
  /**
   * Gives every open cell of a group (same field, same text) one value; `remember` makes later imports read
   * that text so. A null value closes them as reviewed, leaving them blank.
   */
  'review.fixGroup': method<{ fixed: number; remembered: boolean }>()(
    z.object({ entity: z.enum(IMPORT_ENTITIES), field: z.string().max(50), textKey, value, remember: z.boolean() }).strict(),
  ),
  'review.fixItem': method<{ fixed: number; remembered: boolean }>()(z.object({ id, value }).strict()),
  /** The open cells as an Excel workbook, to hand on or work through on paper. */
  'review.export': method<ReportFile>()(noInput),
} as const;
