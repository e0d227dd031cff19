import { useCallback, useMemo, useState } from 'react';
import type { Result } from '../../../src-main/contract/index.ts';
import { BinPageHead } from '../../components/BinPageHead.tsx';
import { gridServices, orgEntriesOf, orgGridRows, RegistryGrid, useRegistrySource, YearSelect, type GridRow } from '../../grid/index.ts';
import { OrgDetailPanel } from './OrgDetailPanel.tsx';
import { orgAdapter } from './orgColumns.ts';
import { loadOrganizations } from './prefetch.ts';
import { useWorkingYear } from '../../lib/working-year.ts';

const sameRow = (row: GridRow): GridRow => row;

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
  const load = useCallback(async (): Promise<Result<GridRow[]>> => {
    const r = await loadOrganizations(year);
    if (!r.ok) return r;
    for (const [code, name] of Object.entries(r.value.communeNames)) services.communes.addSeen(code, name);
    // The organization pickers of the other grids can use this list instead of loading it again: made
    // into their directory when one of them first asks, not while this page opens and is searched.
    const list = r.value;
    services.orgs.setAllLater(() => orgEntriesOf(list));
    services.orgsLoaded();
    return { ok: true, value: orgGridRows(list) };
  }, [year, services]);
  const source = useRegistrySource(`organizations:${String(year)}`, load, sameRow);
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
