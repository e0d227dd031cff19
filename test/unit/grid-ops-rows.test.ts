import { describe, expect, it, vi } from 'vitest';
import { CERT_FIELDS, FIGURE_FIELDS, OCOP_FIELDS, ORG_FIELDS } from '../../src-main/contract/fields.ts';
import type { CertRow, FigureRow, OcopRow, OrgRow } from '../../src-main/contract/index.ts';
import { orgFields } from '../../src-renderer/features/organizations/orgColumns.ts';
import { figureOp, planRow } from '../../src-renderer/grid/ops.ts';
import { certCells, figureCells, mergeOrgAnswer, ocopCells, orgCells, orgGridRow } from '../../src-renderer/grid/registry-rows.ts';
import type { GridField, GridRow } from '../../src-renderer/grid/types.ts';

// orgColumns reaches the grid through its public surface, which brings the API client along; that client
// picks IPC or HTTP from the browser window on load. Nothing here calls the core, so a silent one will do.
vi.mock('../../src-renderer/api/client.ts', () => ({
  client: { mode: 'browser', call: () => new Promise(() => {}), onEvent: () => () => {} },
}));

const org: OrgRow = {
  id: 7,
  type: 'HTX',
  name: 'HTX Hòa Bình',
  shortName: null,
  regCode: '123',
  foundedOn: '2019-03-05',
  registeredBy: null,
  status: 'dang_hoat_dong',
  statusSince: '2019-03-05',
  statusUntil: null,
  street: null,
  communeCode: null,
  communeName: null,
  legacyAddress: null,
  sectors: ['dich_vu'],
  model: null,
  charterCapital: 500_000_000,
  headName: null,
  phone: null,
  email: null,
  notes: null,
  updatedAt: '2026-01-01T00:00:00Z',
  figures: {
    members: 10,
    workers: null,
    regularWorkers: null,
    revenue: 1_000_000,
    profit: null,
    avgIncome: null,
    charterCapitalEnd: null,
    budgetPaid: null,
  },
};

const figure: FigureRow = {
  id: 99,
  organizationId: 7,
  organizationName: 'HTX Hòa Bình',
  organizationType: 'HTX',
  year: 2024,
  period: 'Y',
  members: 12,
  workers: 5,
  regularWorkers: null,
  revenue: 2_000_000,
  profit: null,
  avgIncome: null,
  charterCapitalEnd: null,
  budgetPaid: null,
  updatedAt: 'x',
  sourceTexts: null,
};

describe('registry rows as grid cells', () => {
  it('cover every field of contract/fields.ts', () => {
    const ocop: OcopRow = {
      id: 1,
      name: 'Chè',
      organizationId: null,
      externalOwnerName: 'Hộ A',
      externalOwnerKind: 'ho_kinh_doanh',
      ownerName: 'Hộ A',
      stars: 4,
      decisionNo: null,
      decisionDate: null,
      recognitionYear: 2023,
      productGroup: null,
      communeCode: null,
      notes: null,
      validUntil: '2025-12-31',
      updatedAt: 'x',
    };
    const cert: CertRow = {
      id: 1,
      organizationId: 7,
      organizationName: 'x',
      kind: 'vietgap',
      product: null,
      number: null,
      issuer: null,
      issuedOn: null,
      expiresOn: null,
      validOn: null,
      notes: null,
      updatedAt: 'x',
    };
    for (const [fields, cells] of [
      [ORG_FIELDS, orgCells(org)],
      [FIGURE_FIELDS, figureCells(figure)],
      [OCOP_FIELDS, ocopCells(ocop)],
      [CERT_FIELDS, certCells(cert)],
    ] as const) {
      for (const f of fields) expect(Object.keys(cells), f.key).toContain(f.key);
    }
  });

  it("put the chosen year's figures beside the organization and keep them when the organization is saved", () => {
    const row = orgGridRow(org);
    expect(row.cells['fig.members']).toBe(10);
    const renamed = mergeOrgAnswer({ ...org, name: 'HTX Mới', figures: null }, row, 2024);
    expect(renamed?.cells.name).toBe('HTX Mới');
    expect(renamed?.cells['fig.members']).toBe(10);
    const refigured = mergeOrgAnswer(figure, row, 2024);
    expect(refigured?.cells['fig.members']).toBe(12);
    // Figures of another year answer nothing for this grid.
    expect(mergeOrgAnswer({ ...figure, year: 2020, members: 1 }, row, 2024)?.cells['fig.members']).toBe(10);
  });
});

describe('edits become ops', () => {
  const fields = new Map<string, GridField>(orgFields(2024).map((f) => [f.colId, f]));
  const row: GridRow = orgGridRow(org);

  it('splits an organization row into its own update and an upsert of the year figures', () => {
    const after = { ...row.cells, name: 'HTX Mới', 'fig.revenue': 3_000_000 };
    const plan = planRow(row, after, ['name', 'fig.revenue'], fields, 2024);
    expect(plan.ops.map((p) => p.op)).toEqual([
      { kind: 'update', id: 7, changes: { name: 'HTX Mới' } },
      { kind: 'upsertFigures', organizationId: 7, year: 2024, period: 'Y', changes: { revenue: 3_000_000 } },
    ]);
    expect(plan.ops[1]?.colOf).toEqual({ revenue: 'fig.revenue' });
    expect(plan.ops[0]?.before).toEqual({ name: 'HTX Hòa Bình' });
  });

  it('creates a draft with all its values and keeps its figures for after the create', () => {
    const draft: GridRow = {
      key: 'new:1',
      id: null,
      cells: { type: 'HTX', name: 'HTX Mới', status: 'dang_hoat_dong', statusSince: '2020-01-01', 'fig.members': 3, regCode: null },
    };
    const plan = planRow(draft, draft.cells, ['name'], fields, 2024);
    expect(plan.ops.map((p) => p.op)).toEqual([
      { kind: 'create', tempId: 'new:1', values: { type: 'HTX', name: 'HTX Mới', status: 'dang_hoat_dong' } },
    ]);
    expect(plan.deferredFigures).toEqual({ 'fig.members': 3 });
    expect(figureOp('new:1', 50, 2024, plan.deferredFigures, fields)?.op).toEqual({
      kind: 'upsertFigures',
      organizationId: 50,
      year: 2024,
      period: 'Y',
      changes: { members: 3 },
    });
  });
});
