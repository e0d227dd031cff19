/**
 * The parts of an .xlsx package (transitional or strict) as text, and what they say about each other: the
 * package relationships lead to the workbook wherever it lives, the workbook's relationships to its sheets,
 * shared strings and styles. Entries are inflated with a cap equal to their declared size, which zip-guard
 * has already checked against the limits.
 */
import zlib from 'node:zlib';
import type { ZipEntryInfo, ZipSummary } from './zip-guard.ts';

const utf8 = new TextDecoder('utf-8');

function u16(b: Uint8Array, at: number): number {
  return (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
}

/** The entry's bytes, inflated; undefined when it is missing, encrypted or packed in a way we do not read. */
export function entryBytes(bytes: Uint8Array, zip: ZipSummary, path: string): Uint8Array | undefined {
  const wanted = path.replace(/^\/+/, '').toLowerCase();
  const entry: ZipEntryInfo | undefined = zip.entries.find((e) => e.name.toLowerCase() === wanted);
  if (entry === undefined || entry.encrypted || entry.localOffset === 0xffffffff) return undefined;
  const at = entry.localOffset;
  if (at + 30 > bytes.length) return undefined;
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  const raw = bytes.subarray(start, start + entry.compressedSize);
  try {
    if (entry.method === 0) return raw;
    if (entry.method !== 8) return undefined;
    // One output chunk of the declared size: the inflated sheet is not pieced together from 16 kB chunks.
    return zlib.inflateRawSync(raw, { maxOutputLength: Math.max(1, entry.size), chunkSize: Math.max(64, entry.size) });
  } catch {
    return undefined;
  }
}

export function entryText(bytes: Uint8Array, zip: ZipSummary, path: string): string | undefined {
  const raw = entryBytes(bytes, zip, path);
  return raw === undefined ? undefined : utf8.decode(raw);
}

const ENTITY = /&(?:(quot|apos|gt|lt|amp)|#(\d+)|#x([\da-fA-F]+));/g;
const NAMED: Record<string, string> = { quot: '"', apos: "'", gt: '>', lt: '<', amp: '&' };
/** Excel's escape for characters XML cannot hold: "_x000D_" is a carriage return. */
const EXCEL_ESCAPE = /_x([\da-fA-F]{4})_/g;

function codePoint(n: number): string {
  return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '';
}

/** XML text of an attribute or element as the characters it stands for. */
export function unescapeXml(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(ENTITY, (_m, name: string | undefined, dec: string | undefined, hex: string | undefined) =>
    name !== undefined ? (NAMED[name] ?? '') : codePoint(dec !== undefined ? Number(dec) : parseInt(hex ?? '', 16)),
  );
}

/** A cell's text as Excel shows it: entities and Excel's "_xHHHH_" escapes decoded, Windows line ends as "\n". */
export function cellText(s: string): string {
  let out = unescapeXml(s);
  if (out.indexOf('_x') >= 0) out = out.replace(EXCEL_ESCAPE, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
  return out.indexOf('\r\n') >= 0 ? out.replace(/\r\n/g, '\n') : out;
}

export function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)(?:[\\w.-]+:)?${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  const value = m?.[2] ?? m?.[3];
  return value === undefined ? undefined : unescapeXml(value);
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
}

/** Relationship id → target path, resolved against the folder of the part that owns the .rels file. */
export function relationships(xml: string | undefined, baseDir: string): Relationship[] {
  if (xml === undefined) return [];
  const out: Relationship[] = [];
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

/** The content of the first element `name` (any namespace prefix), or '' when there is none. */
export function section(xml: string, name: string): string {
  const m = new RegExp(`<(?:\\w+:)?${name}\\b[^>]*>([\\s\\S]*?)</(?:\\w+:)?${name}>`).exec(xml);
  return m?.[1] ?? '';
}

export interface SheetPart {
  name: string;
  /** The sheet's part, when the workbook's relationships give one. */
  target: string | undefined;
  /** A worksheet (not a chart sheet or a dialog sheet). */
  worksheet: boolean;
  hidden: 0 | 1 | 2;
}

export interface WorkbookParts {
  workbookXml: string;
  sheets: SheetPart[];
  stylesPath: string | undefined;
  sharedStringsPath: string | undefined;
}

function hiddenOf(state: string | undefined): 0 | 1 | 2 {
  return state === 'hidden' ? 1 : state === 'veryHidden' ? 2 : 0;
}

/** The workbook part and what it lists, in the workbook's order; undefined when the package has no workbook. */
export function workbookParts(bytes: Uint8Array, zip: ZipSummary): WorkbookParts | undefined {
  const office = relationships(entryText(bytes, zip, '_rels/.rels'), '').find((r) => r.type.endsWith('/officeDocument'));
  if (office === undefined) return undefined;
  const bookDir = dirOf(office.target);
  // The workbook's relationships sit beside it: xl/workbook.xml → xl/_rels/workbook.xml.rels.
  const bookFile = office.target.slice(bookDir.length).replace(/^\//, '');
  const bookRels = relationships(entryText(bytes, zip, `${bookDir === '' ? '' : `${bookDir}/`}_rels/${bookFile}.rels`), bookDir);
  const workbookXml = entryText(bytes, zip, office.target);
  if (workbookXml === undefined) return undefined;
  const sheets: SheetPart[] = [];
  for (const m of section(workbookXml, 'sheets').matchAll(/<(?:\w+:)?sheet\b([^>]*)>/g)) {
    const tag = m[1] ?? '';
    const rel = bookRels.find((r) => r.id === attr(tag, 'id'));
    sheets.push({
      name: attr(tag, 'name') ?? '',
      target: rel?.target,
      worksheet: rel?.type.endsWith('/worksheet') === true,
      hidden: hiddenOf(attr(tag, 'state')),
    });
  }
  return {
    workbookXml,
    sheets,
    stylesPath: bookRels.find((r) => r.type.endsWith('/styles'))?.target,
    sharedStringsPath: bookRels.find((r) => r.type.endsWith('/sharedStrings'))?.target,
  };
}

/** The font name of each font of styles.xml, in order (undefined where a font names none). */
export function styleFontNames(stylesXml: string): (string | undefined)[] {
  const names: (string | undefined)[] = [];
  for (const m of section(stylesXml, 'fonts').matchAll(/<(?:\w+:)?font\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?font>)/g)) {
    const name = /<(?:\w+:)?name\b([^>]*)\/?>/.exec(m[1] ?? '');
    names.push(name ? attr(name[1] ?? '', 'val') : undefined);
  }
  return names;
}
