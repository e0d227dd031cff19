// A row's search key is the folded text, word by word: numbers and codes (kept out of the remembered words
// for speed) fold like every other word, so "htx 123" finds what it found before.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSearchKey, compileSearch, foldVietnamese } from '../../src-main/shared/text-fold.ts';

const piece = fc.constantFrom(
  'Hợp',
  'tác',
  'xã',
  'HTX',
  'Đồng',
  '123',
  '0210',
  '5000000001',
  'A1',
  '１２',
  '٣',
  ' ',
  '  ',
  '\u00a0',
  '-',
  ',',
  'Ủy',
);
const text = fc.array(piece, { maxLength: 12 }).map((xs) => xs.join(''));

describe('search keys', () => {
  it('hold the whole text folded on their first line', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(buildSearchKey(t).split('\n')[0]).toBe(foldVietnamese(t));
      }),
      { numRuns: 1000 },
    );
  });

  it('find a row by any of its numbers, alone or with words', () => {
    const key = buildSearchKey('Hợp tác xã Chè 12345 mã 5000000001');
    expect(compileSearch('12345')(key)).toBe(true);
    expect(compileSearch('htx che 123')(key)).toBe(true);
    expect(compileSearch('5000000001 che')(key)).toBe(true);
    expect(compileSearch('54321')(key)).toBe(false);
  });
});
