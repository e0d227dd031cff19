/**
 * Fonts of text cells in a BIFF5/BIFF8 .xls. SheetJS reads the FONT and XF records but does not attach
 * a font to cells, and the font is the best evidence for legacy text: ".VnTimeH" means TCVN3 typed in a
 * capital-only font ("TØNH" shows as "TỈNH"), "VNI-Times" means VNI. We walk the records ourselves:
 * FONT (0x0031) gives names, XF (0x00E0) gives each style's font, BOUNDSHEET (0x0085) gives where each
 * sheet's records start, and the text cell records LABELSST (0x00FD), LABEL (0x0204) and RSTRING
 * (0x00D6) give row, column and style.
 */
import type { Workbook } from './model.ts';
import { type BiffStream, biffRecords, u16, u32 } from './xls-stream.ts';

const BOF = 0x0809;
const EOF = 0x000a;
const FONT = 0x0031;
const XF = 0x00e0;
const BOUNDSHEET = 0x0085;
const TEXT_CELLS = new Set([0x00fd, 0x0204, 0x00d6]);

const latin1 = new TextDecoder('latin1');
const utf16 = new TextDecoder('utf-16le');

/** ShortXLUnicodeString (BIFF8: length, flags, chars) or a BIFF5 byte string (length, bytes). */
function shortString(body: Uint8Array, at: number, biff: 5 | 8): string {
  const cch = body[at] ?? 0;
  if (biff === 5) return latin1.decode(body.subarray(at + 1, at + 1 + cch));
  const wide = ((body[at + 1] ?? 0) & 1) === 1;
  const start = at + 2;
  return wide ? utf16.decode(body.subarray(start, start + 2 * cch)) : latin1.decode(body.subarray(start, start + cch));
}

interface Globals {
  fonts: string[];
  xfFont: number[];
  sheets: { pos: number; name: string }[];
}

function readGlobals(stream: BiffStream): Globals {
  const globals: Globals = { fonts: [], xfFont: [], sheets: [] };
  for (const { id, body } of biffRecords(stream.data)) {
    if (id === EOF) break;
    if (id === FONT && body.length >= 15) globals.fonts.push(shortString(body, 14, stream.biff));
    else if (id === XF && body.length >= 2) globals.xfFont.push(u16(body, 0));
    else if (id === BOUNDSHEET && body.length >= 7) globals.sheets.push({ pos: u32(body, 0), name: shortString(body, 6, stream.biff) });
  }
  return globals;
}

/** The font of an XF. Font index 4 does not exist in BIFF: indexes from 4 on are one past the list. */
function fontOfXf(globals: Globals, ixfe: number): string | undefined {
  const ifnt = globals.xfFont[ixfe];
  if (ifnt === undefined) return undefined;
  return globals.fonts[ifnt >= 4 ? ifnt - 1 : ifnt];
}

/**
 * Set `font` on the text cells of `workbook` from the .xls records. Only done when some font is a
 * legacy Vietnamese font (`isLegacyFont`): for a modern file the fonts tell the text stage nothing.
 */
export function applyXlsFonts(stream: BiffStream, workbook: Workbook, isLegacyFont: (name: string) => boolean): void {
  const globals = readGlobals(stream);
  if (!globals.fonts.some(isLegacyFont)) return;
  globals.sheets.forEach((boundSheet, index) => {
    const sheet = workbook.sheets.find((s) => s.name === boundSheet.name) ?? workbook.sheets[index];
    if (sheet === undefined || boundSheet.pos >= stream.data.length) return;
    let depth = 0;
    for (const { id, body } of biffRecords(stream.data, boundSheet.pos)) {
      if (id === BOF) depth++;
      else if (id === EOF && --depth <= 0) break;
      // Records of an embedded chart (depth > 1) belong to the chart, not to the sheet's cells.
      if (depth !== 1 || !TEXT_CELLS.has(id) || body.length < 6) continue;
      const cell = sheet.rows[u16(body, 0)]?.[u16(body, 2)];
      if (cell == null) continue;
      const font = fontOfXf(globals, u16(body, 4));
      if (font !== undefined) cell.font = font;
    }
  });
}
