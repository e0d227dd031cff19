import { useEffect, useRef, useState } from 'react';
import type { ImportBatchDto, ImportPreview, Result } from '../../../src-main/contract/index.ts';
import { client } from '../../api/client.ts';
import { formatVnDateTime } from '../../../src-main/shared/vn-date-format.ts';
import { formatNumber } from '../../../src-main/shared/vn-number.ts';
import { fileToBase64 } from './file-bytes.ts';
import { ImportHistory } from './ImportHistory.tsx';
import { ImportOutcome } from './ImportOutcome.tsx';
import { SheetPreview } from './SheetPreview.tsx';

type Stage =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'preview'; preview: ImportPreview }
  | { kind: 'done'; batch: ImportBatchDto };

/** Nhập dữ liệu: pick a legacy spreadsheet, see what happens to every row, fix what is wrong, commit in one step. */
export function ImportPage() {
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [year, setYear] = useState('');
  const attempt = useRef(0);
  /** The reading under way, so that "Hủy" can stop it in the core, not only on this page. */
  const reading = useRef<string | null>(null);
  const [progress, setProgress] = useState<string | null>(null);

  // The core reports how far reading has got ("Đang phân tích trang “DS HTX”…"); shown while reading.
  useEffect(
    () =>
      client.onEvent('task.progress', (p) => {
        setProgress(p.total > 1 ? `${p.label} (${p.done}/${p.total})` : p.label);
      }),
    [],
  );

  async function open(file: File) {
    const mine = ++attempt.current;
    setError(null);
    setProgress(null);
    setStage({ kind: 'reading', fileName: file.name });
    const readId = crypto.randomUUID();
    reading.current = readId;
    const r = await client.call('imports.open', {
      fileName: file.name,
      contentBase64: await fileToBase64(file),
      readId,
      ...(year ? { year: Number(year) } : {}),
    });
    if (reading.current === readId) reading.current = null;
    if (mine !== attempt.current) {
      // The clerk cancelled while the file was being read: drop the job it produced.
      if (r.ok) void client.call('imports.cancel', { jobId: r.value.jobId });
      return;
    }
    if (r.ok) setStage({ kind: 'preview', preview: r.value });
    else {
      setError(r.error.message);
      setStage({ kind: 'idle' });
    }
  }

  function stopReading() {
    attempt.current++;
    if (reading.current) void client.call('imports.stopReading', { readId: reading.current });
    reading.current = null;
    setStage({ kind: 'idle' });
  }

  async function update(call: () => Promise<Result<ImportPreview>>) {
    setBusy(true);
    const r = await call();
    setBusy(false);
    if (r.ok) setStage({ kind: 'preview', preview: r.value });
    else setError(r.error.message);
  }

  async function commit(preview: ImportPreview) {
    setBusy(true);
    const r = await client.call('imports.commit', { jobId: preview.jobId });
    setBusy(false);
    if (r.ok) setStage({ kind: 'done', batch: r.value });
    else setError(r.error.message);
  }

  const preview = stage.kind === 'preview' ? stage.preview : null;
  const writes = preview ? preview.sheets.reduce((n, s) => n + s.counts.new + s.counts.update, 0) : 0;
  return (
    <div className="page-stack">
      <section className="panel">
        <h1>Nhập dữ liệu từ bảng tính</h1>
        <p className="muted">
          Chọn tệp Excel cũ (.xls, .xlsx), .ods hoặc .csv. Ứng dụng đọc tệp, cho xem trước từng dòng sẽ được thêm, cập nhật hay bỏ qua; chưa
          ghi gì cho tới khi bấm “Nhập vào cơ sở dữ liệu”.
        </p>
        <div className="toolbar">
          <label className="file-button">
            Chọn tệp…
            <input
              type="file"
              accept=".xls,.xlsx,.xlsm,.ods,.csv,.txt"
              aria-label="Chọn tệp bảng tính"
              onChange={(e) => e.target.files?.[0] && void open(e.target.files[0])}
            />
          </label>
          <label>
            Năm số liệu (nếu tệp không ghi){' '}
            <input
              aria-label="Năm số liệu của tệp"
              type="number"
              min={1945}
              max={2100}
              value={year}
              onChange={(e) => setYear(e.target.value)}
            />
          </label>
        </div>
        {error && (
          <p role="alert" className="error-text">
            {error}
          </p>
        )}
        {stage.kind === 'reading' && (
          <p role="status" className="progress">
            Đang đọc “{stage.fileName}”… {progress ?? ''}{' '}
            <button type="button" onClick={stopReading}>
              Hủy
            </button>
          </p>
        )}
        {stage.kind === 'done' && <ImportOutcome batch={stage.batch} />}
        {preview && (
          <>
            <p>
              Tệp <strong>{preview.fileName}</strong>
              {preview.previousImport && (
                <span className="warn-text">
                  {' '}
                  — đã được nhập lúc {formatVnDateTime(preview.previousImport.committedAt)}; nhập lại sẽ không thay đổi gì với các dòng
                  giống nhau.
                </span>
              )}
            </p>
            <div className="toolbar">
              <button type="button" disabled={busy || writes === 0} onClick={() => void commit(preview)}>
                Nhập vào cơ sở dữ liệu ({formatNumber(writes)} dòng thêm/cập nhật)
              </button>
              <button
                type="button"
                disabled={busy}
                onClick={() => (void client.call('imports.cancel', { jobId: preview.jobId }), setStage({ kind: 'idle' }))}
              >
                Hủy
              </button>
            </div>
          </>
        )}
      </section>
      {preview?.sheets.map((sheet) => (
        <SheetPreview
          key={sheet.name}
          sheet={sheet}
          actions={{
            setColumn: (columnIndex, field) =>
              void update(() => client.call('imports.setColumn', { jobId: preview.jobId, sheet: sheet.name, columnIndex, field })),
            setSheet: (entity, y) =>
              void update(() => client.call('imports.setSheet', { jobId: preview.jobId, sheet: sheet.name, entity, year: y })),
            fixCell: (sourceRow, field, value) =>
              void update(() => client.call('imports.fixCell', { jobId: preview.jobId, sheet: sheet.name, sourceRow, field, value })),
          }}
        />
      ))}
      <ImportHistory />
    </div>
  );
}
