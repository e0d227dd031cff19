import { useMemo, useState } from 'react';
import type { ColDef } from 'ag-grid-community';
import type { FundAgingRow, FundDueRow } from '../../../src-main/contract/fund-dto.ts';
import { useApi } from '../../api/hooks.ts';
import { ReadOnlyGrid } from '../../grid/index.ts';
import { readDate, showDate, todayIso } from '../inspections/form-utils.ts';
import { dateCol, moneyCol } from './common.tsx';

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
      </div>
      {error && <p className="error-text">{error}</p>}
      {kind === 'overdue' ? (
        <ReadOnlyGrid<FundAgingRow>
          label="Khoản vay quá hạn"
          rows={agingRows}
          columns={AGING_COLUMNS}
          quickFilter={query}
          csvName={`quy-htpt-qua-han-${iso}`}
          onOpen={(r) => onOpen(r.loanId)}
        />
      ) : (
        <ReadOnlyGrid<FundDueRow>
          label="Kỳ trả nợ đến hạn trong 30 ngày"
          rows={due.data ?? []}
          columns={DUE_COLUMNS}
          quickFilter={query}
          csvName={`quy-htpt-den-han-${iso}`}
          onOpen={(r) => onOpen(r.loanId)}
        />
      )}
      <p className="muted">
        Nhấp đúp một dòng (hoặc Enter) để mở khoản vay. Kéo chuột hoặc Shift+mũi tên để chọn vùng, Ctrl+C để chép sang Excel.
      </p>
    </div>
  );
}
