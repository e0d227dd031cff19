import { z } from 'zod';
import { id, isoDate, method, text, year } from './define.ts';
import type { PreviewSheet, ImportBatchDto } from './import-dto.ts';
import { MAX_IMPORT_BYTES } from './imports.ts';
import { REPORT_FORMATS, type ReportFile } from './reports.ts';

/** The periods a collection runs for: the whole year (tổng kết năm) or the first half (sơ kết 6 tháng). */
export const COLLECTION_PERIODS = ['Y', 'H1'] as const;
export type CollectionPeriod = (typeof COLLECTION_PERIODS)[number];
export const COLLECTION_PERIOD_LABEL: Record<CollectionPeriod, string> = { Y: 'cả năm', H1: '6 tháng đầu năm' };

/** How templates are split: one workbook per commune, per organization, or one for the whole province. */
export const TEMPLATE_SPLITS = ['commune', 'organization', 'province'] as const;
export type TemplateSplit = (typeof TEMPLATE_SPLITS)[number];

/** How a report reached the office. */
export const RECEIPT_CHANNELS = ['template', 'paper', 'email', 'national'] as const;
export type ReceiptChannel = (typeof RECEIPT_CHANNELS)[number];
export const RECEIPT_CHANNEL_LABEL: Record<ReceiptChannel, string> = {
  template: 'Mẫu biểu (tệp Excel)',
  paper: 'Văn bản giấy',
  email: 'Thư điện tử',
  national: 'Hệ thống thông tin quốc gia',
};

export interface TemplateFile {
  fileName: string;
  contentBase64: string;
  /** Organizations pre-filled in it. */
  organizations: number;
}

/** One row of the register: an organization expected to report for the year and period, and whether it has. */
export interface ReceiptRow {
  organizationId: number;
  name: string;
  type: string;
  communeCode: string | null;
  communeName: string;
  received: boolean;
  receivedOn: string | null;
  channel: ReceiptChannel | null;
  enteredBy: string | null;
  note: string | null;
}

export interface ReceiptRegister {
  year: number;
  period: CollectionPeriod;
  expected: number;
  received: number;
  rows: ReceiptRow[];
}

/** What became of one filled file brought back. */
export interface CollectedFile {
  fileName: string;
  /** 'template': read by its key; 'legacy': key damaged or locked cells edited, read as an ordinary spreadsheet; 'refused'. */
  kind: 'template' | 'legacy' | 'refused';
  /** Why a file was refused or read as an ordinary spreadsheet (Vietnamese). */
  message: string | null;
  warnings: string[];
  sheets: PreviewSheet[];
  /** The import made of it, on a commit. */
  batch: ImportBatchDto | null;
  /** Organizations whose report this file brings (marked received on a commit). */
  reported: number;
}

const fileInput = z
  .object({
    fileName: z.string().min(1).max(260),
    contentBase64: z
      .string()
      .min(1)
      .max(Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 4),
  })
  .strict();

const periodInput = z.enum(COLLECTION_PERIODS);

/** Methods of the yearly collection (issue 12); merged into the contract in methods.ts. */
export const collectionMethods = {
  'collection.exportTemplates': method<TemplateFile[]>()(
    z
      .object({
        year,
        period: periodInput,
        by: z.enum(TEMPLATE_SPLITS),
        communeCodes: z.array(text(10)).max(5000).optional(),
        /** All the templates in one .zip (one download in the app, instead of a save dialog each). */
        bundle: z.boolean().optional(),
      })
      .strict(),
  ),
  /** Filled templates back: each recognized by its key and previewed; written only with commit. */
  'collection.importFiles': method<CollectedFile[]>()(
    z
      .object({ files: z.array(fileInput).min(1).max(500), year: year.optional(), period: periodInput.optional(), commit: z.boolean() })
      .strict(),
  ),
  'collection.register': method<ReceiptRegister>()(
    z.object({ year, period: periodInput, communeCode: text(10).optional(), missingOnly: z.boolean().optional() }).strict(),
  ),
  /** Marks an organization's report received (by hand), or not received with receivedOn null. */
  'collection.setReceipt': method<ReceiptRow>()(
    z
      .object({
        organizationId: id,
        year,
        period: periodInput,
        receivedOn: isoDate.nullable(),
        channel: z.enum(RECEIPT_CHANNELS),
        note: text(500).nullable().optional(),
      })
      .strict(),
  ),
  /** The công văn đề nghị báo cáo (request) or đôn đốc (reminder) to one commune. */
  'collection.letter': method<ReportFile>()(
    z
      .object({
        kind: z.enum(['request', 'reminder']),
        year,
        period: periodInput,
        communeCode: text(10),
        deadline: isoDate.optional(),
        format: z.enum(REPORT_FORMATS),
      })
      .strict(),
  ),
} as const;
