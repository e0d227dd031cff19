import { useMemo, useRef, useState } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { ColDef, GridApi } from 'ag-grid-community';
import {
  RECEIPT_CHANNELS,
  RECEIPT_CHANNEL_LABEL,
  type CollectionPeriod,
  type ReceiptChannel,
  type ReceiptRow,
} from '../../../src-main/contract/collection.ts';
import { ORG_TYPE_LABEL, type OrgType } from '../../../src-main/contract/vocab.ts';
import { formatNumber } from '../../../src-main/shared/vn-number.ts';
import { client } from '../../api/client.ts';
import { useApi } from '../../api/hooks.ts';
import { GRID_LOCALE, GRID_THEME, setupAgGrid } from '../../grid/index.ts';
import { downloadFile } from '../../lib/download.ts';
import { showDate } from '../../lib/format.ts';
import { NoticeLine, type Notice } from '../../lib/notice.tsx';
import { readDate, todayIso } from '../inspections/form-utils.ts';

setupAgGrid();

const COLUMNS: ColDef<ReceiptRow>[] = [
  { headerName: 'Tên tổ chức', field: 'name', flex: 2 },
  { headerName: 'Loại hình', valueGetter: (p) => (p.data ? (ORG_TYPE_LABEL[p.data.type as OrgType] ?? p.data.type) : ''), width: 150 },
  { headerName: 'Xã, phường', field: 'communeName', width: 170 },
  { headerName: 'Đã báo cáo', valueGetter: (p) => (p.data?.received ? 'Đã nhận' : 'Chưa'), width: 110 },
  { headerName: 'Ngày nhận', valueGetter: (p) => showDate(p.data?.receivedOn), width: 110 },
  { headerName: 'Hình thức', valueGetter: (p) => (p.data?.channel ? RECEIPT_CHANNEL_LABEL[p.data.channel] : ''), width: 170 },
  { headerName: 'Người nhập', field: 'enteredBy', width: 120 },
  { headerName: 'Ghi chú', field: 'note', flex: 1 },
];

const SELECTION = { mode: 'multiRow', selectAll: 'filtered' } as const;

interface FilterProps {
  communes: [string, string][];
  commune: string;
  onCommune(code: string): void;
  missingOnly: boolean;
  onMissingOnly(v: boolean): void;
  query: string;
  onQuery(q: string): void;
}

function RegisterFilters({ communes, commune, onCommune, missingOnly, onMissingOnly, query, onQuery }: FilterProps) {
  return (
    <div className="toolbar">
      <label className="kttt-inline">
        Xã, phường
        <select aria-label="Xã, phường" value={commune} onChange={(e) => onCommune(e.target.value)}>
          <option value="">Tất cả</option>
          {communes.map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <label className="kttt-inline">
        <input type="checkbox" checked={missingOnly} onChange={(e) => onMissingOnly(e.target.checked)} /> Chỉ tổ chức chưa báo cáo
      </label>
      <input
        className="kttt-search"
        aria-label="Tìm trong sổ"
        placeholder="Tìm theo tên…"
        value={query}
        onChange={(e) => onQuery(e.target.value)}
      />
    </div>
  );
}

const DEFAULT_COL = { sortable: true, resizable: true, filter: true };

function RegisterGrid({ rows, query, onReady }: { rows: ReceiptRow[]; query: string; onReady(api: GridApi<ReceiptRow>): void }) {
  return (
    <div className="insp-grid" role="region" aria-label="Danh sách tổ chức phải báo cáo" style={{ height: 420 }}>
      <AgGridReact<ReceiptRow>
        theme={GRID_THEME}
        localeText={GRID_LOCALE}
        rowData={rows}
        columnDefs={COLUMNS}
        defaultColDef={DEFAULT_COL}
        rowSelection={SELECTION}
        quickFilterText={query}
        getRowId={(p) => String(p.data.organizationId)}
        onGridReady={(e) => onReady(e.api)}
      />
    </div>
  );
}

function RegisterCounts({ expected, received }: { expected: number; received: number }) {
  return (
    <p data-testid="register-counts">
      Đã nhận <strong>{formatNumber(received)}</strong>/{formatNumber(expected)} tổ chức; chưa báo cáo{' '}
      <strong>{formatNumber(expected - received)}</strong>.
    </p>
  );
}

/** The công văn to the commune chosen above: the request, or the reminder listing who has not reported. */
function LetterBar({ onLetter }: { onLetter(kind: 'request' | 'reminder', format: 'docx' | 'pdf'): void }) {
  return (
    <div className="toolbar">
      <span className="muted">Công văn gửi xã, phường đã chọn:</span>
      <button type="button" className="secondary" onClick={() => onLetter('request', 'docx')}>
        Công văn đề nghị báo cáo (Word)
      </button>
      <button type="button" className="secondary" onClick={() => onLetter('reminder', 'docx')}>
        Công văn đôn đốc (Word)
      </button>
      <button type="button" className="secondary" onClick={() => onLetter('reminder', 'pdf')}>
        Công văn đôn đốc (PDF)
      </button>
    </div>
  );
}

/** The communes the register names (for the filter), and its rows as filtered. */
function useRegisterRows(all: ReceiptRow[] | undefined, missingOnly: boolean, commune: string) {
  const communes = useMemo(() => {
    const seen = new Map<string, string>();
    for (const r of all ?? []) if (r.communeCode) seen.set(r.communeCode, r.communeName);
    return [...seen].sort((a, b) => a[1].localeCompare(b[1], 'vi'));
  }, [all]);
  const rows = useMemo(
    () => (all ?? []).filter((r) => (!missingOnly || !r.received) && (commune === '' || r.communeCode === commune)),
    [all, missingOnly, commune],
  );

  return { communes, rows };
}

/**
 * Sổ theo dõi báo cáo: who has reported for the year and period, who has not; marks by hand a report that
 * came on paper, by email or through the national system; prints the reminder letter to a commune.
 */
export function ReceiptRegisterPanel({ year, period }: { year: number; period: CollectionPeriod }) {
  const [missingOnly, setMissingOnly] = useState(false);
  const [commune, setCommune] = useState('');
  const [query, setQuery] = useState('');
  const [dateText, setDateText] = useState(showDate(todayIso()));
  const [channel, setChannel] = useState<ReceiptChannel>('paper');
  const [notice, setNotice] = useState<Notice>(null);
  const api = useRef<GridApi<ReceiptRow> | null>(null);
  const register = useApi('collection.register', { year, period }, ['collection', 'registry', 'imports']);
  const { communes, rows } = useRegisterRows(register.data?.rows, missingOnly, commune);

  async function mark(received: boolean) {
    const selected = api.current?.getSelectedRows() ?? [];
    if (selected.length === 0) return setNotice({ kind: 'error', text: 'Hãy chọn các tổ chức trong danh sách trước.' });
    const date = readDate(dateText, 'Ngày nhận', true);
    if (!date.ok) return setNotice({ kind: 'error', text: date.reason });
    for (const r of selected) {
      const res = await client.call('collection.setReceipt', {
        organizationId: r.organizationId,
        year,
        period,
        receivedOn: received ? date.value : null,
        channel,
      });
      if (!res.ok) return setNotice({ kind: 'error', text: `${r.name}: ${res.error.message}` });
    }
    setNotice({ kind: 'ok', text: `Đã ${received ? 'ghi nhận' : 'bỏ ghi nhận'} báo cáo của ${formatNumber(selected.length)} tổ chức.` });
    register.reload();
  }

  async function letter(kind: 'request' | 'reminder', format: 'docx' | 'pdf') {
    if (!commune) return setNotice({ kind: 'error', text: 'Hãy chọn một xã, phường để in công văn.' });
    const r = await client.call('collection.letter', { kind, year, period, communeCode: commune, format });
    if (!r.ok) return setNotice({ kind: 'error', text: r.error.message });
    downloadFile(r.value);
  }

  const d = register.data;
  return (
    <section className="panel" aria-label="Sổ theo dõi báo cáo">
      <h3>Sổ theo dõi báo cáo</h3>
      {d && <RegisterCounts expected={d.expected} received={d.received} />}
      {register.error && <p className="error-text">{register.error}</p>}
      <RegisterFilters
        communes={communes}
        commune={commune}
        onCommune={setCommune}
        missingOnly={missingOnly}
        onMissingOnly={setMissingOnly}
        query={query}
        onQuery={setQuery}
      />
      <div className="toolbar">
        <label className="kttt-inline">
          Ngày nhận
          <input aria-label="Ngày nhận" value={dateText} onChange={(e) => setDateText(e.target.value)} placeholder="dd/mm/yyyy" />
        </label>
        <label className="kttt-inline">
          Hình thức
          <select aria-label="Hình thức" value={channel} onChange={(e) => setChannel(e.target.value as ReceiptChannel)}>
            {RECEIPT_CHANNELS.filter((c) => c !== 'template').map((c) => (
              <option key={c} value={c}>
                {RECEIPT_CHANNEL_LABEL[c]}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => void mark(true)}>
          Ghi nhận đã báo cáo
        </button>
        <button type="button" className="secondary" onClick={() => void mark(false)}>
          Bỏ ghi nhận
        </button>
        <NoticeLine notice={notice} />
      </div>
      <RegisterGrid rows={rows} query={query} onReady={(a) => (api.current = a)} />
      <LetterBar onLetter={(kind, format) => void letter(kind, format)} />
    </section>
  );
}
