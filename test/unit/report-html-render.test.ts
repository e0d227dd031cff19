import { describe, expect, it } from 'vitest';
import {
  paragraph,
  renderHtml,
  renderReport,
  type ChartBlock,
  type DocumentModel,
  type PdfPrinter,
  type TableBlock,
} from '../../src-main/core/reports/index.ts';
import { renderChartSvg } from '../../src-main/core/reports/render/svg-chart.ts';
import { htmlText } from '../helpers/report-text.ts';

function model(blocks: DocumentModel['body']): DocumentModel {
  return {
    metaTitle: 'Thử <b>',
    author: 'KTTT',
    header: { parentBody: 'UBND TỈNH A', issuingBody: 'BAN B', numberLine: 'Số: 01/BC-B', placeDateLine: 'A, ngày 01 tháng 01 năm 2025' },
    title: { docType: 'BÁO CÁO', summary: ['Thử'] },
    body: blocks,
    recipients: ['- Lưu: VT.'],
    signature: { authority: '', title: 'TRƯỞNG BAN', name: 'Người Ký' },
    appendices: [],
  };
}

const table: TableBlock = {
  kind: 'table',
  sheetName: 'T',
  caption: 'Biểu 1',
  columns: [
    { header: 'TT', format: 'text', width: 5, align: 'center' },
    { header: 'Tên', format: 'text', width: 30 },
    { header: 'HTX', format: { kind: 'integer' }, width: 10, sum: true },
    { header: 'Doanh thu', format: { kind: 'money', unit: 'ty', decimals: 2 }, width: 10, sum: true },
  ],
  headerGroups: [
    { label: '', span: 2 },
    { label: 'Năm 2024', span: 2 },
  ],
  rows: [
    { kind: 'group', label: 'Xã <A>' },
    { kind: 'data', cells: ['1', 'HTX "Hoa" & <script>alert(1)</script>', 1580, 1_580_000_000] },
    { kind: 'data', cells: ['2', 'THT', null, null] },
  ],
  total: { label: 'Tổng', labelSpan: 2 },
};

describe('HTML renderer', () => {
  it('escapes every text taken from data', () => {
    const html = renderHtml(model([table, paragraph('a < b & c')]));
    expect(html).not.toContain('<script>');
    expect(html).toContain('HTX &quot;Hoa&quot; &amp; &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<title>Thử &lt;b&gt;</title>');
    expect(html).toContain('a &lt; b &amp; c');
  });

  it('prints Vietnamese figures, "-" for what was not reported, sums in the total row', () => {
    const text = htmlText(renderHtml(model([table])));
    expect(text).toContain('1 | HTX "Hoa" & <script>alert(1)</script> | 1.580 | 1,58');
    expect(text).toContain('2 | THT | - | -');
    expect(text).toContain('Tổng | 1.580 | 1,58');
    expect(text).toContain('Xã <A>');
  });

  it('draws grouped headers with rowspan and colspan, in a repeating thead', () => {
    const html = renderHtml(model([table]));
    expect(html).toContain(
      '<thead><tr><th rowspan="2">TT</th><th rowspan="2">Tên</th><th colspan="2">Năm 2024</th></tr><tr><th>HTX</th><th>Doanh thu</th></tr></thead>',
    );
    expect(html).toContain('<tr class="group"><td class="l" colspan="4">Xã &lt;A&gt;</td></tr>');
    expect(html).toContain('<tr class="total"><td class="c" colspan="2">Tổng</td>');
  });

  it('carries the NĐ 30 page rules: A4, margins, top-centre page numbers except on page 1, no split rows', () => {
    const html = renderHtml(model([]));
    expect(html).toContain('size: A4 portrait;');
    expect(html).toContain('margin: 20mm 15mm 20mm 30mm;');
    expect(html).toMatch(/@top-center \{ content: counter\(page\);/);
    expect(html).toContain('@page :first { @top-center { content: none; } }');
    expect(html).toContain('table.data thead { display: table-header-group; }');
    expect(html).toContain('table.data tr { break-inside: avoid;');
    expect(html).toMatch(/font-family: "Times New Roman", "Liberation Serif", "Noto Serif"/);
    expect(html).not.toMatch(/<script|<link|src=/);
  });

  it('omits the parent body and the signing authority when there is none', () => {
    const m = model([]);
    const html = renderHtml({ ...m, header: { ...m.header, parentBody: '' } });
    expect(html).not.toContain('class="parent-body"');
    expect(html).not.toContain('class="sign-authority"');
    expect(htmlText(html)).toContain('- Lưu: VT. | TRƯỞNG BAN / Người Ký');
  });

  it('passes the printable HTML to the PDF printer it is given', async () => {
    const seen: string[] = [];
    const printer: PdfPrinter = {
      printPdf: (html) => {
        seen.push(html);
        return Promise.resolve(new Uint8Array([37, 80, 68, 70]));
      },
      close: () => Promise.resolve(),
    };
    const out = await renderReport({ model: model([]), json: {} }, 'pdf', { pdfPrinter: printer });
    expect(Array.from(out)).toEqual([37, 80, 68, 70]);
    expect(seen[0]).toContain('@top-center');
  });
});

describe('SVG charts', () => {
  const chart: ChartBlock = {
    kind: 'chart',
    caption: 'Biểu đồ 1',
    type: 'bar',
    categories: ['2023', '2024'],
    series: [
      { name: 'HTX', values: [513, null] },
      { name: 'THT', values: [158, 166] },
    ],
    valueFormat: { kind: 'integer' },
  };

  it('draws one bar per known value, labels in Vietnamese digits, and a legend for several series', () => {
    const svg = renderChartSvg({
      ...chart,
      series: [
        { name: 'HTX', values: [1513, null] },
        { name: 'THT', values: [158, 166] },
      ],
    });
    expect(svg.match(/<rect [^>]*height="[\d.]+" fill="#/g)?.length).toBe(3 + 2);
    expect(svg).toContain('>1.513</text>');
    expect(svg).toContain('>HTX</text>');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 600 300"/);
  });

  it('labels a stacked column once, with its total', () => {
    const svg = renderChartSvg({ ...chart, stacked: true });
    expect(svg).toContain('>671</text>');
    expect(svg).not.toContain('>513</text>');
  });

  it('breaks a line where a year has no value instead of inventing one', () => {
    const svg = renderChartSvg({ ...chart, type: 'line', series: [{ name: 'BQ', values: [1, null, 3] }], categories: ['a', 'b', 'c'] });
    expect((svg.match(/<path d="([^"]+)"/)?.[1] ?? '').match(/M/g)?.length).toBe(2);
  });
});
