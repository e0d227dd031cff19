import { useCallback, useMemo, useState } from 'react';
import { BinPageHead } from '../../components/BinPageHead.tsx';
import { gridServices, RegistryGrid, useRegistrySource, YearSelect, type GridRow } from '../../grid/index.ts';
import { OrgDetailPanel } from './OrgDetailPanel.tsx';
import { orgAdapter, orgRowsFor } from './orgColumns.ts';
import { loadOrganizations } from './prefetch.ts';
import { useWorkingYear } from '../../lib/working-year.ts';

/** Organizations with the chosen year's figures, the detail panel and the recycle bin. */
export function OrganizationsPage() {
  const { year, setYear } = useWorkingYear();
  // The moment before the core says which year has figures: loading another year would be thrown away.
  if (year === undefined) return <p className="muted">Đang mở…</p>;
  return <OrganizationsOfYear year={year} setYear={setYear} />;
}

function OrganizationsOfYear({ year, setYear }: { year: number; setYear(year: number): void }) {
  const services = gridServices();
  const [detailId, setDetailId] = useState<number | null>(null);
  const adapter = useMemo(() => orgAdapter(year), [year]);
  const toRow = useMemo(() => orgRowsFor(services), [services]);
  const load = useCallback(async () => {
    const r = await loadOrganizations(year);
    // The organization pickers of the other grids can use this list instead of loading it again;
    // after the first screen is drawn, not before.
    if (r.ok) {
      setTimeout(() => {
        services.orgs.setAll(r.value.map((o) => ({ id: o.id, name: o.name, regCode: o.regCode, type: o.type })));
        services.orgsLoaded();
      }, 500);
    }
    return r;
  }, [year, services]);
  const source = useRegistrySource(`organizations:${String(year)}`, load, toRow);
  const onOpen = useCallback((row: GridRow) => {
    if (row.id !== null) setDetailId(row.id);
  }, []);

  return (
    <div className="kttt-page">
      <BinPageHead
        title="Tổ chức kinh tế tập thể"
        hint="Bấm đúp vào số thứ tự để xem lịch sử một tổ chức."
        binEntities={['organizations']}
      />
      <div className="kttt-split">
        <RegistryGrid
          adapter={adapter}
          label="Tổ chức KTTT"
          rows={source.rows}
          loadError={source.error}
          onApply={source.apply}
          onOpenRow={onOpen}
          toolbarExtra={<YearSelect label="Số liệu năm" ariaLabel="Năm của số liệu" value={year} onChange={setYear} />}
        />
        {detailId !== null && <OrgDetailPanel id={detailId} onClose={() => setDetailId(null)} />}
      </div>
    </div>
  );
}
