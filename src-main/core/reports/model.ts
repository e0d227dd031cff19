/**
 * The document model every report is built into, and every renderer (HTML, PDF, DOCX, XLSX) reads.
 *
 * It describes an administrative document of Nghị định 30/2020/NĐ-CP (domain.md §7) by its parts, not by its
 * looks: the header block, the title, the body, Nơi nhận and the signature. All text is final Vietnamese text
 * (already formatted), so the renderers only lay it out and the three outputs cannot disagree on a figure.
 * Table cells are the exception: they keep raw numbers (money in đồng) with a format, so the XLSX can hold
 * numbers and SUM formulas while HTML and DOCX print the same figure as text.
 */
import type { MoneyUnit } from '../../shared/index.ts';

/** Ô 1 of every administrative document: Quốc hiệu and Tiêu ngữ (fixed text, NĐ 30 Phụ lục I). */
export const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const NATIONAL_MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** A piece of text with its emphasis. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/** Body paragraph: justified with a first-line indent unless said otherwise. */
export interface ParagraphBlock {
  kind: 'paragraph';
  runs: Run[];
  align?: 'justify' | 'center' | 'left' | 'right';
  /** First-line indent of 1,27 cm (NĐ 30, body text). Default true. */
  indent?: boolean;
}

/**
 * Headings of the body: level 1 "I. KẾT QUẢ …" (bold, capitals as written), level 2 "1. Số lượng …" (bold),
 * level 3 "a) …" (bold italic). The text carries its own numbering.
 */
export interface HeadingBlock {
  kind: 'heading';
  level: 1 | 2 | 3;
  text: string;
}

/**
 * How a numeric cell is written. Values are raw: money in đồng, shares as a fraction of 1.
 * - integer: 1.580 (counts of organizations, members…)
 * - decimal: fixed decimals, 4,67
 * - money: đồng shown in a unit with fixed decimals: 1.580.000.000 as 'trieu'/0 → 1.580
 * - percent: 0,32 with 1 decimal → 32,0
 */
export type NumberFormat =
  | { kind: 'integer' }
  | { kind: 'decimal'; decimals: number }
  | { kind: 'money'; unit: MoneyUnit; decimals: number }
  | { kind: 'percent'; decimals: number };

/** A number with a format of its own, for tables whose rows have different units (a list of indicators). */
export interface FormattedNumber {
  value: number;
  format: NumberFormat;
}

/** A table cell: text, a number in the column's format, a number with its own format, or null (not reported). */
export type CellValue = string | number | FormattedNumber | null;

export interface TableColumn {
  header: string;
  /** 'text' for labels; a number format for figures. */
  format: 'text' | NumberFormat;
  /** Relative width: the renderers share the text width in proportion. */
  width: number;
  /** Default: left for text, right for numbers; 'center' for short codes such as TT. */
  align?: 'left' | 'center' | 'right';
  /** The total row sums this column (HTML/DOCX print the sum, XLSX writes a SUM formula). */
  sum?: boolean;
}

/** A header cell spanning several columns above their own headers ("Năm 2024" over "HTX | THT"). */
export interface HeaderGroup {
  /** Empty: the columns below keep their own header, spanning both header rows. */
  label: string;
  span: number;
}

export type TableRow =
  | { kind: 'data'; cells: CellValue[]; bold?: boolean }
  /** A row spanning the table that names the group of rows below it (e.g. a commune in the appendix). */
  | { kind: 'group'; label: string };

export interface TableTotal {
  /** e.g. "Tổng cộng"; written in the first `labelSpan` columns (merged). */
  label: string;
  /** How many leading columns the label covers. Default 1. */
  labelSpan?: number;
  /** Cells of columns that are not summed, by column index (e.g. a weighted average); others stay blank. */
  values?: Record<number, CellValue>;
}

export interface TableBlock {
  kind: 'table';
  /** Worksheet name in the XLSX (≤ 31 characters, no []:*?/\). */
  sheetName: string;
  /** "Biểu 1. Số lượng tổ chức KTTT theo loại hình", printed bold and centred above the table. */
  caption: string;
  /** "Đơn vị tính: tổ chức", printed italic at the right above the table. */
  unit?: string;
  columns: TableColumn[];
  headerGroups?: HeaderGroup[];
  rows: TableRow[];
  total?: TableTotal;
  /** Lines printed in italics under the table (sources, caveats). */
  notes?: string[];
  /** Text printed in a cell whose value is null: data not reported, never shown as 0. Default "-". */
  blank?: string;
  /** Smaller type (11 pt) for wide tables such as the appendix. */
  compact?: boolean;
}

export interface ChartSeries {
  name: string;
  values: (number | null)[];
}

/** A bar or line chart drawn as SVG in HTML/PDF, and as a native chart in DOCX. */
export interface ChartBlock {
  kind: 'chart';
  /** "Biểu đồ 1. Số tổ chức KTTT đang hoạt động, 2020–2024", printed under the chart. */
  caption: string;
  type: 'bar' | 'line';
  /** Bars of the series stacked in one column per category (bar charts only). */
  stacked?: boolean;
  categories: string[];
  series: ChartSeries[];
  /** Values are plotted as given; this formats axis and point labels. */
  valueFormat: NumberFormat;
  /** Printed at the top of the value axis, e.g. "Tổ chức" or "Triệu đồng". */
  valueAxisTitle?: string;
}

export interface PageBreakBlock {
  kind: 'pageBreak';
}

export type Block = ParagraphBlock | HeadingBlock | TableBlock | ChartBlock | PageBreakBlock;

/** Ô 1–4 of the NĐ 30 layout: the two-column block at the top of page 1. */
export interface DocumentHeader {
  /** Cơ quan chủ quản, capitals, e.g. "UBND TỈNH PHÚ THỌ"; empty when there is none. */
  parentBody: string;
  /** Cơ quan ban hành, capitals, bold, e.g. "BAN CHỈ ĐẠO PHÁT TRIỂN KTTT". */
  issuingBody: string;
  /** "Số: 12/BC-BCĐ". */
  numberLine: string;
  /** "Phú Thọ, ngày 06 tháng 01 năm 2025". */
  placeDateLine: string;
}

/** Ô 5a: "BÁO CÁO" and the trích yếu under it. */
export interface DocumentTitle {
  docType: string;
  /** Summary lines (bold, lower case), e.g. ["Tổng kết tình hình phát triển kinh tế tập thể năm 2024"]. */
  summary: string[];
}

/** Ô 7a–7c: "KT. TRƯỞNG BAN" / "PHÓ TRƯỞNG BAN" / blank space / name. */
export interface SignatureBlock {
  /** "KT. TRƯỞNG BAN"; empty when the signer signs in their own right. */
  authority: string;
  title: string;
  name: string;
}

/** An appendix starts on a new page with its own heading. */
export interface Appendix {
  /** "Phụ lục" or "Phụ lục I". */
  label: string;
  /** Capitals, bold: "DANH SÁCH TỔ CHỨC KINH TẾ TẬP THỂ ĐANG HOẠT ĐỘNG NĂM 2024". */
  title: string;
  /** Italic line such as "(Kèm theo Báo cáo số 12/BC-BCĐ ngày 06/01/2025 của …)". */
  subtitle?: string;
  blocks: Block[];
  /**
   * Pages beyond which this appendix goes to the annex file, when its readers expect that sooner than the
   * ANNEX_MIN_PAGES of a list (annex.ts): the BCĐ's tasks annex of a few pages is handed out with the report.
   */
  printApartOverPages?: number;
  /**
   * Set when the appendix is too long to print with the report (see annex.ts): its blocks here are then the
   * one line saying so, and its full content is in the report's annex file.
   */
  annex?: AnnexNote;
}

/** Where an appendix printed apart went: the annex file, with its size so the line can say it. */
export interface AnnexNote {
  /** The annex as a spreadsheet, e.g. "bao-cao-tong-ket-KTTT-2024-phu-luc.xlsx". */
  fileName: string;
  /** Data rows of its tables. */
  rows: number;
  /** Pages it would take printed (an estimate). */
  pages: number;
}

/**
 * The appendices printed apart from a report (phụ lục rời): no header block or signature of its own; each
 * appendix keeps its label, title and "(Kèm theo Báo cáo …)" line, which tie it to the report.
 */
export interface AnnexDocument {
  metaTitle: string;
  author: string;
  appendices: Appendix[];
}

export interface DocumentModel {
  /** Document title for metadata (PDF title, DOCX core properties, XLSX workbook title). */
  metaTitle: string;
  /** Author written in DOCX/XLSX metadata: the issuing body. */
  author: string;
  header: DocumentHeader;
  title: DocumentTitle;
  body: Block[];
  /** Ô 9a/9b: the lines after "Nơi nhận:", each already "- …;" with the last "- Lưu: VT, …". */
  recipients: string[];
  signature: SignatureBlock;
  appendices: Appendix[];
}

/** Convenience for builders: one plain run. */
export function paragraph(text: string, options: Omit<ParagraphBlock, 'kind' | 'runs'> = {}): ParagraphBlock {
  return { kind: 'paragraph', runs: [{ text }], ...options };
}

export function heading(level: 1 | 2 | 3, text: string): HeadingBlock {
  return { kind: 'heading', level, text };
}
