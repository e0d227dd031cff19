// The commune picker's order: the code typed, then the name typed exactly, then names beginning with it,
// then names holding its words. Enter takes the first line, so it must never be another commune when the
// one typed exists.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankCommunes, type CommuneEntry } from '../../src-renderer/grid/books.ts';
import { foldVietnamese } from '../../src-main/shared/text-fold.ts';

const LIST: CommuneEntry[] = [
  { code: '00004', name: 'Phường Ba Đình' },
  { code: '00008', name: 'Phường Ngọc Hà' },
  { code: '10105', name: 'Xã Hòa Bình Đông' },
  { code: '10103', name: 'Xã An Hòa Bình' },
  { code: '10101', name: 'Xã Hòa Bình' },
  { code: '10102', name: 'Phường Hòa Bình' },
];

describe('commune picker ranking', () => {
  it('puts the name typed exactly before names that merely contain it', () => {
    const names = rankCommunes(LIST, 'hoa binh', 10).map((c) => c.name);
    expect(names.slice(0, 2).sort()).toEqual(['Phường Hòa Bình', 'Xã Hòa Bình']);
    expect(names.slice(2)).toEqual(['Xã Hòa Bình Đông', 'Xã An Hòa Bình']);
    expect(rankCommunes(LIST, 'Xã Hòa Bình', 10)[0]?.code).toBe('10101');
  });

  it('finds a commune by its code', () => {
    expect(rankCommunes(LIST, '00008', 10).map((c) => c.name)).toEqual(['Phường Ngọc Hà']);
  });

  it('never ranks another commune above one whose full name was typed', () => {
    const word = fc.constantFrom('Hòa', 'Bình', 'An', 'Đông', 'Tây', 'Phú', 'Mỹ');
    const entry = fc.record({
      code: fc.stringMatching(/^\d{5}$/),
      name: fc
        .tuple(fc.constantFrom('Xã', 'Phường'), fc.array(word, { minLength: 1, maxLength: 3 }))
        .map(([u, ws]) => `${u} ${ws.join(' ')}`),
    });
    fc.assert(
      fc.property(fc.uniqueArray(entry, { minLength: 1, maxLength: 12, selector: (e) => e.code }), fc.nat(), (list, pick) => {
        const typed = list[pick % list.length];
        if (!typed) return;
        const first = rankCommunes(list, typed.name, 50)[0];
        expect(first && foldVietnamese(first.name)).toBe(foldVietnamese(typed.name));
      }),
    );
  });
});
