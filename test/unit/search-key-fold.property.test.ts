// A row's search key is the folded text, word by word: numbers and codes (kept out of the remembered words
// for speed) fold like every other word, so "htx 123" finds what it found before.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ORG_ABBREVIATIONS } from '../../src-main/shared/abbreviations.ts';
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

/** Spaces of every kind, invisible characters, abbreviations alone and inside words. */
const rougher = fc
  .array(
    fc.oneof(
      piece,
      fc.constantFrom('\t', '\n', '\u2003', '\ufeff', '\u00ad', '\u200b', 'dv', 'DV', 'Htx.', '(tht)', 'sxkd', 'Σ', 'ΑΣ', 'İ', 'e\u0301'),
      fc.string({ maxLength: 3 }),
    ),
    { maxLength: 12 },
  )
  .map((xs) => xs.join(''));

const FOLDED_EXPANSIONS = new Map(ORG_ABBREVIATIONS.map(([abbr, full]) => [abbr, foldVietnamese(full)]));

/** The definition, on the whole text at once: folded, then (second line, when different) abbreviations expanded. */
function keyOfWholeText(t: string): string {
  const plain = foldVietnamese(t);
  const full = plain.replace(/[\p{L}\p{N}]+/gu, (w) => FOLDED_EXPANSIONS.get(w) ?? w);
  return full === plain ? plain : `${plain}\n${full}`;
}

describe('search keys', () => {
  it('hold the whole text folded on their first line', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(buildSearchKey(t).split('\n')[0]).toBe(foldVietnamese(t));
      }),
      { numRuns: 1000 },
    );
  });

  it('are the whole text folded, with abbreviations expanded on a second line, whatever the spaces', () => {
    fc.assert(
      fc.property(rougher, (t) => {
        expect(buildSearchKey(t)).toBe(keyOfWholeText(t));
      }),
      { numRuns: 3000 },
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
