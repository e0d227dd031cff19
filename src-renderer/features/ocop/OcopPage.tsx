import { useState } from 'react';
import { OCOP_FIELDS, type FieldSpec } from '../../../src-main/contract/fields.ts';
import type { OcopRow } from '../../../src-main/contract/index.ts';
import { client } from '../../api/client.ts';
import { BinPageHead } from '../../components/BinPageHead.tsx';
import {
  gridServices,
  isOcopRow,
  keyOfId,
  ocopCells,
  RegistryGrid,
  useRegistrySource,
  type GridAdapter,
  type GridField,
  type GridRow,
} from '../../grid/index.ts';
import { CertificationsGrid } from '../certifications/CertificationsGrid.tsx';

/** Computed by the core from the decision date or year (36 months); shown, not typed. */
const VALID_UNTIL: FieldSpec = { key: 'validUntil', label: 'Hiệu lực đến', kind: 'date', readOnly: true };

const WIDTH: Record<string, number> = { name: 260, organizationId: 260, externalOwnerName: 220, stars: 90, productGroup: 200, notes: 240 };

const ADAPTER: GridAdapter = {
  entity: 'ocop',
  gridId: 'ocop',
  fields: [...OCOP_FIELDS, VALID_UNTIL].map((spec): GridField => ({
    colId: spec.key,
    spec,
    width: WIDTH[spec.key],
    pinned: spec.key === 'name',
  })),
  fromServer: (r, current) => (isOcopRow(r) ? { key: current?.key ?? keyOfId(r.id), id: r.id, cells: ocopCells(r) } : null),
};

function toRow(p: OcopRow): GridRow {
  if (p.organizationId !== null) gridServices().orgs.addSeen(p.organizationId, p.ownerName);
  return { key: keyOfId(p.id), id: p.id, cells: ocopCells(p) };
}

const load = () => client.call('registry.listOcop', {});

function OcopGrid() {
  const source = useRegistrySource('ocop', load, toRow);
  return <RegistryGrid adapter={ADAPTER} label="Sản phẩm OCOP" rows={source.rows} loadError={source.error} onApply={source.apply} />;
}

type Tab = 'ocop' | 'certifications';

/** OCOP products and the certifications of organizations, on two tabs of one section. */
export function OcopPage() {
  const [tab, setTab] = useState<Tab>('ocop');
  return (
    <div className="kttt-page">
      <BinPageHead title="Sản phẩm OCOP & chứng nhận" binEntities={['ocop', 'certifications']} />
      <div className="kttt-tabs" role="tablist" aria-label="Sản phẩm OCOP và chứng nhận">
        <button type="button" role="tab" aria-selected={tab === 'ocop'} onClick={() => setTab('ocop')}>
          Sản phẩm OCOP
        </button>
        <button type="button" role="tab" aria-selected={tab === 'certifications'} onClick={() => setTab('certifications')}>
          Chứng nhận (VietGAP, hữu cơ…)
        </button>
      </div>
      <div role="tabpanel" className="kttt-page" style={{ minHeight: 0 }}>
        {tab === 'ocop' ? <OcopGrid /> : <CertificationsGrid />}
      </div>
    </div>
  );
}
