import { z } from 'zod';
import { method, noInput, text } from './define.ts';
import type { Settings } from './dto.ts';

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

/** The office's settings: its name, province, issuing body and signer (printed on every report). */
export const settingsMethods = {
  'settings.get': method<Settings>()(noInput),
  'settings.set': method<Settings>()(settingsSchema.partial().strict()),
} as const;
