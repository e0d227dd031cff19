import { FIGURE_VALUE_FIELDS, ORG_FIELDS } from '../../../src-main/contract/fields.ts';
import { FIGURE_PREFIX, mergeOrgAnswer, type GridAdapter, type GridField } from '../../grid/index.ts';

/** Widths and visibility that suit a clerk's screen; everything else follows contract/fields.ts. */
const LAYOUT: Record<string, Partial<Pick<GridField, 'width' | 'pinned' | 'hidden'>>> = {
  type: { width: 150 },
  name: { width: 300, pinned: true },
  shortName: { hidden: true },
  regCode: { width: 130 },
  foundedOn: { width: 120 },
  registeredBy: { hidden: true },
  status: { width: 160 },
  statusSince: { width: 110 },
  street: { width: 200 },
  communeCode: { width: 170 },
  legacyAddress: { hidden: true, width: 260 },
  sectors: { width: 220 },
  model: { hidden: true },
  charterCapital: { width: 130 },
  headName: { width: 170 },
  phone: { width: 120, hidden: true },
  email: { hidden: true },
  notes: { hidden: true, width: 260 },
};

export function orgFields(year: number): GridField[] {
  const own = ORG_FIELDS.map((spec): GridField => ({ colId: spec.key, spec, ...LAYOUT[spec.key] }));
  const figures = FIGURE_VALUE_FIELDS.map((spec): GridField => ({
    colId: FIGURE_PREFIX + spec.key,
    spec: { ...spec, label: `${spec.label} ${String(year)}` },
    target: 'figures',
    width: 140,
  }));
  return [...own, ...figures];
}

export function orgAdapter(year: number): GridAdapter {
  return {
    entity: 'organizations',
    // Figure columns change name with the year; the layout (order, widths) is one per grid.
    gridId: 'organizations',
    fields: orgFields(year),
    figureYear: year,
    defaults: { type: 'HTX', status: 'dang_hoat_dong' },
    fromServer: (r, current) => mergeOrgAnswer(r, current, year),
  };
}
