import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cellsOf,
  columnLetter,
  contains,
  extend,
  extendTo,
  fillDownPlan,
  pasteTargets,
  rectOf,
  single,
} from '../../src-renderer/grid/range.ts';

describe('cell ranges', () => {
  it('normalizes anchor and corner in any direction', () => {
    expect(rectOf({ anchor: { row: 5, col: 3 }, corner: { row: 2, col: 7 } })).toEqual({ top: 2, bottom: 5, left: 3, right: 7 });
  });

  it('extends with Shift+arrows and never leaves the grid (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 1, max: 20 }),
        fc.array(fc.constantFrom<[number, number]>([1, 0], [-1, 0], [0, 1], [0, -1]), { maxLength: 80 }),
        (rows, cols, moves) => {
          let r = single({ row: 0, col: 0 });
          for (const [dr, dc] of moves) r = extend(r, dr, dc, { rows, cols });
          const box = rectOf(r);
          expect(box.top).toBeGreaterThanOrEqual(0);
          expect(box.bottom).toBeLessThan(rows);
          expect(box.right).toBeLessThan(cols);
          expect(r.anchor).toEqual({ row: 0, col: 0 });
        },
      ),
    );
  });

  it('knows which cells it covers', () => {
    const box = rectOf(extendTo(single({ row: 1, col: 1 }), { row: 2, col: 3 }));
    expect([...cellsOf(box)]).toHaveLength(6);
    expect(contains(box, 2, 3)).toBe(true);
    expect(contains(box, 3, 3)).toBe(false);
  });

  it('fills down from the first selected row, or from the row above a single row (Excel)', () => {
    expect(fillDownPlan({ top: 2, bottom: 4, left: 0, right: 1 })).toEqual({ sourceRow: 2, targetRows: [3, 4] });
    expect(fillDownPlan({ top: 3, bottom: 3, left: 0, right: 0 })).toEqual({ sourceRow: 2, targetRows: [3] });
    expect(fillDownPlan({ top: 0, bottom: 0, left: 0, right: 0 })).toBeNull();
  });

  it('places a pasted block at the top-left of the selection, past the last row when it must', () => {
    const t = pasteTargets({ top: 8, bottom: 8, left: 1, right: 1 }, 3, 5);
    expect(t).toHaveLength(15);
    expect(t[0]).toEqual({ row: 8, col: 1, blockRow: 0, blockCol: 0 });
    expect(t[14]).toEqual({ row: 10, col: 5, blockRow: 2, blockCol: 4 });
  });

  it('repeats a block over a selection that is a whole multiple of it', () => {
    const t = pasteTargets({ top: 0, bottom: 3, left: 0, right: 0 }, 1, 1);
    expect(t.map((x) => x.row)).toEqual([0, 1, 2, 3]);
    expect(new Set(t.map((x) => `${String(x.blockRow)},${String(x.blockCol)}`))).toEqual(new Set(['0,0']));
    // 3 rows selected, 2-row block: not a multiple, pasted once.
    expect(pasteTargets({ top: 0, bottom: 2, left: 0, right: 0 }, 2, 1)).toHaveLength(2);
  });

  it('names columns as Excel does', () => {
    expect([0, 1, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});
