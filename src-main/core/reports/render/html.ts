/**
 * Printable HTML of a document model, laid out per Nghị định 30/2020 (see styles.ts for the page rules).
 * One self-contained file: inline CSS and inline SVG, no script, no external resource, so it prints the
 * same in the app's preview, in Chromium's page.pdf and in Electron's printToPDF.
 * Output is deterministic (golden-file tested): no dates, ids or random values are generated here.
 */
import { NATIONAL_MOTTO, NATIONAL_NAME } from '../model.ts';
import type { AnnexDocument, Appendix, Block, ChartBlock, DocumentModel, ParagraphBlock, Run, TableBlock, TableRow } from '../model.ts';
import { cellText, columnAlign, columnTotals, DEFAULT_BLANK } from './cells.ts';
import { escapeHtml as esc } from './escape.ts';
import { REPORT_CSS } from './styles.ts';
import { renderChartSvg } from './svg-chart.ts';

function runs(list: Run[]): string {
  return list
    .map((r) => {
      let html = esc(r.text);
      if (r.italic) html = `<em>${html}</em>`;
      if (r.bold) html = `<strong>${html}</strong>`;
      return html;
    })
    .join('');
}

function paragraphHtml(p: ParagraphBlock): string {
  const classes = ['body'];
  if (p.indent === false) classes.push('no-indent');
  if (p.align && p.align !== 'justify') classes.push(p.align);
  return `<p class="${classes.join(' ')}">${runs(p.runs)}</p>`;
}

const ALIGN_CLASS = { left: 'l', center: 'c', right: 'r' } as const;

function headerRowsHtml(table: TableBlock): string {
  const cols = table.columns;
  if (!table.headerGroups) return `<tr>${cols.map((c) => `<th>${esc(c.header)}</th>`).join('')}</tr>`;
  let top = '';
  let second = '';
  let at = 0;
  for (const group of table.headerGroups) {
    const members = cols.slice(at, at + group.span);
    at += group.span;
    if (group.label === '') {
      top += members.map((c) => `<th rowspan="2">${esc(c.header)}</th>`).join('');
    } else {
      top += `<th colspan="${group.span}">${esc(group.label)}</th>`;
      second += members.map((c) => `<th>${esc(c.header)}</th>`).join('');
    }
  }
  return `<tr>${top}</tr><tr>${second}</tr>`;
}

function bodyRowsHtml(table: TableBlock, rows: readonly TableRow[]): string[] {
  const blank = table.blank ?? DEFAULT_BLANK;
  const cols = table.columns;
  const body: string[] = [];
  for (const row of rows) {
    if (row.kind === 'group') {
      body.push(`<tr class="group"><td class="l" colspan="${cols.length}">${esc(row.label)}</td></tr>`);
      continue;
    }
    const cells = cols.map((c, i) => `<td class="${ALIGN_CLASS[columnAlign(c)]}">${esc(cellText(row.cells[i] ?? null, c, blank))}</td>`);
    body.push(`<tr${row.bold ? ' class="bold"' : ''}>${cells.join('')}</tr>`);
  }
  return body;
}

/** The total row, over all the table's rows; null when the table has none. */
function totalRowHtml(table: TableBlock): string | null {
  if (!table.total) return null;
  const blank = table.blank ?? DEFAULT_BLANK;
  const span = Math.max(1, table.total.labelSpan ?? 1);
  const totals = columnTotals(table);
  const cells = [`<td class="c" colspan="${span}">${esc(table.total.label)}</td>`];
  table.columns.forEach((c, i) => {
    if (i < span) return;
    const v = totals[i] ?? null;
    // A total cell of a column that is neither summed nor given stays empty, not "-": nothing is missing.
    const shown = v === null ? (c.sum ? blank : '') : cellText(v, c, blank);
    cells.push(`<td class="${ALIGN_CLASS[columnAlign(c)]}">${esc(shown)}</td>`);
  });
  return `<tr class="total">${cells.join('')}</tr>`;
}

function captionHtml(table: TableBlock): string {
  return `<div class="table-caption">${esc(table.caption)}</div>` + (table.unit ? `<div class="table-unit">${esc(table.unit)}</div>` : '');
}

const notesHtml = (table: TableBlock): string => (table.notes ?? []).map((n) => `<p class="table-note">${esc(n)}</p>`).join('');

function dataTableHtml(table: TableBlock, body: readonly string[]): string {
  const totalWidth = table.columns.reduce((s, c) => s + c.width, 0);
  const colgroup = table.columns.map((c) => `<col style="width:${((c.width / totalWidth) * 100).toFixed(2)}%">`).join('');
  return (
    `<table class="data${table.compact ? ' compact' : ''}"><colgroup>${colgroup}</colgroup>` +
    `<thead>${headerRowsHtml(table)}</thead><tbody>${body.join('')}</tbody></table>`
  );
}

export function tableHtml(table: TableBlock): string {
  const body = bodyRowsHtml(table, table.rows);
  const total = totalRowHtml(table);
  if (total) body.push(total);
  return `<div class="table-block">${captionHtml(table)}${dataTableHtml(table, body)}${notesHtml(table)}</div>`;
}

/**
 * Rows of one table in a printed annex. Chromium fails to print a table of 50,000 rows ("Printing failed",
 * even a page range of it) but prints the same rows cut into tables of this many, each under its own header.
 */
const ANNEX_TABLE_ROWS = 2_000;

/**
 * A long table of an annex as consecutive tables of ANNEX_TABLE_ROWS rows. Each part after the first starts
 * a page, so its header stands at the top of a page like the header Chromium repeats, never mid-page; the
 * caption comes first, the total (of every row) and the notes last.
 */
function annexTableHtml(table: TableBlock): string {
  if (table.rows.length <= ANNEX_TABLE_ROWS) return tableHtml(table);
  const parts: string[] = [];
  for (let at = 0; at < table.rows.length; at += ANNEX_TABLE_ROWS) {
    const first = at === 0;
    const last = at + ANNEX_TABLE_ROWS >= table.rows.length;
    const body = bodyRowsHtml(table, table.rows.slice(at, at + ANNEX_TABLE_ROWS));
    const total = last ? totalRowHtml(table) : null;
    if (total) body.push(total);
    parts.push(
      `<div class="table-block"${first ? '' : ' style="break-before: page"'}>${first ? captionHtml(table) : ''}${dataTableHtml(table, body)}${last ? notesHtml(table) : ''}</div>`,
    );
  }
  return parts.join('\n');
}

function chartHtml(chart: ChartBlock): string {
  return `<figure class="chart">${renderChartSvg(chart)}<figcaption>${esc(chart.caption)}</figcaption></figure>`;
}

export function blockHtml(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return paragraphHtml(block);
    case 'heading': {
      const tag = block.level === 1 ? 'h2' : block.level === 2 ? 'h3' : 'h4';
      return `<${tag}>${esc(block.text)}</${tag}>`;
    }
    case 'table':
      return tableHtml(block);
    case 'chart':
      return chartHtml(block);
    case 'pageBreak':
      return '<div class="page-break"></div>';
  }
}

function headerHtml(model: DocumentModel): string {
  const h = model.header;
  const left =
    (h.parentBody ? `<div class="parent-body">${esc(h.parentBody)}</div>` : '') +
    `<div class="issuing-body">${esc(h.issuingBody)}</div><div class="rule issuer"></div>`;
  const right = `<div class="nation">${NATIONAL_NAME}</div><div class="motto"><span>${NATIONAL_MOTTO}</span></div>`;
  return (
    `<table class="layout doc-header"><tr><td class="left">${left}</td><td class="right">${right}</td></tr>` +
    `<tr><td class="left number-line">${esc(h.numberLine)}</td><td class="right place-date">${esc(h.placeDateLine)}</td></tr></table>`
  );
}

function titleHtml(model: DocumentModel): string {
  const t = model.title;
  const summary = t.summary.map((line) => `<div class="doc-summary">${esc(line)}</div>`).join('');
  return `<div class="doc-title"><div class="doc-type">${esc(t.docType)}</div>${summary}<div class="rule summary"></div></div>`;
}

function signatureHtml(model: DocumentModel): string {
  const s = model.signature;
  const recipients =
    `<div class="recipients-label">Nơi nhận:</div>` + model.recipients.map((r) => `<div class="recipients-line">${esc(r)}</div>`).join('');
  const signer =
    (s.authority ? `<div class="sign-authority">${esc(s.authority)}</div>` : '') +
    `<div class="sign-title">${esc(s.title)}</div><div class="sign-space"></div><div class="sign-name">${esc(s.name)}</div>`;
  return `<table class="layout doc-sign"><tr><td class="recipients">${recipients}</td><td class="signer">${signer}</td></tr></table>`;
}

function appendixHtml(a: Appendix, block: (b: Block) => string = blockHtml): string {
  return (
    `<section class="appendix"><div class="appendix-label">${esc(a.label)}</div><div class="appendix-title">${esc(a.title)}</div>` +
    (a.subtitle ? `<div class="appendix-subtitle">${esc(a.subtitle)}</div>` : '') +
    `${a.blocks.map((b) => block(b)).join('\n')}</section>`
  );
}

/** The whole document as one HTML file (UTF-8). Blocks are on their own lines so golden diffs are readable. */
export function renderHtml(model: DocumentModel): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="vi">',
    `<head><meta charset="utf-8"><title>${esc(model.metaTitle)}</title><style>${REPORT_CSS}</style></head>`,
    '<body><main class="document">',
    headerHtml(model),
    titleHtml(model),
    ...model.body.map(blockHtml),
    signatureHtml(model),
    ...model.appendices.map((a) => appendixHtml(a)),
    '</main></body>',
    '</html>',
    '',
  ].join('\n');
}

/** An annex printed apart: its appendices alone, each as in the report (label, title, "Kèm theo …" line). */
export function renderAnnexHtml(annex: AnnexDocument): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="vi">',
    `<head><meta charset="utf-8"><title>${esc(annex.metaTitle)}</title><style>${REPORT_CSS}</style></head>`,
    '<body><main class="document">',
    ...annex.appendices.map((a) => appendixHtml(a, (b) => (b.kind === 'table' ? annexTableHtml(b) : blockHtml(b)))),
    '</main></body>',
    '</html>',
    '',
  ].join('\n');
}
