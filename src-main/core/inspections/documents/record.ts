import type { Settings } from '../../../contract/dto.ts';
import type { InspectionRecordData, ParticipantDto } from '../../../contract/inspection-dto.ts';
import { CHECK_RESULT_LABEL, PARTICIPANT_SIDE_LABEL } from '../../../contract/inspection-vocab.ts';
import { ORG_MODEL_LABEL, ORG_TYPE_LABEL, SECTOR_LABEL, type Sector } from '../../../contract/vocab.ts';
import { formatMoneyScale, formatNumber, formatVnDate, formatVnDateLong } from '../../../shared/index.ts';
import { documentHeader, numberLine, recipientLines, type ReportSettings } from '../../reports/frame.ts';
import { heading, paragraph, type Block, type DocumentModel } from '../../reports/model.ts';
import { bullet, Counter, paragraphsOf, table, TT, tt } from './common.ts';

function person(p: ParticipantDto): string {
  return [p.name, p.role, p.unit].filter((x): x is string => !!x).join(', ');
}

/** The team head signs the biên bản for the team; the first team member when nobody is called so. */
function teamHead(participants: readonly ParticipantDto[]): ParticipantDto | undefined {
  const team = participants.filter((p) => p.side === 'doan');
  return team.find((p) => /trưởng đoàn/i.test(p.role ?? '')) ?? team[0];
}

function secretary(participants: readonly ParticipantDto[]): ParticipantDto | undefined {
  return participants.find((p) => p.side === 'doan' && /thư ký/i.test(p.role ?? ''));
}

function factLines(data: InspectionRecordData): string[] {
  const { record, facts } = data;
  const lines = [`Tên tổ chức: ${record.organization.name} (${ORG_TYPE_LABEL[record.organization.type]}).`];
  if (facts.regCode) lines.push(`Mã số HTX/mã số thuế: ${facts.regCode}.`);
  if (facts.foundedOn)
    lines.push(
      `Ngày thành lập/đăng ký: ${formatVnDate(facts.foundedOn)}${facts.registeredBy ? `, cơ quan đăng ký: ${facts.registeredBy}` : ''}.`,
    );
  if (facts.address) lines.push(`Địa chỉ trụ sở: ${facts.address}.`);
  if (facts.headName) lines.push(`Người đứng đầu: ${facts.headName}.`);
  if (facts.charterCapital !== null) lines.push(`Vốn điều lệ: ${formatMoneyScale(facts.charterCapital)}.`);
  if (facts.model) lines.push(`Mô hình hoạt động: ${ORG_MODEL_LABEL[facts.model]}.`);
  const sectors = facts.sectors.map((s) => SECTOR_LABEL[s as Sector] ?? s);
  if (sectors.length) lines.push(`Lĩnh vực hoạt động: ${sectors.join('; ')}.`);
  const figures = [
    facts.members === null ? null : `${formatNumber(facts.members)} thành viên`,
    facts.workers === null ? null : `${formatNumber(facts.workers)} lao động`,
    facts.revenue === null ? null : `doanh thu ${formatMoneyScale(facts.revenue)}`,
  ].filter((x): x is string => x !== null);
  lines.push(
    figures.length ? `Số liệu năm ${facts.figuresYear}: ${figures.join(', ')}.` : `Số liệu năm ${facts.figuresYear}: chưa báo cáo.`,
  );
  return lines;
}

/** III (results, findings, violations), IV (conclusion, when given) and the recommendations with their deadlines. */
function resultSections(r: InspectionRecordData['record'], tables: Counter): Block[] {
  const body: Block[] = [];
  body.push(heading(1, 'III. NỘI DUNG VÀ KẾT QUẢ KIỂM TRA'), heading(2, '1. Kết quả kiểm tra theo nội dung'));
  body.push(
    table(
      'Noi dung kiem tra',
      tables.next(`Kết quả kiểm tra theo nội dung (mẫu phiên bản ${r.templateVersion})`),
      [
        TT,
        { header: 'Nội dung kiểm tra', format: 'text', width: 45 },
        { header: 'Kết quả', format: 'text', width: 15, align: 'center' },
        { header: 'Nhận xét', format: 'text', width: 35 },
      ],
      r.checklist.map((a, i) => [tt(i), a.title, a.result ? CHECK_RESULT_LABEL[a.result] : 'Chưa đánh giá', a.remark]),
      { blank: '' },
    ),
  );
  body.push(heading(2, '2. Nhận xét, đánh giá'), ...(r.findings ? paragraphsOf(r.findings) : [paragraph('Không có nhận xét thêm.')]));
  body.push(heading(2, '3. Tồn tại, vi phạm'));
  if (r.violations.length === 0) body.push(paragraph('Không phát hiện vi phạm.'));
  else body.push(...r.violations.map((v) => bullet(`${v.description};`)));
  if (r.conclusion) body.push(heading(1, 'IV. KẾT LUẬN'), ...paragraphsOf(r.conclusion));

  body.push(heading(1, r.conclusion ? 'V. KIẾN NGHỊ' : 'IV. KIẾN NGHỊ'));
  if (r.recommendations.length === 0) body.push(paragraph('Không có kiến nghị.'));
  else {
    body.push(
      table(
        'Kien nghi',
        tables.next('Kiến nghị và thời hạn thực hiện'),
        [
          TT,
          { header: 'Nội dung kiến nghị', format: 'text', width: 50 },
          { header: 'Bên thực hiện', format: 'text', width: 25 },
          { header: 'Thời hạn', format: 'text', width: 15, align: 'center' },
        ],
        r.recommendations.map((c, i) => [tt(i), c.content, c.responsible, formatVnDate(c.deadline)]),
      ),
    );
  }
  return body;
}

/**
 * The biên bản kiểm tra of one inspection (domain.md §10.2): participants, facts about the organization,
 * the checklist with its results, findings, violations, conclusion, recommendations with deadlines, closing
 * and signatures of both sides. It is dated on the day of the inspection.
 */
export function buildInspectionRecordDocument(data: InspectionRecordData, settings: Settings, report: ReportSettings): DocumentModel {
  const r = data.record;
  const org = r.organization;
  const tables = new Counter();
  const header = documentHeader(settings, { ...report, date: report.date ?? r.inspectedOn }, Number(r.inspectedOn.slice(0, 4)));
  if (r.number) header.numberLine = `Số: ${r.number}`;
  else header.numberLine = numberLine(report);

  const body: Block[] = [];
  if (r.legalBasis) body.push(...paragraphsOf(r.legalBasis).map((p) => ({ ...p, runs: p.runs.map((x) => ({ ...x, italic: true })) })));
  const start = r.startTime ? `vào hồi ${r.startTime.replace(':', ' giờ ')} phút ` : '';
  body.push(
    paragraph(
      `Hôm nay, ${start}${formatVnDateLong(r.inspectedOn)}, tại ${r.place}, Đoàn kiểm tra tiến hành kiểm tra tình hình tổ chức và hoạt động của ${org.name}.`,
    ),
  );

  body.push(heading(1, 'I. THÀNH PHẦN'));
  (['doan', 'to_chuc', 'dia_phuong'] as const).forEach((side, i) => {
    const people = r.participants.filter((p) => p.side === side);
    if (people.length === 0) return;
    body.push(heading(2, `${i + 1}. ${PARTICIPANT_SIDE_LABEL[side]}`), ...people.map((p) => bullet(`${person(p)};`)));
  });

  body.push(heading(1, 'II. THÔNG TIN VỀ TỔ CHỨC ĐƯỢC KIỂM TRA'), ...factLines(data).map(bullet));

  body.push(...resultSections(r, tables));

  const end = r.endTime ? `vào hồi ${r.endTime.replace(':', ' giờ ')} phút cùng ngày` : 'cùng ngày';
  const copies = r.copies ? `${String(r.copies).padStart(2, '0')} bản` : 'các bản';
  body.push(
    paragraph(
      `Biên bản kết thúc ${end}, được lập thành ${copies} có giá trị như nhau; đã đọc lại cho những người tham dự cùng nghe, nhất trí và ký tên dưới đây.`,
    ),
  );
  // The model has one signer beside Nơi nhận; the other side signs in a row above it (see report: two-party signatures).
  const rep = r.participants.find((p) => p.side === 'to_chuc');
  const clerk = secretary(r.participants);
  const signers = [
    { title: `ĐẠI DIỆN ${org.name.toUpperCase()}`, name: rep?.name ?? '' },
    ...(clerk ? [{ title: 'THƯ KÝ ĐOÀN KIỂM TRA', name: clerk.name }] : []),
  ];
  body.push(
    table(
      'Ky ten',
      '',
      signers.map((s) => ({ header: s.title, format: 'text' as const, width: 50, align: 'center' as const })),
      // No-break spaces keep the empty rows tall enough to sign in.
      [signers.map(() => '(Ký, ghi rõ họ tên)'), ...[1, 2, 3].map(() => signers.map(() => '\u00a0')), signers.map((s) => s.name)],
      { blank: '' },
    ),
  );
  const head = teamHead(r.participants);
  return {
    metaTitle: `Biên bản kiểm tra ${org.name} ngày ${formatVnDate(r.inspectedOn)}`,
    author: header.issuingBody || settings.officeName,
    header,
    title: { docType: 'BIÊN BẢN', summary: ['Kiểm tra tình hình tổ chức và hoạt động', `của ${org.name}`] },
    body,
    recipients: recipientLines({ ...report, recipients: report.recipients.map((x) => (x === 'Tổ chức được kiểm tra' ? org.name : x)) }),
    signature: { authority: '', title: 'TRƯỞNG ĐOÀN KIỂM TRA', name: head?.name ?? '' },
    appendices: [],
  };
}
