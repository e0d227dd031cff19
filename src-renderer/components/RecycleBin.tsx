import { useMemo, useState } from 'react';
import { ENTITY_LABEL, type Entity } from '../../src-main/contract/fields.ts';
import type { DeletedItem } from '../../src-main/contract/registry-dto.ts';
import { buildSearchKey, compileSearch } from '../../src-main/shared/text-fold.ts';
import { formatNumber } from '../../src-main/shared/vn-number.ts';
import { formatVnDateTime } from '../../src-main/shared/vn-date-format.ts';
import { client } from '../api/client.ts';
import { useApi } from '../api/hooks.ts';
import { announceRestore } from '../grid/index.ts';

const keyOf = (i: DeletedItem) => `${i.entity}:${String(i.id)}`;

/** Restores the chosen rows, one registry.apply per entity; each restore is announced to its grid for Ctrl+Z. */
async function restoreAll(items: readonly DeletedItem[]): Promise<{ restored: number; failures: string[] }> {
  const byEntity = Map.groupBy(items, (i) => i.entity);
  let restored = 0;
  const failures: string[] = [];
  for (const [entity, group] of byEntity) {
    const r = await client.call('registry.apply', { entity, ops: group.map((i) => ({ kind: 'restore' as const, id: i.id })) });
    if (!r.ok) {
      failures.push(r.error.message);
      continue;
    }
    const ids: number[] = [];
    r.value.results.forEach((res, n) => {
      const item = group[n];
      if (res.ok && item) ids.push(item.id);
      else if (!res.ok) failures.push(`${item?.label ?? ''}: ${res.message}`);
    });
    restored += ids.length;
    announceRestore({ entity, ids });
  }
  return { restored, failures };
}

/** Deletes the chosen rows for good, one registry.purge per entity. */
async function purgeAll(items: readonly DeletedItem[]): Promise<{ purged: number; failures: string[] }> {
  let purged = 0;
  const failures: string[] = [];
  for (const [entity, group] of Map.groupBy(items, (i) => i.entity)) {
    const r = await client.call('registry.purge', { entity, ids: group.map((i) => i.id) });
    if (!r.ok) {
      failures.push(r.error.message);
      continue;
    }
    r.value.results.forEach((res, n) => {
      if (res.ok) purged += 1;
      else failures.push(`${group[n]?.label ?? ''}: ${res.message}`);
    });
  }
  return { purged, failures };
}

/**
 * "Thùng rác": soft-deleted rows of the registry, optionally only some entities. Search without diacritics,
 * tick several (or all shown) and restore them in one go; Ctrl+Z in the grid then undoes the restore.
 */
export function RecycleBin({ entities, onClose }: { entities?: readonly Entity[]; onClose(): void }) {
  const bin = useApi('registry.recycleBin', {}, ['registry']);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const items = useMemo(() => {
    const test = query.trim() ? compileSearch(query) : null;
    return (bin.data ?? []).filter((i) => (!entities || entities.includes(i.entity)) && (!test || test(buildSearchKey(i.label))));
  }, [bin.data, entities, query]);
  const picked = items.filter((i) => chosen.has(keyOf(i)));
  const allPicked = items.length > 0 && picked.length === items.length;

  async function restore(list: readonly DeletedItem[]) {
    if (list.length === 0) return;
    const { restored, failures } = await restoreAll(list);
    setChosen(new Set());
    setMessage(
      failures.length
        ? {
            kind: 'error',
            text: `Đã khôi phục ${formatNumber(restored)} dòng; không khôi phục được ${String(failures.length)}: ${failures[0] ?? ''}`,
          }
        : {
            kind: 'ok',
            text: `Đã khôi phục ${formatNumber(restored)} dòng${list.length === 1 ? `: ${list[0]?.label ?? ''}` : ''}. Ctrl+Z trong bảng để hoàn tác.`,
          },
    );
  }
  async function purge(list: readonly DeletedItem[]) {
    if (list.length === 0) return;
    const what = list.length === 1 ? `“${list[0]?.label ?? ''}”` : `${formatNumber(list.length)} dòng đã chọn`;
    if (!window.confirm(`Xóa hẳn ${what}? Không khôi phục được nữa (chỉ còn trong các bản sao lưu).`)) return;
    const { purged, failures } = await purgeAll(list);
    setChosen(new Set());
    setMessage(
      failures.length
        ? {
            kind: 'error',
            text: `Đã xóa hẳn ${formatNumber(purged)} dòng; không xóa được ${String(failures.length)}: ${failures[0] ?? ''}`,
          }
        : { kind: 'ok', text: `Đã xóa hẳn ${formatNumber(purged)} dòng.` },
    );
  }
  const toggle = (i: DeletedItem, on: boolean) =>
    setChosen((c) => {
      const next = new Set(c);
      if (on) next.add(keyOf(i));
      else next.delete(keyOf(i));
      return next;
    });

  return (
    <section className="panel" aria-label="Thùng rác">
      <div className="kttt-page-head">
        <h2 style={{ fontSize: 16, margin: 0 }}>Thùng rác</h2>
        <span className="muted">Các dòng đã xóa; khôi phục để đưa trở lại bảng.</span>
        <button type="button" className="secondary" style={{ marginLeft: 'auto' }} onClick={onClose}>
          Đóng
        </button>
      </div>
      <div className="toolbar">
        <input
          type="search"
          className="kttt-search"
          aria-label="Tìm trong Thùng rác"
          placeholder="Tìm (không cần dấu)…"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <button type="button" disabled={picked.length === 0} onClick={() => void restore(picked)}>
          Khôi phục {picked.length ? `${formatNumber(picked.length)} dòng đã chọn` : 'các dòng đã chọn'}
        </button>
        <button type="button" className="secondary" disabled={picked.length === 0} onClick={() => void purge(picked)}>
          Xóa hẳn…
        </button>
        <span className="muted">{bin.data ? `${formatNumber(items.length)} dòng` : ''}</span>
      </div>
      {bin.error && <p className="error-text">{bin.error}</p>}
      {message && (
        <p role="status" className={message.kind === 'ok' ? 'ok-text' : 'error-text'}>
          {message.text}
        </p>
      )}
      {bin.data && items.length === 0 && <p className="muted">{query ? 'Không có dòng nào khớp.' : 'Thùng rác trống.'}</p>}
      {items.length > 0 && (
        <div style={{ maxHeight: 280, overflow: 'auto' }}>
          <table className="table">
            <thead>
              <tr>
                <th>
                  <input
                    type="checkbox"
                    aria-label="Chọn tất cả các dòng đang hiện"
                    checked={allPicked}
                    onChange={(e) => setChosen(e.target.checked ? new Set(items.map(keyOf)) : new Set())}
                  />
                </th>
                <th>Loại</th>
                <th>Nội dung</th>
                <th>Xóa lúc</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {items.slice(0, 500).map((i) => (
                <tr key={keyOf(i)}>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`Chọn ${i.label}`}
                      checked={chosen.has(keyOf(i))}
                      onChange={(e) => toggle(i, e.target.checked)}
                    />
                  </td>
                  <td>{ENTITY_LABEL[i.entity]}</td>
                  <td>{i.label}</td>
                  <td>{i.deletedAt ? formatVnDateTime(i.deletedAt) : ''}</td>
                  <td>
                    <button type="button" onClick={() => void restore([i])}>
                      Khôi phục
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {items.length > 500 && <p className="muted">Đang hiện 500 dòng đầu; gõ vào ô tìm để thu hẹp.</p>}
        </div>
      )}
    </section>
  );
}
