// "Xóa hẳn" from the recycle bin: only rows in the bin, each refused alone with the reason when other data
// still names it, and gone from the bin once deleted.
import { describe, expect, it } from 'vitest';
import { apply, createRow, value } from '../helpers/registry.ts';
import { openTestApp } from '../helpers/temp.ts';

describe('deleting for good from the recycle bin', () => {
  it('deletes only binned rows, an organization only after its figures', async () => {
    const app = await openTestApp();
    const org = await createRow(app, 'organizations', { type: 'HTX', name: 'HTX Xóa Hẳn' });
    const live = await createRow(app, 'organizations', { type: 'HTX', name: 'HTX Còn Sống' });
    const [fig] = await apply(app, 'figures', [
      { kind: 'upsertFigures', organizationId: org, year: 2024, period: 'Y', changes: { members: 5 } },
    ]);
    const figId = fig?.ok ? fig.id : 0;
    await apply(app, 'figures', [{ kind: 'delete', id: figId }]);
    await apply(app, 'organizations', [{ kind: 'delete', id: org }]);

    const first = await value(app.call('registry.purge', { entity: 'organizations', ids: [org, live] }));
    expect(first.results.map((r) => r.ok)).toEqual([false, false]);
    expect(first.results[0]).toMatchObject({ message: expect.stringContaining('còn số liệu') });
    expect(first.results[1]).toMatchObject({ message: 'Dòng này không có trong thùng rác.' });

    expect((await value(app.call('registry.purge', { entity: 'figures', ids: [figId] }))).results[0]?.ok).toBe(true);
    expect((await value(app.call('registry.purge', { entity: 'organizations', ids: [org] }))).results[0]?.ok).toBe(true);
    const bin = await value(app.call('registry.recycleBin', {}));
    expect(bin.map((b) => b.label).join()).not.toContain('HTX Xóa Hẳn');
    const names = (await value(app.call('registry.listOrganizations', {}))).map((o) => o.name);
    expect(names).toEqual(['HTX Còn Sống']);
  });
});
