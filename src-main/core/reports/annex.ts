/**
 * Appendices too long to print with their report. The annual report's list of organizations is one row per
 * active organization: at 50,000 organizations it is over a thousand pages, which no clerk prints and which
 * Chromium fails to print in one go. Such an appendix becomes an annex file of its own (phụ lục rời, XLSX,
 * or PDF when asked); the report keeps the appendix's heading and one line naming that file.
 */
import { formatNumber } from '../../shared/index.ts';
import { paragraph, type AnnexDocument, type Appendix, type Block, type DocumentModel, type TableBlock } from './model.ts';
import { TEXT_WIDTH_MM, PAGE } from './render/page.ts';

/** Appendices estimated longer than this print apart ("over about 100 pages"). */
export const ANNEX_MIN_PAGES = 100;

const PT_MM = 25.4 / 72;
const PAGE_HEIGHT_MM = PAGE.heightMm - PAGE.marginTopMm - PAGE.marginBottomMm;
/** Cell padding (2 pt top and bottom, 3 pt each side) and border, as in styles.ts. */
const CELL_PAD_MM = 4.75 * PT_MM;
const CELL_SIDE_MM = 6.75 * PT_MM;

/** Advance of a Times New Roman character in ems, by kind: near enough to tell where a line wraps. */
function charEm(ch: string): number {
  if (ch === ' ') return 0.25;
  if (ch >= '0' && ch <= '9') return 0.5;
  return ch !== ch.toLowerCase() ? 0.7 : 0.47;
}

/** Lines a text takes in a cell `widthEm` ems wide, wrapping at spaces as the browser does. */
function wrappedLines(text: string, widthEm: number): number {
  // Most cells (numbers, codes, short names) fit whatever their letters: no need to measure them.
  if (text.length * 0.7 <= widthEm) return 1;
  let lines = 1;
  let used = 0;
  for (const word of text.split(' ')) {
    let w = 0;
    for (const ch of word) w += charEm(ch);
    const needed = used === 0 ? w : used + 0.25 + w;
    if (needed <= widthEm || used === 0) used = needed;
    else {
      lines++;
      used = w;
    }
    // A word longer than the cell breaks inside itself (overflow-wrap: break-word).
    while (used > widthEm) {
      lines++;
      used -= widthEm;
    }
  }
  return lines;
}

/** Pages a table fills: its rows, on pages that each repeat its header (as Chromium prints a thead). */
function tablePages(table: TableBlock): number {
  const pt = table.compact ? 11 : 12;
  const lineMm = pt * 1.2 * PT_MM;
  const totalWidth = table.columns.reduce((s, c) => s + c.width, 0) || 1;
  const widthEm = table.columns.map((c) => Math.max(1, ((c.width / totalWidth) * TEXT_WIDTH_MM - CELL_SIDE_MM) / (pt * PT_MM)));
  // Headers are bold, a little wider than the text: measured in a narrower cell.
  const headerLines =
    Math.max(...table.columns.map((c, i) => wrappedLines(c.header, (widthEm[i] ?? 1) * 0.95))) + (table.headerGroups ? 1 : 0);
  const headerMm = headerLines * lineMm + CELL_PAD_MM * (table.headerGroups ? 2 : 1);
  let mm = 2 * (lineMm + CELL_PAD_MM);
  for (const row of table.rows) {
    let lines = 1;
    if (row.kind === 'data') {
      row.cells.forEach((v, i) => {
        if (typeof v === 'string') lines = Math.max(lines, wrappedLines(v, widthEm[i] ?? 1));
      });
    }
    mm += lines * lineMm + CELL_PAD_MM;
  }
  return mm / Math.max(PAGE_HEIGHT_MM / 2, PAGE_HEIGHT_MM - headerMm);
}

/**
 * Printed pages of some blocks, estimated from their table rows (and the lines a long name wraps to, and the
 * header each page repeats); prose and charts count for little next to the lists this is asked about.
 * Checked against Chromium: within about 10 % for the annual, period and monitoring appendices.
 */
export function estimatedPages(blocks: readonly Block[]): number {
  return Math.ceil(blocks.reduce((s, b) => s + (b.kind === 'table' ? tablePages(b) : 10 / PAGE_HEIGHT_MM), 0));
}

function dataRows(blocks: readonly Block[]): number {
  return blocks.reduce((s, b) => s + (b.kind === 'table' ? b.rows.filter((r) => r.kind === 'data').length : 0), 0);
}

/** The one line the report prints in place of an appendix printed apart. */
export function annexLine(rows: number, pages: number, fileName: string): string {
  return `Phụ lục gồm ${formatNumber(rows)} dòng (khoảng ${formatNumber(pages)} trang in) được lập thành tệp riêng kèm theo báo cáo này: ${fileName}.`;
}

/**
 * The report with every appendix longer than `maxPages` replaced by its heading and one line naming
 * `annexFileName`, and those appendices in full as the annex; `annex` is null when none is that long (the
 * model is then returned as it was).
 */
export function separateAnnexes(
  model: DocumentModel,
  annexFileName: string,
  maxPages = ANNEX_MIN_PAGES,
): { model: DocumentModel; annex: AnnexDocument | null } {
  const apart: Appendix[] = [];
  const appendices = model.appendices.map((a): Appendix => {
    const pages = estimatedPages(a.blocks);
    if (pages <= Math.min(maxPages, a.printApartOverPages ?? maxPages)) return a;
    apart.push(a);
    const rows = dataRows(a.blocks);
    return {
      ...a,
      blocks: [paragraph(annexLine(rows, pages, annexFileName), { indent: false, align: 'center' })],
      annex: { fileName: annexFileName, rows, pages },
    };
  });
  if (apart.length === 0) return { model, annex: null };
  return { model: { ...model, appendices }, annex: { metaTitle: `Phụ lục: ${model.metaTitle}`, author: model.author, appendices: apart } };
}
