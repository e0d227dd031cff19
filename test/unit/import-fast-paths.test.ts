// The shortcuts a large sheet takes must give what the long way gives: ASCII columns pass through
// untouched, repeated texts reuse their first conversion only in the same font, a column with more
// distinct texts than are remembered still converts each one, and N/A words are still found when
// texts that cannot be one are no longer folded.
import { describe, expect, it } from 'vitest';
import { FIGURE_VALUE_FIELDS, type FieldSpec, ORG_FIELDS } from '../../src-main/contract/fields.ts';
import { fixLegacyColumn, fixLegacyColumnTexts } from '../../src-main/core/import/reader/text/column.ts';
import { fixLegacyText } from '../../src-main/core/import/reader/text/detect.ts';
import { encodeTcvn3 } from '../../src-main/core/import/reader/text/tcvn3.ts';
import { encodeVni } from '../../src-main/core/import/reader/text/vni.ts';
import type { Cell } from '../../src-main/core/import/reader/read/model.ts';
import { convertCell } from '../../src-main/core/import/reader/values/convert.ts';

/** Each cell the slow way: judged alone, with the column's findings as its hint. */
function oneByOne(values: readonly string[], fonts?: readonly (string | undefined)[]): string[] {
  const { column } = fixLegacyColumn(values, fonts);
  return values.map((v, i) =>
    v === '' ? v : fixLegacyText(v, { encoding: column.legacy, allLegacy: column.allLegacy, fontName: fonts?.[i] }).text,
  );
}

describe('column conversion fast paths', () => {
  it('gives an all-ASCII column back unchanged, the same strings', () => {
    const values = ['1', '2.500.000', '0210000006', 'htx6@example.vn', '07/07/2006', 'HTX TP6', ''];
    const fixed = fixLegacyColumnTexts(values);
    expect(fixed.column).toMatchObject({ encoding: 'ascii', mixed: false });
    fixed.texts.forEach((t, i) => expect(t).toBe(values[i]));
    expect(fixed.encodings).toEqual(values.map(() => 'ascii'));
    expect([...fixed.confidences]).toEqual(values.map(() => 1));
  });

  it('still shows ASCII in a capital-only font as capitals', () => {
    const values = ['htx an binh', 'Hîp t¸c x·'];
    expect(fixLegacyColumnTexts(values, ['.VnTimeH', '.VnTimeH']).texts).toEqual(['HTX AN BINH', 'HỢP TÁC XÃ']);
  });

  it('converts a mixed column cell by cell, repeats included', () => {
    const unicode = ['Hợp tác xã Hòa Bình', 'Tân Phú', 'Café Müller'];
    const values = [encodeTcvn3('Hợp tác xã Tân Tiến'), encodeVni('Hợp tác xã Tân Tiến'), ...unicode, '12', ''];
    const twice = [...values, ...values];
    const fixed = fixLegacyColumn(twice);
    expect(fixed.column.mixed).toBe(true);
    const texts = fixed.cells.map((c) => c.text);
    expect(texts.slice(0, 7)).toEqual(['Hợp tác xã Tân Tiến', 'Hợp tác xã Tân Tiến', ...unicode, '12', '']);
    expect(texts.slice(7)).toEqual(texts.slice(0, 7));
    expect(texts).toEqual(oneByOne(twice));
  });

  it('converts a repeated text again when its font differs', () => {
    const word = encodeTcvn3('tỉnh');
    const values = [word, word, word];
    const fonts = [undefined, '.VnTimeH', undefined];
    const fixed = fixLegacyColumnTexts(values, fonts);
    expect(fixed.texts).toEqual(['tỉnh', 'TỈNH', 'tỉnh']);
    expect(fixed.texts).toEqual(oneByOne(values, fonts));
  });

  it('converts every cell of a column with more distinct texts than it remembers', () => {
    const names = Array.from({ length: 5_000 }, (_, i) => encodeTcvn3(`Hợp tác xã Nông nghiệp số ${String(i)}`));
    const values = [...names, ...names.slice(0, 100), ...names.slice(-100)];
    const fixed = fixLegacyColumnTexts(values);
    expect(fixed.texts.at(-1)).toBe('Hợp tác xã Nông nghiệp số 4999');
    expect(fixed.texts).toEqual(oneByOne(values));
    expect(fixed.column.counts.tcvn3).toBe(values.length);
  });
});

describe('N/A words without folding every text', () => {
  const ALL = [...ORG_FIELDS, ...FIGURE_VALUE_FIELDS];
  const spec = (key: string): FieldSpec => {
    const found = ALL.find((f) => f.key === key);
    if (found === undefined) throw new Error(key);
    return found;
  };
  const blankKind = (key: string, t: string): unknown => {
    const cell: Cell = { type: 's', value: t, text: t };
    const r = convertCell(cell, t, { field: spec(key), date1904: false, unit: 'trieu' });
    return r.ok ? r.blank : undefined;
  };

  it.each(['N/A', 'n/a', 'NA', '#N/A', 'Không có', ' KHÔNG  RÕ ', 'chưa xác định', 'K/C', '?', '???', 'None', 'nil', 'Chưa\u00a0có'])(
    '“%s” is N/A',
    (t) => {
      expect(blankKind('name', t)).toBe('na');
      expect(blankKind('members', t)).toBe('na');
    },
  );

  it.each(['N.A', 'n/a1', 'không có.', 'k/c:', 'Nguyễn Văn Hùng', '12', 'a@b', 'Không có gì cả'])('“%s” is not', (t) => {
    expect(blankKind('name', t)).toBeUndefined();
  });
});
