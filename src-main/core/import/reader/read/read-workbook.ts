/**
 * Bytes → neutral Workbook. Decides the container from the bytes (never from the file name: clerks
 * rename .csv to .xls and web exports save HTML as .xls), checks limits and zip sizes before parsing,
 * reads with SheetJS, and converts.
 */
import fs from 'node:fs/promises';
import type * as XLSX from '@e965/xlsx';
import { checkCompoundFile } from './cfb-check.ts';
import { WorkbookReadError, formatMegabytes } from './errors.ts';
import { applyCellFonts, isLegacyFontName } from './fonts.ts';
import { type ReadLimits, withDefaults } from './limits.ts';
import type { Sheet, Workbook, WorkbookFormat } from './model.ts';
import { convertSheet, readBytes, readText, workbookFlags } from './sheetjs.ts';
import { type BiffStream, biffStreamOf } from './xls-stream.ts';
import { sniffContainer } from './sniff.ts';
import { capTextColumns } from './text-columns.ts';
import { decodeTextFile, markupKind } from './text-decode.ts';
import { formatNumber } from '../../../../shared/vn-number.ts';
import { readXlsxFast } from './xlsx-fast.ts';
import { type ZipSummary, inspectZip, looksLikeSpreadsheetZip } from './zip-guard.ts';

export interface ReadOptions {
  limits?: Partial<ReadLimits>;
  /** Date.now() value after which reading stops with 'timeout' (checked between sheets). */
  deadline?: number;
}

function zipFormat(summary: ZipSummary): WorkbookFormat {
  const names = summary.entries.map((e) => e.name.toLowerCase());
  if (names.includes('content.xml')) return 'ods';
  if (names.some((n) => n.endsWith('workbook.bin'))) return 'xlsb';
  return 'xlsx';
}

/** BIFF version of a bare BIFF stream, from its BOF record id. */
function biffOfStream(bytes: Uint8Array): number {
  switch (bytes[1]) {
    case 0x00:
      return 2;
    case 0x02:
      return 3;
    case 0x04:
      return 4;
    default:
      return 5;
  }
}

interface Parsed {
  wb: XLSX.WorkBook;
  format: WorkbookFormat;
  biff?: number;
  textEncoding?: Workbook['textEncoding'];
  codepage?: number;
  zip?: ZipSummary;
  stream?: BiffStream;
  /** A text file's lines were cut to the column limit before parsing. */
  columnsCut?: boolean;
}

function parse(bytes: Uint8Array, limits: ReadLimits): Parsed {
  const container = sniffContainer(bytes);
  switch (container) {
    case 'cfb': {
      checkCompoundFile(bytes);
      const wb = readBytes(bytes, 'corrupt');
      const stream = biffStreamOf(bytes);
      return stream === undefined ? { wb, format: 'xls' } : { wb, format: 'xls', biff: stream.biff, stream };
    }
    case 'biff-stream':
      return { wb: readBytes(bytes, 'truncated'), format: 'xls', biff: biffOfStream(bytes) };
    case 'zip': {
      const zip = inspectZip(bytes, limits);
      if (!looksLikeSpreadsheetZip(zip)) throw new WorkbookReadError('not-spreadsheet', undefined, 'zip without a workbook part');
      return { wb: readBytes(bytes, 'corrupt'), format: zipFormat(zip), zip };
    }
    case 'text': {
      const decoded = decodeTextFile(bytes);
      const markup = markupKind(decoded.text);
      // A separated-values file is cut to its first columns before SheetJS splits it, so a million columns cost nothing.
      const capped = markup === undefined ? capTextColumns(decoded.text, limits.maxColumns) : { text: decoded.text, cut: false };
      const parsed: Parsed = { wb: readText(capped.text), format: markup ?? 'csv', textEncoding: decoded.encoding, columnsCut: capped.cut };
      if (decoded.codepage !== undefined) parsed.codepage = decoded.codepage;
      return parsed;
    }
  }
}

function tooLarge(size: number, max: number): WorkbookReadError {
  return new WorkbookReadError('too-large', `Tệp quá lớn (${formatMegabytes(size)}); chỉ nhập được tệp đến ${formatMegabytes(max)}.`);
}

function checkDeadline(deadline: number | undefined): void {
  if (deadline !== undefined && Date.now() > deadline) throw new WorkbookReadError('timeout');
}

/** Reads a workbook from its bytes. Throws WorkbookReadError with a Vietnamese message when it cannot. */
export function readWorkbook(bytes: Uint8Array, options: ReadOptions = {}): Workbook {
  const limits = withDefaults(options.limits);
  if (bytes.length > limits.maxFileBytes) {
    throw tooLarge(bytes.length, limits.maxFileBytes);
  }
  return readCommonXlsx(bytes, limits, options.deadline) ?? readWithSheetJs(bytes, options);
}

/** Reads any workbook SheetJS reads (every format), with the same checks and limits as readWorkbook. */
export function readWithSheetJs(bytes: Uint8Array, options: ReadOptions = {}): Workbook {
  const limits = withDefaults(options.limits);
  const parsed = parse(bytes, limits);
  checkDeadline(options.deadline);
  const { wb } = parsed;
  const flags = workbookFlags(wb);
  const workbook: Workbook = { format: parsed.format, date1904: flags.date1904, sheets: [], warnings: [] };
  if (parsed.biff !== undefined) workbook.biff = parsed.biff;
  if (parsed.textEncoding !== undefined) workbook.textEncoding = parsed.textEncoding;
  // Code page matters only where strings are 8-bit: text files read as bytes, and BIFF2–5 (BIFF8 and
  // later store Unicode; their CodePage property says nothing about the cells).
  const eightBitXls = parsed.format === 'xls' && parsed.biff !== undefined && parsed.biff < 8;
  const codepage = parsed.codepage ?? (eightBitXls ? (flags.codepage ?? 1252) : undefined);
  if (codepage !== undefined && codepage !== 1200 && codepage !== 65001) workbook.codepage = codepage;

  // SheetJS keeps the shared-string table beside the sheets; the cells hold their own strings.
  Reflect.deleteProperty(wb, 'Strings');
  const budget = { cellsLeft: limits.maxCells, maxColumns: limits.maxColumns };
  for (let i = 0; i < wb.SheetNames.length; i++) {
    checkDeadline(options.deadline);
    if (budget.cellsLeft <= 0) {
      workbook.warnings.push(`Bảng tính quá nhiều ô: bỏ qua trang “${wb.SheetNames[i] ?? ''}” và các trang sau.`);
      break;
    }
    const { sheet, cut, columnsCut } = convertSheet(wb, i, budget);
    widenForMerges(sheet);
    workbook.sheets.push(sheet);
    if (columnsCut || parsed.columnsCut === true)
      workbook.warnings.push(`Trang “${sheet.name}” có quá nhiều cột: chỉ đọc ${formatNumber(limits.maxColumns)} cột đầu của mỗi dòng.`);
    if (cut) workbook.warnings.push(`Trang “${sheet.name}” quá nhiều ô: chỉ đọc đến dòng ${String(sheet.rows.length)}.`);
    // Let SheetJS's copy of the sheet be collected while the next one is converted.
    const name = wb.SheetNames[i];
    if (name !== undefined) delete wb.Sheets[name];
  }
  if (workbook.sheets.every((s) => s.rows.length === 0)) throw new WorkbookReadError('empty', 'Bảng tính không có ô nào có dữ liệu.');
  const fontSource: { stream?: BiffStream; zip?: ZipSummary } = {};
  if (parsed.stream !== undefined) fontSource.stream = parsed.stream;
  if (parsed.zip !== undefined) fontSource.zip = parsed.zip;
  applyCellFonts(bytes, workbook, fontSource);
  return workbook;
}

/**
 * An ordinary .xlsx read directly (xlsx-fast.ts), the same workbook SheetJS would give in a fraction of its
 * time and memory; undefined for every other file, and for an .xlsx holding what that reader does not know.
 */
export function readCommonXlsx(bytes: Uint8Array, limits: ReadLimits = withDefaults(undefined), deadline?: number): Workbook | undefined {
  if (sniffContainer(bytes) !== 'zip') return undefined;
  const zip = inspectZip(bytes, limits);
  if (!looksLikeSpreadsheetZip(zip) || zipFormat(zip) !== 'xlsx') return undefined;
  const budget = { cellsLeft: limits.maxCells, maxColumns: limits.maxColumns };
  const fast = readXlsxFast(bytes, zip, budget, { isLegacyFont: isLegacyFontName, beforeSheet: () => checkDeadline(deadline) });
  if (fast === undefined) return undefined;
  const workbook: Workbook = { format: 'xlsx', date1904: fast.date1904, sheets: [], warnings: [] };
  for (const { sheet, cut, columnsCut } of fast.sheets) {
    widenForMerges(sheet);
    workbook.sheets.push(sheet);
    if (columnsCut)
      workbook.warnings.push(`Trang “${sheet.name}” có quá nhiều cột: chỉ đọc ${formatNumber(limits.maxColumns)} cột đầu của mỗi dòng.`);
    if (cut) workbook.warnings.push(`Trang “${sheet.name}” quá nhiều ô: chỉ đọc đến dòng ${String(sheet.rows.length)}.`);
  }
  const skipped = fast.skipped[0];
  if (skipped !== undefined) workbook.warnings.push(`Bảng tính quá nhiều ô: bỏ qua trang “${skipped}” và các trang sau.`);
  if (workbook.sheets.every((s) => s.rows.length === 0)) throw new WorkbookReadError('empty', 'Bảng tính không có ô nào có dữ liệu.');
  return workbook;
}

function widenForMerges(sheet: Sheet): void {
  for (const m of sheet.merges) if (m.c2 + 1 > sheet.columnCount) sheet.columnCount = m.c2 + 1;
}

/** Reads a workbook from disk, refusing a file over the size limit before reading it into memory. */
export async function readWorkbookFile(path: string, options: ReadOptions = {}): Promise<Workbook> {
  return readWorkbook(await readFileBytes(path, withDefaults(options.limits).maxFileBytes), options);
}

export async function readFileBytes(path: string, maxFileBytes: number): Promise<Uint8Array> {
  let size: number;
  try {
    const stat = await fs.stat(path);
    if (!stat.isFile()) throw new WorkbookReadError('io', 'Đường dẫn đã chọn không phải là một tệp.');
    size = stat.size;
  } catch (thrown) {
    if (thrown instanceof WorkbookReadError) throw thrown;
    throw new WorkbookReadError('io', 'Không tìm thấy hoặc không mở được tệp.', thrown instanceof Error ? thrown.message : String(thrown));
  }
  if (size > maxFileBytes) {
    throw tooLarge(size, maxFileBytes);
  }
  try {
    return await fs.readFile(path);
  } catch (thrown) {
    throw new WorkbookReadError('io', undefined, thrown instanceof Error ? thrown.message : String(thrown));
  }
}
