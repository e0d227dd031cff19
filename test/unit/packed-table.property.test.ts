// The compact list form (shared/packed-table.ts) gives back every value exactly as packed, blanks included,
// whichever of its three forms a column takes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packColumn, packTable, unpackColumn, type PackedValue } from '../../src-main/shared/packed-table.ts';

const value: fc.Arbitrary<PackedValue> = fc.oneof(
  fc.constant(null),
  fc.string(),
  fc.constantFrom('HTX', 'THT', 'dang_hoat_dong', '0', ''),
  fc.integer({ min: -1e12, max: 1e12 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.array(fc.constantFrom('nong_nghiep', 'dich_vu', 'x\u0000y', '"', '\\'), { maxLength: 3 }),
);

/** Columns that repeat a few values (dictionary), that are mostly blank (filled only), or anything. */
const column = fc.oneof(
  fc.array(value, { maxLength: 300 }),
  fc.array(fc.constantFrom<PackedValue>('a', 'b', null, ['dich_vu'], ['dich_vu', 'nong_nghiep'], 'dich_vu'), { maxLength: 300 }),
  fc.array(fc.option(fc.string(), { freq: 8 }), { maxLength: 300 }),
);

describe('packed columns', () => {
  it('unpack what was packed, value for value', () => {
    fc.assert(
      fc.property(column, (values) => {
        expect(unpackColumn(packColumn(values), values.length)).toEqual(values);
      }),
      { numRuns: 500 },
    );
  });

  it('a list is never taken for a text of the same look, nor a number for its digits', () => {
    const values: PackedValue[] = ['["a"]', ['a'], '1', 1, ['a'], '["a"]', null, 1, '1'];
    expect(unpackColumn(packColumn(values), values.length)).toEqual(values);
  });

  it('chooses the compact forms: few distinct texts as a dictionary, a mostly blank column as its filled cells', () => {
    const types = Array.from({ length: 1000 }, (_, i) => (i % 3 === 0 ? 'HTX' : 'THT'));
    expect(packColumn(types)).toHaveProperty('values', ['HTX', 'THT']);
    const notes = Array.from({ length: 1000 }, (_, i) => (i === 7 ? 'ghi chú' : null));
    expect(packColumn(notes)).toEqual({ filled: [[7, 'ghi chú']] });
    const names = Array.from({ length: 1000 }, (_, i) => `HTX ${String(i)}`);
    expect(packColumn(names)).toEqual({ all: names });
  });

  it('refuses a table whose columns disagree on the row count', () => {
    expect(() => packTable({ a: [1, 2], b: [1] }, 2)).toThrow();
  });
});
