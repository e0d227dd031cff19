import { useEffect, useState, type FormEvent } from 'react';
import type { ChecklistTemplateDto } from '../../../src-main/contract/inspection-dto.ts';
import { formatVnDateTime } from '../../../src-main/shared/vn-date-format.ts';
import { client } from '../../api/client.ts';
import { useApi } from '../../api/hooks.ts';
import { TextField } from '../../components/Field.tsx';
import { NoticeLine, type Notice } from './components.tsx';

interface ItemDraft {
  key: number;
  code: string | undefined;
  title: string;
  guidance: string;
  legalBasis: string;
}

let next = 1;
const itemsOf = (t: ChecklistTemplateDto): ItemDraft[] =>
  t.items.map((i) => ({ key: next++, code: i.code, title: i.title, guidance: i.guidance ?? '', legalBasis: i.legalBasis ?? '' }));

/**
 * Mẫu nội dung kiểm tra: the office edits the checklist when the rules change. Saving makes a new version;
 * biên bản already written keep the version they were made with, and new ones take the newest.
 */
export function TemplateTab() {
  const templates = useApi('inspections.templates', {}, ['inspections']);
  const current = templates.data?.[0];
  const [items, setItems] = useState<ItemDraft[]>([]);
  const [note, setNote] = useState('');
  const [notice, setNotice] = useState<Notice>(null);
  useEffect(() => {
    if (current) setItems(itemsOf(current));
  }, [current]);

  const set = (key: number, patch: Partial<ItemDraft>) => setItems((list) => list.map((i) => (i.key === key ? { ...i, ...patch } : i)));
  const move = (index: number, by: -1 | 1) =>
    setItems((list) => {
      const copy = [...list];
      const [it] = copy.splice(index, 1);
      if (it) copy.splice(Math.max(0, Math.min(copy.length, index + by)), 0, it);
      return copy;
    });

  async function save(e: FormEvent) {
    e.preventDefault();
    const kept = items.filter((i) => i.title.trim() !== '');
    if (kept.length === 0) return setNotice({ kind: 'error', text: 'Mẫu cần ít nhất một mục kiểm tra.' });
    const r = await client.call('inspections.saveTemplate', {
      note: note.trim() || null,
      items: kept.map((i) => ({
        ...(i.code ? { code: i.code } : {}),
        title: i.title.trim(),
        guidance: i.guidance.trim() || null,
        legalBasis: i.legalBasis.trim() || null,
      })),
    });
    if (!r.ok) return setNotice({ kind: 'error', text: r.error.message });
    setNote('');
    setNotice({ kind: 'ok', text: `Đã lưu mẫu phiên bản ${r.value.version}. Biên bản mới sẽ dùng phiên bản này.` });
  }

  return (
    <div>
      {templates.error && <p className="error-text">{templates.error}</p>}
      {current && (
        <p className="muted">
          Đang dùng phiên bản {current.version} ({current.recordsUsing} biên bản). Sửa rồi lưu để tạo phiên bản mới; biên bản đã lập vẫn giữ
          phiên bản cũ.
        </p>
      )}
      <form className="form-grid insp-form" onSubmit={(e) => void save(e)} aria-label="Mẫu nội dung kiểm tra">
        {items.map((it, i) => (
          <fieldset key={it.key} className="wide insp-template-item">
            <legend>
              Mục {i + 1}
              {it.code ? ` (${it.code})` : ' (mới)'}
            </legend>
            <TextField label="Nội dung kiểm tra" value={it.title} onChange={(title) => set(it.key, { title })} wide maxLength={500} />
            <TextField label="Hướng dẫn" value={it.guidance} onChange={(guidance) => set(it.key, { guidance })} maxLength={2000} />
            <TextField
              label="Căn cứ pháp lý"
              value={it.legalBasis}
              onChange={(legalBasis) => set(it.key, { legalBasis })}
              maxLength={300}
            />
            <div className="toolbar">
              <button
                type="button"
                className="secondary"
                disabled={i === 0}
                onClick={() => move(i, -1)}
                aria-label={`Đưa mục ${i + 1} lên`}
              >
                Lên
              </button>
              <button
                type="button"
                className="secondary"
                disabled={i === items.length - 1}
                onClick={() => move(i, 1)}
                aria-label={`Đưa mục ${i + 1} xuống`}
              >
                Xuống
              </button>
              <button
                type="button"
                className="secondary"
                onClick={() => setItems(items.filter((x) => x.key !== it.key))}
                aria-label={`Bỏ mục ${i + 1}`}
              >
                Bỏ
              </button>
            </div>
          </fieldset>
        ))}
        <div className="wide">
          <button
            type="button"
            className="secondary"
            onClick={() => setItems([...items, { key: next++, code: undefined, title: '', guidance: '', legalBasis: '' }])}
          >
            Thêm mục
          </button>
        </div>
        <TextField label="Lý do sửa (ghi vào phiên bản)" value={note} onChange={setNote} wide maxLength={500} />
        <div className="form-actions">
          <button type="submit">Lưu thành phiên bản mới</button>
          <NoticeLine notice={notice} />
        </div>
      </form>
      {templates.data && templates.data.length > 1 && (
        <table className="table compact">
          <thead>
            <tr>
              <th>Phiên bản</th>
              <th>Lập lúc</th>
              <th>Người lập</th>
              <th>Ghi chú</th>
              <th className="num">Số mục</th>
              <th className="num">Biên bản dùng</th>
            </tr>
          </thead>
          <tbody>
            {templates.data.map((t) => (
              <tr key={t.id}>
                <td>{t.version}</td>
                <td>{formatVnDateTime(t.createdAt)}</td>
                <td>{t.createdBy}</td>
                <td>{t.note}</td>
                <td className="num">{t.items.length}</td>
                <td className="num">{t.recordsUsing}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
