import { AppError } from '../../contract/index.ts';
import { COLLECTION_PERIOD_LABEL, type CollectedFile, type CollectionPeriod } from '../../contract/collection.ts';
import type { CoreContext } from '../context.ts';
import { backupIntoFolder } from '../db/backup.ts';
import { writeTransaction } from '../db/transaction.ts';
import { sha256 } from '../import/jobs.ts';
import { WorkbookReadError } from '../import/reader/read/errors.ts';
import { readWorkbook } from '../import/reader/read/read-workbook.ts';
import type { ImportService } from '../import/service.ts';
import { localIsoDate } from '../registry/values.ts';
import { periodText } from './layout.ts';
import { organizationsAddedBy, replaceReceipts } from './repository.ts';
import { readTemplate, type TemplateReading } from './template-reader.ts';

export interface CollectOptions {
  /** The collection the files are for: a template of another year or period is refused. */
  year?: number | undefined;
  period?: CollectionPeriod | undefined;
  commit: boolean;
}

const LEGACY_HINT =
  'Tệp được đọc như một bảng tính thông thường (xem trước dưới đây) và không được ghi tự động: hãy nhập bằng mục "Nhập dữ liệu" để kiểm tra từng cột.';

function readingOf(bytes: Uint8Array, today: string): TemplateReading | string {
  try {
    return readTemplate(readWorkbook(bytes), { today });
  } catch (err) {
    if (err instanceof WorkbookReadError) return err.message;
    throw err;
  }
}

/** A file that is not a template, or one that cannot be trusted: previewed through the ordinary import only. */
async function legacyPreview(
  service: ImportService,
  fileName: string,
  bytes: Uint8Array,
  why: string,
  year?: number,
): Promise<CollectedFile> {
  const message = `${why}. ${LEGACY_HINT}`;
  try {
    const r = await service.run({ fileName, bytes, ...(year === undefined ? {} : { year }), commit: false, allRows: false });
    return { fileName, kind: 'legacy', message, warnings: [message], sheets: r.sheets, batch: null, reported: 0 };
  } catch (err) {
    const detail = err instanceof AppError ? ` ${err.message}` : '';
    return { fileName, kind: 'legacy', message: `${message}${detail}`, warnings: [message], sheets: [], batch: null, reported: 0 };
  }
}

function wrongPeriod(reading: Extract<TemplateReading, { kind: 'template' }>, options: CollectOptions): string | null {
  const { year, period } = reading.header;
  if ((options.year === undefined || options.year === year) && (options.period === undefined || options.period === period)) return null;
  const wanted = periodText(options.year ?? year, options.period ?? period);
  return `Tệp là mẫu báo cáo ${periodText(year, period)}, không phải ${wanted} đang thu thập: không nhập. Hãy chọn đúng năm và kỳ (${COLLECTION_PERIOD_LABEL[period]}).`;
}

async function collectOne(
  ctx: CoreContext,
  service: ImportService,
  file: { fileName: string; bytes: Uint8Array },
  options: CollectOptions,
): Promise<CollectedFile> {
  const { fileName, bytes } = file;
  const today = localIsoDate(ctx.now());
  const reading = readingOf(bytes, today);
  const refused = (message: string): CollectedFile => ({
    fileName,
    kind: 'refused',
    message,
    warnings: [],
    sheets: [],
    batch: null,
    reported: 0,
  });
  if (typeof reading === 'string') return refused(reading);
  if (reading.kind === 'none') return legacyPreview(service, fileName, bytes, 'Tệp không phải mẫu báo cáo do phần mềm tạo', options.year);
  if (reading.kind === 'damaged')
    return legacyPreview(service, fileName, bytes, `Mẫu báo cáo không dùng được theo khóa: ${reading.reason}`, options.year);
  const wrong = wrongPeriod(reading, options);
  if (wrong !== null) return refused(wrong);
  const base = { fileName, kind: 'template' as const, message: null, warnings: reading.warnings, reported: reading.reportedIds.length };
  if (!options.commit) return { ...base, sheets: await service.previewSheets([reading.sheet]), batch: null };
  const { batch, sheets } = await service.commitSheets(fileName, sha256(bytes), bytes.length, [reading.sheet], false, { backup: false });
  const at = ctx.now().toISOString();
  const { year, period } = reading.header;
  const added = await organizationsAddedBy(ctx.db, batch.id);
  const reportedIds = [...reading.reportedIds, ...added];
  const receipts = reportedIds.map((organizationId) => ({
    organizationId,
    year,
    period,
    receivedOn: today,
    channel: 'template',
    enteredBy: ctx.who,
    note: `Tệp ${fileName}`,
    importBatchId: batch.id,
    at,
  }));
  await writeTransaction(ctx, (tx) => replaceReceipts(tx.db, year, period, receipts));
  ctx.events.emit('data.changed', { area: 'collection' });
  return { ...base, reported: reportedIds.length, sheets, batch };
}

/**
 * Filled templates brought back, many at once: each recognized by its key and previewed, or with `commit`
 * written as an import of its own (undone like any import), after one backup for the whole lot. The
 * organizations a template brings figures for are marked received.
 */
export async function collectFiles(
  ctx: CoreContext,
  service: ImportService,
  files: readonly { fileName: string; bytes: Uint8Array }[],
  options: CollectOptions,
): Promise<CollectedFile[]> {
  if (options.commit) await backupIntoFolder(ctx.conn, 'manual', ctx.now());
  const out: CollectedFile[] = [];
  for (const f of files) out.push(await collectOne(ctx, service, f, options));
  return out;
}
