import { useEffect, useState, type FormEvent } from 'react';
import type { ReportSettingsDto, ReportType } from '../../../src-main/contract/index.ts';
import { client } from '../../api/client.ts';
import { useApi } from '../../api/hooks.ts';
import { formatVnDate, parseVnDate } from '../../../src-main/shared/index.ts';
import { NoticeLine, type Notice } from '../../lib/notice.tsx';

const OVERRIDES: { key: 'issuingBody' | 'placeName' | 'signerAuthority' | 'signerTitle' | 'signerName'; label: string }[] = [
  { key: 'issuingBody', label: 'Cơ quan ban hành (nếu khác cài đặt chung)' },
  { key: 'placeName', label: 'Địa danh' },
  { key: 'signerAuthority', label: 'Thẩm quyền ký (KT., TM., …)' },
  { key: 'signerTitle', label: 'Chức vụ người ký' },
  { key: 'signerName', label: 'Họ tên người ký' },
];

/** Number, date, recipients and signer of one report type, saved for next time. */
export function ReportSettingsForm({ type }: { type: ReportType }) {
  const loaded = useApi('reports.settings', { type }, ['settings']);
  const [draft, setDraft] = useState<ReportSettingsDto | null>(null);
  const [dateText, setDateText] = useState('');
  const [message, setMessage] = useState<Notice>(null);

  useEffect(() => {
    if (!loaded.data) return;
    setDraft(loaded.data);
    setDateText(loaded.data.date ? formatVnDate(loaded.data.date) : '');
  }, [loaded.data]);

  async function save(e: FormEvent) {
    e.preventDefault();
    if (!draft) return;
    let date: string | null = null;
    if (dateText.trim()) {
      const parsed = parseVnDate(dateText);
      if (!parsed.ok || parsed.value.precision !== 'day') return setMessage({ kind: 'error', text: 'Ngày ký phải có dạng dd/mm/yyyy.' });
      date = parsed.value.iso;
    }
    const r = await client.call('reports.saveSettings', {
      type,
      settings: { ...draft, date, recipients: draft.recipients.map((r) => r.trim()).filter(Boolean) },
    });
    setMessage(r.ok ? { kind: 'ok', text: 'Đã lưu thông tin văn bản.' } : { kind: 'error', text: r.error.message });
  }

  if (!draft) return loaded.error ? <p className="error-text">{loaded.error}</p> : null;
  return (
    <form className="form-grid" onSubmit={save} aria-label="Thông tin văn bản">
      <label>
        <span>Số văn bản (để trống nếu văn thư ghi tay)</span>
        <input
          name="number"
          inputMode="numeric"
          value={draft.number ?? ''}
          onChange={(e) => setDraft({ ...draft, number: e.target.value ? Number(e.target.value.replace(/\D/g, '')) || null : null })}
        />
      </label>
      <label>
        <span>Ký hiệu</span>
        <input name="symbol" value={draft.symbol} onChange={(e) => setDraft({ ...draft, symbol: e.target.value })} />
      </label>
      <label>
        <span>Ngày ký (dd/mm/yyyy, để trống nếu ghi tay)</span>
        <input name="date" value={dateText} onChange={(e) => setDateText(e.target.value)} />
      </label>
      <label>
        <span>Lưu (sau “Lưu: VT,”)</span>
        <input name="archiveUnits" value={draft.archiveUnits} onChange={(e) => setDraft({ ...draft, archiveUnits: e.target.value })} />
      </label>
      <label className="wide">
        <span>Nơi nhận (mỗi dòng một nơi)</span>
        <textarea
          name="recipients"
          rows={5}
          value={draft.recipients.join('\n')}
          onChange={(e) => setDraft({ ...draft, recipients: e.target.value.split('\n') })}
        />
      </label>
      {OVERRIDES.map((o) => (
        <label key={o.key}>
          <span>{o.label}</span>
          <input name={o.key} value={draft[o.key] ?? ''} onChange={(e) => setDraft({ ...draft, [o.key]: e.target.value })} />
        </label>
      ))}
      <div className="form-actions">
        <button type="submit">Lưu thông tin văn bản</button>
        <NoticeLine notice={message} />
      </div>
    </form>
  );
}
