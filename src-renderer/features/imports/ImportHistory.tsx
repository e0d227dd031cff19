import { useState } from 'react';
import type { ImportBatchDto } from '../../../src-main/contract/index.ts';
import { ENTITY_LABEL } from '../../../src-main/contract/fields.ts';
import { client } from '../../api/client.ts';
import { useApi } from '../../api/hooks.ts';
import { formatVnDateTime } from '../../../src-main/shared/vn-date-format.ts';
import { formatNumber } from '../../../src-main/shared/vn-number.ts';
import { NoticeLine, type Notice } from '../../lib/notice.tsx';
import { reviewHref } from '../review/route.ts';

/** Every committed import, with a whole-import undo behind a confirmation. */
export function ImportHistory() {
  const history = useApi('imports.history', {}, ['imports']);
  const [confirming, setConfirming] = useState<ImportBatchDto | null>(null);
  const [notice, setNotice] = useState<Notice>(null);

  async function undo(batch: ImportBatchDto) {
    const r = await client.call('imports.undo', { batchId: batch.id });
    setConfirming(null);
    setNotice(
      r.ok
        ? {
            kind: 'ok',
            text: `Đã hoàn tác lần nhập "${batch.fileName}": ${formatNumber(r.value.reverted)} thay đổi được trả lại${r.value.keptBecauseChangedSince ? `, ${formatNumber(r.value.keptBecauseChangedSince)} dòng đã sửa sau khi nhập được giữ nguyên` : ''}.`,
          }
        : { kind: 'error', text: r.error.message },
    );
  }

  return (
    <section className="panel">
      <h2>Lịch sử nhập</h2>
      {notice && (
        <p>
          <NoticeLine notice={notice} />
        </p>
      )}
      {confirming && (
        <div className="confirm" role="dialog" aria-label="Xác nhận hoàn tác">
          <p>
            Hoàn tác toàn bộ lần nhập <strong>{confirming.fileName}</strong> ({formatVnDateTime(confirming.committedAt)})? Các tổ chức được
            thêm sẽ chuyển vào thùng rác, các trường đã cập nhật được trả lại giá trị cũ. Dữ liệu được sao lưu trước.
          </p>
          <button type="button" onClick={() => void undo(confirming)}>
            Hoàn tác
          </button>
          <button type="button" onClick={() => setConfirming(null)}>
            Hủy
          </button>
        </div>
      )}
      {history.error && <p className="error-text">{history.error}</p>}
      <table className="table" aria-label="Lịch sử nhập">
        <thead>
          <tr>
            <th>Thời điểm</th>
            <th>Tệp</th>
            <th>Trang tính</th>
            <th className="num">Thêm mới</th>
            <th className="num">Cập nhật</th>
            <th className="num">Gộp</th>
            <th className="num">Không phải bản ghi</th>
            <th className="num">Cần xem lại</th>
            <th>Người nhập</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {(history.data ?? []).map((b) => (
            <tr key={b.id}>
              <td>{formatVnDateTime(b.committedAt)}</td>
              <td>{b.fileName}</td>
              <td>{b.sheets.map((s) => `${s.name}${s.entity ? ` (${ENTITY_LABEL[s.entity]})` : ''}`).join(', ')}</td>
              <td className="num">{formatNumber(b.counts.new)}</td>
              <td className="num">{formatNumber(b.counts.update)}</td>
              <td className="num">{formatNumber(b.counts.merged)}</td>
              <td className="num">{formatNumber(b.counts.excluded)}</td>
              <td className="num">
                {b.reviewOpen > 0 ? (
                  <a href={reviewHref(b.id)} aria-label={`${formatNumber(b.reviewOpen)} ô cần xem lại của lần nhập ${b.fileName}`}>
                    {formatNumber(b.reviewOpen)}
                  </a>
                ) : (
                  formatNumber(0)
                )}
              </td>
              <td>{b.who}</td>
              <td>
                {b.status === 'undone' ? (
                  <span className="muted">Đã hoàn tác {b.undoneAt ? formatVnDateTime(b.undoneAt) : ''}</span>
                ) : (
                  <button type="button" onClick={() => setConfirming(b)}>
                    Hoàn tác…
                  </button>
                )}
              </td>
            </tr>
          ))}
          {history.data?.length === 0 && (
            <tr>
              <td colSpan={10} className="muted">
                Chưa có lần nhập nào.
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </section>
  );
}
