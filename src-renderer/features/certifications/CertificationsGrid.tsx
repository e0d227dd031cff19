import { useCallback } from 'react';
import { CERT_FIELDS } from '../../../src-main/contract/fields.ts';
import type { CertRow } from '../../../src-main/contract/index.ts';
import { client } from '../../api/client.ts';
import {
  certCells,
  gridServices,
  isCertRow,
  keyOfId,
  RegistryGrid,
  useRegistrySource,
  type GridAdapter,
  type GridField,
  type GridRow,
} from '../../grid/index.ts';

const WIDTH: Record<string, number> = { organizationId: 300, kind: 160, product: 220, number: 150, issuer: 200, notes: 240 };

const ADAPTER: GridAdapter = {
  entity: 'certifications',
  gridId: 'certifications',
  fields: CERT_FIELDS.map((spec): GridField => ({ colId: spec.key, spec, width: WIDTH[spec.key], pinned: spec.key === 'organizationId' })),
  fromServer: (r, current) => (isCertRow(r) ? { key: current?.key ?? keyOfId(r.id), id: r.id, cells: certCells(r) } : null),
};

function toRow(c: CertRow): GridRow {
  gridServices().orgs.addSeen(c.organizationId, c.organizationName);
  return { key: keyOfId(c.id), id: c.id, cells: certCells(c) };
}

const load = () => client.call('registry.listCertifications', {});

/** Certifications (VietGAP, hữu cơ, ATTP…) held by registered organizations. */
export function CertificationsGrid() {
  const source = useRegistrySource('certifications', useCallback(load, []), toRow);
  return <RegistryGrid adapter={ADAPTER} label="Chứng nhận" rows={source.rows} loadError={source.error} onApply={source.apply} />;
}
