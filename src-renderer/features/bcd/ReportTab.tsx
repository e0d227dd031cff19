import { useEffect, useRef, useState } from 'react';
import type { NarrativePart } from '../../../src-main/contract/bcd-vocab.ts';
import type { ReportFormatDto } from '../../../src-main/contract/index.ts';
import { client } from '../../api/client.ts';
import { useApi } from '../../api/hooks.ts';
import { TextField } from '../../components/Field.tsx';
import { ExportButtons } from '../../lib/ExportButtons.tsx';
import { NoticeLine, type Notice } from '../../lib/notice.tsx';
import { thisYear } from './common.ts';
import { YearInput } from './YearInput.tsx';

const EXPORTS: readonly ReportFormatDto[] = ['pdf', 'docx', 'xlsx', 'json'];

/**
 * The clerk's parts of the conference report (III. Hạn chế, nguyên nhân; giải pháp of IV), kept per year and
 * printed with the rest in "Báo cáo"; and the report of the tasks by agency, previewed and exported here.
 */
export function ReportTab() {
  const [year, setYear] = useState(thisYear() - 1);
  const narrative = useApi('bcd.narrative', { year }, ['bcd']);
  const html = useApi('bcd.tasksReportHtml', { year }, ['bcd']);
  const frame = useRef<HTMLIFrameElement>(null);
  return (
    <div className="page-stack">
      <div className="toolbar">
        <YearInput value={year} onChange={setYear} label="Năm báo cáo" />
      </div>
      <p className="muted">
        Báo cáo tổng kết năm {year} (mục Báo cáo) in kèm phần II–IV từ các dữ liệu của Ban Chỉ đạo và nội dung ghi dưới đây.
      </p>
      {narrative.data && (
        <>
          <NarrativeField
            year={year}
            part="limitations"
            label={`III. Hạn chế, nguyên nhân năm ${year}`}
            saved={narrative.data.limitations}
          />
          <NarrativeField year={year} part="solutions" label={`IV. Giải pháp năm ${year + 1}`} saved={narrative.data.solutions} />
          <h2>Báo cáo sơ kết 6 tháng đầu năm {year}</h2>
          <NarrativeField
            year={year}
            part="halfLimitations"
            label={`Hạn chế, nguyên nhân 6 tháng đầu năm ${year}`}
            saved={narrative.data.halfLimitations}
          />
          <NarrativeField year={year} part="halfSolutions" label="Giải pháp 6 tháng cuối năm" saved={narrative.data.halfSolutions} />
          <div className="toolbar">
            <ExportButtons formats={EXPORTS} make={(format) => client.call('bcd.halfYearFile', { year, format })} />
          </div>
        </>
      )}
      <h2>Tình hình thực hiện nhiệm vụ theo cơ quan năm {year}</h2>
      <div className="toolbar">
        <button type="button" disabled={!html.data} onClick={() => frame.current?.contentWindow?.print()}>
          In…
        </button>
        <ExportButtons formats={EXPORTS} make={(format) => client.call('bcd.tasksReportFile', { year, format })} />
      </div>
      {html.error && <p className="error-text">{html.error}</p>}
      {html.data && (
        <iframe
          ref={frame}
          title="Bản xem trước nhiệm vụ Ban Chỉ đạo"
          className="report-preview"
          srcDoc={html.data.html}
          sandbox="allow-same-origin allow-modals"
        />
      )}
    </div>
  );
}

function NarrativeField({ year, part, label, saved }: { year: number; part: NarrativePart; label: string; saved: string }) {
  const [text, setText] = useState(saved);
  const [notice, setNotice] = useState<Notice>(null);
  useEffect(() => setText(saved), [saved]);
  async function save() {
    const r = await client.call('bcd.saveNarrative', { year, part, content: text });
    setNotice(r.ok ? { kind: 'ok', text: 'Đã lưu.' } : { kind: 'error', text: r.error.message });
  }
  return (
    <div>
      <TextField label={label} name={`narrative-${part}`} value={text} onChange={setText} multiline maxLength={50000} />
      <div className="form-actions">
        <button type="button" disabled={text === saved} onClick={() => void save()}>
          Lưu nội dung
        </button>
        <NoticeLine notice={notice} />
      </div>
    </div>
  );
}
