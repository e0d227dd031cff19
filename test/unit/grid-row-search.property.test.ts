// The grid's search key of a row is the folded text of every searched cell as the grid shows it, whatever
// shortcut builds it (labels folded once per value): checked against the plain definition on random rows.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ORG_FIELDS, type CellValue } from '../../src-main/contract/fields.ts';
import { buildSearchKey } from '../../src-main/shared/text-fold.ts';
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

const text = fc.oneof(fc.constantFrom('Hợp tác xã Chè 12', 'HTX Đồng Tâm', '0210 3 123', '', '  '), fc.string({ maxLength: 12 }));
const row = fc.record({
  type: fc.constantFrom<CellValue>('HTX', 'THT', 'QTDND', null),
  name: text,
  regCode: fc.option(fc.stringMatching(/^[0-9]{1,10}$/)),
  status: fc.constantFrom<CellValue>('dang_hoat_dong', 'tam_ngung', null, 'khong_ro'),
  communeCode: fc.constantFrom<CellValue>('08800', '09001', '77777', null),
  sectors: fc.constantFrom<CellValue>(['dien', 'van_tai'], ['nong_nghiep'], [], null),
  notes: fc.option(text),
  charterCapital: fc.option(fc.integer()),
});

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

describe('row search keys', () => {
  it('are the folded text of the searched cells as shown', () => {
    const search = new RowSearch(() => ctx);
    search.setFields(fields);
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 20 }), (cellsList) => {
        for (const [i, cells] of cellsList.entries()) {
          const r: GridRow = { key: `id:${String(i)}`, id: i, cells };
          expect(search.keyOf(r)).toBe(reference(cells));
        }
      }),
      { numRuns: 300 },
    );
  });
});
