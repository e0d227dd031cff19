import type {
  CellValue,
  ImportEntity,
  ImportBatchDto,
  ImportPreview,
  ImportRunResult,
  PreviewSheet,
  RowFate,
} from '../../contract/index.ts';
import { AppError } from '../../contract/index.ts';
import { ROW_FATES } from '../../contract/import-dto.ts';
import type { CoreContext } from '../context.ts';
import { backupIntoFolder } from '../db/backup.ts';
import { officeProvince } from '../settings/service.ts';
import { playSheets, type Played } from './execute.ts';
import { JobStore, sha256, type ImportJob } from './jobs.ts';
import {
  allRememberedMappings,
  committedBatchWithHash,
  getBatch,
  insertBatch,
  insertChanges,
  insertFlags,
  listBatches,
  openFlagsByBatch,
  rememberMapping,
  vocabularyAliases,
} from './repository.ts';
import type { SheetChoices, StagedSheet } from './staged.ts';
import { writeTransaction } from '../db/transaction.ts';
import { sweepSupersededFromBin } from './superseded.ts';
import { doubtAbout, tablesOf } from './confidence.ts';

export interface AnalyzerInput {
  bytes: Uint8Array;
  fileName: string;
  year?: number;
  /** Mappings remembered from earlier imports, by header shape (the reader's JSON form). */
  remembered: Record<string, unknown>;
  /** The clerk's readings of free texts met before: field → text key → code(s). */
  aliases?: Record<string, Record<string, string | string[]>>;
  choices: Record<string, SheetChoices>;
  /** Progress for the status line ("Đang đọc tệp…"). */
  onProgress?: (label: string, done: number, total: number) => void;
  /** Stops the reading (the worker is stopped; the analyzer rejects with the reader's "cancelled"). */
  signal?: AbortSignal;
}

/** Turns a file's bytes into staged sheets (reader/ does the reading); injected so the CLI, the doors and tests share it. */
export type Analyzer = (input: AnalyzerInput) => Promise<StagedSheet[]>;

class DryRun extends Error {
  readonly played: Played;
  constructor(played: Played) {
    super('dry run');
    this.played = played;
  }
}

export class ImportService {
  private readonly jobs = new JobStore();
  /** Readings under way that the page may stop, by the id it gave them. */
  private readonly readings = new Map<string, AbortController>();

  private readonly ctx: CoreContext;
  private readonly analyze: Analyzer;

  /** Called after each row a commit plays (a test kills the process midway through a commit with it). */
  private readonly afterRow: ((played: number) => void) | undefined;

  constructor(ctx: CoreContext, analyze: Analyzer, options: { afterRow?: (played: number) => void } = {}) {
    this.ctx = ctx;
    this.analyze = analyze;
    this.afterRow = options.afterRow;
  }

  /** Plays the import inside a transaction that is always rolled back: the preview shows each row's true fate. */
  private async dryRun(sheets: readonly StagedSheet[]): Promise<PreviewSheet[]> {
    const province = await officeProvince(this.ctx);
    try {
      await writeTransaction(this.ctx, async (tx) => {
        throw new DryRun(await playSheets(this.ctx, tx, sheets, { province, now: this.ctx.now(), mode: 'preview', source: 'tệp nhập' }));
      });
    } catch (err) {
      if (err instanceof DryRun) return err.played.sheets;
      throw err;
    }
    throw new Error('unreachable');
  }

  private async preview(job: ImportJob): Promise<ImportPreview> {
    const previous = await committedBatchWithHash(this.ctx.db, job.fileHash);
    return {
      jobId: job.id,
      fileName: job.fileName,
      fileHash: job.fileHash,
      previousImport: previous ? { batchId: previous.id, committedAt: previous.committed_at } : null,
      sheets: await this.dryRun(job.sheets),
    };
  }

  async open(fileName: string, bytes: Uint8Array, year?: number, readId?: string): Promise<ImportPreview> {
    const fileHash = sha256(bytes);
    const reading = new AbortController();
    if (readId !== undefined) this.readings.set(readId, reading);
    let sheets: StagedSheet[];
    try {
      sheets = await this.read(fileName, bytes, year, {}, fileHash, reading.signal);
    } finally {
      if (readId !== undefined) this.readings.delete(readId);
    }
    const job = this.jobs.create({ fileName, fileHash, fileSize: bytes.length, bytes, year, choices: {}, fixes: {}, sheets });
    return this.preview(job);
  }

  /** Reads and understands a file, applying mappings remembered for files of the same shape and the clerk's choices. */
  async read(
    fileName: string,
    bytes: Uint8Array,
    year?: number,
    choices: Record<string, SheetChoices> = {},
    fileHash = sha256(bytes),
    signal?: AbortSignal,
  ): Promise<StagedSheet[]> {
    const taskId = fileHash.slice(0, 12);
    return this.analyze({
      bytes,
      fileName,
      ...(year === undefined ? {} : { year }),
      remembered: await allRememberedMappings(this.ctx.db),
      aliases: await vocabularyAliases(this.ctx.db),
      choices,
      onProgress: (label, done, total) => this.ctx.events.emit('task.progress', { taskId, label, done, total }),
      ...(signal === undefined ? {} : { signal }),
    });
  }

  /** The page's "Hủy" while a file is being read: the reading stops at once, nothing is kept. */
  stopReading(readId: string): { stopped: boolean } {
    const reading = this.readings.get(readId);
    reading?.abort();
    return { stopped: reading !== undefined };
  }

  /** Reads the job's file again with its choices (a column or sheet changed), then lays the clerk's corrected cells back over it. */
  private async reread(job: ImportJob): Promise<ImportPreview> {
    job.sheets = (await this.read(job.fileName, job.bytes, job.year, job.choices, job.fileHash)).map((sheet) =>
      withFixes(sheet, job.fixes[sheet.name]),
    );
    return this.preview(job);
  }

  /** The preview of sheets read outside a job (the CLI's --dry-run). */
  previewSheets(sheets: readonly StagedSheet[]): Promise<PreviewSheet[]> {
    return this.dryRun(sheets);
  }

  private sheetOf(job: ImportJob, name: string): StagedSheet {
    const sheet = job.sheets.find((s) => s.name === name);
    if (!sheet) throw new AppError('NOT_FOUND', `Không có trang tính "${name}" trong tệp.`);
    return sheet;
  }

  setColumn(jobId: string, sheetName: string, columnIndex: number, field: string | null): Promise<ImportPreview> {
    const job = this.jobs.get(jobId);
    this.sheetOf(job, sheetName);
    const c = (job.choices[sheetName] ??= {});
    c.columns = { ...c.columns, [columnIndex]: field };
    return this.reread(job);
  }

  setSheet(jobId: string, sheetName: string, entity: ImportEntity | null, year: number | null | undefined): Promise<ImportPreview> {
    const job = this.jobs.get(jobId);
    this.sheetOf(job, sheetName);
    const c = (job.choices[sheetName] ??= {});
    c.entity = entity;
    if (year !== undefined) c.year = year;
    return this.reread(job);
  }

  /** The clerk corrects a cell in the preview: the value replaces what was read and its error goes. */
  fixCell(jobId: string, sheetName: string, sourceRow: number, field: string, value: CellValue): Promise<ImportPreview> {
    const job = this.jobs.get(jobId);
    const sheet = this.sheetOf(job, sheetName);
    if (!sheet.rows.some((r) => r.sourceRow === sourceRow))
      throw new AppError('NOT_FOUND', `Không có dòng ${sourceRow} trong trang "${sheetName}".`);
    const bySheet = (job.fixes[sheetName] ??= {});
    bySheet[sourceRow] = { ...bySheet[sourceRow], [field]: value };
    // The file needs no new reading for a corrected cell: lay it over the sheet already read.
    job.sheets = job.sheets.map((s) => (s.name === sheetName ? withFixes(s, bySheet) : s));
    return this.preview(job);
  }

  cancel(jobId: string): { cancelled: boolean } {
    return { cancelled: this.jobs.delete(jobId) };
  }

  /**
   * Commits in one transaction after an automatic backup: every row the preview accepted, or nothing.
   * Rows in error or skipped write nothing; the import is recorded with its changes for undo.
   */
  async commit(jobId: string): Promise<ImportBatchDto> {
    const job = this.jobs.get(jobId);
    const { batch } = await this.commitSheets(job.fileName, job.fileHash, job.fileSize, job.sheets, false);
    this.jobs.delete(jobId);
    return batch;
  }

  /** `keepAllRows`: the result lists every row's fate (the CLI's --json), not only those worth showing. */
  async commitSheets(
    fileName: string,
    fileHash: string,
    fileSize: number,
    sheets: readonly StagedSheet[],
    keepAllRows: boolean,
    options: { backup?: boolean } = {},
  ): Promise<{ batch: ImportBatchDto; sheets: PreviewSheet[] }> {
    // A folder of files committed one after another is backed up once, by the caller, before the first.
    if (options.backup !== false) await backupIntoFolder(this.ctx.conn, 'manual', this.ctx.now());
    const province = await officeProvince(this.ctx);
    const now = this.ctx.now();
    const at = now.toISOString();
    let playedSheets: PreviewSheet[] = [];
    const batchId = await writeTransaction(this.ctx, async (tx) => {
      const trx = tx.db;
      const played = await playSheets(this.ctx, tx, sheets, {
        province,
        now,
        mode: 'commit',
        keepAllRows,
        source: fileName,
        ...(this.afterRow ? { afterRow: this.afterRow } : {}),
      });
      playedSheets = played.sheets;
      const counts = Object.fromEntries(ROW_FATES.map((f) => [f, played.sheets.reduce((n, s) => n + s.counts[f], 0)])) as Record<
        RowFate,
        number
      >;
      const summary = played.sheets.map((s) => ({
        name: s.name,
        entity: s.entity,
        year: s.year,
        columns: s.columns.map((c) => ({ index: c.index, header: c.header, field: c.field })),
      }));
      const id = await insertBatch(trx, {
        fileName,
        fileHash,
        fileSize,
        sheets: JSON.stringify(summary),
        counts: JSON.stringify(counts),
        who: this.ctx.who,
        at,
      });
      await insertChanges(trx, id, played.changes);
      await insertFlags(trx, id, played.flags, at);
      await sweepSupersededFromBin(this.ctx, tx, at);
      for (const s of sheets)
        if (s.entity && !s.refusal) await rememberMapping(trx, s.signature, s.entity, JSON.stringify(s.savedMapping), at);
      return id;
    });
    this.ctx.events.emit('data.changed', { area: 'registry' });
    this.ctx.events.emit('data.changed', { area: 'imports' });
    this.ctx.events.emit('data.changed', { area: 'fund' });
    const batch = await getBatch(this.ctx.db, batchId);
    if (!batch) throw new AppError('INTERNAL');
    return { batch: batchDto(batch, await openFlagsByBatch(this.ctx.db)), sheets: playedSheets };
  }

  /**
   * A whole import without the wizard: read, refuse when any table's mapping is a guess (there is no clerk to
   * confirm it), then preview or commit.
   */
  async run(input: { fileName: string; bytes: Uint8Array; year?: number; commit: boolean; allRows: boolean }): Promise<ImportRunResult> {
    const fileHash = sha256(input.bytes);
    const sheets = await this.read(input.fileName, input.bytes, input.year, {}, fileHash);
    const tables = tablesOf(sheets);
    const doubts = tables.map((s) => ({ s, why: doubtAbout(s) })).filter((d) => d.why !== null);
    if (tables.length === 0 || doubts.length > 0) {
      const reasons = tables.length === 0 ? 'không có bảng dữ liệu nào' : doubts.map((d) => `trang "${d.s.name}": ${d.why}`).join('; ');
      const hint = input.year === undefined ? ', hoặc chỉ rõ năm của danh sách' : '';
      throw new AppError(
        'INVALID_INPUT',
        `Không thể ánh xạ tệp ${input.fileName} một cách chắc chắn (${reasons}). Hãy nhập bằng giao diện "Nhập dữ liệu" để chọn cột${hint}.`,
      );
    }
    const sheetsWithoutTable = sheets.filter((s) => !tables.includes(s)).map((s) => s.name);
    if (!input.commit) return { committed: false, batch: null, sheets: await this.previewSheets(tables), sheetsWithoutTable };
    const { batch, sheets: played } = await this.commitSheets(input.fileName, fileHash, input.bytes.length, tables, input.allRows);
    return { committed: true, batch, sheets: played, sheetsWithoutTable };
  }

  async history(): Promise<ImportBatchDto[]> {
    const open = await openFlagsByBatch(this.ctx.db);
    return (await listBatches(this.ctx.db)).map((b) => batchDto(b, open));
  }
}

/** The clerk's corrected cells over a sheet as read: each replaces the value read and clears its error. */
function withFixes(sheet: StagedSheet, fixes: Record<number, Record<string, CellValue>> | undefined): StagedSheet {
  if (!fixes) return sheet;
  return {
    ...sheet,
    rows: sheet.rows.map((r) => {
      const f = fixes[r.sourceRow];
      if (!f) return r;
      const cellErrors = { ...r.cellErrors };
      const flags = { ...(r.flags ?? {}) };
      for (const k of Object.keys(f)) {
        delete cellErrors[k];
        delete flags[k];
      }
      return { ...r, values: { ...r.values, ...f }, cellErrors, flags };
    }),
  };
}

/** Counts as stored; imports recorded before every row had one of today's fates said "skipped" and "error". */
function countsOf(json: string): Record<RowFate, number> {
  const stored = JSON.parse(json) as Partial<Record<RowFate | 'skipped' | 'error', number>>;
  const counts = Object.fromEntries(ROW_FATES.map((f) => [f, stored[f] ?? 0])) as Record<RowFate, number>;
  counts.merged += stored.skipped ?? 0;
  counts.excluded += stored.error ?? 0;
  return counts;
}

function batchDto(
  b: {
    id: number;
    file_name: string;
    file_hash: string;
    committed_at: string;
    who: string;
    status: string;
    undone_at: string | null;
    counts: string;
    sheets: string;
  },
  openFlags: ReadonlyMap<number, number>,
): ImportBatchDto {
  return {
    id: b.id,
    fileName: b.file_name,
    fileHash: b.file_hash,
    committedAt: b.committed_at,
    who: b.who,
    status: b.status === 'undone' ? 'undone' : 'committed',
    undoneAt: b.undone_at,
    counts: countsOf(b.counts),
    reviewOpen: openFlags.get(b.id) ?? 0,
    sheets: (JSON.parse(b.sheets) as { name: string; entity: ImportEntity | null; year: number | null }[]).map((s) => ({
      name: s.name,
      entity: s.entity,
      year: s.year,
    })),
  };
}
