import { useState } from 'react';
import { ENTITY_LABEL, type Entity } from '../../src-main/contract/fields.ts';
import { formatVnDateTime } from '../../src-main/shared/vn-date-format.ts';
import { client } from '../api/client.ts';
import { useApi } from '../api/hooks.ts';

/** "Thùng rác": soft-deleted rows of the registry, each restorable; optionally only some entities. */
export function RecycleBin({ entities, onClose }: { entities?: readonly Entity[]; onClose(): void }) {
  const bin = useApi('registry.recycleBin', {}, ['registry']);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const items = (bin.data ?? []).filter((i) => !entities || entities.includes(i.entity));

  async function restore(entity: Entity, id: number, label: string) {
    const r = await client.call('registry.apply', { entity, ops: [{ kind: 'restore', id }] });
    const result = r.ok ? r.value.results[0] : undefined;
    if (r.ok && result?.ok) setMessage({ kind: 'ok', text: `Đã khôi phục: ${label}.` });
    else setMessage({ kind: 'error', text: r.ok ? (result && !result.ok ? result.message : 'Không khôi phục được.') : r.error.message });
  }

  return (
    <section className="panel" aria-label="Thùng rác">
      <div className="kttt-page-head">
        <h2 style={{ fontSize: 16, margin: 0 }}>Thùng rác</h2>
        <span className="muted">Các dòng đã xóa; khôi phục để đưa trở lại bảng.</span>
        <button type="button" className="secondary" style={{ marginLeft: 'auto' }} onClick={onClose}>
          Đóng
        </button>
      </div>
      {bin.error && <p className="error-text">{bin.error}</p>}
      {message && (
        <p role="status" className={message.kind === 'ok' ? 'ok-text' : 'error-text'}>
          {message.text}
        </p>
      )}
      {bin.data && items.length === 0 && <p className="muted">Thùng rác trống.</p>}
      {items.length > 0 && (
        <div style={{ maxHeight: 240, overflow: 'auto' }}>
          <table className="table">
            <thead>
              <tr>
                <th>Loại</th>
                <th>Nội dung</th>
                <th>Xóa lúc</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {items.map((i) => (
                <tr key={`${i.entity}:${String(i.id)}`}>
                  <td>{ENTITY_LABEL[i.entity]}</td>
                  <td>{i.label}</td>
                  <td>{i.deletedAt ? formatVnDateTime(i.deletedAt) : ''}</td>
                  <td>
                    <button type="button" onClick={() => void restore(i.entity, i.id, i.label)}>
                      Khôi phục
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
