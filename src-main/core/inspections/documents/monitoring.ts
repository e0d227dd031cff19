import type { Settings } from '../../../contract/dto.ts';
import type { MonitoringEntryBase, MonitoringResult } from '../../../contract/inspection-monitoring.ts';
import {
  MONITORING_LIST_LABEL,
  MONITORING_LISTS,
  RECOMMENDATION_STATUS_LABEL,
  type MonitoringListName,
} from '../../../contract/inspection-vocab.ts';
import { CERT_KIND_LABEL, ORG_STATUS_LABEL } from '../../../contract/vocab.ts';
import { formatNumber, formatVnDate } from '../../../shared/index.ts';
import { documentHeader, recipientLines, signatureBlock, type ReportSettings } from '../../reports/frame.ts';
import {
  heading,
  paragraph,
  type Appendix,
  type Block,
  type CellValue,
  type DocumentModel,
  type TableBlock,
  type TableColumn,
} from '../../reports/model.ts';
import { COUNT, Counter, dateOrBlank, table, TT, tt, typeCells, typeColumns } from './common.ts';
import { taskMonitoringParts } from './monitoring-tasks.ts';

/** Short headers of the by-commune table, where ten lists share one page width. */
const SHORT: Record<MonitoringListName, string> = {
  notReported: 'Chưa báo cáo',
  noRevenue: 'Không DT, ngừng HĐ',
  suspended: 'Tạm ngừng',
  suspensionsEnding: 'Sắp hết tạm ngừng',
  ocopExpiring: 'OCOP sắp hết hạn',
  ocopExpired: 'OCOP hết hạn',
  certificationsExpiring: 'CN sắp hết hạn',
  certificationsExpired: 'CN hết hạn',
  meetingOverdue: 'Chưa họp ĐHTV',
  recommendationsOverdue: 'Kiến nghị quá hạn',
  fundDueSoon: 'Vay Quỹ đến hạn',
  fundOverdue: 'Vay Quỹ quá hạn',
};

const ORG_COLUMNS: TableColumn[] = [
  TT,
  { header: 'Tên tổ chức', format: 'text', width: 26 },
  { header: 'Loại hình', format: 'text', width: 9, align: 'center' },
  { header: 'Xã, phường', format: 'text', width: 15 },
];
const orgCells = (e: MonitoringEntryBase, i: number): CellValue[] => [tt(i), e.name, e.type, e.commune ?? ''];
/** Dates need 15 of these widths to stay on one line in the compact type of the appendix. */
const DATE_WIDTH = 15;
const text = (header: string, width: number, align?: 'center'): TableColumn => ({
  header,
  format: 'text',
  width,
  ...(align ? { align } : {}),
});
const money = (header: string): TableColumn => ({ header, format: { kind: 'money', unit: 'trieu', decimals: 0 }, width: 14 });
const dong = (header: string): TableColumn => ({ header, format: { kind: 'money', unit: 'dong', decimals: 0 }, width: 14 });
const NOT_REPORTED = 'Chưa báo cáo';
const days = (d: number) => (d < 0 ? `quá ${formatNumber(-d)} ngày` : `còn ${formatNumber(d)} ngày`);

/** Each list's own columns after the organization's. */
function detail(result: MonitoringResult, name: MonitoringListName): { columns: TableColumn[]; rows: CellValue[][]; note?: string } {
  const l = result.lists;
  switch (name) {
    case 'notReported':
      return { columns: [text('Năm chưa báo cáo', 12, 'center')], rows: l.notReported.map((e, i) => [...orgCells(e, i), String(e.year)]) };
    case 'noRevenue': {
      const [y0, y1] = l.noRevenue[0]?.years ?? [0, 0];
      return {
        columns: [money(`Doanh thu ${y0}`), money(`Doanh thu ${y1}`), text('Tình trạng', 14)],
        rows: l.noRevenue.map((e, i) => [
          ...orgCells(e, i),
          e.revenue[0] ?? NOT_REPORTED,
          e.revenue[1] ?? NOT_REPORTED,
          ORG_STATUS_LABEL[e.status],
        ]),
        note: `Doanh thu: triệu đồng; "${NOT_REPORTED}": không có số liệu năm đó.`,
      };
    }
    case 'suspended':
      return {
        columns: [text('Từ ngày', DATE_WIDTH, 'center'), text('Đến ngày', DATE_WIDTH, 'center')],
        rows: l.suspended.map((e, i) => [...orgCells(e, i), dateOrBlank(e.since), dateOrBlank(e.until) || 'Không xác định']),
      };
    case 'suspensionsEnding':
      return {
        columns: [text('Đến ngày', DATE_WIDTH, 'center'), text('Thời hạn', 14, 'center')],
        rows: l.suspensionsEnding.map((e, i) => [...orgCells(e, i), formatVnDate(e.until), days(e.daysLeft)]),
      };
    case 'ocopExpiring':
    case 'ocopExpired':
      return {
        columns: [text('Sản phẩm', 20), text('Hạng sao', 8, 'center'), text('Hiệu lực đến', DATE_WIDTH, 'center')],
        rows: l[name].map((e, i) => [...orgCells(e, i), e.productName, `${e.stars} sao`, formatVnDate(e.validUntil)]),
      };
    case 'certificationsExpiring':
    case 'certificationsExpired':
      return {
        columns: [text('Chứng nhận', 12), text('Sản phẩm', 16), text('Hết hạn', DATE_WIDTH, 'center')],
        rows: l[name].map((e, i) => [...orgCells(e, i), CERT_KIND_LABEL[e.kind], e.product, formatVnDate(e.expiresOn)]),
      };
    case 'meetingOverdue':
      return {
        columns: [
          text('Năm tài chính', 10, 'center'),
          text('Hạn họp', DATE_WIDTH, 'center'),
          text('Ngày họp (muộn)', DATE_WIDTH, 'center'),
        ],
        rows: l.meetingOverdue.map((e, i) => [
          ...orgCells(e, i),
          String(e.fiscalYear),
          formatVnDate(e.deadline),
          dateOrBlank(e.heldOn) || 'Chưa họp',
        ]),
      };
    case 'recommendationsOverdue':
      return {
        columns: [text('Kiến nghị', 26), text('Thời hạn', DATE_WIDTH, 'center'), text('Tình trạng', 12), text('Quá hạn', 10, 'center')],
        rows: l.recommendationsOverdue.map((e, i) => [
          ...orgCells(e, i),
          e.content,
          formatVnDate(e.deadline),
          RECOMMENDATION_STATUS_LABEL[e.status],
          `${formatNumber(e.daysOverdue)} ngày`,
        ]),
      };
    case 'fundDueSoon':
    case 'fundOverdue':
      return fundDetail(result, name);
  }
}

/** The fund's two lists (issue 14): the loan and its money in đồng after the borrower's organization. */
function fundDetail(
  result: MonitoringResult,
  name: 'fundDueSoon' | 'fundOverdue',
): { columns: TableColumn[]; rows: CellValue[][]; note?: string } {
  const l = result.lists;
  switch (name) {
    case 'fundDueSoon':
      return {
        columns: [text('Người vay', 18), text('Số hợp đồng', 12), text('Ngày đến hạn', DATE_WIDTH, 'center'), dong('Gốc'), dong('Lãi')],
        rows: l.fundDueSoon.map((e, i) => [
          ...orgCells(e, i),
          e.borrowerName,
          e.contractNo ?? '',
          formatVnDate(e.dueOn),
          e.principal,
          e.interest,
        ]),
        note: 'Gốc, lãi: đồng.',
      };
    case 'fundOverdue':
      return {
        columns: [
          text('Người vay', 18),
          text('Số hợp đồng', 12),
          dong('Gốc quá hạn'),
          dong('Lãi quá hạn'),
          text('Quá hạn', 10, 'center'),
          text('Nhóm nợ', 7, 'center'),
        ],
        rows: l.fundOverdue.map((e, i) => [
          ...orgCells(e, i),
          e.borrowerName,
          e.contractNo ?? '',
          e.principalOverdue,
          e.interestOverdue,
          `${formatNumber(e.daysOverdue)} ngày`,
          String(e.group),
        ]),
        note: 'Gốc, lãi quá hạn: đồng; nhóm nợ theo số ngày quá hạn (quy định của Quỹ).',
      };
  }
}

/** One monitoring list as a table of its own, the one the appendix prints: for the list's Excel file. */
export function monitoringListTable(result: MonitoringResult, name: MonitoringListName): TableBlock {
  const d = detail(result, name);
  return table(
    SHORT[name].slice(0, 31),
    `${MONITORING_LIST_LABEL[name]} (tính đến ngày ${formatVnDate(result.asOf)})`,
    [...ORG_COLUMNS, ...d.columns],
    d.rows,
    {
      blank: '',
      ...(d.note ? { notes: [d.note] } : {}),
    },
  );
}

/** Each list's count by commune: one row per commune, the lists as numbered columns. */
function communeTable(result: MonitoringResult, tables: Counter): Block | null {
  const communes = new Map<string, { commune: string; counts: Partial<Record<MonitoringListName, number>> }>();
  for (const name of MONITORING_LISTS) {
    for (const c of result.counts[name].byCommune) {
      const key = c.communeCode ?? '';
      const row = communes.get(key) ?? { commune: c.commune, counts: {} };
      row.counts[name] = c.total;
      communes.set(key, row);
    }
  }
  if (communes.size === 0) return null;
  return table(
    'Theo xa',
    tables.next('Số trường hợp cần theo dõi theo xã, phường'),
    [
      TT,
      { header: 'Xã, phường', format: 'text', width: 30 },
      ...MONITORING_LISTS.map((_, i) => ({ header: `(${i + 1})`, format: COUNT, width: 7, sum: true })),
    ],
    [...communes.entries()]
      .sort(([ka, a], [kb, b]) => Number(ka === '') - Number(kb === '') || a.commune.localeCompare(b.commune, 'vi'))
      .map(([, c], i) => [tt(i), c.commune, ...MONITORING_LISTS.map((name) => c.counts[name] ?? 0)]),
    // Ten named columns do not fit a portrait page: they are numbered as the rows of the first table.
    {
      compact: true,
      total: { label: 'Tổng cộng', labelSpan: 2 },
      notes: [`Cột (1) đến (${String(MONITORING_LISTS.length)}): các nội dung giám sát theo thứ tự tại Biểu 1.`],
    },
  );
}

/** Every list in full, one table each. */
function listsAppendix(result: MonitoringResult, asOf: string): Appendix[] {
  const blocks: Block[] = [];
  MONITORING_LISTS.forEach((name, i) => {
    const d = detail(result, name);
    if (d.rows.length === 0) return;
    blocks.push(
      table(SHORT[name].slice(0, 31), `${i + 1}. ${MONITORING_LIST_LABEL[name]}`, [...ORG_COLUMNS, ...d.columns], d.rows, {
        compact: true,
        blank: '',
        ...(d.note ? { notes: [d.note] } : {}),
      }),
    );
  });
  return blocks.length
    ? [{ label: 'Phụ lục', title: 'DANH SÁCH CÁC TRƯỜNG HỢP CẦN THEO DÕI', subtitle: `(Tính đến ngày ${asOf})`, blocks }]
    : [];
}

/**
 * The báo cáo giám sát for an as-of date: counts of each monitoring list by type and by commune in the body,
 * and every list in full in the appendix, so the printout and the JSON output say the same thing.
 */
export function buildMonitoringDocument(result: MonitoringResult, settings: Settings, report: ReportSettings): DocumentModel {
  const asOf = formatVnDate(result.asOf);
  const tables = new Counter();
  const header = documentHeader(settings, report, Number(result.asOf.slice(0, 4)));
  const body: Block[] = [
    paragraph(
      `Báo cáo tổng hợp từ cơ sở dữ liệu tổ chức kinh tế tập thể, tính đến ngày ${asOf}. Chỉ giám sát các tổ chức kinh tế tập thể trong sổ đăng ký.`,
    ),
    heading(1, 'I. TỔNG HỢP KẾT QUẢ GIÁM SÁT'),
    table(
      'Tong hop',
      tables.next('Số trường hợp cần theo dõi theo loại hình'),
      [TT, { header: 'Nội dung giám sát', format: 'text', width: 45 }, ...typeColumns(8), { header: 'Tổng số', format: COUNT, width: 9 }],
      MONITORING_LISTS.map((name, i) => [
        tt(i),
        MONITORING_LIST_LABEL[name],
        ...typeCells(result.counts[name].byType),
        result.counts[name].total,
      ]),
      { unit: 'Đơn vị tính: trường hợp' },
    ),
  ];
  const byCommune = communeTable(result, tables);
  if (byCommune) body.push(byCommune);
  body.push(heading(1, 'II. CÁC TRƯỜNG HỢP CẦN THEO DÕI'));
  MONITORING_LISTS.forEach((name, i) => {
    const count = result.counts[name];
    body.push(
      paragraph(
        count.total === 0
          ? `${i + 1}. ${MONITORING_LIST_LABEL[name]}: không có.`
          : `${i + 1}. ${MONITORING_LIST_LABEL[name]}: ${formatNumber(count.total)} trường hợp của ${formatNumber(count.organizations)} tổ chức (chi tiết tại Phụ lục, mục ${i + 1}).`,
      ),
    );
  });
  const orgAppendices = listsAppendix(result, asOf);
  const tasks = taskMonitoringParts(result, orgAppendices.length > 0);
  body.push(...tasks.body);
  const appendices = [...orgAppendices, ...tasks.appendices];
  return {
    metaTitle: `Báo cáo giám sát tổ chức kinh tế tập thể đến ngày ${asOf}`,
    author: header.issuingBody || settings.officeName,
    header,
    title: {
      docType: 'BÁO CÁO',
      summary: report.summary ? [report.summary] : [`Kết quả giám sát tổ chức kinh tế tập thể đến ngày ${asOf}`],
    },
    body,
    recipients: recipientLines(report),
    signature: signatureBlock(settings, report),
    appendices,
  };
}
