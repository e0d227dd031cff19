/** Documents the fund sends a borrower: the statement of a loan on a date, and the repayment reminder letter. */
import type { Settings } from '../../../contract/dto.ts';
import { FUND_REPAYMENT_METHOD_LABEL, type FundLoanDto } from '../../../contract/fund-dto.ts';
import { formatNumber, formatVnDate } from '../../../shared/index.ts';
import { table, TT, tt } from '../../inspections/documents/common.ts';
import { addDays } from '../../inspections/dates.ts';
import { documentHeader, recipientLines, signatureBlock, type ReportSettings } from '../../reports/frame.ts';
import { heading, paragraph, type Block, type DocumentModel } from '../../reports/model.ts';

const MONEY = { kind: 'money', unit: 'dong', decimals: 0 } as const;
const d = (n: number) => `${formatNumber(n)} đồng`;
const date = (iso: string | null) => (iso ? formatVnDate(iso) : '');

function addressee(loan: FundLoanDto): Block {
  return paragraph(`Kính gửi: ${loan.borrowerName}${loan.organization.commune ? `, ${loan.organization.commune}` : ''}.`, {
    align: 'center',
    indent: false,
  });
}

function contractLine(loan: FundLoanDto): string {
  return (
    `Hợp đồng tín dụng số ${loan.contractNo ?? loan.code} ký ngày ${date(loan.contractOn)}: số tiền ${d(loan.amount ?? 0)}, ` +
    `lãi suất ${formatNumber(loan.ratePercent ?? 0, { maxDecimals: 4 })}%/năm, lãi suất quá hạn ${formatNumber(loan.overdueRatePercent ?? 0, { maxDecimals: 4 })}%/năm, ` +
    `thời hạn ${String(loan.termMonths ?? 0)} tháng${loan.maturityOn ? ` (đáo hạn ngày ${date(loan.maturityOn)})` : ''}, ` +
    `${loan.method ? FUND_REPAYMENT_METHOD_LABEL[loan.method].toLowerCase() : ''}.`
  );
}

function positionTable(loan: FundLoanDto, caption: string): Block {
  const p = loan.position;
  const rows: [string, number][] = p
    ? [
        ['Đã giải ngân', p.disbursed],
        ['Đã trả nợ gốc', p.principalPaid],
        ['Đã trả lãi', p.interestPaid + p.penaltyPaid],
        ['Dư nợ gốc', p.principalOutstanding],
        ['Nợ gốc đến hạn chưa trả', p.principalDue],
        ['Lãi đến hạn chưa trả', p.interestDue],
        ['Lãi quá hạn (lãi phạt) chưa trả', p.penaltyDue],
        ['Lãi dự thu từ kỳ trước đến ngày sao kê', p.accruedInterest],
      ]
    : [];
  return table(
    'Tinh hinh no',
    caption,
    [TT, { header: 'Nội dung', format: 'text', width: 60 }, { header: 'Số tiền (đồng)', format: MONEY, width: 30 }],
    rows.map(([label, value], i) => [tt(i), label, value]),
  );
}

export function buildStatementDocument(loan: FundLoanDto, asOf: string, settings: Settings, report: ReportSettings): DocumentModel {
  const body: Block[] = [
    addressee(loan),
    paragraph(`Quỹ hỗ trợ phát triển hợp tác xã thông báo tình hình khoản vay đến ngày ${date(asOf)} như sau:`),
    heading(1, 'I. THÔNG TIN KHOẢN VAY'),
    paragraph(contractLine(loan)),
    heading(1, 'II. TÌNH HÌNH NỢ'),
    positionTable(loan, `Tình hình nợ đến ngày ${date(asOf)}`),
    heading(1, 'III. GIẢI NGÂN VÀ TRẢ NỢ'),
    table(
      'Giao dich',
      'Các lần giải ngân và trả nợ',
      [
        TT,
        { header: 'Ngày', format: 'text', width: 12, align: 'center' },
        { header: 'Nội dung', format: 'text', width: 30 },
        { header: 'Giải ngân', format: MONEY, width: 15, sum: true },
        { header: 'Trả gốc', format: MONEY, width: 15, sum: true },
        { header: 'Trả lãi', format: MONEY, width: 15, sum: true },
      ],
      [
        ...loan.disbursements
          .filter((x) => x.onDate <= asOf)
          .map((x) => ({ on: x.onDate, cells: [x.reversesId ? `Đảo giải ngân — ${x.note ?? ''}` : 'Giải ngân', x.amount, null, null] })),
        ...loan.repayments
          .filter((x) => x.onDate <= asOf)
          .map((x) => ({
            on: x.onDate,
            cells: [x.reversesId ? `Đảo thu nợ — ${x.note ?? ''}` : 'Trả nợ', null, x.principal, x.interest + x.penalty],
          })),
      ]
        .sort((a, b) => a.on.localeCompare(b.on))
        .map((r, i) => [tt(i), date(r.on), ...r.cells] as (string | number | null)[]),
      { compact: true, blank: '', total: { label: 'Cộng', labelSpan: 3 } },
    ),
    heading(1, 'IV. LỊCH TRẢ NỢ CÒN LẠI'),
    table(
      'Lich tra no',
      'Các kỳ trả nợ từ ngày sao kê',
      [
        TT,
        { header: 'Ngày đến hạn', format: 'text', width: 16, align: 'center' },
        { header: 'Gốc', format: MONEY, width: 18, sum: true },
        { header: 'Lãi (dự tính)', format: MONEY, width: 18, sum: true },
        { header: 'Dư nợ sau kỳ', format: MONEY, width: 18 },
      ],
      loan.schedule.filter((r) => r.dueOn > asOf).map((r, i) => [tt(i), date(r.dueOn), r.principal, r.interest, r.balanceAfter]),
      { compact: true, total: { label: 'Cộng', labelSpan: 2 } },
    ),
    paragraph(
      'Lãi của các kỳ sau được tính theo số ngày thực tế trên dư nợ dự kiến, có thể thay đổi khi trả nợ trước hạn hoặc giải ngân thêm.',
      {
        indent: false,
      },
    ),
  ];
  return notice(loan, asOf, settings, report, `Sao kê khoản vay theo hợp đồng tín dụng số ${loan.contractNo ?? loan.code}`, body);
}

export function buildReminderDocument(loan: FundLoanDto, asOf: string, settings: Settings, report: ReportSettings): DocumentModel {
  const p = loan.position;
  const owed = p ? p.principalDue + p.interestDue + p.penaltyDue : 0;
  const next = p?.nextDue ?? null;
  const payBy = addDays(asOf, 10);
  const body: Block[] = [addressee(loan), paragraph(contractLine(loan))];
  if (p && owed > 0) {
    body.push(
      paragraph(
        `Đến ngày ${date(asOf)}, ${loan.borrowerName} còn nợ đến hạn chưa trả ${d(owed)}, gồm: nợ gốc ${d(p.principalDue)}; lãi ${d(p.interestDue)}; lãi quá hạn ${d(p.penaltyDue)}` +
          (p.overdueSince ? `. Khoản nợ quá hạn từ ngày ${date(p.overdueSince)} (${formatNumber(p.daysOverdue)} ngày).` : '.'),
      ),
      paragraph(
        `Đề nghị ${loan.borrowerName} thanh toán số nợ trên trước ngày ${date(payBy)}. Quá thời hạn này, Quỹ tiếp tục tính lãi quá hạn trên nợ gốc quá hạn theo hợp đồng và xử lý theo quy định.`,
      ),
    );
  }
  if (next) {
    body.push(
      paragraph(
        `Kỳ trả nợ tiếp theo đến hạn ngày ${date(next.dueOn)}: nợ gốc ${d(next.principal)}, lãi dự tính ${d(next.interest)}, tổng cộng ${d(next.principal + next.interest)}. Đề nghị chuẩn bị nguồn trả nợ đúng hạn.`,
      ),
    );
  }
  if (!(p && owed > 0) && !next) body.push(paragraph(`Đến ngày ${date(asOf)}, khoản vay không còn nghĩa vụ trả nợ nào.`));
  body.push(paragraph('Mọi vướng mắc xin liên hệ Quỹ hỗ trợ phát triển hợp tác xã để được hướng dẫn. Trân trọng./.'));
  return notice(loan, asOf, settings, report, 'Nhắc trả nợ vay', body);
}

function notice(
  loan: FundLoanDto,
  asOf: string,
  settings: Settings,
  report: ReportSettings,
  summary: string,
  body: Block[],
): DocumentModel {
  return {
    metaTitle: `${summary} — ${loan.borrowerName}`,
    author: settings.issuingBody,
    header: documentHeader(settings, { ...report, date: report.date ?? asOf }, Number(asOf.slice(0, 4))),
    title: { docType: 'THÔNG BÁO', summary: [summary] },
    body,
    recipients: recipientLines({ ...report, recipients: report.recipients.map((r) => (r === 'Người vay' ? loan.borrowerName : r)) }),
    signature: signatureBlock(settings, report),
    appendices: [],
  };
}
