/**
 * Bytes of a text file (.csv, .txt, an HTML table saved as .xls) → a JS string for SheetJS.
 *
 * - A byte-order mark decides: UTF-8, UTF-16LE ("Unicode Text" from Excel), UTF-16BE.
 * - Without one, UTF-16 is recognised by its zero bytes (ASCII text has a zero in every other byte),
 *   then the bytes are tried as strict UTF-8.
 * - Anything else is 8-bit legacy text: Windows-1258, or TCVN3/VNI bytes typed with legacy fonts. The two
 *   cannot be told apart from the file as a whole (one column may be TCVN3, another Windows-1258), so the
 *   bytes are handed on as a byte string (each byte one character, the Windows-1252 reading) with code
 *   page 1258, and the text stage decides per column and per cell, like the strings of an old .xls.
 */
import { byteStringToBytes, bytesToByteString } from '../text/index.ts';
import { WorkbookReadError } from './errors.ts';
import type { TextFileEncoding } from './model.ts';

export interface DecodedText {
  text: string;
  encoding: TextFileEncoding;
  /** Set for 'bytes': the code page of text that is not TCVN3/VNI. */
  codepage?: number;
}

/** Vietnamese Windows' ANSI code page. */
export const VIETNAMESE_CODEPAGE = 1258;

function utf16Guess(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  // Latin text in UTF-16 has a zero high byte in nearly every pair; Vietnamese letters beyond Latin-1 do
  // not, so the bar is a third of the pairs, with the other half almost free of zeros.
  if (oddZero > pairs / 3 && evenZero < pairs / 20) return 'utf-16le';
  if (evenZero > pairs / 3 && oddZero < pairs / 20) return 'utf-16be';
  return undefined;
}

function decodeWith(label: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): string {
  return new TextDecoder(label, { ignoreBOM: false }).decode(bytes);
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Text files hold no control characters but tab, CR and LF (and the odd form feed or EOF mark); a file
 * where they are common is binary — a database, a picture, a document in some format we do not know.
 */
function assertTextLike(text: string): void {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c && code !== 0x1a) controls++;
  }
  if (controls > Math.max(2, sample.length / 200))
    throw new WorkbookReadError('not-spreadsheet', undefined, `${String(controls)} control characters`);
  if (sample.trim() === '') throw new WorkbookReadError('empty');
}

export function decodeTextFile(bytes: Uint8Array): DecodedText {
  let result: DecodedText;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    result = { text: decodeWith('utf-8', bytes), encoding: 'utf-8' };
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    result = { text: decodeWith('utf-16le', bytes), encoding: 'utf-16le' };
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    result = { text: decodeWith('utf-16be', bytes), encoding: 'utf-16be' };
  } else {
    const wide = utf16Guess(bytes);
    const utf8 = wide === undefined ? strictUtf8(bytes) : undefined;
    if (wide !== undefined) result = { text: decodeWith(wide, bytes), encoding: wide };
    else if (utf8 !== undefined) result = { text: utf8, encoding: 'utf-8' };
    else result = { text: bytesToByteString(bytes, 'cp1252'), encoding: 'bytes', codepage: VIETNAMESE_CODEPAGE };
  }
  // TextDecoder keeps a BOM as U+FEFF when told not to strip it; strip it here, once, for every encoding.
  if (result.text.charCodeAt(0) === 0xfeff) result.text = result.text.slice(1);
  assertTextLike(result.text);
  return result;
}

/** HTML or XML that SheetJS reads as a workbook (web exports saved as .xls, SpreadsheetML 2003). */
export function markupKind(text: string): 'html' | 'xml' | undefined {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  if (!head.startsWith('<')) return undefined;
  if (/<(?:!doctype html|html|table|body|meta)\b/.test(head)) return 'html';
  if (head.startsWith('<?xml')) return /<html\b/.test(head) ? 'html' : 'xml';
  return undefined;
}

const decoders = new Map<number, InstanceType<typeof TextDecoder> | null>();

/** Labels TextDecoder knows for the code pages old .xls files declare. */
function labelOf(codepage: number): string | undefined {
  if (codepage === 874) return 'windows-874';
  if (codepage >= 1250 && codepage <= 1258) return `windows-${String(codepage)}`;
  if (codepage === 10000) return 'macintosh';
  if (codepage === 932) return 'shift_jis';
  if (codepage === 936) return 'gbk';
  if (codepage === 949) return 'euc-kr';
  if (codepage === 950) return 'big5';
  return undefined;
}

/**
 * Decode a byte string (one character per byte) with a Windows code page; undefined when the code page
 * is unknown, is Windows-1252/Latin-1 already, or the string is not a byte string.
 */
export function decodeByteStringWithCodepage(text: string, codepage: number): string | undefined {
  if (codepage === 1252 || codepage === 28591 || codepage === 1200 || codepage === 65001 || codepage === 367) return undefined;
  let decoder = decoders.get(codepage);
  if (decoder === undefined) {
    const label = labelOf(codepage);
    try {
      decoder = label === undefined ? null : new TextDecoder(label);
    } catch {
      decoder = null; // a runtime without that table (small-ICU builds)
    }
    decoders.set(codepage, decoder);
  }
  if (decoder === null) return undefined;
  const bytes = byteStringToBytes(text);
  if (bytes === undefined) return undefined;
  return decoder.decode(bytes).normalize('NFC');
}
