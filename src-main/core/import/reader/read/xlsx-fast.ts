/**
 * A direct reader for the common .xlsx: the sheet XML is scanned cell by cell into the neutral model, with
 * the same values, texts and number formats SheetJS gives (its number formatter, SSF, formats the numbers),
 * in a fraction of SheetJS's time and memory on 100,000-row lists. It reads what clerks' files hold —
 * shared, inline and formula strings, numbers, booleans, errors, merges, hidden sheets, 1904 dates, fonts —
 * and answers undefined for anything else (CDATA, ISO-dated cells, namespace-prefixed tags, number formats
 * known only by locale), which SheetJS then reads.
 */
import * as XLSX from '@e965/xlsx';
import type { ConvertBudget } from './sheetjs.ts';
import type { Cell, MergeRange, Sheet } from './model.ts';
import {
  attr,
  cellText,
  entryBytes,
  entryText,
  section,
  styleFontNames,
  unescapeXml,
  workbookParts,
  type SheetPart,
} from './xlsx-parts.ts';
import type { ZipSummary } from './zip-guard.ts';

interface Ssf {
  format(format: string, value: number | boolean, options?: { date1904?: boolean }): string;
  get_table(): Record<number, string>;
}
const SSF = XLSX.SSF as Ssf;
/** Excel's built-in number formats by id, as SheetJS knows them before any file has added its own. */
const BUILT_IN: Readonly<Record<number, string>> = { ...SSF.get_table() };

interface Styles {
  /** Number format of each cell format (xf), by index; undefined for General. */
  formats: (string | undefined)[];
  /** Font name of each cell format, when the workbook uses a legacy Vietnamese font at all. */
  fonts: (string | undefined)[] | undefined;
}

/** Not something this reader reads: SheetJS reads the file instead. */
class Unsupported extends Error {}

function readStyles(xml: string | undefined, isLegacyFont: (name: string) => boolean): Styles {
  if (xml === undefined) return { formats: [], fonts: undefined };
  const custom = new Map<number, string>();
  for (const m of section(xml, 'numFmts').matchAll(/<(?:\w+:)?numFmt\b([^>]*)>/g)) {
    const id = Number(attr(m[1] ?? '', 'numFmtId'));
    const code = attr(m[1] ?? '', 'formatCode');
    if (Number.isInteger(id) && code !== undefined) custom.set(id, code.replace(/\r\n/g, '\n'));
  }
  const fontNames = styleFontNames(xml);
  const legacy = fontNames.some((f) => f !== undefined && isLegacyFont(f));
  const formats: (string | undefined)[] = [];
  const fonts: (string | undefined)[] = [];
  for (const m of section(xml, 'cellXfs').matchAll(/<(?:\w+:)?xf\b([^>]*)>/g)) {
    const id = Number(attr(m[1] ?? '', 'numFmtId') ?? 0);
    const format = id === 0 ? 'General' : (custom.get(id) ?? BUILT_IN[id]);
    // A format known only from the system's locale (ids 27–36, 50–81 in East Asian files): SheetJS guesses it.
    if (format === undefined) throw new Unsupported(`number format ${id}`);
    formats.push(format === 'General' ? undefined : format);
    fonts.push(fontNames[Number(attr(m[1] ?? '', 'fontId') ?? 0)]);
  }
  return { formats, fonts: legacy ? fonts : undefined };
}

/** The text of every <t> of a shared or inline string, phonetic runs left out. */
function richText(xml: string): string {
  if (xml.includes('<![CDATA[')) throw new Unsupported('CDATA in a string');
  const plain = /^\s*<t(?:\s[^>]*)?>([\s\S]*?)<\/t>\s*$/.exec(xml);
  if (plain) return cellText(plain[1] ?? '');
  const withoutPhonetic = xml.indexOf('<rPh') >= 0 ? xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '') : xml;
  let out = '';
  for (const m of withoutPhonetic.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)) out += m[1] ?? '';
  return cellText(out);
}

function sharedStrings(xml: string | undefined): string[] {
  if (xml === undefined) return [];
  const out: string[] = [];
  for (const m of xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)) out.push(m[1] === undefined ? '' : richText(m[1]));
  return out;
}

/** Column index of a cell reference or column letters ("AB12", "AB" → 27); -1 when it is neither. */
function columnOf(ref: string): number {
  let c = 0;
  for (let i = 0; i < ref.length; i++) {
    const k = ref.charCodeAt(i);
    if (k >= 65 && k <= 90) c = c * 26 + (k - 64);
    else return i === 0 ? -1 : c - 1;
  }
  return c - 1;
}

/**
 * The sheet is scanned as bytes and each value decoded on its own: strings come out compact (one byte per
 * character where they can) and independent, not slices that would keep a 100 MB decoded sheet alive.
 */
type Xml = Buffer;

const needles = new Map<string, Buffer>();
function needle(text: string): Buffer {
  let b = needles.get(text);
  if (b === undefined) needles.set(text, (b = Buffer.from(text, 'latin1')));
  return b;
}

const LT = 60;
const GT = 62;
const SLASH = 47;
const SPACE = 32;
const QUOTE = 34;

const ATTR_R = ' r="';
const ATTR_S = ' s="';
const ATTR_T = ' t="';

/** The value of attribute `name` (as ' r="') of the tag between `from` and `to`; undefined when it has none. */
function attrAt(xml: Xml, from: number, to: number, name: string): string | undefined {
  // Searched within the tag only: indexOf would run on through the rest of the sheet for an absent attribute.
  const first = name.charCodeAt(1);
  for (let i = from; i < to - name.length; i++) {
    if (xml[i + 1] !== first || xml[i] !== SPACE || xml[i + 2] !== name.charCodeAt(2) || xml[i + 3] !== QUOTE) continue;
    const start = i + name.length;
    return xml.toString('latin1', start, xml.indexOf(QUOTE, start));
  }
  return undefined;
}

/** The text of the first element `name` between `from` and `to` ('' when it is empty), or undefined. */
function elementAt(xml: Xml, from: number, to: number, name: string): string | undefined {
  const opening = needle(`<${name}`);
  let open = xml.indexOf(opening, from);
  while (open >= 0 && open < to) {
    const after = xml[open + name.length + 1];
    const gt = xml.indexOf(GT, open);
    if (after === GT || after === SPACE) {
      if (xml[gt - 1] === SLASH) return '';
      const close = xml.indexOf(needle(`</${name}>`), gt);
      if (close < 0 || close > to) return undefined;
      // CDATA sections are rare enough in cells to leave them to SheetJS.
      if (xml[gt + 1] === LT && xml[gt + 2] === 33) throw new Unsupported('CDATA in a value');
      return xml.toString('utf8', gt + 1, close);
    }
    open = xml.indexOf(opening, gt);
  }
  return undefined;
}

interface CellContext {
  strings: string[];
  styles: Styles;
  date1904: boolean;
}

/** Number text as SheetJS gives it: integers as they are, the rest through Excel's General or the cell's format. */
function numberText(value: number, format: string | undefined, date1904: boolean): string {
  if (format === undefined && (value | 0) === value) return value.toString(10);
  return SSF.format(format ?? 'General', value, { date1904 });
}

/**
 * One <c> element as a cell of the model; null for a cell without a value. The tag runs from `lt` to `gt`;
 * its content, if any, to `close`. A cell without a style is General whatever the first cell format says.
 */
function readCell(xml: Xml, lt: number, gt: number, close: number, ctx: CellContext): Cell | null {
  const type = attrAt(xml, lt, gt, ATTR_T) ?? 'n';
  const s = attrAt(xml, lt, gt, ATTR_S);
  const xf = s === undefined ? 0 : Number(s);
  const format = s === undefined ? undefined : ctx.styles.formats[xf];
  const v = close < 0 ? undefined : elementAt(xml, gt, close, 'v');
  let cell: Cell;
  switch (type) {
    case 'n': {
      if (v === undefined || v === '') return null;
      const value = parseFloat(v);
      cell = { type: 'n', value, text: numberText(value, format, ctx.date1904) };
      break;
    }
    case 's': {
      if (v === undefined) return null;
      const text = ctx.strings[parseInt(v, 10)];
      if (text === undefined) throw new Unsupported('shared string out of range');
      if (text === '') return null;
      cell = { type: 's', value: text, text };
      break;
    }
    case 'str':
    case 'inlineStr': {
      const text = type === 'str' ? cellText(v ?? '') : richText(close < 0 ? '' : (elementAt(xml, gt, close, 'is') ?? ''));
      if (text === '') return null;
      cell = { type: 's', value: text, text };
      break;
    }
    case 'b': {
      if (v === undefined) return null;
      const value = v === '1' || v === 'true';
      cell = { type: 'b', value, text: SSF.format(format ?? 'General', value) };
      break;
    }
    case 'e': {
      if (v === undefined) return null;
      const text = unescapeXml(v);
      cell = { type: 'e', value: text, text };
      break;
    }
    default:
      throw new Unsupported(`cell type ${type}`);
  }
  if (format !== undefined) cell.format = format;
  const font = ctx.styles.fonts?.[xf];
  if (font !== undefined && cell.type === 's') cell.font = font;
  return cell;
}

function mergesOf(xml: Xml, from: number): MergeRange[] {
  const out: MergeRange[] = [];
  for (const m of xml.toString('utf8', from).matchAll(/<mergeCell\s+ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/g)) {
    const range = { r1: Number(m[2]) - 1, c1: columnOf(m[1] ?? ''), r2: Number(m[4]) - 1, c2: columnOf(m[3] ?? '') };
    if (range.r2 > range.r1 || range.c2 > range.c1) out.push(range);
  }
  return out;
}

interface SheetResult {
  sheet: Sheet;
  cut: boolean;
  columnsCut: boolean;
}

/** Scans a worksheet's XML; rows and cells without a reference follow the one before, as Excel writes them. */
function readSheet(xml: Xml, part: SheetPart, ctx: CellContext, budget: ConvertBudget): SheetResult {
  const sheet: Sheet = { name: part.name, hidden: part.hidden, rows: [], columnCount: 0, merges: [] };
  const start = xml.indexOf(needle('<sheetData'));
  if (start < 0) throw new Unsupported('no sheetData');
  const open = xml.indexOf(GT, start);
  const end = xml[open - 1] === SLASH ? open : xml.indexOf(needle('</sheetData>'), open);
  const dataEnd = end < 0 ? xml.length : end;
  let pos = open + 1;
  let rowIndex = -1;
  let row: (Cell | null)[] = [];
  let col = -1;
  let cut = false;
  let columnsCut = false;
  let lastNonEmpty = -1;
  const closeRow = () => {
    if (rowIndex < 0) return;
    while (row.length > 0 && row[row.length - 1] == null) row.pop();
    sheet.rows[rowIndex] = row;
    if (row.length > 0) {
      lastNonEmpty = rowIndex;
      if (row.length > sheet.columnCount) sheet.columnCount = row.length;
    }
  };
  const closeCell = needle('</c>');
  for (;;) {
    const lt = xml.indexOf(LT, pos);
    if (lt < 0 || lt >= dataEnd) break;
    const gt = xml.indexOf(GT, lt);
    if (gt < 0) throw new Unsupported('unclosed tag');
    const next = xml[lt + 1];
    const afterName = (n: number) => xml[lt + n] === SPACE || xml[lt + n] === GT || xml[lt + n] === SLASH;
    if (next === 114 && xml[lt + 2] === 111 && xml[lt + 3] === 119 && afterName(4)) {
      closeRow();
      if (budget.cellsLeft <= 0) {
        cut = true;
        break;
      }
      const r = attrAt(xml, lt, gt, ATTR_R);
      rowIndex = r === undefined ? rowIndex + 1 : Number(r) - 1;
      row = [];
      col = -1;
      pos = gt + 1;
      continue;
    }
    if (next === 99 && afterName(2)) {
      const ref = attrAt(xml, lt, gt, ATTR_R);
      col = ref === undefined ? col + 1 : columnOf(ref);
      const close = xml[gt - 1] === SLASH ? -1 : xml.indexOf(closeCell, gt);
      pos = close < 0 ? gt + 1 : close + 4;
      if (col < 0) throw new Unsupported(`cell reference ${ref ?? ''}`);
      if (col >= budget.maxColumns) {
        columnsCut = true;
        continue;
      }
      const cell = readCell(xml, lt, gt, close, ctx);
      if (cell !== null) {
        row[col] = cell;
        budget.cellsLeft--;
      }
      continue;
    }
    if (next === SLASH || next === 63 || next === 33) {
      pos = gt + 1;
      continue;
    }
    // Any other element inside the data (a prefixed tag, an extension): not what this reader knows.
    throw new Unsupported(`element at ${lt}`);
  }
  if (!cut) closeRow();
  sheet.rows.length = lastNonEmpty + 1;
  for (let r = 0; r < sheet.rows.length; r++) if (sheet.rows[r] === undefined) sheet.rows[r] = [];
  for (const r of sheet.rows) for (let c = 0; c < r.length; c++) if (r[c] === undefined) r[c] = null;
  sheet.merges = mergesOf(xml, dataEnd);
  return { sheet, cut, columnsCut };
}

export interface FastRead {
  date1904: boolean;
  sheets: SheetResult[];
  /** The sheets left unread once the cell budget ran out. */
  skipped: string[];
}

/**
 * Reads an .xlsx package directly; undefined when it holds anything this reader does not know, so that
 * SheetJS reads it instead. Fonts are set on text cells when the workbook uses a legacy Vietnamese font.
 */
export function readXlsxFast(
  bytes: Uint8Array,
  zip: ZipSummary,
  budget: ConvertBudget,
  hooks: { isLegacyFont: (name: string) => boolean; beforeSheet: () => void },
): FastRead | undefined {
  try {
    const parts = workbookParts(bytes, zip);
    if (parts === undefined || parts.sheets.length === 0) return undefined;
    const sst = parts.sharedStringsPath === undefined ? undefined : entryText(bytes, zip, parts.sharedStringsPath);
    if (sst !== undefined && (sst.includes('<![CDATA[') || /<\w+:si\b/.test(sst))) return undefined;
    const ctx: CellContext = {
      strings: sharedStrings(sst),
      styles: readStyles(parts.stylesPath === undefined ? undefined : entryText(bytes, zip, parts.stylesPath), hooks.isLegacyFont),
      date1904: /<(?:\w+:)?workbookPr\b[^>]*\bdate1904\s*=\s*["'](?:1|true)["']/.test(parts.workbookXml),
    };
    const out: FastRead = { date1904: ctx.date1904, sheets: [], skipped: [] };
    for (const part of parts.sheets) {
      hooks.beforeSheet();
      if (budget.cellsLeft <= 0) {
        out.skipped.push(part.name);
        continue;
      }
      const empty: SheetResult = {
        sheet: { name: part.name, hidden: part.hidden, rows: [], columnCount: 0, merges: [] },
        cut: false,
        columnsCut: false,
      };
      if (!part.worksheet || part.target === undefined) {
        out.sheets.push(empty);
        continue;
      }
      const raw = entryBytes(bytes, zip, part.target);
      if (raw === undefined) return undefined;
      out.sheets.push(readSheet(Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength), part, ctx, budget));
    }
    return out;
  } catch (err) {
    if (err instanceof Unsupported) return undefined;
    throw err;
  }
}
