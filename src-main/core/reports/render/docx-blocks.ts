/**
 * Body blocks as Word content (docx package): paragraphs, headings, data tables and native Word charts.
 * Tables repeat their header rows on each page (w:tblHeader) and never split a row (w:cantSplit), as the
 * HTML does. Charts are real Word charts (docx/charts) rather than pictures: the clerk finishing the draft
 * can restyle them or edit their data in Word.
 */
import {
  AlignmentType,
  convertMillimetersToTwip,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { FileChild, ParagraphChild } from 'docx';
import { ChartRun } from 'docx/charts';
import type { Block, ChartBlock, HeadingBlock, ParagraphBlock, Run, TableBlock, TableColumn } from '../model.ts';
import { cellText, columnAlign, columnTotals, DEFAULT_BLANK, excelNumberFormat, scaledValue } from './cells.ts';
import { TEXT_WIDTH_MM } from './page.ts';
import { CHART_FILLS } from './svg-chart.ts';

export const FONT = 'Times New Roman';
/** docx sizes are half-points. */
export const pt = (points: number): number => points * 2;
/** Paragraph spacing is in twentieths of a point. */
const spacingPt = (points: number): number => points * 20;
/** Line spacing 1,3 lines ("auto" rule counts 240 per line). */
export const LINE_SPACING = { line: 312 };
const FIRST_LINE_INDENT = convertMillimetersToTwip(12.7);
export const TEXT_WIDTH_TWIP = convertMillimetersToTwip(TEXT_WIDTH_MM);

export function textRun(text: string, options: { size?: number; bold?: boolean; italics?: boolean } = {}): TextRun {
  return new TextRun({ text, font: FONT, size: pt(options.size ?? 14), bold: options.bold ?? false, italics: options.italics ?? false });
}

function runsOf(list: Run[], size = 14): ParagraphChild[] {
  return list.map((r) => textRun(r.text, { size, bold: r.bold ?? false, italics: r.italic ?? false }));
}

const ALIGN = {
  justify: AlignmentType.JUSTIFIED,
  center: AlignmentType.CENTER,
  left: AlignmentType.LEFT,
  right: AlignmentType.RIGHT,
} as const;

function bodyParagraph(p: ParagraphBlock): Paragraph {
  return new Paragraph({
    alignment: ALIGN[p.align ?? 'justify'],
    indent: p.indent === false ? undefined : { firstLine: FIRST_LINE_INDENT },
    spacing: { before: spacingPt(6), after: spacingPt(6), ...LINE_SPACING },
    children: runsOf(p.runs),
  });
}

function headingParagraph(h: HeadingBlock): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: FIRST_LINE_INDENT },
    spacing: { before: spacingPt(9), after: spacingPt(6), ...LINE_SPACING },
    keepNext: true,
    children: [textRun(h.text, { bold: true, italics: h.level === 3 })],
  });
}

/** A one-paragraph table cell; cells carry their own tight spacing so the document default does not apply. */
function cell(
  text: string,
  options: {
    align: 'left' | 'center' | 'right';
    size: number;
    bold?: boolean;
    italics?: boolean;
    columnSpan?: number;
    rowSpan?: number;
    width: number;
  },
): TableCell {
  return new TableCell({
    width: { size: options.width, type: WidthType.DXA },
    columnSpan: options.columnSpan,
    rowSpan: options.rowSpan,
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { left: 70, right: 70, top: 20, bottom: 20 },
    children: [
      new Paragraph({
        alignment: ALIGN[options.align],
        spacing: { before: 0, after: 0, line: 264 },
        children: [textRun(text, { size: options.size, bold: options.bold ?? false, italics: options.italics ?? false })],
      }),
    ],
  });
}

function columnTwips(columns: TableColumn[]): number[] {
  const total = columns.reduce((s, c) => s + c.width, 0);
  const widths = columns.map((c) => Math.floor((c.width / total) * TEXT_WIDTH_TWIP));
  // Give the rounding remainder to the widest column so the table is exactly the text width.
  const rest = TEXT_WIDTH_TWIP - widths.reduce((s, w) => s + w, 0);
  const widest = widths.indexOf(Math.max(...widths));
  widths[widest] = (widths[widest] ?? 0) + rest;
  return widths;
}

function headerRows(table: TableBlock, widths: number[], size: number): TableRow[] {
  const header = (c: TableColumn, i: number, rowSpan?: number): TableCell =>
    cell(c.header, { align: 'center', size, bold: true, rowSpan, width: widths[i] ?? 0 });
  if (!table.headerGroups)
    return [new TableRow({ tableHeader: true, cantSplit: true, children: table.columns.map((c, i) => header(c, i)) })];
  const top: TableCell[] = [];
  const second: TableCell[] = [];
  let at = 0;
  for (const group of table.headerGroups) {
    const first = at;
    at += group.span;
    const indexes = Array.from({ length: group.span }, (_, k) => first + k);
    if (group.label === '') {
      for (const i of indexes) {
        const c = table.columns[i];
        if (c) top.push(header(c, i, 2));
      }
    } else {
      const width = indexes.reduce((s, i) => s + (widths[i] ?? 0), 0);
      top.push(cell(group.label, { align: 'center', size, bold: true, columnSpan: group.span, width }));
      for (const i of indexes) {
        const c = table.columns[i];
        if (c) second.push(header(c, i));
      }
    }
  }
  return [
    new TableRow({ tableHeader: true, cantSplit: true, children: top }),
    new TableRow({ tableHeader: true, cantSplit: true, children: second }),
  ];
}

export function tableBlocks(table: TableBlock): FileChild[] {
  const size = table.compact ? 11 : 12;
  const blank = table.blank ?? DEFAULT_BLANK;
  const widths = columnTwips(table.columns);
  const rows = headerRows(table, widths, size);
  for (const row of table.rows) {
    if (row.kind === 'group') {
      rows.push(
        new TableRow({
          cantSplit: true,
          children: [
            cell(row.label, { align: 'left', size, bold: true, italics: true, columnSpan: table.columns.length, width: TEXT_WIDTH_TWIP }),
          ],
        }),
      );
      continue;
    }
    const cells = table.columns.map((c, i) =>
      cell(cellText(row.cells[i] ?? null, c, blank), { align: columnAlign(c), size, bold: row.bold ?? false, width: widths[i] ?? 0 }),
    );
    rows.push(new TableRow({ cantSplit: true, children: cells }));
  }
  if (table.total) {
    const span = Math.max(1, table.total.labelSpan ?? 1);
    const totals = columnTotals(table);
    const labelWidth = widths.slice(0, span).reduce((s, w) => s + w, 0);
    const cells = [cell(table.total.label, { align: 'center', size, bold: true, columnSpan: span, width: labelWidth })];
    table.columns.forEach((c, i) => {
      if (i < span) return;
      const v = totals[i] ?? null;
      cells.push(
        cell(v === null ? (c.sum ? blank : '') : cellText(v, c, blank), { align: columnAlign(c), size, bold: true, width: widths[i] ?? 0 }),
      );
    });
    rows.push(new TableRow({ cantSplit: true, children: cells }));
  }
  const out: FileChild[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: spacingPt(9), after: 0 },
      children: [textRun(table.caption, { size: 13, bold: true })],
    }),
  ];
  if (table.unit)
    out.push(
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        keepNext: true,
        spacing: { before: 0, after: spacingPt(2) },
        children: [textRun(table.unit, { size: 12, italics: true })],
      }),
    );
  out.push(new Table({ width: { size: TEXT_WIDTH_TWIP, type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED, rows }));
  for (const note of table.notes ?? []) {
    out.push(
      new Paragraph({
        alignment: AlignmentType.JUSTIFIED,
        spacing: { before: spacingPt(3), after: 0 },
        children: [textRun(note, { size: 12, italics: true })],
      }),
    );
  }
  out.push(new Paragraph({ spacing: { before: 0, after: spacingPt(3) }, children: [] }));
  return out;
}

/** 160 mm wide at Word's 96 px per inch, with the SVG's 2:1 proportions. */
const CHART_SIZE = { width: 605, height: 302 };

/** Fills dark enough that a label on them must be white to be read. */
const DARK_FILLS = new Set(['1F4E79', '7F7F7F']);

function chartRun(chart: ChartBlock): ChartRun {
  const categories = chart.categories;
  const numberFormat = excelNumberFormat(chart.valueFormat);
  const scaled = chart.series.map((s) => s.values.map((v) => (v === null ? null : scaledValue(v, chart.valueFormat))));
  const columnMax = Math.max(0, ...categories.map((_, i) => scaled.reduce((sum, values) => sum + (values[i] ?? 0), 0)));
  const series = chart.series.map((s, i) => {
    const color = CHART_FILLS[i % CHART_FILLS.length] ?? '000000';
    const values = scaled[i] ?? [];
    // In a stacked column a very thin segment has no room for its label; it would overlap its neighbours.
    const tooThin = chart.stacked === true && Math.max(0, ...values.map((v) => v ?? 0)) < columnMax * 0.04;
    const labels = tooThin
      ? (false as const)
      : {
          value: true,
          numberFormat,
          ...(chart.type === 'line' ? { position: 'above' as const } : {}),
          font: { size: 9, color: chart.type === 'bar' && DARK_FILLS.has(color) ? 'FFFFFF' : '000000' },
        };
    return { name: s.name, values, color, dataLabels: labels };
  });
  const font = { name: FONT };
  const common = {
    categories,
    series,
    font,
    transformation: CHART_SIZE,
    legend: chart.series.length > 1 ? ({ position: 'bottom', font: { size: 10 } } as const) : (false as const),
    valueAxis: { numberFormat, font: { size: 10 }, ...(chart.valueAxisTitle ? { title: chart.valueAxisTitle } : {}) },
    categoryAxis: { font: { size: 10 } },
    altText: { name: chart.caption, description: chart.caption },
  };
  if (chart.type === 'line') return new ChartRun({ type: 'line', markers: true, ...common });
  return new ChartRun({ type: 'column', stacking: chart.stacked ? 'stacked' : 'none', ...common });
}

function chartBlocks(chart: ChartBlock): FileChild[] {
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: spacingPt(9), after: 0 },
      children: [chartRun(chart)],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: spacingPt(3), after: spacingPt(9) },
      children: [textRun(chart.caption, { size: 13, bold: true })],
    }),
  ];
}

export function blockContent(block: Block): FileChild[] {
  switch (block.kind) {
    case 'paragraph':
      return [bodyParagraph(block)];
    case 'heading':
      return [headingParagraph(block)];
    case 'table':
      return tableBlocks(block);
    case 'chart':
      return chartBlocks(block);
    case 'pageBreak':
      return [new Paragraph({ pageBreakBefore: true, children: [] })];
  }
}
