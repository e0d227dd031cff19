/**
 * One round trip from the outside: truth → legacy workbook → `kttt import --yes --json` into a fresh database
 * → `kttt report annual --format json` → the figures, the database's live organizations by type and the
 * import's own accounting, each compared with what the truth says.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { runCli } from '../../../src-main/cli/main.ts';
import type { CliOutput } from '../../../src-main/cli/output.ts';
import { openApp } from '../../../src-main/core/app.ts';
import { ORG_TYPES } from '../../../src-main/contract/vocab.ts';
import type { Layout } from './layout.ts';
import type { Truth } from './model.ts';
import { oracle, type ByType, type Oracle } from './oracle.ts';
import { NEW_PROVINCE_CODE } from './places.ts';
import { statedTruth } from './stated.ts';
import { writeLegacyBook, type WrittenBook } from './write.ts';

const RESOURCES_DIR = path.resolve(import.meta.dirname, '../../../resources');

export interface ImportSheetJson {
  name: string;
  sourceRows: number;
  counts: { new: number; update: number; unchanged: number; merged: number; excluded: number };
}

export interface RoundtripResult {
  book: WrittenBook;
  oracle: Oracle;
  /** Distinct organizations of the truth, by type. */
  truthCounts: ByType;
  importExit: number;
  importOut: string;
  importErr: string;
  reportExit: number;
  reportErr: string;
  /** The report's JSON, or null when it was not written. */
  report: unknown;
  /** Live organizations in the database by type, or null when the database could not be read. */
  dbCounts: ByType | null;
  ms: { write: number; import: number; report: number };
}

function capture(): CliOutput & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (l) => stdout.push(l), err: (l) => stderr.push(l) };
}

/** A database whose office province is the new province the old one merged into; made once per folder. */
export async function officeDatabase(dir: string): Promise<string> {
  const db = path.join(dir, 'template.sqlite');
  if (fs.existsSync(db)) return db;
  const app = await openApp({ dbPath: db, resourcesDir: RESOURCES_DIR, appVersion: 'roundtrip', who: 'roundtrip' });
  const r = await app.call('settings.set', {
    officeName: 'Liên minh HTX tỉnh Phú Thọ',
    issuingBody: 'LIÊN MINH HỢP TÁC XÃ TỈNH PHÚ THỌ',
    parentBody: 'UBND TỈNH PHÚ THỌ',
    placeName: 'Phú Thọ',
    signerAuthority: 'KT. CHỦ TỊCH',
    signerTitle: 'PHÓ CHỦ TỊCH',
    signerName: 'Nguyễn Văn An',
    provinceCode: NEW_PROVINCE_CODE,
  });
  await app.close();
  if (!r.ok) throw new Error(`settings.set refused: ${JSON.stringify(r.error)}`);
  return db;
}

function copyDatabase(template: string, target: string): void {
  for (const suffix of ['', '-wal', '-shm']) {
    if (fs.existsSync(template + suffix)) fs.copyFileSync(template + suffix, target + suffix);
  }
}

function liveCounts(db: string): ByType | null {
  try {
    const sqlite = new Database(db, { readonly: true, fileMustExist: true });
    try {
      const rows = sqlite.prepare('select type, count(*) as n from organizations where deleted_at is null group by type').all() as {
        type: string;
        n: number;
      }[];
      const out: ByType = { HTX: 0, LHHTX: 0, QTDND: 0, THT: 0 };
      for (const r of rows) if ((ORG_TYPES as readonly string[]).includes(r.type)) out[r.type as keyof ByType] = r.n;
      return out;
    } finally {
      sqlite.close();
    }
  } catch {
    return null;
  }
}

export async function runRoundtrip(truth: Truth, layout: Layout, dir: string, template: string): Promise<RoundtripResult> {
  const t0 = performance.now();
  const book = await writeLegacyBook(truth, layout, dir);
  const t1 = performance.now();
  const db = path.join(dir, 'kttt.sqlite');
  copyDatabase(template, db);
  const imp = capture();
  const year = String(truth.year);
  const importExit = await runCli(
    ['--db', db, 'import', book.file, '--yes', '--json', ...(book.needsYear ? ['--year', year] : [])],
    imp,
    {},
  );
  const t2 = performance.now();
  const out = path.join(dir, 'report.json');
  const rep = capture();
  const reportExit = await runCli(['--db', db, 'report', 'annual', '--year', year, '--format', 'json', '--out', out], rep, {});
  const t3 = performance.now();
  const report: unknown = fs.existsSync(out) ? JSON.parse(fs.readFileSync(out, 'utf8')) : null;
  const truthCounts: ByType = { HTX: 0, LHHTX: 0, QTDND: 0, THT: 0 };
  for (const o of truth.orgs) truthCounts[o.type] += 1;
  return {
    book,
    oracle: oracle(statedTruth(truth, layout)),
    truthCounts,
    importExit,
    importOut: imp.stdout.join('\n'),
    importErr: imp.stderr.join('\n'),
    reportExit,
    reportErr: rep.stderr.join('\n'),
    report,
    dbCounts: liveCounts(db),
    ms: { write: t1 - t0, import: t2 - t1, report: t3 - t2 },
  };
}
