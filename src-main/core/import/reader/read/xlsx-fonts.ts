/**
 * Fonts of text cells in an .xlsx (transitional or strict). SheetJS parses styles.xml but attaches only
 * fills to cells, so, when the font table names a legacy Vietnamese font, we read the few parts needed
 * ourselves: the package relationships (to find the workbook, wherever it lives), the workbook's sheet
 * list, styles.xml (fonts and cell formats) and each sheet's cell tags (`<c r="B2" s="3" t="s">`).
 * Entries are inflated with a cap equal to their declared size, which zip-guard has already checked.
 */
import zlib from 'node:zlib';
import type { Workbook } from './model.ts';
import type { ZipEntryInfo, ZipSummary } from './zip-guard.ts';

const utf8 = new TextDecoder('utf-8');

function u16(b: Uint8Array, at: number): number {
  return (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
}

function entryText(bytes: Uint8Array, zip: ZipSummary, path: string): string | undefined {
  const wanted = path.replace(/^\/+/, '').toLowerCase();
  const entry: ZipEntryInfo | undefined = zip.entries.find((e) => e.name.toLowerCase() === wanted);
  if (entry === undefined || entry.localOffset === 0xffffffff) return undefined;
  const at = entry.localOffset;
  if (at + 30 > bytes.length) return undefined;
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  const raw = bytes.subarray(start, start + entry.compressedSize);
  try {
    if (entry.method === 0) return utf8.decode(raw);
    if (entry.method !== 8) return undefined;
    return utf8.decode(zlib.inflateRawSync(raw, { maxOutputLength: Math.max(1, entry.size) }));
  } catch {
    return undefined; // the fonts are a hint; a part we cannot read just leaves cells without one
  }
}

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, '&');
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)(?:[\\w.-]+:)?${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  const value = m?.[2] ?? m?.[3];
  return value === undefined ? undefined : unescapeXml(value);
}

/** Relationship id → target path, resolved against the folder of the part that owns the .rels file. */
function relationships(xml: string | undefined, baseDir: string): { id: string; type: string; target: string }[] {
  if (xml === undefined) return [];
  const out: { id: string; type: string; target: string }[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const tag = m[1] ?? '';
    const id = attr(tag, 'Id');
    const target = attr(tag, 'Target');
    if (id === undefined || target === undefined) continue;
    out.push({ id, type: attr(tag, 'Type') ?? '', target: resolvePath(baseDir, target) });
  }
  return out;
}

function resolvePath(baseDir: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = (baseDir === '' ? [] : baseDir.split('/')).concat(target.split('/'));
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

function section(xml: string, name: string): string {
  const m = new RegExp(`<(?:\\w+:)?${name}\\b[^>]*>([\\s\\S]*?)</(?:\\w+:)?${name}>`).exec(xml);
  return m?.[1] ?? '';
}

/** Font names, and the font of each cell format, from styles.xml. */
function readStyles(xml: string): { fonts: (string | undefined)[]; xfFont: number[] } {
  const fonts: (string | undefined)[] = [];
  for (const m of section(xml, 'fonts').matchAll(/<(?:\w+:)?font\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?font>)/g)) {
    const name = /<(?:\w+:)?name\b([^>]*)\/?>/.exec(m[1] ?? '');
    fonts.push(name ? attr(name[1] ?? '', 'val') : undefined);
  }
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
  const office = relationships(entryText(bytes, zip, '_rels/.rels'), '').find((r) => r.type.endsWith('/officeDocument'));
  if (office === undefined) return;
  const bookDir = dirOf(office.target);
  // The workbook's relationships sit beside it: xl/workbook.xml → xl/_rels/workbook.xml.rels.
  const bookFile = office.target.slice(bookDir.length).replace(/^\//, '');
  const bookRels = relationships(entryText(bytes, zip, `${bookDir === '' ? '' : `${bookDir}/`}_rels/${bookFile}.rels`), bookDir);
  const stylesPath = bookRels.find((r) => r.type.endsWith('/styles'))?.target;
  const stylesXml = stylesPath === undefined ? undefined : entryText(bytes, zip, stylesPath);
  if (stylesXml === undefined) return;
  const styles = readStyles(stylesXml);
  if (!styles.fonts.some((f) => f !== undefined && isLegacyFont(f))) return;
  const bookXml = entryText(bytes, zip, office.target) ?? '';
  for (const m of bookXml.matchAll(/<(?:\w+:)?sheet\b([^>]*)>/g)) {
    const tag = m[1] ?? '';
    const name = attr(tag, 'name');
    const rid = attr(tag, 'id');
    const sheet = workbook.sheets.find((s) => s.name === name);
    const target = bookRels.find((r) => r.id === rid)?.target;
    if (sheet === undefined || target === undefined) continue;
    const xml = entryText(bytes, zip, target);
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
