/**
 * Bar and line charts as inline SVG: vectors print sharply at any resolution, need no script, and Chromium
 * prints them as they are. Kept deliberately plain (what a printed administrative report shows): one value
 * axis with round ticks, category labels, value labels on the bars or points, a legend when there are
 * several series. Colours are blues that stay distinct shades of grey on a black-and-white printer.
 */
import type { ChartBlock } from '../model.ts';
import { formatFigure, scaledValue } from './cells.ts';
import { escapeXml } from './escape.ts';

const WIDTH = 600;
const HEIGHT = 300;
const PLOT = { left: 62, right: 16, top: 30, bottom: 44 };
const LEGEND_HEIGHT = 24;
export const CHART_FILLS = ['1F4E79', '5B9BD5', 'BDD7EE', 'F2F2F2', '7F7F7F'];
const FONT = `font-family="'Times New Roman', 'Liberation Serif', 'Noto Serif', serif"`;

/** Round tick step (1, 2 or 5 × 10^k) giving about five intervals up to `max`. */
export function niceStep(max: number): number {
  if (max <= 0) return 1;
  const rough = max / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  const m = rough / power;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * power;
}

function n(value: number): string {
  // Two decimals are far below a printer dot on a 160 mm wide chart; fewer digits keep golden files stable.
  return String(Math.round(value * 100) / 100);
}

function text(x: number, y: number, content: string, attrs = ''): string {
  return `<text x="${n(x)}" y="${n(y)}" ${attrs}>${escapeXml(content)}</text>`;
}

/** Highest value the axis must reach, in display units (stacked bars reach their column's sum). */
function dataMax(chart: ChartBlock): number {
  const shown = (v: number | null): number => (v === null ? 0 : scaledValue(v, chart.valueFormat));
  if (chart.type === 'bar' && chart.stacked) {
    return Math.max(0, ...chart.categories.map((_, i) => chart.series.reduce((s, se) => s + Math.max(0, shown(se.values[i] ?? null)), 0)));
  }
  return Math.max(0, ...chart.series.flatMap((s) => s.values.map(shown)));
}

/** Width of a legend label at 13 px in a Times-like face: generous, so that estimates err on the wide side. */
function labelWidth(name: string): number {
  return [...name].length * 7 + 4;
}

export interface LegendItem {
  x: number;
  /** 0 for the first legend line, 1 for the next… */
  line: number;
  width: number;
}

/**
 * Legend items laid out left to right, each as wide as its swatch and label, onto a new line when the next
 * would pass the chart's edge; each line centred. Items never overlap, whatever the names.
 */
export function legendLayout(names: readonly string[], width = WIDTH): LegendItem[] {
  const gap = 18;
  const lines: { items: { width: number }[]; used: number }[] = [{ items: [], used: 0 }];
  for (const name of names) {
    const w = 20 + labelWidth(name);
    let current = lines[lines.length - 1] ?? { items: [], used: 0 };
    if (current.items.length > 0 && current.used + gap + w > width - 16) {
      current = { items: [], used: 0 };
      lines.push(current);
    }
    current.used += (current.items.length ? gap : 0) + w;
    current.items.push({ width: w });
  }
  const out: LegendItem[] = [];
  lines.forEach((l, line) => {
    let x = Math.max(8, (width - l.used) / 2);
    for (const it of l.items) {
      out.push({ x, line, width: it.width });
      x += it.width + gap;
    }
  });
  return out;
}

export function renderChartSvg(chart: ChartBlock): string {
  const legend = chart.series.length > 1;
  const layout = legend ? legendLayout(chart.series.map((s) => s.name)) : [];
  const legendLines = layout.length ? Math.max(...layout.map((l) => l.line)) + 1 : 0;
  const plotBottom = HEIGHT - PLOT.bottom - (legend ? LEGEND_HEIGHT + (legendLines - 1) * 18 : 0);
  const plotHeight = plotBottom - PLOT.top;
  const plotWidth = WIDTH - PLOT.left - PLOT.right;
  const step = niceStep(dataMax(chart));
  const top = Math.max(step, Math.ceil(dataMax(chart) / step) * step);
  const y = (v: number): number => plotBottom - (v / top) * plotHeight;
  // Axis labels use the data's format without decimals once the step is whole: "1.200", not "1.200,00".
  const tickFormat = (v: number): string => formatFigure(v, { kind: 'decimal', decimals: step >= 1 ? 0 : 2 });
  const parts: string[] = [];

  for (let v = 0; v <= top + step / 2; v += step) {
    parts.push(
      `<line x1="${PLOT.left}" x2="${WIDTH - PLOT.right}" y1="${n(y(v))}" y2="${n(y(v))}" stroke="${v === 0 ? '#000' : '#BFBFBF'}" stroke-width="${v === 0 ? 1 : 0.5}"/>`,
    );
    parts.push(text(PLOT.left - 6, y(v) + 4, tickFormat(v), 'text-anchor="end" font-size="12"'));
  }
  if (chart.valueAxisTitle)
    parts.push(text(PLOT.left - 6, PLOT.top - 14, chart.valueAxisTitle, 'text-anchor="start" font-size="12" font-style="italic"'));

  const slot = plotWidth / Math.max(1, chart.categories.length);
  chart.categories.forEach((category, i) => {
    parts.push(text(PLOT.left + slot * (i + 0.5), plotBottom + 18, category, 'text-anchor="middle" font-size="13"'));
  });

  if (chart.type === 'bar') parts.push(...bars(chart, slot, y));
  else parts.push(...lines(chart, slot, y));

  if (legend) {
    chart.series.forEach((s, i) => {
      const item = layout[i];
      if (!item) return;
      const x = item.x;
      const ly = HEIGHT - 14 - (legendLines - 1 - item.line) * 18;
      const fill = `#${CHART_FILLS[i % CHART_FILLS.length] ?? '000000'}`;
      parts.push(
        chart.type === 'bar'
          ? `<rect x="${n(x)}" y="${ly - 10}" width="14" height="12" fill="${fill}" stroke="#000" stroke-width="0.6"/>`
          : `<line x1="${n(x)}" x2="${n(x + 16)}" y1="${ly - 4}" y2="${ly - 4}" stroke="${fill}" stroke-width="2.5"/>`,
      );
      parts.push(text(x + 20, ly, s.name, 'font-size="13"'));
    });
  }

  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${escapeXml(chart.caption)}" ${FONT}>${parts.join('')}</svg>`;
}

function bars(chart: ChartBlock, slot: number, y: (v: number) => number): string[] {
  const out: string[] = [];
  const stacked = chart.stacked === true;
  const groupWidth = slot * 0.62;
  const barWidth = stacked ? groupWidth : groupWidth / Math.max(1, chart.series.length);
  chart.categories.forEach((_, i) => {
    const x0 = PLOT.left + slot * i + (slot - groupWidth) / 2;
    let base = 0;
    let total = 0;
    chart.series.forEach((s, si) => {
      const raw = s.values[i] ?? null;
      if (raw === null) return;
      const v = scaledValue(raw, chart.valueFormat);
      const x = stacked ? x0 : x0 + si * barWidth;
      const from = stacked ? base : 0;
      const fill = CHART_FILLS[si % CHART_FILLS.length] ?? '000000';
      out.push(
        `<rect x="${n(x)}" y="${n(y(from + v))}" width="${n(barWidth)}" height="${n(y(from) - y(from + v))}" fill="#${fill}" stroke="#000" stroke-width="0.6"/>`,
      );
      if (!stacked) out.push(text(x + barWidth / 2, y(v) - 4, formatFigure(raw, chart.valueFormat), 'text-anchor="middle" font-size="12"'));
      base += v;
      total += raw;
    });
    // A stacked column is labelled once, with its total: labels inside thin segments would not be legible.
    if (stacked && base > 0)
      out.push(
        text(
          x0 + groupWidth / 2,
          y(base) - 4,
          formatFigure(total, chart.valueFormat),
          'text-anchor="middle" font-size="12" font-weight="bold"',
        ),
      );
  });
  return out;
}

function lines(chart: ChartBlock, slot: number, y: (v: number) => number): string[] {
  const out: string[] = [];
  chart.series.forEach((s, si) => {
    const colour = `#${CHART_FILLS[si % CHART_FILLS.length] ?? '000000'}`;
    const points = s.values.map((raw, i) =>
      raw === null ? null : { x: PLOT.left + slot * (i + 0.5), y: y(scaledValue(raw, chart.valueFormat)), raw },
    );
    // A missing year breaks the line rather than joining its neighbours: no value is invented.
    let path = '';
    let pen = false;
    for (const p of points) {
      if (p === null) {
        pen = false;
        continue;
      }
      path += `${pen ? 'L' : 'M'}${n(p.x)} ${n(p.y)}`;
      pen = true;
    }
    if (path !== '') out.push(`<path d="${path}" fill="none" stroke="${colour}" stroke-width="2.5"/>`);
    for (const p of points) {
      if (p === null) continue;
      out.push(`<circle cx="${n(p.x)}" cy="${n(p.y)}" r="4" fill="${colour}" stroke="#000" stroke-width="0.6"/>`);
      out.push(text(p.x, p.y - 9, formatFigure(p.raw, chart.valueFormat), 'text-anchor="middle" font-size="12"'));
    }
  });
  return out;
}
