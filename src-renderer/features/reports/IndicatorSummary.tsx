import type { Indicators } from '../../../src-main/contract/index.ts';
import { ORG_TYPE_LABEL, ORG_TYPES } from '../../../src-main/contract/vocab.ts';
import { formatMoneyScale, formatNumber, formatShare } from '../../../src-main/shared/index.ts';

const money = (v: number | null) => (v === null ? 'chưa có số liệu' : formatMoneyScale(v));

/** The report's headline figures on screen, formatted as they will print. */
export function IndicatorSummary({ i }: { i: Indicators }) {
  const rows: [string, string][] = [
    ['Tổ chức KTTT đang hoạt động', formatNumber(i.active.total)],
    ...ORG_TYPES.map((t): [string, string] => [`— ${ORG_TYPE_LABEL[t]}`, formatNumber(i.active[t])]),
    ['Thành lập mới trong năm', ORG_TYPES.map((t) => `${t} ${formatNumber(i.newInYear[t])}`).join(', ')],
    ['Giải thể, chấm dứt trong năm', ORG_TYPES.map((t) => `${t} ${formatNumber(i.dissolvedInYear[t])}`).join(', ')],
    ['Thành viên', formatNumber(i.members)],
    ['Lao động', formatNumber(i.workers)],
    ['Doanh thu bình quân/HTX', money(i.avgRevenuePerHtx)],
    ['Lợi nhuận bình quân/HTX', money(i.avgProfitPerHtx)],
    ['Thu nhập BQ lao động thường xuyên/tháng', money(i.avgIncomePerWorkerMonth)],
    ['Sản phẩm OCOP của tổ chức KTTT (3★/4★/5★)', `${i.ocop.kttt[3]} / ${i.ocop.kttt[4]} / ${i.ocop.kttt[5]}`],
    ['Sản phẩm OCOP của chủ thể khác (3★/4★/5★)', `${i.ocop.other[3]} / ${i.ocop.other[4]} / ${i.ocop.other[5]}`],
    ['Tỷ lệ HTX có sản phẩm được chứng nhận', i.certifiedHtxShare === null ? 'không có HTX' : formatShare(i.certifiedHtxShare)],
    ['Tổ chức chưa báo cáo số liệu', ORG_TYPES.map((t) => `${t} ${formatNumber(i.notReported[t])}`).join(', ')],
  ];
  return (
    <table className="table compact indicator-table" aria-label="Chỉ tiêu chính">
      <tbody>
        {rows.map(([k, v]) => (
          <tr key={k}>
            <th scope="row">{k}</th>
            <td className="num">{v}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
