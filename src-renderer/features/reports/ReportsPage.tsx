import { useRef, useState } from 'react';
import type { ReportFormatDto, ReportType } from '../../../src-main/contract/index.ts';
import { client } from '../../api/client.ts';
import { useApi } from '../../api/hooks.ts';
import { parseVnDate } from '../../../src-main/shared/index.ts';
import { IndicatorSummary } from './IndicatorSummary.tsx';
import { ReportSettingsForm } from './ReportSettingsForm.tsx';
import { ExportButtons } from '../../lib/ExportButtons.tsx';
import { useWorkingYear } from '../../lib/working-year.ts';

const REPORT_TYPE_LABEL: Record<ReportType, string> = {
  annual: 'Báo cáo tổng kết năm',
  inspection: 'Báo cáo kết quả kiểm tra',
  'inspection-record': 'Biên bản kiểm tra',
  monitoring: 'Báo cáo giám sát',
  fund: 'Báo cáo hoạt động Quỹ hỗ trợ phát triển HTX',
  'fund-notice': 'Thông báo của Quỹ gửi người vay',
};

const EXPORTS: readonly ReportFormatDto[] = ['pdf', 'docx', 'xlsx', 'json'];

/** Báo cáo: the annual conference report for a year — figures, print preview, print, and files to hand on. */
export function ReportsPage() {
  const { year, setYear } = useWorkingYear();
  if (year === undefined) return <p className="muted">Đang mở…</p>;
  return <ReportsOfYear year={year} setYear={setYear} />;
}

function ReportsOfYear({ year, setYear }: { year: number; setYear(year: number): void }) {
  const lastYear = new Date().getFullYear() - 1;
  const [asOfText, setAsOfText] = useState('');
  const frame = useRef<HTMLIFrameElement>(null);
  const [settingsType, setSettingsType] = useState<ReportType>('annual');
  const parsed = asOfText.trim() ? parseVnDate(asOfText) : null;
  const asOf = parsed?.ok && parsed.value.precision === 'day' ? parsed.value.iso : undefined;
  const input = asOf ? { year, asOf } : { year };
  const indicators = useApi('reports.indicators', input, ['registry']);
  const html = useApi('reports.annualHtml', input, ['registry', 'settings', 'bcd']);

  return (
    <div className="page-stack">
      <section className="panel">
        <h1>Báo cáo tổng kết năm</h1>
        <div className="toolbar">
          <label>
            Năm báo cáo{' '}
            <input
              aria-label="Năm báo cáo"
              type="number"
              min={1945}
              max={lastYear + 1}
              value={year}
              onChange={(e) => {
                const y = Number(e.target.value);
                if (Number.isInteger(y) && y >= 1945 && y <= lastYear + 1) setYear(y);
              }}
            />
          </label>
          <label>
            Số liệu tính đến ngày{' '}
            <input
              aria-label="Ngày chốt số liệu"
              placeholder={`31/12/${year}`}
              value={asOfText}
              onChange={(e) => setAsOfText(e.target.value)}
            />
          </label>
          {parsed && !asOf && <span className="error-text">Ngày phải có dạng dd/mm/yyyy.</span>}
        </div>
        {indicators.error && <p className="error-text">{indicators.error}</p>}
        {indicators.data && <IndicatorSummary i={indicators.data} />}
      </section>
      <section className="panel">
        <h2>Xem trước bản in</h2>
        <div className="toolbar">
          <button
            type="button"
            disabled={!html.data}
            onClick={() => {
              frame.current?.contentWindow?.print();
              void client.call('home.markAnnualReport', { year });
            }}
          >
            In…
          </button>
          <ExportButtons
            formats={EXPORTS}
            make={(format) => client.call('reports.annualFile', { ...input, format })}
            annexOf={{ kind: 'annual', ...input }}
          />
        </div>
        {html.error && <p className="error-text">{html.error}</p>}
        {html.data && (
          <iframe
            ref={frame}
            title="Bản xem trước báo cáo"
            className="report-preview"
            srcDoc={html.data.html}
            sandbox="allow-same-origin allow-modals"
          />
        )}
      </section>
      <section className="panel">
        <h2>Thông tin văn bản</h2>
        <p className="muted">Số, ký hiệu, ngày, nơi nhận và người ký được lưu riêng cho từng loại văn bản.</p>
        <label>
          Loại văn bản{' '}
          <select aria-label="Loại văn bản" value={settingsType} onChange={(e) => setSettingsType(e.target.value as ReportType)}>
            {(Object.keys(REPORT_TYPE_LABEL) as ReportType[]).map((t) => (
              <option key={t} value={t}>
                {REPORT_TYPE_LABEL[t]}
              </option>
            ))}
          </select>
        </label>
        <ReportSettingsForm key={settingsType} type={settingsType} />
      </section>
    </div>
  );
}
