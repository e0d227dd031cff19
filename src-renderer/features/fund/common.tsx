import { useRef, useState } from 'react';
import type { ColDef, ValueFormatterParams } from 'ag-grid-community';
import type { FundDocumentRequest } from '../../../src-main/contract/fund.ts';
import type { ReportFormatDto } from '../../../src-main/contract/reports.ts';
import { formatNumber } from '../../../src-main/shared/index.ts';
import { client } from '../../api/client.ts';
import { ExportButtons } from '../../lib/ExportButtons.tsx';
import { showDate } from '../../lib/format.ts';
import { NoticeLine, type Notice } from '../../lib/notice.tsx';

/** Money columns: right-aligned, "1.580.000", summed by the clerk's filter like the registry's grids. */
export function moneyCol<T>(field: string, headerName: string, width = 140): ColDef<T> {
  return {
    field: field as ColDef<T>['field'],
    headerName,
    width,
    type: 'rightAligned',
    filter: 'agNumberColumnFilter',
    valueFormatter: (p: ValueFormatterParams<T>) => (typeof p.value === 'number' ? formatNumber(p.value) : ''),
  };
}

export function dateCol<T>(field: string, headerName: string, width = 115): ColDef<T> {
  return {
    field: field as ColDef<T>['field'],
    headerName,
    width,
    valueFormatter: (p: ValueFormatterParams<T>) => (typeof p.value === 'string' ? showDate(p.value) : ''),
    comparator: (a: string | null, b: string | null) => (a ?? '').localeCompare(b ?? ''),
  };
}

export const money = (n: number | null | undefined): string => (typeof n === 'number' ? `${formatNumber(n)} đồng` : '');

const EXPORTS: readonly ReportFormatDto[] = ['pdf', 'docx', 'xlsx', 'json'];

/** Preview, print and save one of the fund's printouts; the core renders it through the report engine. */
export function FundDocumentActions({ request, label }: { request: FundDocumentRequest; label: string }) {
  const [html, setHtml] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const frame = useRef<HTMLIFrameElement>(null);
  async function preview() {
    const r = await client.call('fund.documentHtml', request);
    if (r.ok) setHtml(r.value.html);
    else setNotice({ kind: 'error', text: r.error.message });
  }
  return (
    <div className="insp-doc">
      <div className="toolbar" role="group" aria-label={`In ${label}`}>
        <button type="button" className="secondary" onClick={() => void preview()}>
          Xem bản in {label}
        </button>
        {html && (
          <button type="button" className="secondary" onClick={() => frame.current?.contentWindow?.print()}>
            In…
          </button>
        )}
        <ExportButtons formats={EXPORTS} make={(format) => client.call('fund.documentFile', { document: request, format })} />
        {html && (
          <button type="button" className="secondary" onClick={() => setHtml(null)}>
            Đóng bản in
          </button>
        )}
        <NoticeLine notice={notice} />
      </div>
      {html && (
        <iframe ref={frame} title={`Bản in ${label}`} className="report-preview" srcDoc={html} sandbox="allow-same-origin allow-modals" />
      )}
    </div>
  );
}
