/**
 * The sentences of the annual report, written from the figures the way the conference report reads
 * (../shared/seed): "Hiện toàn tỉnh có 694 tổ chức KTTT hoạt động, trong đó có 525 HTX, 3 quỹ tín dụng nhân
 * dân, 166 tổ hợp tác." Every figure goes through the shared formatters, which implement the formatting
 * rules of indicators.md; year N−1 is compared only where it exists. A figure nobody reported is said to be
 * missing, never written as 0.
 */
import { ORG_TYPES, type OrgType } from '../../../contract/vocab.ts';
import { formatCountScale, formatMoneyScale, formatNumber, formatShare, formatVnDate } from '../../../shared/index.ts';
import type { AnnualIndicators, AnnualReportInput, ByOrgType } from './input.ts';

/** How each type is named inside a sentence (the seed's wording). */
export const TYPE_IN_TEXT: Record<OrgType, string> = {
  HTX: 'HTX',
  LHHTX: 'liên hiệp HTX',
  QTDND: 'quỹ tín dụng nhân dân',
  THT: 'tổ hợp tác',
};

const count = (n: number): string => formatNumber(n, { decimals: 0 });

/** "525 HTX, 3 quỹ tín dụng nhân dân, 166 tổ hợp tác": types with a count of 0 are left out. */
export function typeList(counts: ByOrgType<number>): string {
  return ORG_TYPES.filter((t) => counts[t] !== 0)
    .map((t) => `${count(counts[t])} ${TYPE_IN_TEXT[t]}`)
    .join(', ');
}

function sumTypes(counts: ByOrgType<number>): number {
  return ORG_TYPES.reduce((s, t) => s + counts[t], 0);
}

/** "tăng 12 HTX", "giảm 3 tổ hợp tác", "không thay đổi". */
export function changeText(current: number, previous: number, noun: string): string {
  const d = current - previous;
  if (d === 0) return 'không thay đổi';
  return `${d > 0 ? 'tăng' : 'giảm'} ${count(Math.abs(d))} ${noun}`;
}

/** "tăng 11,3%" / "giảm 2%" / "không thay đổi" of a ratio of two positive amounts. */
function relativeChange(current: number, previous: number): string {
  if (current === previous) return 'không thay đổi';
  const ratio = current / previous - 1;
  return `${ratio > 0 ? 'tăng' : 'giảm'} ${formatShare(Math.abs(ratio))}`;
}

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** "Hiện toàn tỉnh có …" when the report is as of 31/12/N; otherwise the date is said. */
export function activeSentence(input: AnnualReportInput): string {
  const cur = input.indicators.current;
  const when = input.asOf === `${String(input.year)}-12-31` ? 'Hiện toàn tỉnh' : `Đến ngày ${formatVnDate(input.asOf)}, toàn tỉnh`;
  if (cur.active.total === 0) return `${when} chưa có tổ chức KTTT nào đang hoạt động.`;
  let text = `${when} có ${count(cur.active.total)} tổ chức KTTT hoạt động, trong đó có ${typeList(cur.active)}.`;
  const prev = input.indicators.previous;
  if (prev) {
    const y = String(input.year - 1);
    text += ` Số HTX đang hoạt động ${changeText(cur.active.HTX, prev.active.HTX, 'HTX')} so với năm ${y}, tổng số tổ chức KTTT ${changeText(cur.active.total, prev.active.total, 'tổ chức')}.`;
  }
  return text;
}

export function newAndDissolvedSentence(input: AnnualReportInput): string {
  const cur = input.indicators.current;
  const prev = input.indicators.previous;
  const y = String(input.year);
  let text =
    sumTypes(cur.newInYear) === 0
      ? `Trong năm ${y} không có tổ chức KTTT nào thành lập mới`
      : `Trong năm ${y} thành lập mới ${typeList(cur.newInYear)}`;
  if (prev) {
    const before = sumTypes(prev.newInYear) === 0 ? 'không có tổ chức nào thành lập mới' : `thành lập mới ${typeList(prev.newInYear)}`;
    text += ` (năm ${String(input.year - 1)} ${before})`;
  }
  text +=
    sumTypes(cur.dissolvedInYear) === 0
      ? '; không có tổ chức nào giải thể, chấm dứt hoạt động.'
      : `; giải thể, chấm dứt hoạt động ${typeList(cur.dissolvedInYear)}.`;
  return text;
}

/**
 * Whether any active organization reported figures for the year. When none did, its sums of members and
 * workers are "chưa có số liệu", not 0.
 */
export function hasFigures(ind: AnnualIndicators): boolean {
  return ind.active.total > 0 && sumTypes(ind.notReported) < ind.active.total;
}

/** Members "16,3 nghìn" (rounded) and workers "trên 29 nghìn" (a lower bound), as the seed writes them. */
function peopleText(ind: AnnualIndicators): string {
  if (!hasFigures(ind)) return 'chưa có số liệu';
  return `${formatCountScale(ind.members)} thành viên và ${formatCountScale(ind.workers, { style: 'over' })} lao động`;
}

export function peopleSentence(input: AnnualReportInput): string {
  const prev = input.indicators.previous;
  const before = prev ? ` (năm ${String(input.year - 1)}: ${peopleText(prev)})` : '';
  if (!hasFigures(input.indicators.current))
    return `Chưa có số liệu thành viên, lao động năm ${String(input.year)} của các tổ chức KTTT đang hoạt động${before}.`;
  return `Các tổ chức KTTT đang hoạt động thu hút ${peopleText(input.indicators.current)}${before}.`;
}

/** "1,58 tỷ đồng/HTX"; a negative average profit is a loss: "lỗ bình quân 12 triệu đồng/HTX". */
export function resultsSentence(input: AnnualReportInput): string {
  const cur = input.indicators.current;
  const parts: string[] = [];
  parts.push(
    cur.avgRevenuePerHtx === null
      ? 'chưa có HTX nào báo cáo doanh thu'
      : `doanh thu bình quân ước đạt ${formatMoneyScale(cur.avgRevenuePerHtx)}/HTX`,
  );
  if (cur.avgProfitPerHtx === null) parts.push('chưa có số liệu lợi nhuận');
  else if (cur.avgProfitPerHtx < 0) parts.push(`lỗ bình quân ${formatMoneyScale(-cur.avgProfitPerHtx)}/HTX`);
  else parts.push(`lợi nhuận bình quân ${formatMoneyScale(cur.avgProfitPerHtx)}/HTX`);
  parts.push(
    cur.avgIncomePerWorkerMonth === null
      ? 'chưa có số liệu thu nhập của lao động thường xuyên'
      : `thu nhập bình quân của lao động thường xuyên đạt ${formatMoneyScale(cur.avgIncomePerWorkerMonth)}/người/tháng`,
  );
  return `${capitalize(parts.join(', '))}.`;
}

/** "So với năm 2023, doanh thu bình quân tăng 11,3%, …" for averages known in both years (N−1 above 0). */
export function resultsChangeSentence(input: AnnualReportInput): string | null {
  const cur = input.indicators.current;
  const prev = input.indicators.previous;
  if (!prev) return null;
  const pairs: Array<[string, number | null, number | null]> = [
    ['doanh thu bình quân', cur.avgRevenuePerHtx, prev.avgRevenuePerHtx],
    ['lợi nhuận bình quân', cur.avgProfitPerHtx, prev.avgProfitPerHtx],
    ['thu nhập bình quân', cur.avgIncomePerWorkerMonth, prev.avgIncomePerWorkerMonth],
  ];
  const parts = pairs.flatMap(([label, c, p]) => (c !== null && p !== null && p > 0 && c >= 0 ? [`${label} ${relativeChange(c, p)}`] : []));
  return parts.length === 0 ? null : `So với năm ${String(input.year - 1)}, ${parts.join(', ')}.`;
}

function ocopAtLeast4(ind: AnnualIndicators, owner: 'kttt' | 'other'): number {
  return ind.ocop[owner][4] + ind.ocop[owner][5];
}

export function ocopSentence(input: AnnualReportInput): string {
  const cur = input.indicators.current;
  const four = ocopAtLeast4(cur, 'kttt');
  const three = cur.ocop.kttt[3];
  // "0 sản phẩm" reads badly in a report; a level with no product is said in words.
  let text =
    four > 0 && three > 0
      ? `Đến nay có ${count(four)} sản phẩm OCOP đạt 4 sao trở lên và ${count(three)} sản phẩm 3 sao của tổ chức KTTT`
      : four > 0
        ? `Đến nay có ${count(four)} sản phẩm OCOP đạt 4 sao trở lên của tổ chức KTTT`
        : three > 0
          ? `Đến nay tổ chức KTTT có ${count(three)} sản phẩm OCOP 3 sao, chưa có sản phẩm đạt 4 sao trở lên`
          : 'Đến nay tổ chức KTTT chưa có sản phẩm OCOP còn hiệu lực';
  const certified = 'có sản phẩm được chứng nhận VietGAP, VietGAHP, GlobalGAP, đủ điều kiện an toàn thực phẩm, hữu cơ';
  if (cur.certifiedHtxShare === 0) text += `; chưa có HTX nào ${certified}`;
  else if (cur.certifiedHtxShare !== null) text += `; khoảng ${formatShare(cur.certifiedHtxShare)} HTX ${certified}`;
  text += '.';
  if (cur.ocop.kttt[5] > 0) text += ` Trong đó có ${count(cur.ocop.kttt[5])} sản phẩm đạt 5 sao.`;
  const other = cur.ocop.other[3] + ocopAtLeast4(cur, 'other');
  if (other > 0) {
    text += ` Ngoài ra, doanh nghiệp, hộ kinh doanh và các chủ thể khác có ${count(other)} sản phẩm OCOP còn hiệu lực (${count(ocopAtLeast4(cur, 'other'))} sản phẩm 4 sao trở lên, ${count(cur.ocop.other[3])} sản phẩm 3 sao).`;
  }
  const prev = input.indicators.previous;
  if (prev) {
    text += ` Năm ${String(input.year - 1)}, tổ chức KTTT có ${count(ocopAtLeast4(prev, 'kttt'))} sản phẩm OCOP 4 sao trở lên và ${count(prev.ocop.kttt[3])} sản phẩm 3 sao`;
    text += prev.certifiedHtxShare === null ? '.' : `; tỷ lệ HTX có sản phẩm được chứng nhận là ${formatShare(prev.certifiedHtxShare)}.`;
  }
  return text;
}

/** Says who has not reported, and that the figures above leave them out rather than count them as 0. */
export function notReportedSentence(input: AnnualReportInput, listCaption: string | null): string {
  const nr = input.indicators.current.notReported;
  const total = sumTypes(nr);
  const y = String(input.year);
  if (total === 0) return `Tất cả tổ chức KTTT đang hoạt động đã báo cáo số liệu năm ${y}.`;
  const where = listCaption ? ` (danh sách tại ${listCaption})` : '';
  return (
    `Có ${count(total)} tổ chức KTTT đang hoạt động chưa báo cáo số liệu năm ${y}, gồm ${typeList(nr)}${where}. ` +
    'Các số liệu về thành viên, lao động, doanh thu, lợi nhuận và thu nhập nêu trên chỉ tổng hợp từ các tổ chức đã báo cáo, không tính các tổ chức chưa báo cáo là bằng 0.'
  );
}
