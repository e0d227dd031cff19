// The grid's search finds exactly the rows whose searched cells, as the grid shows them, hold every word
// typed, whatever shortcut it takes (text cells folded once per row, in blocks or one row at a time, labels
// once per value and checked apart): checked against the plain definition on random rows and queries.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ORG_FIELDS, type CellValue } from '../../src-main/contract/fields.ts';
import { buildSearchKey, compileSearch } from '../../src-main/shared/text-fold.ts';
import { CommuneBook, OrgBook } from '../../src-renderer/grid/books.ts';
import { RowSearch } from '../../src-renderer/grid/search.ts';
import type { GridField, GridRow } from '../../src-renderer/grid/types.ts';
import { formatCell, type ValueContext } from '../../src-renderer/grid/values.ts';

const communes = new CommuneBook();
communes.addList([
  { code: '08800', name: 'Xã Hòa Bình' },
  { code: '09001', name: 'Phường Đồng Tâm' },
]);
const ctx: ValueContext = { unit: 'dong', communes, orgs: new OrgBook() };
const fields: GridField[] = ORG_FIELDS.map((spec) => ({ colId: spec.key, spec }));

/** One list shared by many rows, as the organizations list delivers it. */
const SHARED_SECTORS = Object.freeze(['nong_nghiep', 'dien']) as CellValue;

const text = fc.oneof(fc.constantFrom('Hợp tác xã Chè 12', 'HTX Đồng Tâm', '0210 3 123', '', '  '), fc.string({ maxLength: 12 }));
const row = fc.record({
  type: fc.constantFrom<CellValue>('HTX', 'THT', 'QTDND', null),
  name: text,
  regCode: fc.option(fc.stringMatching(/^[0-9]{1,10}$/)),
  status: fc.constantFrom<CellValue>('dang_hoat_dong', 'tam_ngung', null, 'khong_ro'),
  communeCode: fc.constantFrom<CellValue>('08800', '09001', '77777', null),
  sectors: fc.constantFrom<CellValue>(['dien', 'van_tai'], ['nong_nghiep'], [], null, SHARED_SECTORS),
  notes: fc.option(text),
  charterCapital: fc.option(fc.integer()),
});

const word = fc.oneof(
  fc.constantFrom('hoa', 'binh', 'htx', 'hop', 'tac', 'xa', 'che', '12', '0210', 'dong', 'tam', 'dien', 'nong', 'nghiep', 'dang', 'hoat'),
  fc.constantFrom('ngung', 'to hop', 'tht', 'quy tin', 'van tai', 'Đồng', 'TÂM', 'x', 'a', '3 1', '77777', 'phuong'),
  fc.string({ maxLength: 4 }),
);
const query = fc.array(word, { maxLength: 4 }).map((ws) => ws.join(' '));

/** The plain definition: each searched cell's text as shown, folded, one per line. */
function reference(cells: Record<string, CellValue>): string {
  const searched = new Set(['text', 'code', 'enum', 'multiEnum', 'commune', 'organization']);
  return fields
    .filter((f) => searched.has(f.spec.kind))
    .map((f) => formatCell(f.spec, cells[f.colId] ?? null, ctx))
    .filter((t) => t !== '')
    .map(buildSearchKey)
    .filter((k) => k !== '')
    .join('\n');
}

describe('row search', () => {
  it('finds the rows whose searched cells as shown hold every word typed', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 20 }), fc.array(query, { minLength: 1, maxLength: 4 }), (cellsList, queries) => {
        // One search for all the queries, as in the grid: texts and labels folded once, then reused.
        // Blocks of 3 rows: rows at the edges of blocks are among those tested.
        const search = new RowSearch(() => ctx, 3);
        search.setFields(fields);
        const rows: GridRow[] = cellsList.map((cells, i) => ({ key: `id:${String(i)}`, id: i, cells }));
        // The grid's list, folded in blocks; an edited row (a new object) and rows AG Grid places
        // elsewhere than in the list (after rows were added or removed) are found all the same.
        search.index(rows.slice(0, -1));
        const edited = rows.map((r, i) => (i % 3 === 2 ? { ...r } : r));
        for (const q of queries) {
          search.setQuery(q);
          const plain = compileSearch(q);
          edited.forEach((r, i) => {
            const expected = plain(reference(r.cells as Record<string, CellValue>));
            const shown = `${q} in ${reference(r.cells as Record<string, CellValue>)}`;
            expect(search.matches(r, i), shown).toBe(expected);
            expect(search.matches(r, i % 2 ? -1 : i + 1), shown).toBe(expected);
          });
        }
      }),
      { numRuns: 300 },
    );
  });
});
