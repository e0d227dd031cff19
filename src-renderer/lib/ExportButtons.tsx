import { useState } from 'react';
import type { ReportFile, ReportFormatDto, Result } from '../../src-main/contract/index.ts';
import type { AnnexOf } from '../../src-main/contract/reports.ts';
import { client } from '../api/client.ts';
import { formatNumber } from '../../src-main/shared/index.ts';
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
 * or Electron's save dialog) and says what happened. A report whose appendix is too long to print with it
 * names an annex file (phụ lục rời): `annexOf` says which report it is, and the annex is handed on beside it
 * as a spreadsheet, so the file the report points at is there.
 */
export function ExportButtons({
  formats,
  make,
  annexOf,
}: {
  formats: readonly ReportFormatDto[];
  make(format: ReportFormatDto): Promise<Result<ReportFile>>;
  annexOf?: AnnexOf;
}) {
  const [busy, setBusy] = useState<ReportFormatDto | null>(null);
  const [notice, setNotice] = useState<Notice>(null);

  async function run(format: ReportFormatDto) {
    setBusy(format);
    setNotice(null);
    const r = await make(format);
    if (!r.ok) {
      setBusy(null);
      setNotice({ kind: 'error', text: r.error.message });
      return;
    }
    downloadFile(r.value);
    const annex = r.value.annex && annexOf ? await client.call('reports.annexFile', { of: annexOf, format: 'xlsx' }) : null;
    setBusy(null);
    if (annex && !annex.ok)
      setNotice({ kind: 'error', text: `Đã tạo ${r.value.fileName}, nhưng chưa lập được phụ lục: ${annex.error.message}` });
    else if (annex?.ok) {
      downloadFile(annex.value);
      const rows = formatNumber(r.value.annex?.rows ?? 0);
      setNotice({ kind: 'ok', text: `Đã tạo ${r.value.fileName} và phụ lục in riêng ${annex.value.fileName} (${rows} dòng).` });
    } else setNotice({ kind: 'ok', text: `Đã tạo ${r.value.fileName}.` });
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
