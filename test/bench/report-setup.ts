import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { App } from '../../src-main/core/app.ts';
import { measure, record, type Measured } from './measure.ts';
import { disposeSeeded, seedLargeRegistry } from './seed.ts';
import { seedReportData, type ReportSeed } from './seed-reports.ts';

/**
 * The 50,000-organization database of seed.ts with everything the reports read (seed-reports.ts), and the
 * office settings a printed report needs. Shared by reports.bench.ts and lists.bench.ts.
 */
export const ORGS = 50_000;
export const YEAR = 2024;
/** Monitoring is asked in mid-January, when the clerk prepares the year's follow-up. */
export const MONITORING_AS_OF = '2025-01-15';

export interface ReportBench {
  app: App;
  dir: string;
  seed: ReportSeed;
}

export async function openReportBench(): Promise<ReportBench> {
  process.env.KTTT_CHROMIUM ??= '/usr/bin/chromium';
  const seeded = await seedLargeRegistry(ORGS, 10, YEAR);
  const seed = seedReportData(seeded.app, ORGS, YEAR);
  const set = await seeded.app.call('settings.set', {
    officeName: 'Liên minh HTX tỉnh Phú Thọ',
    issuingBody: 'BAN CHỈ ĐẠO PHÁT TRIỂN KTTT',
    parentBody: 'UBND TỈNH PHÚ THỌ',
    placeName: 'Phú Thọ',
    signerAuthority: 'KT. TRƯỞNG BAN',
    signerTitle: 'PHÓ TRƯỞNG BAN',
    signerName: 'Nguyễn Văn An',
    provinceCode: '25',
  });
  if (!set.ok) throw new Error(set.error.message);
  return { ...seeded, seed };
}

export function closeReportBench(bench: ReportBench): Promise<void> {
  return disposeSeeded(bench);
}

/**
 * Timed runs of a benchmark: `n` unless KTTT_BENCH_RUNS says otherwise (1 gives a quick look at code so slow
 * that ten runs would take an hour — the figures before the fix were taken so, and say so).
 */
export function runs(n: number): number {
  const v = Number(process.env.KTTT_BENCH_RUNS);
  return Number.isInteger(v) && v > 0 ? v : n;
}

function warmups(n: number): number {
  const v = process.env.KTTT_BENCH_WARMUP;
  return v !== undefined && Number.isInteger(Number(v)) && Number(v) >= 0 ? Number(v) : n;
}

/**
 * measure(), and a failed run recorded as such (e.g. "Printing failed") before the test fails with it:
 * a report that cannot be produced is a wrong answer, not a slow one.
 */
export async function timed(
  name: string,
  fn: () => Promise<unknown>,
  opts: { runs: number; warmup?: number; targetMs?: number; note?: string },
): Promise<Measured> {
  try {
    return await measure(name, fn, {
      iterations: runs(opts.runs),
      warmup: warmups(opts.warmup ?? 1),
      ...(opts.targetMs === undefined ? {} : { targetMs: opts.targetMs }),
      ...(opts.note ? { note: opts.note } : {}),
    });
  } catch (err) {
    record({
      name,
      failed: true,
      error: err instanceof Error ? err.message : String(err),
      ...(opts.targetMs === undefined ? {} : { targetMs: opts.targetMs, met: false }),
    });
    throw err;
  }
}

/** Pages of a PDF, from poppler's pdfinfo (installed with pdftotext, which the PDF tests use). */
export function pdfPages(bytes: Uint8Array, dir: string): number {
  const file = path.join(dir, `pages-${process.pid}.pdf`);
  fs.writeFileSync(file, bytes);
  try {
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
  } finally {
    fs.rmSync(file, { force: true });
  }
}

/** The bytes of a ReportFile result, or the error it carries as an exception. */
export function bytesOf(res: { ok: true; value: { contentBase64: string } } | { ok: false; error: { message: string } }): Buffer {
  if (!res.ok) throw new Error(res.error.message);
  return Buffer.from(res.value.contentBase64, 'base64');
}
