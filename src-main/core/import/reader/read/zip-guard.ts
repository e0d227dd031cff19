/**
 * Zip-bomb guard for .xlsx/.ods: read the sizes the zip's central directory declares for its entries and
 * refuse the file before SheetJS inflates anything. The central directory sits at the end of the file,
 * found through the "end of central directory" record; a zip without one was cut short.
 *
 * Declared sizes can lie. What this catches is the ordinary bomb (a tiny file declaring gigabytes) and a
 * truncated download; a container that lies about its sizes is left to the worker's memory limit and
 * time limit, which stop any parse.
 */
import { WorkbookReadError, formatMegabytes } from './errors.ts';
import type { ReadLimits } from './limits.ts';

const EOCD_SIG = 0x06054b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const ZIP64_EOCD_SIG = 0x06064b50;
const CENTRAL_SIG = 0x02014b50;
const MAX_ENTRIES = 50_000;

export interface ZipEntryInfo {
  name: string;
  compressedSize: number;
  size: number;
  encrypted: boolean;
  /** 0 stored, 8 deflated. */
  method: number;
  /** Offset of the entry's local header. */
  localOffset: number;
}

export interface ZipSummary {
  entries: ZipEntryInfo[];
  totalSize: number;
}

function u16(b: Uint8Array, at: number): number {
  return (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
}

function u32(b: Uint8Array, at: number): number {
  return (u16(b, at) + u16(b, at + 2) * 0x10000) >>> 0;
}

/** 64-bit little-endian as a double; exact up to 2^53, which is far beyond any limit here. */
function u64(b: Uint8Array, at: number): number {
  return u32(b, at) + u32(b, at + 4) * 0x1_0000_0000;
}

function findEocd(b: Uint8Array): number {
  const lowest = Math.max(0, b.length - 22 - 0xffff);
  for (let at = b.length - 22; at >= lowest; at--) {
    if (u32(b, at) === EOCD_SIG) return at;
  }
  return -1;
}

function truncated(detail: string): WorkbookReadError {
  return new WorkbookReadError('truncated', undefined, detail);
}

/** Where the central directory starts and how many entries it has, following zip64 records when present. */
function directoryOf(b: Uint8Array, eocd: number): { offset: number; count: number } {
  let count = u16(b, eocd + 10);
  let offset = u32(b, eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || u32(b, locator) !== ZIP64_LOCATOR_SIG) throw truncated('zip64 locator missing');
    const record = u64(b, locator + 8);
    if (record + 56 > b.length || u32(b, record) !== ZIP64_EOCD_SIG) throw truncated('zip64 end record missing');
    count = u64(b, record + 32);
    offset = u64(b, record + 48);
  }
  return { offset, count };
}

/** Sizes from a zip64 "extra field" (id 0x0001), which replaces the 32-bit fields set to 0xFFFFFFFF. */
function zip64Sizes(b: Uint8Array, extraStart: number, extraEnd: number, size: number, compressed: number): [number, number] {
  let at = extraStart;
  while (at + 4 <= extraEnd) {
    const id = u16(b, at);
    const len = u16(b, at + 2);
    if (id === 0x0001) {
      let p = at + 4;
      let s = size;
      let c = compressed;
      if (s === 0xffffffff) {
        s = u64(b, p);
        p += 8;
      }
      if (c === 0xffffffff) c = u64(b, p);
      return [s, c];
    }
    at += 4 + len;
  }
  return [size, compressed];
}

/** Reads the central directory and checks it against the limits; throws a WorkbookReadError to refuse. */
export function inspectZip(b: Uint8Array, limits: Pick<ReadLimits, 'maxUnpackedBytes' | 'maxEntryBytes'>): ZipSummary {
  const eocd = findEocd(b);
  if (eocd < 0) throw truncated('no end of central directory');
  const { offset, count } = directoryOf(b, eocd);
  if (count > MAX_ENTRIES) throw new WorkbookReadError('too-large-unpacked', undefined, `${String(count)} entries`);
  if (offset >= b.length) throw truncated('central directory beyond end of file');
  const entries: ZipEntryInfo[] = [];
  let totalSize = 0;
  let at = offset;
  const decoder = new TextDecoder('utf-8');
  for (let i = 0; i < count; i++) {
    if (at + 46 > b.length || u32(b, at) !== CENTRAL_SIG)
      throw new WorkbookReadError('corrupt', undefined, `bad central entry ${String(i)}`);
    const flags = u16(b, at + 8);
    const nameLen = u16(b, at + 28);
    const extraLen = u16(b, at + 30);
    const commentLen = u16(b, at + 32);
    const nameStart = at + 46;
    const [size, compressedSize] = zip64Sizes(b, nameStart + nameLen, nameStart + nameLen + extraLen, u32(b, at + 24), u32(b, at + 20));
    const name = decoder.decode(b.subarray(nameStart, nameStart + nameLen));
    const method = u16(b, at + 10);
    entries.push({ name, size, compressedSize, encrypted: (flags & 1) === 1, method, localOffset: u32(b, at + 42) });
    totalSize += size;
    if (size > limits.maxEntryBytes || totalSize > limits.maxUnpackedBytes) {
      throw new WorkbookReadError(
        'too-large-unpacked',
        `Tệp nén chứa dữ liệu quá lớn khi giải nén (trên ${formatMegabytes(Math.min(limits.maxEntryBytes, limits.maxUnpackedBytes))}); ` +
          'có thể là tệp độc hại nên không mở.',
        `entry ${name}: ${String(size)} bytes, total ${String(totalSize)}`,
      );
    }
    at = nameStart + nameLen + extraLen + commentLen;
  }
  if (entries.some((e) => e.encrypted)) throw new WorkbookReadError('encrypted');
  return { entries, totalSize };
}

/** True when the zip holds a spreadsheet SheetJS can read (OOXML workbook, ODS, Apple Numbers). */
export function looksLikeSpreadsheetZip(summary: ZipSummary): boolean {
  return summary.entries.some((e) => {
    const n = e.name.toLowerCase();
    return /(^|\/)workbook\d*\.(xml|bin)$/.test(n) || n === 'content.xml' || n === 'mimetype' || n.startsWith('index/');
  });
}
