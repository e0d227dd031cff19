import { useApi } from '../api/hooks.ts';
import { formatVnDateTime } from '../../src-main/shared/vn-date-format.ts';

/** Always visible: which database file is open and when it was last backed up. */
export function StatusBar() {
  const info = useApi('app.info', {}, ['database', 'settings', 'registry', 'imports']);
  return (
    <footer className="statusbar" aria-label="Thanh trạng thái">
      {info.error ? (
        <span className="error-text">{info.error}</span>
      ) : (
        <>
          <span title="Tệp cơ sở dữ liệu">CSDL: {info.data?.dbPath ?? '…'}</span>
          <span>
            Sao lưu gần nhất: {info.data ? (info.data.lastBackup ? formatVnDateTime(info.data.lastBackup.createdAt) : 'chưa có') : '…'}
          </span>
          <span>Phiên bản {info.data?.version ?? '…'}</span>
        </>
      )}
    </footer>
  );
}
