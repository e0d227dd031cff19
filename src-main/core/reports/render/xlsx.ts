/**
 * XLSX output: every table of the report on a sheet of its own, numbers as numbers (with Excel formats),
 * totals as SUM formulas, ready for the clerk to re-use. Layout per sheet: caption, unit, header row(s),
 * data rows, total row, notes. Numbers are written in the unit the column shows (triệu đồng, %), so the
 * sheet reads like the printed table and Excel's own sums match it.
 */
import ExcelJS from 'exceljs';
import { xmlSafeDeep } from '../../../shared/xml-text.ts';
import type { AnnexDocument, Block, CellValue, DocumentModel, TableBlock } from '../model.ts';
import { excelNumberFormat, scaledValue } from './cells.ts';
import { guardText } from './guard-text.ts';

const FONT_NAME = 'Times New Roman';
const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
/** About 90 characters of Excel's default width fit the 165 mm text width when printed on A4. */
const SHEET_CHARS = 90;

/** Sheet names: at most 31 characters, none of []:*?/\, unique in the workbook. */
export function sheetNameFor(wanted: string, taken: Set<string>): string {
  const base =
    wanted
      .replace(/[[\]:*?/\\]/g, ' ')
      .replace(/\s+/g, ' ')
      .replace(/^'+|'+$/g, '')
      .trim()
      .slice(0, 31)
      .trim() || 'Bảng';
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base.slice(0, 31 - String(i).length - 1)} ${String(i)}`;
  taken.add(name.toLowerCase());
  return name;
}

/** Height of one line of 12 pt Times New Roman in Excel's points, with a little leading. */
const LINE_PT = 16;

/**
 * Lines a text needs in a column `widthChars` wide. Excel recomputes the height of wrapped rows only when
 * it edits them, and LibreOffice not at all, so rows with wrapped text get an estimated height up front.
 */
function linesFor(text: string, widthChars: number): number {
  return Math.max(1, Math.ceil(text.length / Math.max(1, widthChars - 1)));
}

function fitRow(ws: ExcelJS.Worksheet, row: number, lines: number): void {
  if (lines > 1) ws.getRow(row).height = lines * LINE_PT + 2;
}

function columnLetter(index1: number): string {
  let n = index1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

type ColumnFormat = TableBlock['columns'][number]['format'];

/** What a cell holds: its value and, for a number, its format code; null for a blank cell. */
function cellContent(value: CellValue, format: ColumnFormat): { value: string | number; numFmt?: string } | null {
  if (value === null) return null;
  if (typeof value === 'string') return { value: guardText(value) };
  if (typeof value === 'object') return { value: scaledValue(value.value, value.format), numFmt: excelNumberFormat(value.format) };
  return { value: format === 'text' ? value : scaledValue(value, format), numFmt: excelNumberFormat(format) };
}

function setValue(cell: ExcelJS.Cell, value: CellValue, format: ColumnFormat): void {
  const content = cellContent(value, format);
  if (!content) return;
  cell.value = content.value;
  if (content.numFmt !== undefined) cell.numFmt = content.numFmt;
}

/**
 * The style objects of a sheet's data cells, one per distinct look, shared by every cell that has it.
 * ExcelJS writes a style object it has met before by its id, without serializing it again to compare; with a
 * fresh object per cell it serialized 400,000 of them for a 50,000-row list (most of the annex's time). The
 * key holds all the style depends on, the value's kind included (ExcelJS gives numbers without a format
 * code the General one), so every cell gets the style it had.
 */
class DataStyles {
  private readonly styles = new Map<string, Partial<ExcelJS.Style>>();

  of(column: number, c: TableBlock['columns'][number], bold: boolean, content: ReturnType<typeof cellContent>): Partial<ExcelJS.Style> {
    const kind = content === null ? 'blank' : typeof content.value;
    const key = `${column}|${bold ? 1 : 0}|${kind}|${content?.numFmt ?? ''}`;
    let style = this.styles.get(key);
    if (!style) {
      style = {
        ...(content?.numFmt === undefined ? {} : { numFmt: content.numFmt }),
        font: { name: FONT_NAME, size: 12, bold },
        border: BORDER,
        alignment: { vertical: 'middle', wrapText: c.format === 'text', horizontal: c.align ?? (c.format === 'text' ? 'left' : 'right') },
      };
      this.styles.set(key, style);
    }
    return style;
  }
}

function headerRows(ws: ExcelJS.Worksheet, table: TableBlock, top: number): number {
  const cols = table.columns;
  const style = (cell: ExcelJS.Cell): void => {
    cell.font = { name: FONT_NAME, size: 12, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BORDER;
  };
  const width = (i: number): number => ws.getColumn(i + 1).width ?? 10;
  if (!table.headerGroups) {
    cols.forEach((c, i) => {
      const cell = ws.getCell(top, i + 1);
      cell.value = guardText(c.header);
      style(cell);
    });
    fitRow(ws, top, Math.max(...cols.map((c, i) => linesFor(c.header, width(i)))));
    return 1;
  }
  let topLines = 1;
  let secondLines = 1;
  let at = 0;
  for (const group of table.headerGroups) {
    const first = at + 1;
    at += group.span;
    for (let i = first; i <= at; i++) {
      const c = cols[i - 1];
      if (!c) continue;
      style(ws.getCell(top, i));
      style(ws.getCell(top + 1, i));
      if (group.label === '') ws.getCell(top, i).value = guardText(c.header);
      else ws.getCell(top + 1, i).value = guardText(c.header);
    }
    if (group.label === '') {
      for (let i = first; i <= at; i++) {
        ws.mergeCells(top, i, top + 1, i);
        // A header spanning both rows shares their height.
        const half = Math.ceil(linesFor(cols[i - 1]?.header ?? '', width(i - 1)) / 2);
        topLines = Math.max(topLines, half);
        secondLines = Math.max(secondLines, half);
      }
    } else {
      ws.getCell(top, first).value = guardText(group.label);
      if (at > first) ws.mergeCells(top, first, top, at);
      let spanWidth = 0;
      for (let i = first; i <= at; i++) {
        spanWidth += width(i - 1);
        secondLines = Math.max(secondLines, linesFor(cols[i - 1]?.header ?? '', width(i - 1)));
      }
      topLines = Math.max(topLines, linesFor(group.label, spanWidth));
    }
  }
  fitRow(ws, top, topLines);
  fitRow(ws, top + 1, secondLines);
  return 2;
}

/** The table's rows from row `first` on (group rows merged across, data rows styled per column); the row after them. */
function writeDataRows(ws: ExcelJS.Worksheet, table: TableBlock, first: number): number {
  const styles = new DataStyles();
  const cols = table.columns;
  const last = cols.length;
  let r = first;
  for (const row of table.rows) {
    if (row.kind === 'group') {
      const cell = ws.getCell(r, 1);
      cell.value = guardText(row.label);
      cell.font = { name: FONT_NAME, size: 12, bold: true, italic: true };
      for (let i = 1; i <= last; i++) ws.getCell(r, i).border = BORDER;
      if (last > 1) ws.mergeCells(r, 1, r, last);
    } else {
      fitRow(
        ws,
        r,
        Math.max(
          ...cols.map((c, i) => {
            const v = row.cells[i];
            return c.format === 'text' && typeof v === 'string' ? linesFor(v, ws.getColumn(i + 1).width ?? 10) : 1;
          }),
        ),
      );
      cols.forEach((c, i) => {
        const cell = ws.getCell(r, i + 1);
        const content = cellContent(row.cells[i] ?? null, c.format);
        if (content) cell.value = content.value;
        cell.style = styles.of(i, c, row.bold ?? false, content);
      });
    }
    r++;
  }
  return r;
}

/** The total row at row `r`: SUM formulas (with their result cached) under the summed columns. */
function writeTotalRow(
  ws: ExcelJS.Worksheet,
  table: TableBlock,
  total: NonNullable<TableBlock['total']>,
  r: number,
  firstData: number,
  lastData: number,
): void {
  const cols = table.columns;
  const span = Math.max(1, total.labelSpan ?? 1);
  cols.forEach((c, i) => {
    const cell = ws.getCell(r, i + 1);
    cell.font = { name: FONT_NAME, size: 12, bold: true };
    cell.border = BORDER;
    cell.alignment = { vertical: 'middle', horizontal: i < span ? 'center' : 'right' };
    if (i < span) return;
    if (c.sum && c.format !== 'text') {
      const letter = columnLetter(i + 1);
      let result = 0;
      for (const row of table.rows) {
        const v = row.kind === 'data' ? row.cells[i] : null;
        if (typeof v === 'number') result += scaledValue(v, c.format);
      }
      // Cached result so viewers that do not recalculate (previews, the golden test) still see the figure.
      cell.value = lastData >= firstData ? { formula: `SUM(${letter}${firstData}:${letter}${lastData})`, result } : 0;
      cell.numFmt = excelNumberFormat(c.format);
    } else {
      setValue(cell, total.values?.[i] ?? null, c.format);
    }
  });
  ws.getCell(r, 1).value = guardText(total.label);
  if (span > 1) ws.mergeCells(r, 1, r, span);
}

function addTableSheet(wb: ExcelJS.Workbook, table: TableBlock, name: string): void {
  const cols = table.columns;
  const last = cols.length;
  const ws = wb.addWorksheet(name, {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true },
  });
  const totalWidth = cols.reduce((s, c) => s + c.width, 0);
  cols.forEach((c, i) => {
    ws.getColumn(i + 1).width = Math.max(5, Math.round((c.width / totalWidth) * SHEET_CHARS));
  });

  let r = 1;
  const caption = ws.getCell(r, 1);
  caption.value = guardText(table.caption);
  caption.font = { name: FONT_NAME, size: 13, bold: true };
  caption.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  if (last > 1) ws.mergeCells(r, 1, r, last);
  const sheetWidth = cols.reduce((sum, _c, i) => sum + (ws.getColumn(i + 1).width ?? 10), 0);
  ws.getRow(r).height = linesFor(table.caption, sheetWidth * 0.9) * 18 + 4;
  r++;
  if (table.unit) {
    const unit = ws.getCell(r, 1);
    unit.value = guardText(table.unit);
    unit.font = { name: FONT_NAME, size: 12, italic: true };
    unit.alignment = { horizontal: 'right' };
    if (last > 1) ws.mergeCells(r, 1, r, last);
    r++;
  }
  const headerTop = r;
  r += headerRows(ws, table, r);
  const headerBottom = r - 1;
  const firstData = r;
  r = writeDataRows(ws, table, r);
  const lastData = r - 1;

  if (table.total) {
    writeTotalRow(ws, table, table.total, r, firstData, lastData);
    r++;
  }
  for (const note of table.notes ?? []) {
    const cell = ws.getCell(r, 1);
    cell.value = guardText(note);
    cell.font = { name: FONT_NAME, size: 11, italic: true };
    // Merged and wrapped: a long note left to overflow would widen the print area and shrink the page.
    cell.alignment = { wrapText: true, vertical: 'top' };
    if (last > 1) ws.mergeCells(r, 1, r, last);
    fitRow(ws, r, linesFor(note, sheetWidth * 1.1));
    r++;
  }
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: headerBottom }];
  ws.pageSetup.printTitlesRow = `${headerTop}:${headerBottom}`;
}

/** Tables of the body and of the appendices, in reading order. */
export function reportTables(model: DocumentModel): TableBlock[] {
  const pick = (blocks: Block[]): TableBlock[] => blocks.filter((b): b is TableBlock => b.kind === 'table');
  return [...pick(model.body), ...model.appendices.flatMap((a) => pick(a.blocks))];
}

export interface XlsxOptions {
  /** Timestamp written into the workbook's properties; fixed in tests. Default now. */
  created?: Date;
}

export async function renderXlsx(model: DocumentModel, options: XlsxOptions = {}): Promise<Uint8Array> {
  return renderTablesXlsx(reportTables(model), { author: model.author, title: model.metaTitle }, options);
}

/** The tables of an annex printed apart, one sheet each. */
export async function renderAnnexXlsx(annex: AnnexDocument, options: XlsxOptions = {}): Promise<Uint8Array> {
  // The "(Kèm theo Báo cáo số …)" line goes under each table: a sheet handed on alone still says which report it belongs to.
  const tables = annex.appendices.flatMap((a) =>
    a.blocks
      .filter((b): b is TableBlock => b.kind === 'table')
      .map((t) => (a.subtitle ? { ...t, notes: [...(t.notes ?? []), a.subtitle] } : t)),
  );
  return renderTablesXlsx(tables, { author: annex.author, title: annex.metaTitle }, options);
}

/** A workbook of tables alone, one sheet each: a report's tables, or a list the clerk exports (Cần xem lại). */
export async function renderTablesXlsx(
  anyTables: readonly TableBlock[],
  anyMeta: { author: string; title: string },
  options: XlsxOptions = {},
): Promise<Uint8Array> {
  // Every text of the file, sheet names and properties included, made fit for XML before ExcelJS writes it.
  const tables = xmlSafeDeep(anyTables);
  const meta = xmlSafeDeep(anyMeta);
  const wb = new ExcelJS.Workbook();
  wb.creator = meta.author;
  wb.title = meta.title;
  wb.created = options.created ?? new Date();
  wb.modified = wb.created;
  // Excel recomputes the SUM formulas on opening, so a clerk's edit to a figure updates its total.
  wb.calcProperties = { fullCalcOnLoad: true };
  const taken = new Set<string>();
  for (const table of tables) addTableSheet(wb, table, sheetNameFor(table.sheetName, taken));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
