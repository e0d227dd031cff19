import type { Settings } from '../../../contract/dto.ts';
import type { InspectionPeriodData } from '../../../contract/inspection-dto.ts';
import { ORG_TYPE_LABEL, ORG_TYPES } from '../../../contract/vocab.ts';
import { formatNumber, formatVnDate } from '../../../shared/index.ts';
import { documentHeader, recipientLines, signatureBlock, type ReportSettings } from '../../reports/frame.ts';
import { heading, paragraph, type Block, type DocumentModel } from '../../reports/model.ts';
import { COUNT, Counter, table, TT, tt, typeCells, typeColumns } from './common.ts';

const n = (v: number) => formatNumber(v);

function byTypePhrase(d: InspectionPeriodData): string {
  const parts = ORG_TYPES.filter((t) => d.byType[t] > 0).map((t) => `${ORG_TYPE_LABEL[t]} ${n(d.byType[t])} cuộc`);
  return parts.length ? ` (${parts.join('; ')})` : '';
}

/** I.1: how many inspections, against the plan, and by commune and type. */
function countSection(d: InspectionPeriodData, tables: Counter): Block[] {
  const body: Block[] = [heading(1, 'I. KẾT QUẢ KIỂM TRA'), heading(2, '1. Số cuộc kiểm tra')];
  body.push(
    paragraph(
      `Trong kỳ đã tiến hành ${n(d.inspections)} cuộc kiểm tra tại ${n(d.organizations)} tổ chức kinh tế tập thể${byTypePhrase(d)}.`,
    ),
  );
  if (d.planned.visits > 0) {
    body.push(
      paragraph(`Theo kế hoạch, kỳ này có ${n(d.planned.visits)} cuộc kiểm tra dự kiến; đã thực hiện ${n(d.planned.carriedOut)} cuộc.`),
    );
  }
  if (d.inspections > 0) {
    body.push(
      table(
        'Theo xa',
        tables.next('Số cuộc kiểm tra theo xã, phường và loại hình'),
        [
          TT,
          { header: 'Xã, phường', format: 'text', width: 35 },
          ...typeColumns(),
          { header: 'Tổng số', format: COUNT, width: 10, sum: true },
        ],
        d.byCommune.map((c, i) => [tt(i), c.commune, ...typeCells(c.byType), c.total]),
        { unit: 'Đơn vị tính: cuộc', total: { label: 'Tổng cộng', labelSpan: 2 } },
      ),
    );
  }
  return body;
}

/** I.2: results per obligation of the checklist. */
function checklistSection(d: InspectionPeriodData, tables: Counter): Block[] {
  const body: Block[] = [heading(2, '2. Kết quả theo nội dung kiểm tra')];
  if (d.checklist.length === 0) return [...body, paragraph('Không có nội dung nào được đánh giá trong kỳ.')];
  body.push(
    table(
      'Noi dung',
      tables.next('Kết quả kiểm tra theo nội dung'),
      [
        TT,
        { header: 'Nội dung kiểm tra', format: 'text', width: 47 },
        { header: 'Số cuộc đánh giá', format: COUNT, width: 12 },
        { header: 'Đạt', format: COUNT, width: 10 },
        { header: 'Không đạt', format: COUNT, width: 12 },
        { header: 'Không áp dụng', format: COUNT, width: 12 },
      ],
      d.checklist.map((c, i) => [tt(i), c.title, c.assessed, c.passed, c.failed, c.notApplicable]),
      { unit: 'Đơn vị tính: cuộc' },
    ),
  );
  return body;
}

/** I.3: the most common violations. */
function violationsSection(d: InspectionPeriodData, tables: Counter): Block[] {
  const body: Block[] = [heading(2, '3. Những tồn tại, vi phạm thường gặp')];
  if (d.violations.length === 0) return [...body, paragraph('Các cuộc kiểm tra trong kỳ không phát hiện vi phạm.')];
  const [top, second] = d.violations;
  // "Most common" only when one stands out; a tie is simply listed.
  if (top && top.count > (second?.count ?? 0) && top.count > 1)
    body.push(paragraph(`Tồn tại, vi phạm thường gặp nhất: ${top.label} (${n(top.count)} cuộc kiểm tra).`));
  else body.push(paragraph('Các tồn tại, vi phạm phát hiện qua kiểm tra:'));
  body.push(
    table(
      'Vi pham',
      tables.next('Tồn tại, vi phạm theo số cuộc kiểm tra phát hiện'),
      [TT, { header: 'Nội dung tồn tại, vi phạm', format: 'text', width: 75 }, { header: 'Số cuộc', format: COUNT, width: 15 }],
      d.violations.map((v, i) => [tt(i), v.label, v.count]),
    ),
  );
  return body;
}

/** I.4: recommendations made, and carried out by the period's end. */
function recommendationsSection(d: InspectionPeriodData): Block[] {
  const c = d.recommendations;
  return [
    heading(2, '4. Kiến nghị và kết quả thực hiện'),
    paragraph(
      c.made === 0
        ? 'Trong kỳ không có kiến nghị.'
        : `Các đoàn kiểm tra đã đưa ra ${n(c.made)} kiến nghị; đến ngày ${formatVnDate(d.to)} đã thực hiện ${n(c.done)}, đang thực hiện ${n(c.inProgress)}, chưa thực hiện ${n(c.notStarted)}; trong đó ${n(c.overdue)} kiến nghị đã quá thời hạn mà chưa thực hiện xong.`,
    ),
  ];
}

/** The appendix: every inspection of the period, one row each. */
function recordsAppendix(d: InspectionPeriodData, span: string): DocumentModel['appendices'] {
  if (d.records.length === 0) return [];
  const rows = d.records.map((r, i) => [
    tt(i),
    formatVnDate(r.inspectedOn),
    r.organization.name,
    r.organization.type,
    r.organization.commune,
    r.number,
    r.failedItems,
    r.violations,
    r.recommendations,
    r.recommendationsDone,
  ]);
  const columns = [
    TT,
    { header: 'Ngày', format: 'text', width: 15, align: 'center' },
    { header: 'Tổ chức', format: 'text', width: 24 },
    { header: 'Loại hình', format: 'text', width: 8, align: 'center' },
    { header: 'Xã, phường', format: 'text', width: 15 },
    { header: 'Số biên bản', format: 'text', width: 12 },
    { header: 'Mục không đạt', format: COUNT, width: 8, sum: true },
    { header: 'Vi phạm', format: COUNT, width: 8, sum: true },
    { header: 'Kiến nghị', format: COUNT, width: 8, sum: true },
    { header: 'Đã thực hiện', format: COUNT, width: 8, sum: true },
  ] as const;
  return [
    {
      label: 'Phụ lục',
      title: 'DANH SÁCH CÁC CUỘC KIỂM TRA',
      subtitle: `(${span})`,
      blocks: [
        table('Danh sach kiem tra', '', [...columns], rows, { compact: true, blank: '', total: { label: 'Tổng cộng', labelSpan: 6 } }),
      ],
    },
  ];
}

/**
 * The báo cáo kết quả kiểm tra for a period: how many inspections, by commune and type, results per
 * obligation, the most common violations, and recommendations made and carried out by the period's end.
 */
export function buildInspectionPeriodDocument(d: InspectionPeriodData, settings: Settings, report: ReportSettings): DocumentModel {
  const span = `từ ngày ${formatVnDate(d.from)} đến ngày ${formatVnDate(d.to)}`;
  const tables = new Counter();
  const body: Block[] = [
    paragraph(`Báo cáo tổng hợp từ các biên bản kiểm tra lập ${span}; tình hình thực hiện kiến nghị tính đến ngày ${formatVnDate(d.to)}.`),
    ...countSection(d, tables),
    ...checklistSection(d, tables),
    ...violationsSection(d, tables),
    ...recommendationsSection(d),
  ];
  const header = documentHeader(settings, report, Number(d.to.slice(0, 4)));
  return {
    metaTitle: `Báo cáo kết quả kiểm tra ${span}`,
    author: header.issuingBody || settings.officeName,
    header,
    title: { docType: 'BÁO CÁO', summary: report.summary ? [report.summary] : ['Kết quả kiểm tra tổ chức kinh tế tập thể', span] },
    body,
    recipients: recipientLines(report),
    signature: signatureBlock(settings, report),
    appendices: recordsAppendix(d, span),
  };
}
