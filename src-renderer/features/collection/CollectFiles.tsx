import { useState } from 'react';
import type { CollectedFile, CollectionPeriod } from '../../../src-main/contract/collection.ts';
import { formatNumber } from '../../../src-main/shared/vn-number.ts';
import { client } from '../../api/client.ts';
import { NoticeLine, type Notice } from '../../lib/notice.tsx';
import { fileToBase64 } from '../imports/file-bytes.ts';

const KIND_TEXT: Record<CollectedFile['kind'], string> = {
  template: 'Mẫu báo cáo (đọc theo khóa)',
  legacy: 'Bảng tính thường — không ghi tự động',
  refused: 'Không nhập',
};

const SPREADSHEET = /\.(xlsx|xlsm|xls|ods)$/i;

/** What one call carries at most: a folder of a whole province goes in several calls, each under the doors' size limit. */
const BATCH_FILES = 25;
const BATCH_CHARS = 40 * 1024 * 1024;

function batches<T extends { contentBase64: string }>(files: readonly T[]): T[][] {
  const out: T[][] = [];
  let part: T[] = [];
  let size = 0;
  for (const f of files) {
    if (part.length > 0 && (part.length >= BATCH_FILES || size + f.contentBase64.length > BATCH_CHARS)) {
      out.push(part);
      part = [];
      size = 0;
    }
    part.push(f);
    size += f.contentBase64.length;
  }
  if (part.length > 0) out.push(part);
  return out;
}

async function collectInBatches(
  files: readonly { fileName: string; contentBase64: string }[],
  year: number,
  period: CollectionPeriod,
  commit: boolean,
): Promise<{ done: CollectedFile[]; error: string | null }> {
  const done: CollectedFile[] = [];
  for (const part of batches(files)) {
    const r = await client.call('collection.importFiles', { files: part, year, period, commit });
    if (!r.ok) return { done, error: r.error.message };
    done.push(...r.value);
  }
  return { done, error: null };
}

function countsText(f: CollectedFile): string {
  const c = f.sheets.reduce(
    (a, s) => ({
      new: a.new + s.counts.new,
      update: a.update + s.counts.update,
      unchanged: a.unchanged + s.counts.unchanged,
      flagged: a.flagged + s.flaggedRows,
    }),
    { new: 0, update: 0, unchanged: 0, flagged: 0 },
  );
  const n = formatNumber;
  return `thêm mới ${n(c.new)}, cập nhật ${n(c.update)}, không đổi ${n(c.unchanged)}${c.flagged ? `, ${n(c.flagged)} dòng cần xem lại` : ''}`;
}

/** What became of each file: recognized by its key or not, its reconciliation, and the import it made. */
function CollectedTable({ results }: { results: CollectedFile[] }) {
  return (
    <table className="table compact" aria-label="Các tệp đã đọc">
      <thead>
        <tr>
          <th>Tệp</th>
          <th>Nhận ra là</th>
          <th>Đối chiếu với dữ liệu</th>
          <th className="num">Tổ chức báo cáo</th>
          <th>Ghi chú</th>
        </tr>
      </thead>
      <tbody>
        {results.map((f) => (
          <tr key={f.fileName} data-kind={f.kind}>
            <td>{f.fileName}</td>
            <td>{KIND_TEXT[f.kind]}</td>
            <td>{f.sheets.length ? countsText(f) : ''}</td>
            <td className="num">{f.kind === 'template' ? formatNumber(f.reported) : ''}</td>
            <td>
              {[
                f.message,
                ...f.warnings.filter((w) => w !== f.message),
                f.batch ? `Đã ghi (lần nhập số ${f.batch.id}, hoàn tác ở "Nhập dữ liệu")` : '',
              ]
                .filter(Boolean)
                .join(' ')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Filled templates back in: many files or a whole folder at once. Each is recognized by its key and previewed
 * against the registry; "Ghi vào dữ liệu" writes them (after one backup), each an import that can be undone.
 */
export function CollectFiles({ year, period }: { year: number; period: CollectionPeriod }) {
  const [files, setFiles] = useState<{ fileName: string; contentBase64: string }[]>([]);
  const [results, setResults] = useState<CollectedFile[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);

  async function choose(list: FileList | null) {
    const chosen = [...(list ?? [])].filter((f) => SPREADSHEET.test(f.name) && !f.name.startsWith('~$'));
    setNotice(null);
    setResults(null);
    if (chosen.length === 0) {
      setFiles([]);
      setNotice({ kind: 'error', text: 'Không có tệp bảng tính (.xlsx, .xls, .ods) nào được chọn.' });
      return;
    }
    const read = await Promise.all(chosen.map(async (f) => ({ fileName: f.name, contentBase64: await fileToBase64(f) })));
    setFiles(read);
    await run(read, false);
  }

  async function run(list: typeof files, commit: boolean) {
    setBusy(true);
    const { done, error } = await collectInBatches(list, year, period, commit);
    setBusy(false);
    setResults(done);
    if (error) return setNotice({ kind: 'error', text: error });
    if (commit) {
      const reported = done.reduce((s, f) => s + (f.batch ? f.reported : 0), 0);
      setNotice({
        kind: 'ok',
        text: `Đã ghi ${done.filter((f) => f.batch).length} tệp; đã ghi nhận báo cáo của ${formatNumber(reported)} tổ chức.`,
      });
    }
  }

  const writable = results?.some((f) => f.kind === 'template' && !f.batch) ?? false;
  return (
    <section className="panel" aria-label="Nhận mẫu đã điền">
      <h3>Nhận mẫu đã điền</h3>
      <div className="toolbar">
        <label className="file-button">
          Chọn các tệp…
          <input
            type="file"
            multiple
            accept=".xlsx,.xls,.xlsm,.ods"
            aria-label="Chọn các tệp mẫu đã điền"
            onChange={(e) => void choose(e.target.files)}
          />
        </label>
        <label className="file-button">
          Chọn cả thư mục…
          <input
            type="file"
            multiple
            aria-label="Chọn thư mục mẫu đã điền"
            ref={(el) => el?.setAttribute('webkitdirectory', '')}
            onChange={(e) => void choose(e.target.files)}
          />
        </label>
        {busy && <span className="muted">Đang đọc…</span>}
        {writable && (
          <button type="button" disabled={busy} onClick={() => void run(files, true)}>
            Ghi vào dữ liệu
          </button>
        )}
        <NoticeLine notice={notice} />
      </div>
      {results && <CollectedTable results={results} />}
    </section>
  );
}
