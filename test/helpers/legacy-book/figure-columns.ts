/**
 * The yearly-figure columns: members, workers (total and regular), revenue, profit (maybe beside year N−1's),
 * average income — under group headers such as "Lao động (người)" › "Tổng số" or
 * "Kết quả SXKD năm 2024 (tr.đ)" › "Doanh thu", with the money unit in the header, the group or an "ĐVT:" line.
 */
import { figureCell, moneyCell } from './cells.ts';
import { col, incomeUnitWord, moneyUnitWord, type Column, type HeaderRng } from './columns.ts';
import type { Layout } from './layout.ts';
import type { TruthOrg } from './model.ts';

/** Revenue and profit of year N−1 (only ever written, never counted): a fixed function of the organization. */
export function previousYear(org: TruthOrg, which: 'revenue' | 'profit'): number {
  const base = ((org.key + 3) * 7919) % (which === 'revenue' ? 3_000 : 400);
  return base * 1_000_000;
}

export function figureColumns(layout: Layout, hr: HeaderRng, tht: boolean, N: number): Column[] {
  const c = layout.columns;
  const activity = hr('figure-columns-1').pick([`Tình hình hoạt động năm ${N}`, `Kết quả hoạt động năm ${N}`]);
  const unit = moneyUnitWord(layout.moneyUnit, hr('money-unit'));
  const inHeader = layout.moneyUnitWhere === 'header' || (layout.headerRows === 1 && layout.moneyUnitWhere === 'group') ? ` (${unit})` : '';
  const inGroup = layout.moneyUnitWhere === 'group' ? ` (${unit})` : '';
  const results = `${hr('figure-columns-2').pick([`Kết quả SXKD năm ${N}`, 'Kết quả SXKD', `Kết quả sản xuất kinh doanh năm ${N}`])}${inGroup}`;
  const labour = hr('figure-columns-3').pick(['Lao động (người)', 'Lao động', 'Số lao động (người)']);
  const cols: Column[] = [];
  if (c.members) {
    const h = hr('figure-columns-4').pick(['Số thành viên', 'Thành viên', 'Số TV', 'Tổng số thành viên (người)']);
    cols.push({
      ...col('members', [activity], h, h, 10, (o, x) => figureCell(o.figures.members, 'people', x.layout, x.rng), 'members'),
      path2: [],
    });
  }
  if (c.workers) {
    const h = hr('figure-columns-5').pick(['Tổng số', 'Tổng số lao động']);
    cols.push(
      col(
        'workers',
        [activity, labour],
        h,
        hr('figure-columns-6').pick(['Tổng số lao động', 'Số lao động', 'Lao động (người)']),
        10,
        (o, x) => figureCell(o.figures.workers, 'people', x.layout, x.rng),
        'workers',
      ),
    );
  }
  if (c.regularWorkers) {
    const h = hr('figure-columns-7').pick(['Trong đó: thường xuyên', 'Thường xuyên', 'LĐ thường xuyên']);
    cols.push(
      col(
        'regularWorkers',
        [activity, labour],
        h,
        hr('figure-columns-8').pick(['Lao động thường xuyên', 'LĐ thường xuyên', 'Trong đó LĐ thường xuyên']),
        10,
        (o, x) => figureCell(o.figures.regularWorkers, 'people', x.layout, x.rng),
        'regularWorkers',
      ),
    );
  }
  for (const which of ['revenue', 'profit'] as const) {
    if (!c[which]) continue;
    const word =
      which === 'revenue'
        ? hr('figure-columns-9').pick(['Doanh thu', 'Tổng doanh thu'])
        : hr('figure-columns-10').pick(['Lợi nhuận', 'Lãi', 'Lợi nhuận trước thuế', 'Lãi (lỗ)']);
    const money = (o: TruthOrg, x: Parameters<Column['cell']>[1]) => figureCell(o.figures[which], x.layout.moneyUnit, x.layout, x.rng);
    if (c.previousYear) {
      const sub = `${word} (${unit})`;
      const prev = (o: TruthOrg, x: Parameters<Column['cell']>[1]) =>
        moneyCell(previousYear(o, which), x.layout.moneyUnit, x.layout, x.rng);
      cols.push(
        col(
          `${which}Prev`,
          [activity, sub],
          `Năm ${N - 1}`,
          `${word} năm ${N - 1} (${unit})`,
          12,
          prev,
          which === 'revenue' ? 'previousRevenue' : 'previousProfit',
        ),
      );
      cols.push(col(which, [activity, sub], `Năm ${N}`, `${word} năm ${N} (${unit})`, 12, money, which));
    } else {
      cols.push(col(which, [activity, results], `${word}${inHeader}`, `${word} năm ${N}${inHeader}`, 12, money, which));
    }
  }
  if (c.income && !tht) {
    const h = `${hr('figure-columns-11').pick(['Thu nhập bình quân của LĐ thường xuyên', 'Thu nhập BQ/LĐ/tháng', 'Thu nhập bình quân người lao động'])} (${incomeUnitWord(layout.incomeUnit, hr('income-unit'))})`;
    cols.push(
      col('income', [activity, results], h, h, 12, (o, x) => figureCell(o.figures.avgIncome, x.layout.incomeUnit, x.layout, x.rng)),
    );
  }
  return cols;
}
