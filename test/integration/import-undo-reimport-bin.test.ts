// Rows of an undone import that a later import brings back live leave the recycle bin, products and
// certificates with their organization; what did not come back stays there, nothing lost.
import { describe, expect, it } from 'vitest';
import { ImportService } from '../../src-main/core/import/service.ts';
import type { StagedSheet } from '../../src-main/core/import/staged.ts';
import { value } from '../helpers/registry.ts';
import { openTestApp } from '../helpers/temp.ts';
import { sheet } from '../helpers/staged-sheet.ts';

const ORGS = sheet(
  'organizations',
  [
    { name: 'HTX Chè Tân Lập', regCode: '5407000123', members: 30 },
    { name: 'HTX Rau Hòa Sơn', members: 12 },
  ],
  2024,
  'Tổ chức',
);
const PRODUCTS = sheet('ocop', [{ name: 'Chè Shan tuyết Tân Lập', organizationId: 'HTX Chè Tân Lập', stars: 4 }], 2024, 'OCOP');

async function setup() {
  const app = await openTestApp({ now: () => new Date(2025, 5, 15, 9, 0, 0) });
  let staged: StagedSheet[] = [];
  const service = new ImportService(app.ctx, async () => staged);
  const importing = async (sheets: StagedSheet[]) => {
    staged = sheets;
    const preview = await service.open('ds.xlsx', new Uint8Array([1, 2, 3]));
    return service.commit(preview.jobId);
  };
  const bin = async () => (await value(app.call('registry.recycleBin', {}))).map((i) => `${i.entity}: ${i.label}`).sort();
  return { app, importing, bin };
}

describe('the recycle bin after an undone import is imported again', () => {
  it('empties of the rows that came back: organizations, their figures and their OCOP products', async () => {
    const { app, importing, bin } = await setup();
    const first = await importing([ORGS, PRODUCTS]);
    await value(app.call('imports.undo', { batchId: first.id }));
    expect(await bin()).toEqual(
      expect.arrayContaining(['ocop: Chè Shan tuyết Tân Lập', 'organizations: HTX Chè Tân Lập', 'organizations: HTX Rau Hòa Sơn']),
    );
    await importing([ORGS, PRODUCTS]);
    expect(await bin()).toEqual([]);
    const live = await value(app.call('registry.listOrganizations', { year: 2024 }));
    expect(live.map((o) => [o.name, o.figures?.members])).toEqual([
      ['HTX Chè Tân Lập', 30],
      ['HTX Rau Hòa Sơn', 12],
    ]);
    expect((await value(app.call('registry.listOcop', {}))).map((p) => p.name)).toEqual(['Chè Shan tuyết Tân Lập']);
  });

  it('keeps what did not come back: an organization whose product was not imported again stays with it', async () => {
    const { app, importing, bin } = await setup();
    const first = await importing([ORGS, PRODUCTS]);
    await value(app.call('imports.undo', { batchId: first.id }));
    await importing([ORGS]);
    const left = await bin();
    expect(left).toContain('ocop: Chè Shan tuyết Tân Lập');
    expect(left).toContain('organizations: HTX Chè Tân Lập');
    expect(left).not.toContain('organizations: HTX Rau Hòa Sơn');
  });
});
