import { useEffect, useMemo, useRef, useState } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { GridApi } from 'ag-grid-community';
import type { MonitoringEntry } from '../../../src-main/contract/inspection-monitoring.ts';
import { MONITORING_LISTS, type MonitoringListName } from '../../../src-main/contract/inspection-vocab.ts';
import { client } from '../../api/client.ts';
import { useApi } from '../../api/hooks.ts';
import { downloadFile } from '../../lib/download.ts';
import { GRID_LOCALE, GRID_THEME, setupAgGrid } from '../../grid/index.ts';
import { DocumentActions } from './components.tsx';
import { readDate, showDate, todayIso } from './form-utils.ts';
import { LIST_ORDER, LIST_TEXT } from './labels.ts';
import { monitoringColumns } from './monitoring-columns.ts';
import { TaskMonitoring } from '../bcd/TaskMonitoring.tsx';

setupAgGrid();

const DEFAULT_COL = { sortable: true, resizable: true, filter: true };

/** "#/kiem-tra/giam-sat/ocopExpired" opens that list (the home page's alerts link here). */
function listFromHash(): MonitoringListName | undefined {
  const wanted = window.location.hash.replace(/^#\/?/, '').split('/')[2];
  return MONITORING_LISTS.find((n) => n === wanted);
}

/**
 * Giám sát: the monitoring lists for an as-of date. One list at a time in a grid the clerk can sort,
 * filter (column filters and a quick search) and save as CSV; the whole report prints or saves as PDF,
 * Word or Excel with every list and the counts by commune and type.
 */
export function MonitoringTab() {
  const [asOfText, setAsOfText] = useState(showDate(todayIso()));
  const [list, setList] = useState<MonitoringListName>(() => listFromHash() ?? 'notReported');
  useEffect(() => {
    const onHash = () => {
      const wanted = listFromHash();
      if (wanted) setList(wanted);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const [query, setQuery] = useState('');
  const api = useRef<GridApi<MonitoringEntry> | null>(null);
  const asOf = readDate(asOfText, 'Ngày giám sát', true);
  const iso = asOf.ok && asOf.value ? asOf.value : todayIso();
  const result = useApi('monitoring.lists', { asOf: iso }, ['inspections', 'registry', 'bcd']);
  const rows: MonitoringEntry[] = useMemo(() => (result.data ? [...result.data.lists[list]] : []), [result.data, list]);
  const columns = useMemo(() => monitoringColumns(list), [list]);
  const counts = result.data?.counts[list];
  const [fileError, setFileError] = useState<string | null>(null);
  async function saveListXlsx() {
    setFileError(null);
    const r = await client.call('monitoring.listFile', { asOf: iso, list });
    if (r.ok) downloadFile(r.value);
    else setFileError(r.error.message);
  }

  return (
    <div className="insp-monitoring">
      <div className="toolbar">
        <label className="kttt-inline">
          Tính đến ngày
          <input
            aria-label="Tính đến ngày"
            name="asOf"
            aria-invalid={!asOf.ok}
            value={asOfText}
            onChange={(e) => setAsOfText(e.target.value)}
            placeholder="dd/mm/yyyy"
          />
        </label>
        {!asOf.ok && <span className="error-text">{asOf.reason}</span>}
        {result.loading && <span className="muted">Đang tính…</span>}
      </div>
      {result.error && <p className="error-text">{result.error}</p>}
      <div className="insp-lists" role="group" aria-label="Danh sách giám sát">
        {LIST_ORDER.map((name) => (
          <button
            key={name}
            type="button"
            aria-pressed={name === list}
            className={`chip${name === list ? ' active' : ''}`}
            onClick={() => setList(name)}
            data-list={name}
          >
            {LIST_TEXT[name]} <strong>{result.data?.counts[name].total ?? '…'}</strong>
          </button>
        ))}
      </div>
      <div className="toolbar">
        <input
          className="kttt-search"
          aria-label="Tìm trong danh sách"
          placeholder="Tìm theo tên, xã…"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <button type="button" className="secondary" onClick={() => void saveListXlsx()}>
          Lưu danh sách (Excel)
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => api.current?.exportDataAsCsv({ fileName: `giam-sat-${list}-${iso}.csv` })}
        >
          Lưu danh sách (CSV)
        </button>
        {fileError && <span className="error-text">{fileError}</span>}
        {counts && (
          <span className="muted">
            {counts.total} trường hợp, {counts.organizations} tổ chức
          </span>
        )}
      </div>
      <div className="insp-grid" role="region" aria-label={LIST_TEXT[list]}>
        <AgGridReact<MonitoringEntry>
          theme={GRID_THEME}
          localeText={GRID_LOCALE}
          rowData={rows}
          columnDefs={columns}
          defaultColDef={DEFAULT_COL}
          quickFilterText={query}
          onGridReady={(e) => {
            api.current = e.api;
          }}
        />
      </div>
      {counts && counts.byCommune.length > 0 && (
        <table className="table compact insp-counts" aria-label="Số trường hợp theo xã, phường">
          <thead>
            <tr>
              <th>Xã, phường</th>
              <th className="num">HTX</th>
              <th className="num">LHHTX</th>
              <th className="num">QTDND</th>
              <th className="num">THT</th>
              <th className="num">Tổng</th>
            </tr>
          </thead>
          <tbody>
            {counts.byCommune.map((c) => (
              <tr key={c.communeCode ?? ''}>
                <td>{c.commune}</td>
                <td className="num">{c.byType.HTX}</td>
                <td className="num">{c.byType.LHHTX}</td>
                <td className="num">{c.byType.QTDND}</td>
                <td className="num">{c.byType.THT}</td>
                <td className="num">{c.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <TaskMonitoring result={result.data} />
      <DocumentActions request={{ kind: 'monitoring', asOf: iso }} label="báo cáo giám sát" />
    </div>
  );
}
