/**
 * What kind of container the bytes are, from their first bytes only. SheetJS itself falls back to reading
 * any bytes as delimited text (a PDF becomes a one-cell sheet of garbage), so the importer decides first
 * and refuses what is plainly not a spreadsheet.
 */
import { WorkbookReadError } from './errors.ts';

export type Container =
  | 'cfb' // OLE2 compound file: .xls BIFF5/8, or an encrypted OOXML file
  | 'zip' // .xlsx, .xlsm, .xlsb, .ods
  | 'biff-stream' // bare BIFF2–4 (and BIFF5 written without a container)
  | 'text'; // CSV, tab-separated, HTML or XML

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Signatures of files people pick by mistake: each is refused as "not a spreadsheet". */
const FOREIGN: ReadonlyArray<readonly number[]> = [
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0x52, 0x61, 0x72, 0x21], // Rar!
  [0x37, 0x7a, 0xbc, 0xaf], // 7z
  [0x1f, 0x8b], // gzip
  [0x4d, 0x5a], // MZ: a Windows program
  [0x7b, 0x5c, 0x72, 0x74, 0x66], // {\rtf: a Word document saved as RTF
  [0x42, 0x4d], // BM: bitmap
  [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], // SQLite database
];

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  if (bytes.length < at + magic.length) return false;
  return magic.every((b, i) => bytes[at + i] === b);
}

/**
 * BIFF2–5 streams without a container begin with a BOF record: id 0x0009 (BIFF2), 0x0209 (BIFF3),
 * 0x0409 (BIFF4) or 0x0809 (BIFF5/8), then a small record length.
 */
function isBiffStream(bytes: Uint8Array): boolean {
  if (bytes.length < 8 || bytes[0] !== 0x09) return false;
  const version = bytes[1];
  const length = (bytes[2] ?? 0) | ((bytes[3] ?? 0) << 8);
  return (version === 0x00 || version === 0x02 || version === 0x04 || version === 0x08) && length >= 4 && length <= 32;
}

export function sniffContainer(bytes: Uint8Array): Container {
  if (bytes.length === 0) throw new WorkbookReadError('empty');
  if (startsWith(bytes, CFB_MAGIC)) return 'cfb';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  if (isBiffStream(bytes)) return 'biff-stream';
  if (FOREIGN.some((magic) => startsWith(bytes, magic))) throw new WorkbookReadError('not-spreadsheet');
  // The first bytes of a CFB or zip that lost its signature: corrupt rather than "text".
  if (startsWith(bytes, [0x50, 0x4b])) throw new WorkbookReadError('corrupt', undefined, 'zip signature damaged');
  return 'text';
}
