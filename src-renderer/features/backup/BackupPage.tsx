import { useState } from 'react';
import type { BackupInfo, DbCheckReport } from '../../../src-main/contract/index.ts';
import { client } from '../../api/client.ts';
import { useApi } from '../../api/hooks.ts';
import { formatVnDateTime } from '../../../src-main/shared/vn-date-format.ts';
import { formatNumber } from '../../../src-main/shared/vn-number.ts';
import { NoticeLine, type Notice } from '../../lib/notice.tsx';

const KIND_LABEL: Record<BackupInfo['kind'], string> = {
  manual: 'Sao lưu thủ công',
  auto: 'Tự động hằng ngày',
  'pre-migration': 'Trước khi nâng cấp',
  'pre-restore': 'Trước khi khôi phục',
};

function CheckResult({ report }: { report: DbCheckReport }) {
  if (report.ok) return <p className="ok-text">Kiểm tra toàn vẹn: đạt. Không phát hiện lỗi.</p>;
  return (
    <div className="error-text">
      <p>Kiểm tra toàn vẹn: KHÔNG ĐẠT. Nên khôi phục từ bản sao lưu gần nhất.</p>
      <ul>
        {report.integrityProblems.map((p) => (
          <li key={p}>{p}</li>
        ))}
        {report.foreignKeyProblems.map((p, i) => (
          <li key={i}>
            Bảng {p.table}, dòng {p.rowid ?? '?'}: tham chiếu tới {p.parent} không tồn tại
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Back up now, see every backup, restore one (after a confirmation), and check the file's integrity. */
export function BackupPage() {
  const backups = useApi('db.listBackups', {}, ['database']);
  const info = useApi('app.info', {}, ['database']);
  const [notice, setNotice] = useState<Notice>(null);
  const [check, setCheck] = useState<DbCheckReport | null>(null);
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);
  const [busy, setBusy] = useState(false);

  async function run<T>(work: () => Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>, done: (v: T) => void) {
    setBusy(true);
    setNotice(null);
    const r = await work();
    setBusy(false);
    if (r.ok) done(r.value);
    else setNotice({ kind: 'error', text: r.error.message });
  }

  return (
    <section className="panel">
      <h1>Sao lưu và khôi phục</h1>
      <p className="muted">
        Mỗi ngày, lần mở đầu tiên ứng dụng tự sao lưu vào thư mục <code>{info.data?.backupsDir ?? '…'}</code> và giữ 30 bản mới nhất.
      </p>
      <div className="toolbar">
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            run(
              () => client.call('db.backup', {}),
              (b) => setNotice({ kind: 'ok', text: `Đã sao lưu: ${b.fileName}` }),
            )
          }
        >
          Sao lưu ngay
        </button>
        <button type="button" disabled={busy} onClick={() => run(() => client.call('db.check', {}), setCheck)}>
          Kiểm tra toàn vẹn dữ liệu
        </button>
      </div>
      {notice && (
        <p>
          <NoticeLine notice={notice} />
        </p>
      )}
      {check && <CheckResult report={check} />}
      {confirming && (
        <div className="confirm" role="dialog" aria-label="Xác nhận khôi phục">
          <p>
            Khôi phục dữ liệu từ bản sao lưu <strong>{confirming.fileName}</strong> ({formatVnDateTime(confirming.createdAt)})? Dữ liệu hiện
            tại sẽ được sao lưu trước khi thay thế.
          </p>
          <button
            type="button"
            disabled={busy}
            onClick={() =>
              run(
                () => client.call('db.restore', { path: confirming.path }),
                (r) => {
                  setConfirming(null);
                  setNotice({ kind: 'ok', text: `Đã khôi phục. Bản sao dữ liệu trước khi khôi phục: ${r.safetyBackup.fileName}` });
                },
              )
            }
          >
            Khôi phục
          </button>
          <button type="button" onClick={() => setConfirming(null)}>
            Hủy
          </button>
        </div>
      )}
      <table className="table">
        <thead>
          <tr>
            <th>Thời điểm</th>
            <th>Loại</th>
            <th>Tệp</th>
            <th className="num">Dung lượng (KB)</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {(backups.data ?? []).map((b) => (
            <tr key={b.path}>
              <td>{formatVnDateTime(b.createdAt)}</td>
              <td>{KIND_LABEL[b.kind]}</td>
              <td title={b.path}>{b.fileName}</td>
              <td className="num">{formatNumber(Math.ceil(b.sizeBytes / 1024))}</td>
              <td>
                <button type="button" onClick={() => setConfirming(b)}>
                  Khôi phục…
                </button>
              </td>
            </tr>
          ))}
          {backups.data?.length === 0 && (
            <tr>
              <td colSpan={5} className="muted">
                Chưa có bản sao lưu nào.
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </section>
  );
}
