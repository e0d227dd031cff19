import type { Settings } from '../../../contract/dto.ts';
import { formatMoneyScale, formatNumber, formatShare, formatVnDate } from '../../../shared/index.ts';
import { COUNT, Counter, table, TT, tt } from '../../inspections/documents/common.ts';
import { documentHeader, recipientLines, signatureBlock, type ReportSettings } from '../../reports/frame.ts';
import { heading, paragraph, type Appendix, type Block, type DocumentModel, type TableColumn } from '../../reports/model.ts';
import type { FundBreakdownRow, FundReportData, FundTotals } from '../report-data.ts';

const MONEY = { kind: 'money', unit: 'trieu', decimals: 0 } as const;
const MONEY_DONG = { kind: 'money', unit: 'dong', decimals: 0 } as const;
const money = (v: number) => formatMoneyScale(v);

function ratio(t: FundTotals): string {
  return t.overdueRatio === null ? 'không có dư nợ' : formatShare(t.overdueRatio, { maxDecimals: 2 });
}

function change(now: number, before: number): string {
  if (before === 0) return now === 0 ? 'không đổi' : 'năm trước chưa có';
  const r = (now - before) / before;
  return r === 0 ? 'không đổi so với cùng kỳ' : `${r > 0 ? 'tăng' : 'giảm'} ${formatShare(Math.abs(r))} so với cùng kỳ`;
}

function breakdownTable(sheet: string, caption: string, first: string, rows: readonly FundBreakdownRow[]): Block {
  const columns: TableColumn[] = [
    TT,
    { header: first, format: 'text', width: 36 },
    { header: 'Số khoản vay', format: COUNT, width: 12, sum: true },
    { header: 'Dư nợ', format: MONEY, width: 16, sum: true },
    { header: 'Nợ quá hạn', format: MONEY, width: 16, sum: true },
  ];
  return table(
    sheet,
    caption,
    columns,
    rows.map((r, i) => [tt(i), r.label, r.loans, r.outstanding, r.overdue]),
    { unit: 'Đơn vị tính: triệu đồng', total: { label: 'Tổng cộng', labelSpan: 2 } },
  );
}

/** The paragraph and table on the fund the conference report carries; also the opening of the fund's own report. */
export function fundSummaryBlocks(d: FundReportData, caption: string): Block[] {
  const t = d.totals;
  const p = d.lastYear;
  return [
    paragraph(
      `Đến ngày ${formatVnDate(d.asOf)}, Quỹ hỗ trợ phát triển hợp tác xã có dư nợ ${money(t.outstanding)} (${change(t.outstanding, p.outstanding)}), ` +
        `${formatNumber(t.loans)} khoản vay của ${formatNumber(t.borrowers)} người vay. Từ ngày ${formatVnDate(d.from)} đến ngày ${formatVnDate(d.to)}, ` +
        `Quỹ đã giải ngân ${money(d.disbursed)}, thu nợ gốc ${money(d.collectedPrincipal)}, thu lãi ${money(d.collectedInterest + d.collectedPenalty)}. ` +
        `Nợ quá hạn ${money(t.overdue)}, chiếm ${ratio(t)} dư nợ (cùng kỳ năm trước: ${ratio(p)}).`,
    ),
    table(
      'Quy HTPT',
      caption,
      [
        TT,
        { header: 'Chỉ tiêu', format: 'text', width: 40 },
        { header: `Ngày ${formatVnDate(p.asOf)}`, format: MONEY_DONG, width: 20 },
        { header: `Ngày ${formatVnDate(d.asOf)}`, format: MONEY_DONG, width: 20 },
      ],
      [
        [tt(0), 'Dư nợ (đồng)', p.outstanding, t.outstanding],
        [tt(1), 'Số khoản vay còn dư nợ', { value: p.loans, format: COUNT }, { value: t.loans, format: COUNT }],
        [tt(2), 'Số người vay', { value: p.borrowers, format: COUNT }, { value: t.borrowers, format: COUNT }],
        [tt(3), 'Nợ quá hạn (đồng)', p.overdue, t.overdue],
        [
          tt(4),
          'Tỷ lệ nợ quá hạn (%)',
          p.overdueRatio === null ? null : { value: p.overdueRatio, format: { kind: 'percent', decimals: 2 } },
          t.overdueRatio === null ? null : { value: t.overdueRatio, format: { kind: 'percent', decimals: 2 } },
        ],
      ],
      {
        unit: 'Đơn vị tính: đồng',
        notes: [
          `Giải ngân trong kỳ: ${formatNumber(d.disbursed)} đồng; thu nợ gốc: ${formatNumber(d.collectedPrincipal)} đồng; thu lãi: ${formatNumber(d.collectedInterest + d.collectedPenalty)} đồng.`,
        ],
      },
    ),
  ];
}

function newLoansTable(d: FundReportData, caption: string): Block {
  return table(
    'Cho vay moi',
    caption,
    [
      TT,
      { header: 'Số HĐ', format: 'text', width: 12 },
      { header: 'Ngày ký', format: 'text', width: 12, align: 'center' },
      { header: 'Người vay', format: 'text', width: 30 },
      { header: 'Mục đích', format: 'text', width: 26 },
      { header: 'Số tiền (đồng)', format: MONEY_DONG, width: 16, sum: true },
      { header: 'Lãi suất (%/năm)', format: { kind: 'decimal', decimals: 2 }, width: 10 },
      { header: 'Thời hạn (tháng)', format: COUNT, width: 9 },
    ],
    d.newLoans.map((l, i) => [
      tt(i),
      l.contractNo ?? l.code,
      l.contractOn ? formatVnDate(l.contractOn) : '',
      l.borrowerName,
      l.purpose,
      l.amount,
      l.ratePercent,
      l.termMonths,
    ]),
    { compact: true, blank: '', total: { label: 'Tổng cộng', labelSpan: 5 } },
  );
}

function overdueAppendix(d: FundReportData): Appendix {
  return {
    label: 'Phụ lục',
    title: 'DANH SÁCH KHOẢN VAY QUÁ HẠN',
    subtitle: `(Đến ngày ${formatVnDate(d.asOf)})`,
    blocks: [
      table(
        'Qua han',
        '',
        [
          TT,
          { header: 'Số HĐ', format: 'text', width: 12 },
          { header: 'Người vay', format: 'text', width: 30 },
          { header: 'Xã, phường', format: 'text', width: 16 },
          { header: 'Dư nợ (đồng)', format: MONEY_DONG, width: 15, sum: true },
          { header: 'Gốc quá hạn (đồng)', format: MONEY_DONG, width: 15, sum: true },
          { header: 'Lãi quá hạn (đồng)', format: MONEY_DONG, width: 13, sum: true },
          { header: 'Quá hạn từ', format: 'text', width: 11, align: 'center' },
          { header: 'Số ngày', format: COUNT, width: 8 },
          { header: 'Nhóm nợ', format: COUNT, width: 7 },
        ],
        d.overdueLoans.map((r, i) => [
          tt(i),
          r.contractNo ?? r.code,
          r.borrowerName,
          r.organization.commune,
          r.principalOutstanding,
          r.principalOverdue,
          r.interestOverdue,
          r.overdueSince ? formatVnDate(r.overdueSince) : '',
          r.daysOverdue,
          r.group,
        ]),
        { compact: true, blank: '', total: { label: 'Tổng cộng', labelSpan: 4 } },
      ),
    ],
  };
}

/** The fund's report for a period: results, outstanding by borrower type, commune and sector, aging, new loans; overdue loans in the appendix. */
export function buildFundReportDocument(d: FundReportData, settings: Settings, report: ReportSettings): DocumentModel {
  const span = `từ ngày ${formatVnDate(d.from)} đến ngày ${formatVnDate(d.to)}`;
  const tables = new Counter();
  const body: Block[] = [
    heading(1, 'I. KẾT QUẢ HOẠT ĐỘNG CHO VAY'),
    ...fundSummaryBlocks(d, tables.next('Kết quả hoạt động của Quỹ so với cùng kỳ năm trước')),
    heading(1, 'II. DƯ NỢ'),
    heading(2, '1. Theo đối tượng vay'),
    breakdownTable('Doi tuong', tables.next('Dư nợ theo đối tượng vay'), 'Đối tượng vay', d.byBorrowerType),
    heading(2, '2. Theo xã, phường'),
    breakdownTable('Xa phuong', tables.next('Dư nợ theo xã, phường'), 'Xã, phường', d.byCommune),
    heading(2, '3. Theo lĩnh vực'),
    breakdownTable('Linh vuc', tables.next('Dư nợ theo lĩnh vực hoạt động của tổ chức'), 'Lĩnh vực', d.bySector),
    heading(1, 'III. NỢ QUÁ HẠN VÀ PHÂN LOẠI NỢ'),
    paragraph(
      `Nợ quá hạn đến ngày ${formatVnDate(d.asOf)} là ${money(d.totals.overdue)}, chiếm ${ratio(d.totals)} tổng dư nợ, gồm ${formatNumber(d.overdueLoans.length)} khoản vay (danh sách tại Phụ lục). Nợ được phân nhóm theo số ngày quá hạn của kỳ trả nợ cũ nhất chưa trả đủ.`,
    ),
    breakdownTable('Nhom no', tables.next('Phân loại nợ theo số ngày quá hạn'), 'Nhóm nợ', d.byGroup),
    heading(1, 'IV. CHO VAY MỚI TRONG KỲ'),
    d.newLoans.length === 0
      ? paragraph(`Không có hợp đồng tín dụng mới ký ${span}.`)
      : newLoansTable(d, tables.next(`Các hợp đồng tín dụng ký ${span}`)),
  ];
  return {
    metaTitle: `Báo cáo hoạt động Quỹ hỗ trợ phát triển HTX ${span}`,
    author: settings.issuingBody,
    header: documentHeader(settings, report, Number(d.to.slice(0, 4))),
    title: { docType: 'BÁO CÁO', summary: [report.summary ?? `Tình hình hoạt động cho vay của Quỹ hỗ trợ phát triển hợp tác xã ${span}`] },
    body,
    recipients: recipientLines(report),
    signature: signatureBlock(settings, report),
    appendices: d.overdueLoans.length === 0 ? [] : [overdueAppendix(d)],
  };
}
