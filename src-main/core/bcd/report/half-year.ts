/**
 * The six-month review (báo cáo sơ kết 6 tháng đầu năm N): the same structure as the conference report for
 * 1/1–30/6, its figures from the half-year figures the registry stores (period H1), each beside the same
 * period of N−1 ("so với cùng kỳ"); part II from the BCĐ's records of the half year; III and IV from the
 * clerk's half-year text and the plan's tasks still open.
 */
import type { Settings } from '../../../contract/index.ts';
import { ORG_TYPES, type OrgType } from '../../../contract/vocab.ts';
import { formatNumber, formatMoneyScale, formatShare, formatVnDate } from '../../../shared/index.ts';
import type { CoreContext } from '../../context.ts';
import type { Db } from '../../db/types.ts';
import { clock } from '../../inspections/common.ts';
import { figuresOfOrganizationsOn } from '../../reports/data/repository.ts';
import { documentHeader, recipientLines, signatureBlock, type ReportSettings } from '../../reports/frame.ts';
import { heading, paragraph, type Block, type DocumentModel, type NumberFormat, type TableBlock } from '../../reports/model.ts';
import type { RenderableReport } from '../../reports/render/index.ts';
import { printSettings } from '../../reports/service.ts';
import { getSettings } from '../../settings/service.ts';
import { bcdReportData, type BcdReportData } from './data.ts';
import { narrativeParagraphs } from './plan-sections.ts';
import { foundedBetween } from './repository.ts';
import { workBlocks } from './work-section.ts';

/** Figures of a half year: counts on 30/6, sums of the H1 figures the active organizations reported. */
export interface HalfFigures {
  year: number;
  active: Record<OrgType, number> & { total: number };
  newInHalf: number;
  /** Active organizations with H1 figures. */
  reported: number;
  members: number | null;
  workers: number | null;
  revenue: number | null;
  profit: number | null;
}

const sumReported = (values: Array<number | null>): number | null =>
  values.some((v) => v !== null) ? values.reduce<number>((s, v) => s + (v ?? 0), 0) : null;

export async function halfFigures(db: Db, year: number): Promise<HalfFigures> {
  const asOf = `${year}-06-30`;
  const rows = (await figuresOfOrganizationsOn(db, asOf, year, 'H1')).filter((r) => r.status === 'dang_hoat_dong');
  const active = { HTX: 0, LHHTX: 0, QTDND: 0, THT: 0, total: 0 };
  for (const r of rows)
    if ((ORG_TYPES as readonly string[]).includes(r.type)) {
      active[r.type as OrgType]++;
      active.total++;
    }
  const founded = await foundedBetween(db, `${year}-01-01`, asOf);
  const reported = rows.filter((r) => r.reported === 1);
  return {
    year,
    active,
    newInHalf: founded.reduce((s, r) => s + Number(r.n), 0),
    reported: reported.length,
    members: sumReported(reported.map((r) => r.members)),
    workers: sumReported(reported.map((r) => r.workers)),
    revenue: sumReported(reported.map((r) => r.revenue)),
    profit: sumReported(reported.map((r) => r.profit)),
  };
}

const INT: NumberFormat = { kind: 'integer' };
const TRIEU: NumberFormat = { kind: 'money', unit: 'trieu', decimals: 0 };

export function halfTable(cur: HalfFigures, prev: HalfFigures, caption: string): TableBlock {
  type Line = [string, string, (h: HalfFigures) => number | null, NumberFormat];
  const lines: Line[] = [
    ['Tổ chức KTTT đang hoạt động (30/6)', 'tổ chức', (h) => h.active.total, INT],
    ['Trong đó: hợp tác xã', 'HTX', (h) => h.active.HTX, INT],
    ['Thành lập mới trong 6 tháng', 'tổ chức', (h) => h.newInHalf, INT],
    ['Thành viên', 'người', (h) => h.members, INT],
    ['Lao động', 'người', (h) => h.workers, INT],
    ['Doanh thu 6 tháng', 'triệu đồng', (h) => h.revenue, TRIEU],
    ['Lợi nhuận 6 tháng', 'triệu đồng', (h) => h.profit, TRIEU],
  ];
  const f = (v: number | null, format: NumberFormat) => (v === null ? null : { value: v, format });
  return {
    kind: 'table',
    sheetName: 'Chỉ tiêu 6 tháng',
    caption,
    columns: [
      { header: 'TT', format: 'text', width: 6, align: 'center' },
      { header: 'Chỉ tiêu', format: 'text', width: 40 },
      { header: 'Đơn vị tính', format: 'text', width: 14 },
      { header: `6 tháng năm ${String(prev.year)}`, format: INT, width: 13 },
      { header: `6 tháng năm ${String(cur.year)}`, format: INT, width: 13 },
      { header: 'So với cùng kỳ (%)', format: { kind: 'percent', decimals: 1 }, width: 13 },
    ],
    rows: lines.map(([label, unit, get, format], i) => {
      const c = get(cur);
      const p = get(prev);
      return {
        kind: 'data',
        cells: [
          String(i + 1),
          label,
          unit,
          f(p, format),
          f(c, format),
          c !== null && p !== null && p > 0 ? { value: c / p, format: { kind: 'percent', decimals: 1 } } : null,
        ],
      };
    }),
    notes: [
      `Số liệu 6 tháng do ${formatNumber(cur.reported)} tổ chức đang hoạt động báo cáo (cùng kỳ: ${formatNumber(prev.reported)}); chỉ tiêu không có tổ chức nào báo cáo để trống, không tính là 0.`,
    ],
  };
}

function resultsSentence(cur: HalfFigures, prev: HalfFigures): string {
  const vs = (c: number, p: number) => (p > 0 ? `, bằng ${formatShare(c / p)} so với cùng kỳ` : '');
  const revenue =
    cur.revenue === null
      ? ''
      : ` Tổng doanh thu 6 tháng của các tổ chức đã báo cáo ước đạt ${formatMoneyScale(cur.revenue)}${prev.revenue ? vs(cur.revenue, prev.revenue) : ''}.`;
  return (
    `Đến ngày 30/6/${String(cur.year)}, toàn tỉnh có ${formatNumber(cur.active.total)} tổ chức KTTT đang hoạt động${vs(cur.active.total, prev.active.total)}, ` +
    `trong đó ${formatNumber(cur.active.HTX)} HTX; 6 tháng đầu năm thành lập mới ${formatNumber(cur.newInHalf)} tổ chức (cùng kỳ ${formatNumber(prev.newInHalf)}).` +
    revenue
  );
}

/** Keeps the BCĐ's records of 1/1–30/6 only, tasks read on `asOf`. */
export function firstHalf(d: BcdReportData): BcdReportData {
  const end = `${String(d.year)}-06-30`;
  return {
    ...d,
    periodLabel: `6 tháng đầu năm ${String(d.year)}`,
    meetings: d.meetings.filter((m) => m.heldOn <= end),
    support: d.support.filter((s) => s.grantedOn !== null && s.grantedOn <= end),
    activities: d.activities.filter((a) => a.heldFrom <= end),
    linkages: d.linkages.filter((l) => l.signedOn !== null && l.signedOn <= end),
  };
}

export function halfYearModel(
  d: BcdReportData,
  cur: HalfFigures,
  prev: HalfFigures,
  settings: Settings,
  report: ReportSettings,
): DocumentModel {
  const y = String(d.year);
  let n = 0;
  const caption = (title: string) => `Biểu ${String(++n)}. ${title}`;
  const number = (blocks: Block[]) => {
    let k = 0;
    return blocks.map((b) => (b.kind === 'heading' && b.level === 2 ? heading(2, `${String(++k)}. ${b.text}`) : b));
  };
  const open = d.tasks.filter((t) => t.state !== 'hoan_thanh');
  const header = documentHeader(settings, { ...report, number: null, date: null }, d.year);
  return {
    metaTitle: `Báo cáo sơ kết 6 tháng đầu năm ${y} về phát triển kinh tế tập thể`,
    author: header.issuingBody,
    header,
    title: { docType: 'BÁO CÁO', summary: [`Sơ kết tình hình phát triển kinh tế tập thể 6 tháng đầu năm ${y}, nhiệm vụ 6 tháng cuối năm`] },
    body: [
      paragraph(
        `Báo cáo tổng hợp từ cơ sở dữ liệu tổ chức KTTT của tỉnh, số liệu 6 tháng đầu năm ${y} so với cùng kỳ năm ${String(d.year - 1)}.`,
      ),
      heading(1, `I. KẾT QUẢ PHÁT TRIỂN KINH TẾ TẬP THỂ 6 THÁNG ĐẦU NĂM ${y}`),
      paragraph(resultsSentence(cur, prev)),
      halfTable(cur, prev, caption(`Một số chỉ tiêu chủ yếu 6 tháng đầu năm ${y} so với cùng kỳ`)),
      heading(1, 'II. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH VÀ THỰC HIỆN CÁC CHÍNH SÁCH PHÁT TRIỂN KTTT'),
      ...number(workBlocks(d, caption)),
      heading(1, 'III. HẠN CHẾ, NGUYÊN NHÂN'),
      ...narrativeParagraphs(d.narrative.halfLimitations, `(Văn phòng Ban Chỉ đạo chưa nhập nội dung hạn chế 6 tháng đầu năm ${y}.)`),
      heading(1, `IV. NHIỆM VỤ, GIẢI PHÁP 6 THÁNG CUỐI NĂM ${y}`),
      paragraph(
        open.length > 0
          ? `Tiếp tục thực hiện ${formatNumber(open.length)} nhiệm vụ của kế hoạch năm chưa hoàn thành:`
          : 'Các nhiệm vụ của kế hoạch năm đã hoàn thành.',
      ),
      ...open.map((t) =>
        paragraph(
          `- ${t.title.replace(/\.$/, '')} (chủ trì: ${t.leadAgency}${t.deadline ? `; thời hạn: ${formatVnDate(t.deadline)}` : ''}).`,
        ),
      ),
      ...narrativeParagraphs(d.narrative.halfSolutions, ''),
    ].filter((b) => !(b.kind === 'paragraph' && b.runs.every((r) => r.text === ''))),
    recipients: recipientLines(report),
    signature: signatureBlock(settings, report),
    appendices: [],
  };
}

export const halfYearBaseName = (year: number): string => `bao-cao-so-ket-6-thang-KTTT-${year}`;

export async function halfYearReport(ctx: CoreContext, year: number): Promise<RenderableReport> {
  const { today } = clock(ctx);
  const end = `${String(year)}-06-30`;
  const [d, cur, prev] = await Promise.all([
    bcdReportData(ctx, year, end < today ? end : today),
    halfFigures(ctx.db, year),
    halfFigures(ctx.db, year - 1),
  ]);
  const model = halfYearModel(firstHalf(d), cur, prev, await getSettings(ctx), await printSettings(ctx, 'annual'));
  return { model, json: { year, current: cur, sameTimeLastYear: prev } };
}
