import type { Settings } from '../../../contract/dto.ts';
import type { PlanDto } from '../../../contract/inspection-dto.ts';
import { formatVnDate } from '../../../shared/index.ts';
import { documentHeader, numberLine, recipientLines, signatureBlock, type ReportSettings } from '../../reports/frame.ts';
import { heading, paragraph, type Block, type DocumentModel } from '../../reports/model.ts';
import { paragraphsOf, table, TT, tt } from './common.ts';

/** "Kế hoạch kiểm tra năm 2025" under the document type "KẾ HOẠCH" would say it twice: keep what follows. */
function summaryOf(title: string): string {
  const rest = title.replace(/^kế hoạch\s+/i, '');
  return rest === title || rest === '' ? title : rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** The kế hoạch kiểm tra of a year: content, team, and the visits with their planned dates. */
export function buildInspectionPlanDocument(plan: PlanDto, settings: Settings, report: ReportSettings): DocumentModel {
  const header = documentHeader(settings, { ...report, date: report.date ?? plan.issuedOn }, plan.year);
  header.numberLine = plan.number ? `Số: ${plan.number}` : numberLine(report);
  const body: Block[] = [
    heading(1, 'I. NỘI DUNG KIỂM TRA'),
    ...paragraphsOf(plan.content),
    heading(1, 'II. THÀNH PHẦN ĐOÀN KIỂM TRA'),
    ...paragraphsOf(plan.team),
    heading(1, 'III. ĐỐI TƯỢNG VÀ THỜI GIAN KIỂM TRA'),
    table(
      'Ke hoach',
      `Danh sách tổ chức được kiểm tra năm ${plan.year}`,
      [
        TT,
        { header: 'Tên tổ chức', format: 'text', width: 30 },
        { header: 'Loại hình', format: 'text', width: 9, align: 'center' },
        { header: 'Xã, phường', format: 'text', width: 18 },
        { header: 'Thời gian dự kiến', format: 'text', width: 17, align: 'center' },
        { header: 'Ghi chú', format: 'text', width: 21 },
      ],
      plan.items.map((i, n) => [
        tt(n),
        i.organization.name,
        i.organization.type,
        i.organization.commune,
        formatVnDate(i.plannedDate),
        [i.team ? `Đoàn: ${i.team}` : null, i.note].filter((x): x is string => !!x).join('; '),
      ]),
      { blank: '' },
    ),
  ];
  if (plan.note) body.push(heading(1, 'IV. TỔ CHỨC THỰC HIỆN'), ...paragraphsOf(plan.note));
  else
    body.push(
      heading(1, 'IV. TỔ CHỨC THỰC HIỆN'),
      paragraph(
        'Đoàn kiểm tra thông báo lịch làm việc cụ thể cho các tổ chức trước khi kiểm tra; tổ chức được kiểm tra chuẩn bị hồ sơ, sổ sách liên quan.',
      ),
    );
  return {
    metaTitle: plan.title,
    author: header.issuingBody || settings.officeName,
    header,
    title: { docType: 'KẾ HOẠCH', summary: [summaryOf(plan.title)] },
    body,
    recipients: recipientLines(report),
    signature: signatureBlock(settings, report),
    appendices: [],
  };
}
