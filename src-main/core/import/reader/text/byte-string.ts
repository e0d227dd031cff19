/**
 * Legacy 8-bit text arrives as a JS string whose characters are a Western reading of the bytes: a
 * spreadsheet reader decodes a TCVN3 or VNI cell with the workbook's code page, so byte 0xB8 shows as
 * "¸" and byte 0x80 shows either as "€" (Windows-1252) or as the C1 control U+0080 (Latin-1). Both
 * readings agree on 0x00-0x7F and 0xA0-0xFF and differ only in 0x80-0x9F, so the converters first turn
 * each character back into its byte and work on bytes.
 */

/** Windows-1252 characters for bytes 0x80-0x9F. Its five undefined bytes keep their C1 code point. */
const CP1252_80_9F: readonly number[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f, 0x0090,
  0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

const BYTE_OF_CP1252 = new Map<number, number>(CP1252_80_9F.map((code, i) => [code, 0x80 + i]));

/** How legacy bytes are shown as characters. */
export type ByteReading = 'cp1252' | 'latin1';

/** The byte a character stands for under either reading, or undefined for a character beyond both. */
export function byteOfCharCode(code: number): number | undefined {
  if (code <= 0xff) return code;
  return BYTE_OF_CP1252.get(code);
}

/** The character that shows a byte; bytes 0x80-0x9F follow `reading`. */
export function charOfByte(byte: number, reading: ByteReading = 'cp1252'): string {
  if (reading === 'cp1252' && byte >= 0x80 && byte <= 0x9f) {
    return String.fromCharCode(CP1252_80_9F[byte - 0x80] ?? byte);
  }
  return String.fromCharCode(byte);
}

/**
 * Windows shows bytes 0x80-0x9F of the .VnTime and VNI-Times fonts as the ordinary Windows-1252
 * punctuation (neither charset puts letters there), so that is what they decode to.
 */
export function symbolOfHighControlByte(byte: number): string {
  return charOfByte(byte, 'cp1252');
}

/** True when every character is a byte under one of the two readings (the text could be legacy). */
export function isByteString(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (byteOfCharCode(text.charCodeAt(i)) === undefined) return false;
  }
  return true;
}

/** Bytes of a legacy string (either reading), or undefined if some character is not a byte. */
export function byteStringToBytes(text: string): Uint8Array | undefined {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const byte = byteOfCharCode(text.charCodeAt(i));
    if (byte === undefined) return undefined;
    out[i] = byte;
  }
  return out;
}

/** Bytes read back as a legacy string, as a spreadsheet reader using `reading` would show them. */
export function bytesToByteString(bytes: Uint8Array, reading: ByteReading = 'cp1252'): string {
  let out = '';
  for (const byte of bytes) out += charOfByte(byte, reading);
  return out;
}

/** Re-read a legacy string under the other convention (e.g. "€" ↔ U+0080); other characters stay. */
export function withReading(text: string, reading: ByteReading): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const byte = byteOfCharCode(code);
    out += byte === undefined ? text.charAt(i) : charOfByte(byte, reading);
  }
  return out;
}

export interface LegacyEncodeOptions {
  /** How bytes are written back as characters (default: Windows-1252, as spreadsheet readers give them). */
  reading?: ByteReading;
  /** Stand-in for a character the charset cannot hold (default "?", as Windows does). */
  replacement?: string;
}

/**
 * The walk both legacy encoders share: ASCII passes through; a Vietnamese letter becomes the bytes the
 * charset gives it; any other character keeps its own byte when the charset leaves that byte free, and
 * becomes the replacement otherwise.
 */
export function encodeToByteString(
  text: string,
  options: LegacyEncodeOptions,
  letterBytes: (ch: string) => readonly number[] | undefined,
  isCharsetByte: (byte: number) => boolean,
): string {
  const reading = options.reading ?? 'cp1252';
  const replacement = options.replacement ?? '?';
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) {
      out += ch;
      continue;
    }
    const bytes = letterBytes(ch);
    if (bytes !== undefined) {
      for (const b of bytes) out += charOfByte(b, reading);
      continue;
    }
    const byte = ch.length === 1 ? byteOfCharCode(code) : undefined;
    out += byte !== undefined && !isCharsetByte(byte) ? charOfByte(byte, reading) : replacement;
  }
  return out;
}
