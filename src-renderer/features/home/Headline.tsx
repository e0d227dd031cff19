import type { Indicators } from '../../../src-main/contract/indicators.ts';
import { ORG_TYPE_LABEL, ORG_TYPES } from '../../../src-main/contract/vocab.ts';
import { formatMoneyScale, formatNumber } from '../../../src-main/shared/index.ts';

const NO_DATA = 'chưa có số liệu';

interface Row {
  label: string;
  value(i: Indicators): number | null;
  money?: boolean;
}

const ROWS: Row[] = [
  { label: 'Tổ chức KTTT đang hoạt động', value: (i) => i.active.total },
  ...ORG_TYPES.map((t): Row => ({ label: `— ${ORG_TYPE_LABEL[t]}`, value: (i) => i.active[t] })),
  { label: 'Thành lập mới trong năm', value: (i) => ORG_TYPES.reduce((s, t) => s + i.newInYear[t], 0) },
  { label: 'Thành viên', value: (i) => i.members },
  { label: 'Lao động', value: (i) => i.workers },
  { label: 'Doanh thu bình quân/HTX', value: (i) => i.avgRevenuePerHtx, money: true },
  { label: 'Lợi nhuận bình quân/HTX', value: (i) => i.avgProfitPerHtx, money: true },
  { label: 'Thu nhập BQ lao động/tháng', value: (i) => i.avgIncomePerWorkerMonth, money: true },
  { label: 'Sản phẩm OCOP của tổ chức KTTT', value: (i) => i.ocop.kttt[3] + i.ocop.kttt[4] + i.ocop.kttt[5] },
];

function show(row: Row, i: Indicators | null | 'loading'): string {
  if (i === 'loading') return '…';
  if (i === null) return NO_DATA;
  const v = row.value(i);
  if (v === null) return NO_DATA;
  return row.money ? formatMoneyScale(v) : formatNumber(v);
}

function change(row: Row, current: Indicators, previous: Indicators | null | 'loading'): string {
  const a = row.value(current);
  const b = previous && previous !== 'loading' ? row.value(previous) : null;
  if (a === null || b === null) return '';
  const d = a - b;
  if (d === 0) return 'không đổi';
  const text = row.money ? formatMoneyScale(Math.abs(d)) : formatNumber(Math.abs(d));
  return d > 0 ? `tăng ${text}` : `giảm ${text}`;
}

/** The annual report's headline figures of the latest year, the year before beside them, and the change. */
export function Headline({ current, previous }: { current: Indicators; previous: Indicators | null | 'loading' }) {
  return (
    <table className="table compact home-headline" aria-label={`Chỉ tiêu chính năm ${String(current.year)}`}>
      <thead>
        <tr>
          <th scope="col">Chỉ tiêu</th>
          <th scope="col" className="num">
            Năm {String(current.year)}
          </th>
          <th scope="col" className="num">
            Năm {String(current.year - 1)}
          </th>
          <th scope="col" className="num">
            So với năm trước
          </th>
        </tr>
      </thead>
      <tbody>
        {ROWS.map((r) => (
          <tr key={r.label}>
            <th scope="row">{r.label}</th>
            <td className="num">{show(r, current)}</td>
            <td className="num">{show(r, previous)}</td>
            <td className="num muted">{change(r, current, previous)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
