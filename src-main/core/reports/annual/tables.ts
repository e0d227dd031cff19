import { hasFigures } from './prose.ts';
/**
 * The tables (biểu) of the annual report, built from the typed input. Each function takes its caption so
 * the layout (build.ts) numbers them in reading order. Money columns are in triệu đồng, as provincial
 * reports print them; the cells keep đồng so XLSX totals are exact.
 */
import { EXTERNAL_OWNER_KIND_LABEL, ORG_TYPE_LABEL, ORG_TYPES, CERT_KIND_LABEL } from '../../../contract/vocab.ts';
import type { CellValue, NumberFormat, TableBlock, TableColumn, TableRow } from '../model.ts';
import type { AnnualIndicators, AnnualReportInput, ByOrgType } from './input.ts';

const INT: NumberFormat = { kind: 'integer' };
const TRIEU: NumberFormat = { kind: 'money', unit: 'trieu', decimals: 0 };
const TRIEU_2: NumberFormat = { kind: 'money', unit: 'trieu', decimals: 2 };
const PERCENT: NumberFormat = { kind: 'percent', decimals: 1 };

const tt = (): TableColumn => ({ header: 'TT', format: 'text', width: 6, align: 'center' });
const label = (header: string, width = 24): TableColumn => ({ header, format: 'text', width });
const num = (header: string, format: NumberFormat = INT, width = 11, sum = true): TableColumn => ({ header, format, width, sum });
const data = (cells: CellValue[]): TableRow => ({ kind: 'data', cells });
const typeCounts = (c: ByOrgType<number>): number[] => ORG_TYPES.map((t) => c[t]);
const sumOf = (c: ByOrgType<number>): number => ORG_TYPES.reduce((s, t) => s + c[t], 0);

export function typeStatusTable(input: AnnualReportInput, caption: string): TableBlock {
  return {
    kind: 'table',
    sheetName: 'Số lượng theo loại hình',
    caption,
    unit: 'Đơn vị tính: tổ chức',
    columns: [
      tt(),
      label('Loại hình'),
      num('Đang hoạt động đầu năm'),
      num('Thành lập mới trong năm'),
      num('Giải thể, chấm dứt trong năm'),
      num('Tạm ngừng, ngừng hoạt động cuối năm'),
      num('Đang hoạt động cuối năm'),
    ],
    rows: input.tables.byTypeStatus.map((r, i) =>
      data([String(i + 1), ORG_TYPE_LABEL[r.type], r.activeAtStart, r.newInYear, r.dissolvedInYear, r.inactiveAtEnd, r.activeAtEnd]),
    ),
    total: { label: 'Tổng cộng', labelSpan: 2 },
    notes: [
      'Ghi chú: số đang hoạt động cuối năm có thể khác số đầu năm cộng thành lập mới trừ giải thể, do có tổ chức chuyển sang hoặc trở lại từ tạm ngừng, ngừng hoạt động.',
    ],
  };
}

export function typeFiguresTable(input: AnnualReportInput, caption: string): TableBlock {
  return {
    kind: 'table',
    sheetName: 'Kết quả theo loại hình',
    caption,
    columns: [
      tt(),
      label('Loại hình', 17),
      num('Số tổ chức đang hoạt động', INT, 11),
      num('Số đã báo cáo', INT, 10),
      num('Thành viên (người)', INT, 11),
      num('Lao động (người)', INT, 11),
      num('Doanh thu (triệu đồng)', TRIEU, 13),
      num('Lợi nhuận (triệu đồng)', TRIEU, 12),
      num('Thu nhập BQ lao động thường xuyên (triệu đồng/ người/ tháng)', TRIEU_2, 15, false),
    ],
    rows: input.tables.byType.map((r, i) =>
      data([
        String(i + 1),
        ORG_TYPE_LABEL[r.type],
        r.active,
        r.reported,
        r.members,
        r.workers,
        r.revenue,
        r.profit,
        r.avgIncomePerWorkerMonth,
      ]),
    ),
    total: { label: 'Tổng cộng', labelSpan: 2 },
    notes: ['Số liệu tổng hợp từ các tổ chức đã báo cáo; dấu "-": chưa có tổ chức nào báo cáo chỉ tiêu này.'],
    compact: true,
  };
}

const TYPE_GROUP_HEADER = ORG_TYPES.map((t) => num(t, INT, 8));

export function communeTable(input: AnnualReportInput, caption: string): TableBlock {
  return {
    kind: 'table',
    sheetName: 'Theo xã, phường',
    caption,
    columns: [
      tt(),
      label('Xã, phường', 22),
      ...TYPE_GROUP_HEADER,
      num('Tổng', INT, 8),
      num('Thành viên (người)', INT, 11),
      num('Lao động (người)', INT, 11),
      num('Doanh thu (triệu đồng)', TRIEU, 13),
    ],
    headerGroups: [
      { label: '', span: 2 },
      { label: 'Số tổ chức đang hoạt động', span: 5 },
      { label: '', span: 3 },
    ],
    rows: input.tables.byCommune.map((r, i) =>
      data([String(i + 1), r.communeName, ...typeCounts(r.active), sumOf(r.active), r.members, r.workers, r.revenue]),
    ),
    total: { label: 'Tổng cộng', labelSpan: 2 },
    compact: true,
  };
}

export function sectorTable(input: AnnualReportInput, caption: string): TableBlock {
  return {
    kind: 'table',
    sheetName: 'Theo ngành nghề',
    caption,
    columns: [
      tt(),
      label('Ngành, lĩnh vực', 30),
      ...ORG_TYPES.map((t) => num(t, INT, 8, false)),
      num('Thành viên (người)', INT, 12, false),
      num('Doanh thu (triệu đồng)', TRIEU, 14, false),
    ],
    headerGroups: [
      { label: '', span: 2 },
      { label: 'Số tổ chức đang hoạt động', span: 4 },
      { label: '', span: 2 },
    ],
    rows: input.tables.bySector.map((r, i) => data([String(i + 1), r.sectorLabel, ...typeCounts(r.active), r.members, r.revenue])),
    notes: ['Một tổ chức hoạt động nhiều ngành nghề được tính ở mỗi ngành, nên biểu không có dòng tổng.'],
    compact: true,
  };
}

export function ocopTable(input: AnnualReportInput, caption: string): TableBlock {
  const rows: TableRow[] = [];
  let n = 0;
  const kttt = input.tables.ocopByOwner.filter((r) => r.owner.kind === 'kttt');
  const other = input.tables.ocopByOwner.filter((r) => r.owner.kind === 'other');
  const add = (name: string, s: { 3: number; 4: number; 5: number }): void => {
    rows.push(data([String(++n), name, s[3], s[4], s[5], s[3] + s[4] + s[5]]));
  };
  if (kttt.length > 0) rows.push({ kind: 'group', label: 'Tổ chức kinh tế tập thể' });
  for (const r of kttt) if (r.owner.kind === 'kttt') add(ORG_TYPE_LABEL[r.owner.type], r.stars);
  if (other.length > 0) rows.push({ kind: 'group', label: 'Chủ thể khác' });
  for (const r of other) if (r.owner.kind === 'other') add(EXTERNAL_OWNER_KIND_LABEL[r.owner.ownerKind], r.stars);
  return {
    kind: 'table',
    sheetName: 'Sản phẩm OCOP',
    caption,
    unit: 'Đơn vị tính: sản phẩm',
    columns: [tt(), label('Chủ thể sản phẩm', 30), num('3 sao'), num('4 sao'), num('5 sao'), num('Tổng')],
    rows,
    total: { label: 'Tổng cộng', labelSpan: 2 },
    notes: ['Sản phẩm có quyết định công nhận còn hiệu lực (36 tháng kể từ ngày công nhận) tại ngày tổng hợp số liệu.'],
  };
}

export function certificationTable(input: AnnualReportInput, caption: string): TableBlock {
  const c = input.tables.certification;
  const share = (htx: number): number | null => (c.activeHtx === 0 ? null : htx / c.activeHtx);
  return {
    kind: 'table',
    sheetName: 'Chứng nhận',
    caption,
    columns: [
      tt(),
      label('Loại chứng nhận', 30),
      num('Số HTX có chứng nhận còn hiệu lực', INT, 16, false),
      num('Tỷ lệ so với số HTX đang hoạt động (%)', PERCENT, 18, false),
    ],
    rows: c.byKind.map((r, i) => data([String(i + 1), CERT_KIND_LABEL[r.kind], r.htx, share(r.htx)])),
    total: { label: 'HTX có ít nhất một chứng nhận', labelSpan: 2, values: { 2: c.certifiedHtx, 3: share(c.certifiedHtx) } },
    notes: [`Một HTX có thể có nhiều loại chứng nhận; tỷ lệ tính trên ${String(c.activeHtx)} HTX đang hoạt động.`],
  };
}

export function notReportedTable(input: AnnualReportInput, caption: string): TableBlock {
  return {
    kind: 'table',
    sheetName: 'Chưa báo cáo',
    caption,
    columns: [tt(), label('Tên tổ chức', 46), label('Loại hình', 12), label('Xã, phường', 26)],
    rows: input.tables.notReported.map((r, i) => data([String(i + 1), r.name, r.type, r.communeName])),
  };
}

/** Biểu of the main indicators with year N−1 beside year N (indicators.md: "where the data has them"). */
export function summaryTable(input: AnnualReportInput, caption: string): TableBlock {
  const cur = input.indicators.current;
  const prev = input.indicators.previous;
  const f = (value: number | null, format: NumberFormat): CellValue => (value === null ? null : { value, format });
  type Line = [string, string, (i: AnnualIndicators) => number | null, NumberFormat, boolean];
  const lines: Line[] = [
    ['Tổ chức KTTT đang hoạt động', 'tổ chức', (i) => i.active.total, INT, true],
    // An en dash, not "-": a cell starting with "-" is one a spreadsheet could read as a formula (and guardText would prefix it).
    ...ORG_TYPES.map((t): Line => [`– ${ORG_TYPE_LABEL[t]}`, 'tổ chức', (i) => i.active[t], INT, true]),
    ['Thành lập mới trong năm', 'tổ chức', (i) => sumOf(i.newInYear), INT, true],
    ['Giải thể, chấm dứt trong năm', 'tổ chức', (i) => sumOf(i.dissolvedInYear), INT, true],
    // A year nobody reported has no people count: blank, never 0.
    ['Thành viên', 'người', (i) => (hasFigures(i) ? i.members : null), INT, true],
    ['Lao động', 'người', (i) => (hasFigures(i) ? i.workers : null), INT, true],
    ['Doanh thu bình quân/HTX', 'triệu đồng', (i) => i.avgRevenuePerHtx, TRIEU, true],
    ['Lợi nhuận bình quân/HTX', 'triệu đồng', (i) => i.avgProfitPerHtx, TRIEU, true],
    ['Thu nhập bình quân của lao động thường xuyên', 'triệu đồng/ người/ tháng', (i) => i.avgIncomePerWorkerMonth, TRIEU_2, true],
    ['Sản phẩm OCOP 4 sao trở lên của tổ chức KTTT', 'sản phẩm', (i) => i.ocop.kttt[4] + i.ocop.kttt[5], INT, true],
    ['Sản phẩm OCOP 3 sao của tổ chức KTTT', 'sản phẩm', (i) => i.ocop.kttt[3], INT, true],
    // A ratio of two shares says little; the change of a share is read from the two columns.
    ['Tỷ lệ HTX có sản phẩm được chứng nhận', '%', (i) => i.certifiedHtxShare, PERCENT, false],
    ['Tổ chức chưa báo cáo số liệu', 'tổ chức', (i) => sumOf(i.notReported), INT, false],
  ];
  let n = 0;
  const rows: TableRow[] = lines.map(([name, unit, get, format, compare]) => {
    const index = name.startsWith('– ') ? '' : String(++n);
    const c = get(cur);
    if (!prev) return data([index, name, unit, f(c, format)]);
    const p = get(prev);
    const ratio = compare && c !== null && p !== null && p > 0 ? f(c / p, PERCENT) : null;
    return data([index, name, unit, f(p, format), f(c, format), ratio]);
  });
  const y = String(input.year);
  const columns: TableColumn[] = [tt(), label('Chỉ tiêu', 44), label('Đơn vị tính', 16)];
  if (prev) columns.push(num(`Năm ${String(input.year - 1)}`, INT, 13, false));
  columns.push(num(`Năm ${y}`, INT, 13, false));
  if (prev) columns.push(num(`So sánh ${y}/${String(input.year - 1)} (%)`, PERCENT, 14, false));
  return { kind: 'table', sheetName: 'Chỉ tiêu chủ yếu', caption, columns, rows };
}

export function appendixTable(input: AnnualReportInput): TableBlock {
  const rows: TableRow[] = [];
  let n = 0;
  for (const group of input.tables.appendix) {
    rows.push({ kind: 'group', label: group.communeName });
    for (const o of group.organizations) {
      const f = o.figures;
      rows.push(
        data([
          String(++n),
          o.name,
          o.type,
          f?.members ?? null,
          f?.workers ?? null,
          f?.revenue ?? null,
          f?.profit ?? null,
          f?.avgIncomePerWorkerMonth ?? null,
        ]),
      );
    }
  }
  return {
    kind: 'table',
    sheetName: 'Phụ lục danh sách',
    caption: `Danh sách tổ chức KTTT đang hoạt động và số liệu năm ${String(input.year)}`,
    columns: [
      tt(),
      label('Tên tổ chức', 31),
      { header: 'Loại hình', format: 'text', width: 11, align: 'center' },
      num('Thành viên (người)', INT, 10),
      num('Lao động (người)', INT, 10),
      num('Doanh thu (triệu đồng)', TRIEU, 12),
      num('Lợi nhuận (triệu đồng)', TRIEU, 11),
      num('Thu nhập BQ (triệu đồng/ người/ tháng)', TRIEU_2, 12, false),
    ],
    rows,
    total: { label: 'Tổng cộng', labelSpan: 3 },
    notes: ['Dấu "-": tổ chức chưa báo cáo chỉ tiêu này (không tính là 0).'],
    compact: true,
  };
}
