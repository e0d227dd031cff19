import { formatNumber } from '../../../src-main/shared/vn-number.ts';

export interface ChartSeries {
  label: string;
  color: string;
  /** One value per year; null draws no bar (no figures that year), never a zero. */
  values: readonly (number | null)[];
}

const W = 320;
const H = 150;
const PAD = { left: 8, right: 8, top: 10, bottom: 22 };

/**
 * A small grouped bar chart of a few years. The legend is HTML beside the drawing, so it wraps and never
 * overlaps the bars; each bar's exact value is in its tooltip and in the table the chart sits beside.
 */
export function TrendChart({
  title,
  years,
  series,
  format = (v) => formatNumber(v),
}: {
  title: string;
  years: readonly number[];
  series: readonly ChartSeries[];
  format?: (v: number) => string;
}) {
  const max = Math.max(1, ...series.flatMap((s) => s.values.map((v) => v ?? 0)));
  const groupW = (W - PAD.left - PAD.right) / Math.max(1, years.length);
  const barW = Math.max(2, (groupW - 8) / Math.max(1, series.length));
  const plotH = H - PAD.top - PAD.bottom;
  return (
    <figure className="home-chart">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${String(W)} ${String(H)}`} role="img" aria-label={title}>
        <line x1={PAD.left} x2={W - PAD.right} y1={H - PAD.bottom} y2={H - PAD.bottom} stroke="#999" />
        {years.map((y, i) => {
          const x0 = PAD.left + i * groupW + 4;
          return (
            <g key={y}>
              {series.map((s, j) => {
                const v = s.values[i] ?? null;
                if (v === null) return null;
                const h = (Math.max(0, v) / max) * plotH;
                return (
                  <rect key={s.label} x={x0 + j * barW} y={H - PAD.bottom - h} width={barW - 1} height={h} fill={s.color}>
                    <title>{`${s.label} ${String(y)}: ${format(v)}`}</title>
                  </rect>
                );
              })}
              {series.every((s) => (s.values[i] ?? null) === null) && (
                <text x={x0 + groupW / 2 - 4} y={H - PAD.bottom - 4} textAnchor="middle" className="home-chart-none">
                  –
                </text>
              )}
              <text x={x0 + groupW / 2 - 4} y={H - 6} textAnchor="middle" className="home-chart-year">
                {String(y)}
              </text>
            </g>
          );
        })}
      </svg>
      <ul className="home-legend">
        {series.map((s) => (
          <li key={s.label}>
            <span className="home-swatch" style={{ background: s.color }} />
            {s.label}
          </li>
        ))}
      </ul>
    </figure>
  );
}
