import type { FieldSpec, Option } from '../../../src-main/contract/fields.ts';
import { FUNDING_SOURCE_LABEL, SUPPORT_KIND_LABEL } from '../../../src-main/contract/bcd-vocab.ts';
import { RegistryGrid, type GridAdapter, type GridField } from '../../grid/index.ts';
import { useMemo } from 'react';
import { useListSource } from './list-source.ts';
import { linkageIo, supportIo } from './support-source.ts';

const options = (labels: Record<string, string>): Option[] => Object.entries(labels).map(([value, label]) => ({ value, label }));

/** What an import read in the cells it could not take: shown beside the organization until the clerk fixes them. */
const IMPORTED_AS: FieldSpec = { key: 'importedAs', label: 'Ghi trong tệp nhập (cần xem lại)', kind: 'text', readOnly: true };

const SUPPORT_FIELDS: readonly FieldSpec[] = [
  { key: 'organizationId', label: 'Tổ chức được hỗ trợ', kind: 'organization', required: true },
  IMPORTED_AS,
  { key: 'policy', label: 'Chính sách, chương trình', kind: 'text', required: true, maxLength: 500 },
  { key: 'decision', label: 'Quyết định', kind: 'text', maxLength: 200 },
  { key: 'grantedOn', label: 'Ngày hỗ trợ', kind: 'date', required: true },
  { key: 'kind', label: 'Nội dung hỗ trợ', kind: 'enum', required: true, options: options(SUPPORT_KIND_LABEL) },
  { key: 'amount', label: 'Kinh phí', kind: 'money' },
  { key: 'source', label: 'Nguồn kinh phí', kind: 'enum', options: options(FUNDING_SOURCE_LABEL) },
  { key: 'note', label: 'Ghi chú', kind: 'text', maxLength: 2000 },
];

const LINKAGE_FIELDS: readonly FieldSpec[] = [
  { key: 'organizationId', label: 'Tổ chức KTTT', kind: 'organization', required: true },
  IMPORTED_AS,
  { key: 'partner', label: 'Doanh nghiệp liên kết', kind: 'text', required: true, maxLength: 300 },
  { key: 'product', label: 'Sản phẩm', kind: 'text', maxLength: 300 },
  { key: 'value', label: 'Giá trị hợp đồng', kind: 'money' },
  { key: 'signedOn', label: 'Ngày ký', kind: 'date', required: true },
  { key: 'endsOn', label: 'Ngày hết hạn', kind: 'date' },
  { key: 'note', label: 'Ghi chú', kind: 'text', maxLength: 2000 },
];

const WIDTH: Readonly<Record<string, number>> = {
  organizationId: 280,
  policy: 240,
  partner: 240,
  product: 180,
  kind: 190,
  source: 190,
  note: 200,
  importedAs: 220,
};

/** The grid fills its section: AG Grid needs a box of known height, which a tab of several lists does not give. */
const GRID_BOX = { display: 'flex', flexDirection: 'column', height: 520 } as const;

function fieldsOf(specs: readonly FieldSpec[]): GridField[] {
  return specs.map((spec) => ({ colId: spec.key, spec, width: WIDTH[spec.key], pinned: spec.key === 'organizationId' }));
}

// The rows come from support-source.ts, never from a registry answer: fromServer has nothing to take.
const SUPPORT_ADAPTER: GridAdapter = { entity: 'support', gridId: 'bcd-support', fields: fieldsOf(SUPPORT_FIELDS), fromServer: () => null };
const LINKAGE_ADAPTER: GridAdapter = {
  entity: 'linkages',
  gridId: 'bcd-linkages',
  fields: fieldsOf(LINKAGE_FIELDS),
  fromServer: () => null,
};

/** Support given in the year, as a grid: typed, pasted from Excel, undone, deleted with confirmation. */
export function SupportGrid({ year }: { year: number }) {
  const source = useListSource(useMemo(() => supportIo(year), [year]));
  return (
    <section className="bcd-grid" style={GRID_BOX} aria-label={`Hỗ trợ tổ chức KTTT năm ${year}`}>
      <h2>Hỗ trợ tổ chức KTTT năm {year}</h2>
      <p className="muted">Các khoản nhập từ bảng tính còn thiếu ngày được hiện ở mọi năm cho đến khi có ngày.</p>
      <RegistryGrid
        adapter={SUPPORT_ADAPTER}
        label="Hỗ trợ tổ chức KTTT"
        rows={source.rows}
        loadError={source.error}
        onApply={source.apply}
      />
    </section>
  );
}

export function LinkagesGrid({ year }: { year: number }) {
  const source = useListSource(useMemo(() => linkageIo(year), [year]));
  return (
    <section className="bcd-grid" style={GRID_BOX} aria-label={`Hợp đồng liên kết năm ${year}`}>
      <h2>Hợp đồng liên kết năm {year}</h2>
      <RegistryGrid
        adapter={LINKAGE_ADAPTER}
        label="Hợp đồng liên kết"
        rows={source.rows}
        loadError={source.error}
        onApply={source.apply}
      />
    </section>
  );
}
