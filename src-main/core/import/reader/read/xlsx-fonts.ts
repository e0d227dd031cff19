/**
 * Fonts of text cells in an .xlsx (transitional or strict). SheetJS parses styles.xml but attaches only
 * fills to cells, so, when the font table names a legacy Vietnamese font, we read the few parts needed
 * ourselves: the package relationships (to find the workbook, wherever it lives), the workbook's sheet
 * list, styles.xml (fonts and cell formats) and each sheet's cell tags (`<c r="B2" s="3" t="s">`).
 * Entries are inflated with a cap equal to their declared size, which zip-guard has already checked.
 */
import type { Workbook } from './model.ts';
import { attr, entryText, section, styleFontNames, workbookParts } from './xlsx-parts.ts';
import type { ZipSummary } from './zip-guard.ts';

/** Font names, and the font of each cell format, from styles.xml. */
function readStyles(xml: string): { fonts: (string | undefined)[]; xfFont: number[] } {
  const fonts = styleFontNames(xml);
  const xfFont: number[] = [];
  for (const m of section(xml, 'cellXfs').matchAll(/<(?:\w+:)?xf\b([^>]*)>/g)) xfFont.push(Number(attr(m[1] ?? '', 'fontId') ?? 0));
  return { fonts, xfFont };
}

function decodeRef(ref: string): { r: number; c: number } | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref);
  if (!m) return undefined;
  let c = 0;
  for (const ch of m[1] ?? '') c = c * 26 + (ch.charCodeAt(0) - 64);
  return { r: Number(m[2]) - 1, c: c - 1 };
}

export function applyXlsxFonts(bytes: Uint8Array, zip: ZipSummary, workbook: Workbook, isLegacyFont: (name: string) => boolean): void {
  const parts = workbookParts(bytes, zip);
  const stylesXml = parts?.stylesPath === undefined ? undefined : entryText(bytes, zip, parts.stylesPath);
  if (parts === undefined || stylesXml === undefined) return;
  const styles = readStyles(stylesXml);
  if (!styles.fonts.some((f) => f !== undefined && isLegacyFont(f))) return;
  for (const part of parts.sheets) {
    const sheet = workbook.sheets.find((s) => s.name === part.name);
    if (sheet === undefined || part.target === undefined) continue;
    const xml = entryText(bytes, zip, part.target);
    if (xml === undefined) continue;
    for (const c of xml.matchAll(/<(?:\w+:)?c\b([^>]*)>/g)) {
      const cellTag = c[1] ?? '';
      // A cell without a style uses cell format 0.
      const s = attr(cellTag, 's') ?? '0';
      const ref = attr(cellTag, 'r');
      if (ref === undefined) continue;
      const pos = decodeRef(ref);
      const cell = pos === undefined ? undefined : sheet.rows[pos.r]?.[pos.c];
      if (cell == null || cell.type !== 's') continue;
      const font = styles.fonts[styles.xfFont[Number(s)] ?? -1];
      if (font !== undefined) cell.font = font;
    }
  }
}
