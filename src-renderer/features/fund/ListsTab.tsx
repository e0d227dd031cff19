import { useMemo, useRef, useState } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { ColDef, GridApi } from 'ag-grid-community';
import type { FundAgingRow, FundDueRow } from '../../../src-main/contract/fund-dto.ts';
import { useApi } from '../../api/hooks.ts';
import { GRID_LOCALE, GRID_THEME, setupAgGrid } from '../../grid/index.ts';
import { readDate, showDate, todayIso } from '../inspections/form-utils.ts';
import { dateCol, DEFAULT_COL, moneyCol } from './common.tsx';

setupAgGrid();

const AGING_COLUMNS: ColDef<FundAgingRow>[] = [
  { field: 'contractNo', headerName: 'Số HĐ', width: 110, valueGetter: (p) => p.data?.contractNo ?? p.data?.code },
  { field: 'borrowerName', headerName: 'Người vay', flex: 1, minWidth: 220 },
  { headerName: 'Xã, phường', valueGetter: (p) => p.data?.organization.commune ?? '', width: 160 },
  moneyCol('principalOutstanding', 'Dư nợ'),
  moneyCol('principalOverdue', 'Gốc quá hạn'),
  moneyCol('interestOverdue', 'Lãi quá hạn'),
  dateCol('overdueSince', 'Quá hạn từ'),
  { field: 'daysOverdue', headerName: 'Số ngày', width: 95, type: 'rightAligned', filter: 'agNumberColumnFilter' },
  { field: 'group', headerName: 'Nhóm nợ', width: 95, type: 'rightAligned' },
];

const DUE_COLUMNS: ColDef<FundDueRow>[] = [
  dateCol('dueOn', 'Ngày đến hạn'),
  { field: 'contractNo', headerName: 'Số HĐ', width: 110, valueGetter: (p) => p.data?.contractNo ?? p.data?.code },
  { field: 'borrowerName', headerName: 'Người vay', flex: 1, minWidth: 220 },
  moneyCol('principal', 'Gốc'),
  moneyCol('interest', 'Lãi (dự tính)'),
];

/** "Quá hạn" (the aging of every loan, overdue first) or "Đến hạn" (instalments in the next 30 days), on a date. */
export function ListsTab({ kind, onOpen }: { kind: 'overdue' | 'due'; onOpen(loanId: number): void }) {
  const [asOfText, setAsOfText] = useState(showDate(todayIso()));
  const [query, setQuery] = useState('');
  const [overdueOnly, setOverdueOnly] = useState(true);
  const api = useRef<GridApi | null>(null);
  const asOf = readDate(asOfText, 'Tính đến ngày', true);
  const iso = asOf.ok && asOf.value ? asOf.value : todayIso();
  const aging = useApi('fund.aging', { asOf: iso }, ['fund', 'registry']);
  const due = useApi('fund.dueSoon', { asOf: iso, days: 30 }, ['fund', 'registry']);
  const agingRows = useMemo(() => (aging.data ?? []).filter((r) => !overdueOnly || r.daysOverdue > 0), [aging.data, overdueOnly]);
  const error = kind === 'overdue' ? aging.error : due.error;
  return (
    <div>
      <div className="toolbar">
        <label className="kttt-inline">
          Tính đến ngày
          <input
            aria-label="Tính đến ngày"
            aria-invalid={!asOf.ok}
            value={asOfText}
            onChange={(e) => setAsOfText(e.target.value)}
            placeholder="dd/mm/yyyy"
          />
        </label>
        {!asOf.ok && <span className="error-text">{asOf.reason}</span>}
        <input
          className="kttt-search"
          aria-label="Tìm trong danh sách"
          placeholder="Tìm theo tên, số hợp đồng…"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        {kind === 'overdue' && (
          <label className="kttt-inline">
            <input type="checkbox" checked={overdueOnly} onChange={(e) => setOverdueOnly(e.target.checked)} /> Chỉ khoản vay quá hạn
          </label>
        )}
        <button
          type="button"
          className="secondary"
          onClick={() => api.current?.exportDataAsCsv({ fileName: `quy-htpt-${kind === 'overdue' ? 'qua-han' : 'den-han'}-${iso}.csv` })}
        >
          Lưu danh sách (CSV)
        </button>
      </div>
      {error && <p className="error-text">{error}</p>}
      <div className="insp-grid" role="region" aria-label={kind === 'overdue' ? 'Khoản vay quá hạn' : 'Kỳ trả nợ đến hạn trong 30 ngày'}>
        {kind === 'overdue' ? (
          <AgGridReact<FundAgingRow>
            theme={GRID_THEME}
            localeText={GRID_LOCALE}
            rowData={agingRows}
            columnDefs={AGING_COLUMNS}
            defaultColDef={DEFAULT_COL}
            quickFilterText={query}
            onRowDoubleClicked={(e) => e.data && onOpen(e.data.loanId)}
            onGridReady={(e) => {
              api.current = e.api as GridApi;
            }}
          />
        ) : (
          <AgGridReact<FundDueRow>
            theme={GRID_THEME}
            localeText={GRID_LOCALE}
            rowData={due.data ?? []}
            columnDefs={DUE_COLUMNS}
            defaultColDef={DEFAULT_COL}
            quickFilterText={query}
            onRowDoubleClicked={(e) => e.data && onOpen(e.data.loanId)}
            onGridReady={(e) => {
              api.current = e.api as GridApi;
            }}
          />
        )}
      </div>
      <p className="muted">Nhấp đúp một dòng để mở khoản vay.</p>
    </div>
  );
}
