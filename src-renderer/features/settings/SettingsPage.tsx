import { useEffect, useState, type FormEvent } from 'react';
import type { Settings } from '../../../src-main/contract/index.ts';
import { client } from '../../api/client.ts';
import { useApi } from '../../api/hooks.ts';
import { NoticeLine, type Notice } from '../../lib/notice.tsx';

const FIELDS: { key: keyof Settings; label: string; hint: string }[] = [
  { key: 'officeName', label: 'Tên cơ quan', hint: 'Ví dụ: Liên minh Hợp tác xã tỉnh Phú Thọ' },
  { key: 'parentBody', label: 'Cơ quan chủ quản', hint: 'Ví dụ: UBND TỈNH PHÚ THỌ' },
  { key: 'issuingBody', label: 'Cơ quan ban hành báo cáo', hint: 'Ví dụ: BAN CHỈ ĐẠO PHÁT TRIỂN KINH TẾ TẬP THỂ' },
  { key: 'placeName', label: 'Địa danh ghi ngày tháng', hint: 'Ví dụ: Phú Thọ' },
  { key: 'signerAuthority', label: 'Thẩm quyền ký', hint: 'Ví dụ: KT. TRƯỞNG BAN (để trống nếu ký trực tiếp)' },
  { key: 'signerTitle', label: 'Chức vụ người ký', hint: 'Ví dụ: PHÓ TRƯỞNG BAN' },
  { key: 'signerName', label: 'Họ và tên người ký', hint: 'Ví dụ: Nguyễn Văn A' },
];

/** Office details printed on every report header and signature block. */
export function SettingsPage() {
  const loaded = useApi('settings.get', {}, ['settings']);
  const provinces = useApi('adminUnits.provinces', {});
  const [draft, setDraft] = useState<Settings | null>(null);
  const [message, setMessage] = useState<Notice>(null);

  useEffect(() => {
    if (loaded.data) setDraft(loaded.data);
  }, [loaded.data]);

  async function save(e: FormEvent) {
    e.preventDefault();
    if (!draft) return;
    const r = await client.call('settings.set', draft);
    setMessage(r.ok ? { kind: 'ok', text: 'Đã lưu thông tin cơ quan.' } : { kind: 'error', text: r.error.message });
  }

  return (
    <section className="panel">
      <h1>Thông tin cơ quan</h1>
      <p className="muted">Dùng cho phần đầu và phần ký của các báo cáo.</p>
      {loaded.error && <p className="error-text">{loaded.error}</p>}
      {draft && (
        <form className="form-grid" onSubmit={save}>
          <label>
            <span>Tỉnh, thành phố (danh mục 2025)</span>
            <select
              name="provinceCode"
              value={draft.provinceCode}
              onChange={(e) => {
                setMessage(null);
                setDraft({ ...draft, provinceCode: e.target.value });
              }}
            >
              <option value="">— Chọn tỉnh —</option>
              {(provinces.data ?? []).map((p) => (
                <option key={p.code} value={p.code}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
          {FIELDS.map((f) => (
            <label key={f.key}>
              <span>{f.label}</span>
              <input
                name={f.key}
                value={draft[f.key]}
                placeholder={f.hint}
                onChange={(e) => {
                  setMessage(null);
                  setDraft({ ...draft, [f.key]: e.target.value });
                }}
              />
            </label>
          ))}
          <div className="form-actions">
            <button type="submit">Lưu</button>
            <NoticeLine notice={message} />
          </div>
        </form>
      )}
    </section>
  );
}
