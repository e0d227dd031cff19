import { useState } from 'react';
import {
  COLLECTION_PERIOD_LABEL,
  COLLECTION_PERIODS,
  type CollectionPeriod,
  type TemplateSplit,
} from '../../../src-main/contract/collection.ts';
import { formatNumber } from '../../../src-main/shared/vn-number.ts';
import { client } from '../../api/client.ts';
import { YearSelect } from '../../grid/index.ts';
import { downloadFile } from '../../lib/download.ts';
import { NoticeLine, type Notice } from '../../lib/notice.tsx';
import { CollectFiles } from './CollectFiles.tsx';
import { ReceiptRegisterPanel } from './ReceiptRegister.tsx';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ZIP_MIME = 'application/zip';
const SPLIT_TEXT: Record<TemplateSplit, string> = {
  commune: 'Mỗi xã, phường một tệp',
  organization: 'Mỗi tổ chức một tệp',
  province: 'Một tệp cho toàn tỉnh',
};

/** From the query of the home page's alert: #/thu-thap/register?year=2024&period=Y. */
function fromHash(): { year: number; period: CollectionPeriod } {
  const q = new URLSearchParams(window.location.hash.split('?')[1] ?? '');
  const year = Number(q.get('year'));
  return {
    year: Number.isInteger(year) && year > 1945 ? year : new Date().getFullYear() - 1,
    period: q.get('period') === 'H1' ? 'H1' : 'Y',
  };
}

/**
 * Thu thập số liệu: the yearly collection. Templates out to communes (or organizations), filled files back
 * in with no mapping, and the register of who has reported.
 */
export function CollectionPage() {
  const [{ year, period }, setWhen] = useState(fromHash);
  const [by, setBy] = useState<TemplateSplit>('commune');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);

  async function exportTemplates() {
    setBusy(true);
    setNotice(null);
    const r = await client.call('collection.exportTemplates', { year, period, by, bundle: true });
    setBusy(false);
    if (!r.ok) return setNotice({ kind: 'error', text: r.error.message });
    const [file] = r.value;
    if (!file) return setNotice({ kind: 'error', text: 'Không có tổ chức nào phải báo cáo kỳ này.' });
    const zipped = file.fileName.endsWith('.zip');
    downloadFile({ fileName: file.fileName, mime: zipped ? ZIP_MIME : XLSX_MIME, contentBase64: file.contentBase64 });
    setNotice({
      kind: 'ok',
      text: `Đã tạo mẫu báo cáo cho ${formatNumber(file.organizations)} tổ chức${zipped ? ' (các tệp trong một tệp nén .zip)' : ''}.`,
    });
  }

  return (
    <div className="page-stack">
      <section className="panel" aria-label="Gửi mẫu báo cáo">
        <h1>Thu thập số liệu</h1>
        <div className="toolbar">
          <YearSelect label="Năm" ariaLabel="Năm báo cáo" value={year} onChange={(y) => setWhen({ year: y, period })} />
          <label className="kttt-inline">
            Kỳ
            <select aria-label="Kỳ báo cáo" value={period} onChange={(e) => setWhen({ year, period: e.target.value as CollectionPeriod })}>
              {COLLECTION_PERIODS.map((p) => (
                <option key={p} value={p}>
                  {COLLECTION_PERIOD_LABEL[p].charAt(0).toUpperCase() + COLLECTION_PERIOD_LABEL[p].slice(1)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <h3>Gửi mẫu báo cáo</h3>
        <p className="muted">
          Mẫu là tệp Excel ghi sẵn danh sách tổ chức, số liệu cùng kỳ năm trước để đối chiếu và các ô nền vàng để điền. Tệp điền xong được
          đọc lại không cần chọn cột.
        </p>
        <div className="toolbar">
          <label className="kttt-inline">
            Chia tệp
            <select aria-label="Chia tệp" value={by} onChange={(e) => setBy(e.target.value as TemplateSplit)}>
              {(Object.keys(SPLIT_TEXT) as TemplateSplit[]).map((s) => (
                <option key={s} value={s}>
                  {SPLIT_TEXT[s]}
                </option>
              ))}
            </select>
          </label>
          <button type="button" disabled={busy} onClick={() => void exportTemplates()}>
            Tạo mẫu báo cáo
          </button>
          {busy && <span className="muted">Đang tạo…</span>}
          <NoticeLine notice={notice} />
        </div>
      </section>
      <CollectFiles year={year} period={period} />
      <ReceiptRegisterPanel year={year} period={period} />
    </div>
  );
}
