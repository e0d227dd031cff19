// The organizations grid's compact list (registry.organizationGrid) gives the grid exactly the rows the full
// list gives it: same order, same cells, blanks kept blank, figures of the year asked for only, deleted rows out.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { FIGURE_VALUE_FIELDS, ORG_FIELDS, ORG_GRID_FIGURE_COLUMNS, ORG_GRID_OWN_COLUMNS } from '../../src-main/contract/index.ts';
import { orgEntriesOf, orgGridRows } from '../../src-renderer/grid/packed-rows.ts';
import { orgGridRow } from '../../src-renderer/grid/registry-rows.ts';
import { apply, createRow, value } from '../helpers/registry.ts';
import { openTestApp } from '../helpers/temp.ts';

describe('the organizations grid list', () => {
  it('decodes to the same grid rows as the full list, for each year', async () => {
    const app = await openTestApp();
    const full = await createRow(app, 'organizations', {
      type: 'QTDND',
      name: 'Quỹ tín dụng Đồng Tâm',
      shortName: 'QTD Đồng Tâm',
      regCode: '2500123456',
      foundedOn: '2003-05-01',
      registeredBy: 'Phòng Tài chính – Kế hoạch',
      street: 'Thôn 3',
      communeCode: '04792',
      legacyAddress: 'Xã cũ, huyện cũ',
      sectors: ['dien', 'van_tai'],
      model: 'hon_hop',
      charterCapital: 1_580_000_000,
      headName: 'Nguyễn Văn A',
      phone: '0210 3 123 456',
      email: 'qtd@example.vn',
      notes: 'Dòng một\nDòng hai',
    });
    const bare = await createRow(app, 'organizations', { type: 'THT', name: 'Tổ hợp tác Ánh Dương' });
    const gone = await createRow(app, 'organizations', { type: 'HTX', name: 'HTX Đã Xóa' });
    await apply(app, 'figures', [
      { kind: 'upsertFigures', organizationId: full, year: 2024, period: 'Y', changes: { members: 120, revenue: 4_670_000, profit: -5 } },
      { kind: 'upsertFigures', organizationId: full, year: 2023, period: 'Y', changes: { members: 0, workers: 3 } },
      { kind: 'upsertFigures', organizationId: bare, year: 2024, period: 'Y', changes: { budgetPaid: 12 } },
    ]);
    await apply(app, 'organizations', [{ kind: 'delete', id: gone }]);

    for (const year of [2022, 2023, 2024]) {
      const expected = (await value(app.call('registry.listOrganizations', { year }))).map(orgGridRow);
      const list = await value(app.call('registry.organizationGrid', { year }));
      expect(list.year).toBe(year);
      expect(orgGridRows(list)).toEqual(expected);
    }
    // The organization pickers' directory, made from the same list, names every organization as its row does.
    const list2024 = await value(app.call('registry.organizationGrid', { year: 2024 }));
    expect(orgEntriesOf(list2024)).toEqual(
      orgGridRows(list2024).map((r) => ({ id: r.id, name: r.cells.name, regCode: r.cells.regCode, type: r.cells.type })),
    );
    const y2023 = orgGridRows(await value(app.call('registry.organizationGrid', { year: 2023 })));
    const row = y2023.find((r) => r.id === full);
    // A zero stays a zero, a blank stays a blank.
    expect(row?.cells['fig.members']).toBe(0);
    expect(row?.cells['fig.revenue']).toBeNull();
    expect(y2023.map((r) => r.id)).not.toContain(gone);
  });

  it('carries every field of an organization and every yearly figure, in the fields’ order', () => {
    expect(ORG_GRID_OWN_COLUMNS).toEqual(['id', ...ORG_FIELDS.map((f) => f.key)]);
    expect(ORG_GRID_FIGURE_COLUMNS).toEqual(FIGURE_VALUE_FIELDS.map((f) => f.key));
  });

  it('names the communes the rows use', async () => {
    const app = await openTestApp();
    await createRow(app, 'organizations', { type: 'HTX', name: 'HTX Thanh Sơn', communeCode: '04792' });
    const list = await value(app.call('registry.organizationGrid', { year: 2024 }));
    expect(Object.keys(list.communeNames)).toEqual(['04792']);
    expect(list.communeNames['04792']).toMatch(/^(Xã|Phường|Thị trấn) /);
  });

  it('is kept between opens only while nothing changed: an edit here or a write by another program shows at once', async () => {
    const app = await openTestApp();
    const id = await createRow(app, 'organizations', { type: 'HTX', name: 'HTX Một' });
    const names = async () => orgGridRows(await value(app.call('registry.organizationGrid', { year: 2024 }))).map((r) => r.cells.name);
    expect(await names()).toEqual(['HTX Một']);
    expect(await names()).toEqual(['HTX Một']);
    await apply(app, 'organizations', [{ kind: 'update', id, changes: { name: 'HTX Hai' } }]);
    expect(await names()).toEqual(['HTX Hai']);
    // Another connection to the same file (the CLI, another window) commits a change.
    const other = new Database(app.ctx.conn.sqlite.name);
    other.prepare('update organizations set name = ? where id = ?').run('HTX Ba', id);
    other.close();
    expect(await names()).toEqual(['HTX Ba']);
    const figures = async () => orgGridRows(await value(app.call('registry.organizationGrid', { year: 2024 })))[0]?.cells['fig.members'];
    expect(await figures()).toBeNull();
    await apply(app, 'figures', [{ kind: 'upsertFigures', organizationId: id, year: 2024, period: 'Y', changes: { members: 9 } }]);
    expect(await figures()).toBe(9);
  });
});
