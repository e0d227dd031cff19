import { useState } from 'react';
import type { ReportFile, ReportFormatDto, Result } from '../../src-main/contract/index.ts';
import { downloadFile } from './download.ts';
import { NoticeLine, type Notice } from './notice.tsx';

const LABEL: Record<ReportFormatDto, string> = {
  pdf: 'Xuất PDF',
  docx: 'Xuất Word',
  xlsx: 'Xuất Excel',
  json: 'Xuất JSON',
  html: 'Xuất HTML',
};

/**
 * "Xuất PDF / Word / Excel …" for any printout: asks the core for the file, hands it to the user (download,
 * or Electron's save dialog) and says what happened.
 */
export function ExportButtons({
  formats,
  make,
}: {
  formats: readonly ReportFormatDto[];
  make(format: ReportFormatDto): Promise<Result<ReportFile>>;
}) {
  const [busy, setBusy] = useState<ReportFormatDto | null>(null);
  const [notice, setNotice] = useState<Notice>(null);

  async function run(format: ReportFormatDto) {
    setBusy(format);
    setNotice(null);
    const r = await make(format);
    setBusy(null);
    if (r.ok) {
      downloadFile(r.value);
      setNotice({ kind: 'ok', text: `Đã tạo ${r.value.fileName}.` });
    } else setNotice({ kind: 'error', text: r.error.message });
  }

  return (
    <>
      {formats.map((f) => (
        <button key={f} type="button" className="secondary" disabled={busy !== null} onClick={() => void run(f)}>
          {busy === f ? 'Đang tạo…' : LABEL[f]}
        </button>
      ))}
      <NoticeLine notice={notice} />
    </>
  );
}
