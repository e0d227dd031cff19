import { useCallback, useMemo } from 'react';
import { FIGURE_FIELDS, type CellValue, type FieldSpec } from '../../../src-main/contract/fields.ts';
import type { FigureRow, FigureSheetOrg, Result } from '../../../src-main/contract/index.ts';
import { FIGURE_PERIOD_LABEL, ORG_TYPE_LABEL, type FigurePeriod } from '../../../src-main/contract/vocab.ts';
import { client } from '../../api/client.ts';
import {
  figureCells,
  gridServices,
  isFigureRow,
  keyOfId,
  RegistryGrid,
  useRegistrySource,
  YearSelect,
  type GridAdapter,
  type GridField,
  type GridRow,
} from '../../grid/index.ts';
import { BinPageHead } from '../../components/BinPageHead.tsx';
import { useWorkingYear } from '../../lib/working-year.ts';

/** Shown beside the organization, not edited here (it belongs to the organization). */
const ORG_TYPE_SPEC: FieldSpec = {
  key: 'organizationType',
  label: 'Loại hình',
  kind: 'enum',
  readOnly: true,
  options: Object.entries(ORG_TYPE_LABEL).map(([value, label]) => ({ value, label })),
};

const WIDTH: Record<string, number> = { organizationId: 300, year: 80, period: 140, organizationType: 150 };

const FIELDS: GridField[] = [
  ...FIGURE_FIELDS.slice(0, 1).map((spec) => ({ colId: spec.key, spec, width: WIDTH[spec.key], pinned: true })),
  { colId: ORG_TYPE_SPEC.key, spec: ORG_TYPE_SPEC, width: WIDTH.organizationType },
  ...FIGURE_FIELDS.slice(1).map((spec) => ({ colId: spec.key, spec, width: WIDTH[spec.key] })),
];

/** A row of the sheet: figures already entered, or an active organization's empty row waiting for them. */
type SheetItem = FigureRow | (FigureSheetOrg & { empty: true; year: number });

function toRow(f: SheetItem): GridRow {
  gridServices().orgs.addSeen(f.organizationId, f.organizationName);
  if ('empty' in f) {
    // Not saved until a figure is typed or pasted: then it is created like a new row; blank stays blank.
    const cells = { organizationId: f.organizationId, organizationType: f.organizationType, year: f.year, period: 'Y' };
    return { key: `sheet:${String(f.year)}:${String(f.organizationId)}`, id: null, cells };
  }
  return { key: keyOfId(f.id), id: f.id, cells: figureCells(f) };
}

/** The year's figures and, after them, an empty row for every organization active that year without any. */
async function loadSheet(year: number): Promise<Result<SheetItem[]>> {
  const [figures, empty] = await Promise.all([
    client.call('registry.listFigures', { year }),
    client.call('registry.figureSheet', { year }),
  ]);
  if (!figures.ok) return figures;
  if (!empty.ok) return empty;
  return { ok: true, value: [...figures.value, ...empty.value.map((e) => ({ ...e, empty: true as const, year }))] };
}

/**
 * The row an organization already has in the sheet (empty or filled) for the year and period of `row`, when
 * the clerk picks that organization on another row: one row per organization, year and period.
 */
function sameOrganizationRow(
  row: GridRow,
  colId: string,
  value: CellValue,
  rows: Iterable<GridRow>,
  pageYear: number,
): { row: GridRow; message: string } | null {
  if (colId !== 'organizationId' || typeof value !== 'number') return null;
  const year = row.cells.year ?? pageYear;
  const period = row.cells.period ?? 'Y';
  for (const other of rows) {
    if (other.key === row.key) continue;
    const c = other.cells;
    if (c.organizationId !== value || c.year !== year || (c.period ?? 'Y') !== period) continue;
    const name = gridServices().orgs.name(value) ?? 'Tổ chức này';
    const periodText = period === 'Y' ? '' : ` (${FIGURE_PERIOD_LABEL[period as FigurePeriod] ?? String(period)})`;
    return {
      row: other,
      message: `“${name}” đã có dòng trong số liệu năm ${String(year)}${periodText}: đã chuyển đến dòng đó, không thêm dòng trùng.`,
    };
  }
  return null;
}

/** Yearly figures of every organization, one row per organization, year and period. */
export function FiguresPage() {
  const { year, setYear } = useWorkingYear();
  if (year === undefined) return <p className="muted">Đang mở…</p>;
  return <FiguresOfYear year={year} setYear={setYear} />;
}

function FiguresOfYear({ year, setYear }: { year: number; setYear(year: number): void }) {
  const adapter = useMemo<GridAdapter>(
    () => ({
      entity: 'figures',
      gridId: 'figures',
      fields: FIELDS,
      defaults: { period: 'Y', year },
      fromServer: (r, current) => (isFigureRow(r) ? { key: current?.key ?? keyOfId(r.id), id: r.id, cells: figureCells(r) } : null),
      existingRowFor: (row, colId, value, rows) => sameOrganizationRow(row, colId, value, rows, year),
    }),
    [year],
  );
  // One year at a time: every year of 50,000 organizations would be half a million rows.
  const load = useCallback(() => loadSheet(year), [year]);
  const source = useRegistrySource(`figures:${String(year)}`, load, toRow);

  return (
    <div className="kttt-page">
      <BinPageHead
        title="Số liệu hằng năm"
        hint="Mỗi tổ chức đang hoạt động trong năm có một dòng: gõ hoặc dán cột số liệu từ Excel. Ô để trống là chưa có số liệu, khác với số 0."
        binEntities={['figures']}
      />
      <RegistryGrid
        adapter={adapter}
        label="Số liệu hằng năm"
        rows={source.rows}
        loadError={source.error}
        onApply={source.apply}
        toolbarExtra={<YearSelect label="Năm" ariaLabel="Lọc theo năm" value={year} onChange={setYear} />}
      />
    </div>
  );
}
