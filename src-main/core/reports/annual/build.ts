/**
 * The layout of the annual summary report (báo cáo tổng kết năm N): which sentence, table and chart goes
 * where, under which heading. Pure: the same input gives the same document, whatever the renderer.
 */
import type { Settings } from '../../../contract/index.ts';
import { ORG_TYPE_LABEL, ORG_TYPES } from '../../../contract/vocab.ts';
import { formatVnDate } from '../../../shared/index.ts';
import { documentHeader, numberLine, recipientLines, signatureBlock, type ReportSettings } from '../frame.ts';
import { heading, paragraph, type Appendix, type Block, type ChartBlock, type DocumentModel } from '../model.ts';
import type { AnnualReportInput } from './input.ts';
import type { AnnualPartLayout, Caption } from './parts.ts';
import * as prose from './prose.ts';
import * as tables from './tables.ts';

/** Numbers the biểu and biểu đồ in reading order, so inserting one never leaves a gap or a duplicate. */
class Counter {
  private n = 0;
  next(prefix: string, title: string): string {
    this.n++;
    return `${prefix} ${String(this.n)}. ${title}`;
  }
}

function seriesCharts(input: AnnualReportInput, charts: Counter): { orgs: ChartBlock | null; revenue: ChartBlock | null } {
  const series = input.tables.series;
  if (series.length < 2) return { orgs: null, revenue: null };
  const years = series.map((s) => String(s.year));
  const span = `${years[0] ?? ''}–${years[years.length - 1] ?? ''}`;
  // Types with no organization in any year would only add an empty legend entry.
  const types = ORG_TYPES.filter((t) => series.some((s) => s.active[t] > 0));
  const orgs: ChartBlock = {
    kind: 'chart',
    caption: charts.next('Biểu đồ', `Số tổ chức KTTT đang hoạt động giai đoạn ${span}`),
    type: 'bar',
    stacked: true,
    categories: years,
    series: types.map((t) => ({ name: ORG_TYPE_LABEL[t], values: series.map((s) => s.active[t]) })),
    valueFormat: { kind: 'integer' },
    valueAxisTitle: 'Tổ chức',
  };
  const hasRevenue = series.some((s) => s.avgRevenuePerHtx !== null);
  const revenue: ChartBlock | null = hasRevenue
    ? {
        kind: 'chart',
        caption: charts.next('Biểu đồ', `Doanh thu bình quân của HTX giai đoạn ${span}`),
        type: 'line',
        categories: years,
        series: [{ name: 'Doanh thu bình quân/HTX', values: series.map((s) => s.avgRevenuePerHtx) }],
        valueFormat: { kind: 'money', unit: 'trieu', decimals: 0 },
        valueAxisTitle: 'Triệu đồng/HTX',
      }
    : null;
  return { orgs, revenue };
}

/** Numbers the level-2 headings of blocks from `first` on ("7. Thực hiện các chỉ tiêu kế hoạch"). */
function numbered(blocks: Block[], first: number): Block[] {
  let n = first;
  return blocks.map((b) => (b.kind === 'heading' && b.level === 2 ? heading(2, `${String(n++)}. ${b.text}`) : b));
}

/** The features' parts (parts.ts) in reading order: the end of part I, then parts II–IV. */
function partBlocks(year: number, parts: readonly AnnualPartLayout[], caption: Caption): Block[] {
  const of = (key: 'results' | 'work' | 'limitations' | 'nextYear'): Block[] => parts.flatMap((p) => p[key]?.(caption) ?? []);
  const results = numbered(of('results'), 7);
  const work = numbered(of('work'), 1);
  const limitations = numbered(of('limitations'), 1);
  const nextYear = numbered(of('nextYear'), 1);
  const out = [...results];
  if (work.length > 0) out.push(heading(1, 'II. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH VÀ THỰC HIỆN CÁC CHÍNH SÁCH PHÁT TRIỂN KTTT'), ...work);
  if (limitations.length > 0) out.push(heading(1, 'III. HẠN CHẾ, NGUYÊN NHÂN'), ...limitations);
  if (nextYear.length > 0) out.push(heading(1, `IV. PHƯƠNG HƯỚNG, NHIỆM VỤ VÀ GIẢI PHÁP NĂM ${String(year + 1)}`), ...nextYear);
  return out;
}

/** Several appendices are told apart by number (Phụ lục I, II…); a lone one stays "Phụ lục". */
function labelled(appendices: Appendix[]): Appendix[] {
  if (appendices.length < 2) return appendices;
  const roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
  return appendices.map((a, i) => ({ ...a, label: `Phụ lục ${roman[i] ?? String(i + 1)}` }));
}

export function buildAnnualReport(
  input: AnnualReportInput,
  settings: Settings,
  report: ReportSettings,
  parts: readonly AnnualPartLayout[] = [],
): DocumentModel {
  const y = String(input.year);
  const tableNo = new Counter();
  const charts = new Counter();
  const chart = seriesCharts(input, charts);
  const body: Block[] = [];
  const push = (...blocks: Array<Block | null>): void => {
    for (const b of blocks) if (b) body.push(b);
  };

  push(
    paragraph(
      `Báo cáo tổng hợp từ cơ sở dữ liệu tổ chức kinh tế tập thể (KTTT) của tỉnh, số liệu tính đến ngày ${formatVnDate(input.asOf)}. ` +
        `Tình hình phát triển KTTT năm ${y} như sau:`,
    ),
    heading(1, `I. KẾT QUẢ PHÁT TRIỂN KINH TẾ TẬP THỂ NĂM ${y}`),
    heading(2, '1. Số lượng tổ chức kinh tế tập thể'),
    paragraph(prose.activeSentence(input)),
    paragraph(prose.newAndDissolvedSentence(input)),
    tables.typeStatusTable(input, tableNo.next('Biểu', `Số lượng tổ chức KTTT theo loại hình và tình trạng hoạt động năm ${y}`)),
    chart.orgs,
    heading(2, '2. Thành viên, lao động và kết quả hoạt động'),
    paragraph(prose.peopleSentence(input)),
    paragraph(prose.resultsSentence(input)),
  );
  const change = prose.resultsChangeSentence(input);
  if (change) push(paragraph(change));
  push(
    tables.typeFiguresTable(input, tableNo.next('Biểu', `Thành viên, lao động và kết quả hoạt động năm ${y} theo loại hình`)),
    chart.revenue,
    heading(2, '3. Phân bố theo địa bàn và ngành nghề'),
    paragraph(`Số lượng tổ chức KTTT đang hoạt động và kết quả năm ${y} theo xã, phường và theo ngành, lĩnh vực hoạt động như sau:`),
    tables.communeTable(input, tableNo.next('Biểu', 'Tổ chức KTTT đang hoạt động theo xã, phường')),
    tables.sectorTable(input, tableNo.next('Biểu', 'Tổ chức KTTT đang hoạt động theo ngành, lĩnh vực')),
    heading(2, '4. Sản phẩm OCOP và chứng nhận chất lượng'),
    paragraph(prose.ocopSentence(input)),
    tables.ocopTable(input, tableNo.next('Biểu', 'Sản phẩm OCOP còn hiệu lực theo hạng sao và chủ thể')),
    tables.certificationTable(input, tableNo.next('Biểu', 'HTX có sản phẩm được chứng nhận chất lượng')),
    heading(2, '5. Tình hình báo cáo số liệu'),
  );
  const notReportedCaption =
    input.tables.notReported.length > 0 ? tableNo.next('Biểu', `Tổ chức KTTT đang hoạt động chưa báo cáo số liệu năm ${y}`) : null;
  push(paragraph(prose.notReportedSentence(input, notReportedCaption?.split('.')[0] ?? null)));
  if (notReportedCaption) push(tables.notReportedTable(input, notReportedCaption));
  const prevNote = input.indicators.previous ? ` so với năm ${String(input.year - 1)}` : '';
  push(
    heading(2, '6. Một số chỉ tiêu chủ yếu'),
    tables.summaryTable(input, tableNo.next('Biểu', `Một số chỉ tiêu chủ yếu năm ${y}${prevNote}`)),
  );
  push(...partBlocks(input.year, parts, (title) => tableNo.next('Biểu', title)));

  const header = documentHeader(settings, report, input.year + 1);
  const signedOn = report.date === null ? '' : ` ngày ${formatVnDate(report.date)}`;
  const appendixNeeded = input.tables.appendix.length > 0;
  const subtitle = `(Kèm theo Báo cáo ${numberLine(report).replace(/^Số: /, 'số ')}${signedOn})`;
  const own: Appendix[] = appendixNeeded
    ? [{ label: 'Phụ lục', title: `DANH SÁCH TỔ CHỨC KTTT ĐANG HOẠT ĐỘNG NĂM ${y}`, subtitle, blocks: [tables.appendixTable(input)] }]
    : [];
  return {
    metaTitle: `Báo cáo tổng kết tình hình phát triển kinh tế tập thể năm ${y}`,
    author: header.issuingBody,
    header,
    title: { docType: 'BÁO CÁO', summary: [report.summary?.trim() || `Tổng kết tình hình phát triển kinh tế tập thể năm ${y}`] },
    body,
    recipients: recipientLines(report),
    signature: signatureBlock(settings, report),
    appendices: labelled([...own, ...parts.flatMap((p) => p.appendices?.(subtitle) ?? [])]),
  };
}
