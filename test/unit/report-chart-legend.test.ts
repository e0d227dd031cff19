// Chart legends never overlap: items are laid out by the width of their names, onto more lines if needed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { legendLayout, renderChartSvg } from '../../src-main/core/reports/render/svg-chart.ts';

describe('chart legend', () => {
  it('never lets two items of a line overlap, nor run past the chart', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 40 }), { minLength: 2, maxLength: 8 }), (names) => {
        const items = legendLayout(names, 600);
        expect(items).toHaveLength(names.length);
        for (const line of new Set(items.map((i) => i.line))) {
          const row = items.filter((i) => i.line === line).sort((a, b) => a.x - b.x);
          for (let k = 1; k < row.length; k++) {
            const prev = row[k - 1];
            const cur = row[k];
            if (prev && cur) expect(cur.x).toBeGreaterThanOrEqual(prev.x + prev.width);
          }
          // A single name wider than the chart may run past it; two never share a line then.
          if (row.length > 1) for (const i of row) expect(i.x + i.width).toBeLessThanOrEqual(600);
        }
      }),
    );
  });

  it('puts the four organization types of the report on lines that fit', () => {
    const names = ['Hợp tác xã', 'Liên hiệp hợp tác xã', 'Quỹ tín dụng nhân dân', 'Tổ hợp tác'];
    const svg = renderChartSvg({
      kind: 'chart',
      type: 'bar',
      caption: 'Tổ chức theo loại hình',
      categories: ['2023', '2024'],
      series: names.map((name, i) => ({ name, values: [i + 1, i + 2] })),
      valueFormat: { kind: 'integer' },
    });
    for (const name of names) expect(svg).toContain(`>${name}</text>`);
    const items = legendLayout(names);
    expect(new Set(items.map((i) => i.line)).size).toBeGreaterThanOrEqual(1);
  });
});
