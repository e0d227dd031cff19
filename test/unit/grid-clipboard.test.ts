import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockWidth, parseTsv, writeTsv } from '../../src-renderer/grid/clipboard.ts';

/** Cell text with everything that makes the format hard: tabs, quotes, CR, LF, CRLF, Vietnamese letters. */
const cellText = fc.string({
  unit: fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom('a', 'Đ', 'ồ', '1', '.', ',', ' ', 'x') },
    { weight: 2, arbitrary: fc.constantFrom('\t', '"', '\r', '\n', '\r\n', '""') },
    { weight: 1, arbitrary: fc.string({ maxLength: 2 }) },
  ),
  maxLength: 12,
});
const block = fc.array(fc.array(cellText, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 6 });

describe('clipboard text in Excel format', () => {
  it('reads back exactly what it writes, for any cells (property)', () => {
    fc.assert(
      fc.property(block, (rows) => {
        expect(parseTsv(writeTsv(rows))).toEqual(rows);
      }),
      { numRuns: 2000 },
    );
  });

  it('writes tab-separated rows with CRLF after each, quoting only cells that need it', () => {
    expect(
      writeTsv([
        ['Hòa Bình', '1.580.000'],
        ['x', ''],
      ]),
    ).toBe('Hòa Bình\t1.580.000\r\nx\t\r\n');
    expect(writeTsv([['a\tb', 'say "hi"', 'line1\nline2']])).toBe('"a\tb"\t"say ""hi"""\t"line1\nline2"\r\n');
  });

  it("reads Excel's clipboard: trailing CRLF is not an extra row, quoted cells keep breaks and quotes", () => {
    const excel = 'HTX\tHợp tác xã Hòa Bình\t"Thôn 1\r\nxã Hòa Bình"\r\nTHT\t"Tổ ""Đồng Tâm"""\t\r\n';
    expect(parseTsv(excel)).toEqual([
      ['HTX', 'Hợp tác xã Hòa Bình', 'Thôn 1\r\nxã Hòa Bình'],
      ['THT', 'Tổ "Đồng Tâm"', ''],
    ]);
  });

  it("reads LibreOffice's clipboard (LF line ends) and text without a final line break", () => {
    expect(parseTsv('a\tb\nc\td\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(parseTsv('a\tb\nc\td')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('keeps empty cells and empty rows inside a block', () => {
    expect(parseTsv('\t\r\n\r\nx\r\n')).toEqual([['', ''], [''], ['x']]);
  });

  it('reads a cell that merely starts with a quote as plain text, as Excel does', () => {
    expect(parseTsv('"Hợp tác xã" Hòa Bình\tx\r\n')).toEqual([['"Hợp tác xã" Hòa Bình', 'x']]);
    expect(parseTsv('"không đóng\tx\r\n')).toEqual([['"không đóng', 'x']]);
  });

  it('reads a single value copied from one cell', () => {
    expect(parseTsv('1.580.000\r\n')).toEqual([['1.580.000']]);
    expect(blockWidth(parseTsv('a\tb\tc\r\nd\r\n'))).toBe(3);
  });
});
