/**
 * Part II of the conference report, "Công tác chỉ đạo, điều hành của Ban Chỉ đạo và thực hiện chính sách":
 * meetings held, the plan's tasks by agency, support given by kind, trainings, fairs, propaganda and linkage
 * contracts, each computed from what the secretariat recorded. Pure.
 */
import type { ActivityDto, SupportRecordDto, TaskDto } from '../../../contract/bcd-dto.ts';
import {
  ACTIVITY_KIND_LABEL,
  ACTIVITY_KINDS,
  BCD_MEETING_KIND_LABEL,
  BCD_MEETING_KINDS,
  FUNDING_SOURCE_LABEL,
  FUNDING_SOURCES,
  SUPPORT_KIND_LABEL,
  SUPPORT_KINDS,
} from '../../../contract/bcd-vocab.ts';
import { formatMoneyScale, formatNumber, formatVnDate } from '../../../shared/index.ts';
import { heading, paragraph, type Block, type NumberFormat, type TableBlock } from '../../reports/model.ts';
import type { BcdReportData, PlanRef } from './data.ts';

const INT: NumberFormat = { kind: 'integer' };
const TRIEU: NumberFormat = { kind: 'money', unit: 'trieu', decimals: 0 };
const n = (v: number): string => formatNumber(v);
/** "năm 2024", or the period a review covers ("6 tháng đầu năm 2025"). */
const period = (d: BcdReportData): string => d.periodLabel ?? `năm ${String(d.year)}`;
const sum = (values: Array<number | null>): number | null =>
  values.some((v) => v !== null) ? values.reduce<number>((s, v) => s + (v ?? 0), 0) : null;

export function planName(p: PlanRef): string {
  const number = p.number ? `số ${p.number} ` : '';
  return `Kế hoạch ${number}ngày ${formatVnDate(p.issuedOn)}`;
}

function meetingsBlocks(d: BcdReportData): Block[] {
  const blocks: Block[] = [heading(2, 'Hoạt động của Ban Chỉ đạo')];
  if (d.meetings.length === 0) return [...blocks, paragraph(`Trong ${period(d)}, chưa ghi nhận cuộc họp nào của Ban Chỉ đạo.`)];
  const kinds = BCD_MEETING_KINDS.flatMap((k) => {
    const c = d.meetings.filter((m) => m.kind === k).length;
    return c > 0 ? [`${n(c)} ${BCD_MEETING_KIND_LABEL[k].toLowerCase()}`] : [];
  });
  const notices = d.meetings.filter((m) => m.noticeNumber).length;
  blocks.push(
    paragraph(
      `Trong ${period(d)}, Ban Chỉ đạo tổ chức ${n(d.meetings.length)} cuộc họp (${kinds.join(', ')})` +
        (notices > 0 ? `, ban hành ${n(notices)} thông báo kết luận` : '') +
        '.',
    ),
  );
  for (const m of d.meetings) {
    const notice = m.noticeNumber
      ? ` (Thông báo kết luận số ${m.noticeNumber}${m.noticeDate ? ` ngày ${formatVnDate(m.noticeDate)}` : ''})`
      : '';
    const conclusions = m.conclusions ? `: ${m.conclusions.trim().replace(/\.$/, '')}` : '';
    blocks.push(paragraph(`- Ngày ${formatVnDate(m.heldOn)}, ${BCD_MEETING_KIND_LABEL[m.kind].toLowerCase()}${notice}${conclusions}.`));
  }
  return blocks;
}

interface AgencyTally {
  agency: string;
  total: number;
  done: number;
  onTime: number;
  doing: number;
  notStarted: number;
  overdue: number;
}

export function tallyByAgency(tasks: TaskDto[]): AgencyTally[] {
  const groups = Map.groupBy(tasks, (t) => t.leadAgency);
  return [...groups.entries()]
    .map(([agency, ts]) => ({
      agency,
      total: ts.length,
      done: ts.filter((t) => t.state === 'hoan_thanh').length,
      onTime: ts.filter((t) => t.onTime === true).length,
      doing: ts.filter((t) => t.state === 'dang_thuc_hien').length,
      notStarted: ts.filter((t) => t.state === 'chua_thuc_hien').length,
      overdue: ts.filter((t) => t.state === 'qua_han').length,
    }))
    .sort((a, b) => a.agency.localeCompare(b.agency, 'vi'));
}

/** The plan's tasks tallied by lead agency; `annexNote` points to the annex that lists them one by one. */
export function tasksBlocks(d: BcdReportData, caption: (t: string) => string, annexNote = true): Block[] {
  const blocks: Block[] = [heading(2, 'Kết quả thực hiện kế hoạch, nhiệm vụ của các cơ quan thành viên')];
  if (!d.plan) return [...blocks, paragraph(`Năm ${String(d.year)}, Ban Chỉ đạo chưa có kế hoạch hoạt động được ghi nhận.`)];
  const all = tallyByAgency(d.tasks);
  const t = all.reduce(
    (s, a) => ({
      total: s.total + a.total,
      done: s.done + a.done,
      onTime: s.onTime + a.onTime,
      doing: s.doing + a.doing,
      notStarted: s.notStarted + a.notStarted,
      overdue: s.overdue + a.overdue,
    }),
    { total: 0, done: 0, onTime: 0, doing: 0, notStarted: 0, overdue: 0 },
  );
  blocks.push(
    paragraph(
      `Thực hiện ${planName(d.plan)} (${d.plan.title}), Ban Chỉ đạo giao ${n(t.total)} nhiệm vụ cho ${n(all.length)} cơ quan chủ trì. ` +
        `Đến ngày ${formatVnDate(d.asOf)}, đã hoàn thành ${n(t.done)} nhiệm vụ (${n(t.onTime)} nhiệm vụ đúng hạn), đang thực hiện ${n(t.doing)}, ` +
        `chưa thực hiện ${n(t.notStarted)}, quá hạn ${n(t.overdue)} nhiệm vụ.` +
        (annexNote && t.total > 0 ? ' Chi tiết tại Phụ lục kèm theo.' : ''),
    ),
  );
  if (all.length === 0) return blocks;
  const table: TableBlock = {
    kind: 'table',
    sheetName: 'Nhiệm vụ theo cơ quan',
    caption: caption(`Kết quả thực hiện nhiệm vụ năm ${String(d.year)} theo cơ quan chủ trì`),
    unit: 'Đơn vị tính: nhiệm vụ',
    columns: [
      { header: 'TT', format: 'text', width: 6, align: 'center' },
      { header: 'Cơ quan chủ trì', format: 'text', width: 30 },
      { header: 'Số nhiệm vụ', format: INT, width: 10, sum: true },
      { header: 'Hoàn thành', format: INT, width: 10, sum: true },
      { header: 'Trong đó đúng hạn', format: INT, width: 10, sum: true },
      { header: 'Đang thực hiện', format: INT, width: 10, sum: true },
      { header: 'Chưa thực hiện', format: INT, width: 10, sum: true },
      { header: 'Quá hạn', format: INT, width: 10, sum: true },
    ],
    rows: all.map((a, i) => ({
      kind: 'data',
      cells: [String(i + 1), a.agency, a.total, a.done, a.onTime, a.doing, a.notStarted, a.overdue],
    })),
    total: { label: 'Tổng cộng', labelSpan: 2 },
  };
  return [...blocks, table];
}

function supportBlocks(d: BcdReportData, caption: (t: string) => string): Block[] {
  const blocks: Block[] = [heading(2, 'Thực hiện các chính sách hỗ trợ phát triển KTTT')];
  const s = d.support;
  if (s.length === 0) return [...blocks, paragraph(`Trong ${period(d)}, chưa ghi nhận khoản hỗ trợ nào cho tổ chức KTTT.`)];
  const orgs = orgCount(s);
  const total = sum(s.map((r) => r.amount));
  const bySource = FUNDING_SOURCES.flatMap((src) => {
    const v = sum(s.filter((r) => r.source === src).map((r) => r.amount));
    return v === null ? [] : [`${FUNDING_SOURCE_LABEL[src].toLowerCase()} ${formatMoneyScale(v)}`];
  });
  const unpriced = s.filter((r) => r.amount === null).length;
  blocks.push(
    paragraph(
      `Trong ${period(d)}, các chính sách hỗ trợ được triển khai với ${n(s.length)} lượt hỗ trợ cho ${n(orgs)} tổ chức KTTT` +
        (total === null ? '' : `, tổng kinh phí ${formatMoneyScale(total)}`) +
        (bySource.length > 0 ? ` (${bySource.join('; ')})` : '') +
        (unpriced > 0 ? `; ${n(unpriced)} lượt hỗ trợ chưa ghi kinh phí` : '') +
        '.',
    ),
  );
  blocks.push(supportTable(s, caption(`Kết quả hỗ trợ tổ chức KTTT năm ${String(d.year)} theo nội dung hỗ trợ`)));
  return blocks;
}

/** Organizations a list names; a record whose organization an import could not find counts as a support given, not as one more organization. */
function orgCount(list: readonly { organization: { id: number } | null }[]): number {
  return new Set(list.flatMap((r) => (r.organization === null ? [] : [r.organization.id]))).size;
}

function supportTable(s: SupportRecordDto[], caption: string): TableBlock {
  const kinds: SupportRecordDto['kind'][] = SUPPORT_KINDS.filter((k) => s.some((r) => r.kind === k));
  if (s.some((r) => r.kind === null)) kinds.push(null);
  return {
    kind: 'table',
    sheetName: 'Hỗ trợ theo nội dung',
    caption,
    columns: [
      { header: 'TT', format: 'text', width: 6, align: 'center' },
      { header: 'Nội dung hỗ trợ', format: 'text', width: 30 },
      { header: 'Số lượt hỗ trợ', format: INT, width: 11, sum: true },
      { header: 'Số tổ chức được hỗ trợ', format: INT, width: 12 },
      ...FUNDING_SOURCES.map((src) => ({ header: `${FUNDING_SOURCE_LABEL[src]} (triệu đồng)`, format: TRIEU, width: 12, sum: true })),
      { header: 'Tổng kinh phí (triệu đồng)', format: TRIEU, width: 12, sum: true },
    ],
    rows: kinds.map((k, i) => {
      const rs = s.filter((r) => r.kind === k);
      return {
        kind: 'data',
        cells: [
          String(i + 1),
          k === null ? 'Chưa rõ nội dung hỗ trợ' : SUPPORT_KIND_LABEL[k],
          rs.length,
          orgCount(rs),
          ...FUNDING_SOURCES.map((src) => sum(rs.filter((r) => r.source === src).map((r) => r.amount))),
          sum(rs.map((r) => r.amount)),
        ],
      };
    }),
    total: { label: 'Tổng cộng', labelSpan: 2, values: { 3: orgCount(s) } },
    notes: ['Kinh phí không rõ nguồn chỉ được tính vào cột tổng; lượt hỗ trợ chưa ghi kinh phí để trống, không tính là 0.'],
  };
}

function activityClause(kind: (typeof ACTIVITY_KINDS)[number], list: ActivityDto[]): string | null {
  if (list.length === 0) return null;
  const people = sum(list.map((a) => a.participants ?? sum(a.organizations.map((o) => o.trainees))));
  const orgs = new Set(list.flatMap((a) => a.organizations.map((o) => o.organization.id))).size;
  const label = ACTIVITY_KIND_LABEL[kind].toLowerCase();
  const who = kind === 'dao_tao' ? 'học viên' : 'người tham dự';
  return (
    `${n(list.length)} ${label}` +
    (people === null ? '' : ` với ${n(people)} ${who}`) +
    (orgs > 0 ? `${people === null ? ' với' : ','} ${n(orgs)} tổ chức KTTT tham gia` : '')
  );
}

function activitiesBlocks(d: BcdReportData): Block[] {
  const clauses = ACTIVITY_KINDS.flatMap(
    (k) =>
      activityClause(
        k,
        d.activities.filter((a) => a.kind === k),
      ) ?? [],
  );
  const l = d.linkages;
  const blocks: Block[] = [heading(2, 'Đào tạo, xúc tiến thương mại, tuyên truyền và liên kết')];
  blocks.push(
    paragraph(
      clauses.length === 0
        ? `Trong ${period(d)}, chưa ghi nhận hoạt động đào tạo, xúc tiến thương mại, tuyên truyền nào.`
        : `Trong ${period(d)}, đã tổ chức ${clauses.join('; ')}.`,
    ),
  );
  if (l.length === 0) return [...blocks, paragraph('Chưa ghi nhận hợp đồng liên kết mới giữa tổ chức KTTT với doanh nghiệp trong năm.')];
  const value = sum(l.map((c) => c.value));
  const orgs = orgCount(l);
  const partners = new Set(l.flatMap((c) => (c.partner === null ? [] : [c.partner.trim().toLowerCase()]))).size;
  blocks.push(
    paragraph(
      `Liên kết giữa các tổ chức KTTT với các thành phần kinh tế khác: ký mới ${n(l.length)} hợp đồng liên kết giữa ${n(orgs)} tổ chức KTTT ` +
        `với ${n(partners)} doanh nghiệp` +
        (value === null ? '' : `, tổng giá trị ${formatMoneyScale(value)}`) +
        '.',
    ),
  );
  return blocks;
}

/** Part II's blocks; level-2 headings carry no number: the report numbers them where they land. */
export function workBlocks(d: BcdReportData, caption: (title: string) => string): Block[] {
  return [...meetingsBlocks(d), ...tasksBlocks(d, caption), ...supportBlocks(d, caption), ...activitiesBlocks(d)];
}
