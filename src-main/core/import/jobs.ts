import crypto from 'node:crypto';
import { AppError } from '../../contract/index.ts';
import type { CellValue } from '../../contract/index.ts';
import type { SheetChoices, StagedSheet } from './staged.ts';

/** An import between opening the file and committing it: lives in memory, so nothing is written before commit. */
export interface ImportJob {
  id: string;
  fileName: string;
  fileHash: string;
  fileSize: number;
  /** Kept so the file can be read again with the clerk's choices. */
  bytes: Uint8Array;
  year: number | undefined;
  choices: Record<string, SheetChoices>;
  /** Cells the clerk corrected: sheet → row → field → value; applied over every re-read. */
  fixes: Record<string, Record<number, Record<string, CellValue>>>;
  sheets: StagedSheet[];
  createdAt: number;
}

const JOB_TTL_MS = 6 * 60 * 60 * 1000;
const MAX_JOBS = 8;

/** A few open imports per app; the oldest is dropped beyond that, and any after six hours. */
export class JobStore {
  private readonly jobs = new Map<string, ImportJob>();

  create(job: Omit<ImportJob, 'id' | 'createdAt'>): ImportJob {
    this.expire();
    while (this.jobs.size >= MAX_JOBS) {
      const oldest = this.jobs.keys().next().value;
      if (oldest === undefined) break;
      this.jobs.delete(oldest);
    }
    const full: ImportJob = { ...job, id: crypto.randomBytes(12).toString('base64url'), createdAt: Date.now() };
    this.jobs.set(full.id, full);
    return full;
  }

  get(id: string): ImportJob {
    this.expire();
    const job = this.jobs.get(id);
    if (!job) throw new AppError('NOT_FOUND', 'Phiên nhập dữ liệu này không còn (đã nhập xong, đã hủy hoặc đã quá hạn). Hãy mở lại tệp.');
    return job;
  }

  delete(id: string): boolean {
    return this.jobs.delete(id);
  }

  private expire(): void {
    const now = Date.now();
    for (const [id, job] of this.jobs) if (now - job.createdAt > JOB_TTL_MS) this.jobs.delete(id);
  }
}

export function sha256(bytes: Uint8Array): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}
