import { useState, type FormEvent } from 'react';
import { ORG_STATUS_LABEL, ORG_STATUSES, type OrgStatus } from '../../../src-main/contract/vocab.ts';
import { parseVnDate } from '../../../src-main/shared/vn-date.ts';
import { client } from '../../api/client.ts';

function readDate(text: string, label: string, required: boolean): { ok: true; iso: string | null } | { ok: false; reason: string } {
  if (text.trim() === '') return required ? { ok: false, reason: `Hãy nhập ${label}.` } : { ok: true, iso: null };
  const r = parseVnDate(text);
  if (!r.ok) return { ok: false, reason: r.reason };
  if (r.value.precision !== 'day') return { ok: false, reason: `${label}: cần ghi đủ ngày/tháng/năm, ví dụ 15/03/2024.` };
  return { ok: true, iso: r.value.iso };
}

/**
 * Records a dated change of status (tạm ngừng from … to …, giải thể from …): the grid's status column
 * records a change as of today; this form records the real date from the decision or the notice.
 */
export function StatusForm({ organizationId, current }: { organizationId: number; current: OrgStatus }) {
  const [status, setStatus] = useState<OrgStatus>(current === 'dang_hoat_dong' ? 'tam_ngung' : 'dang_hoat_dong');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [note, setNote] = useState('');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const fromDate = readDate(from, 'ngày bắt đầu', true);
    const toDate = readDate(to, 'ngày kết thúc', false);
    if (!fromDate.ok || !toDate.ok) {
      setMessage({ kind: 'error', text: !fromDate.ok ? fromDate.reason : !toDate.ok ? toDate.reason : '' });
      return;
    }
    setBusy(true);
    const r = await client.call('registry.setStatus', {
      organizationId,
      status,
      fromDate: fromDate.iso ?? '',
      toDate: toDate.iso,
      note: note.trim() || null,
    });
    setBusy(false);
    if (r.ok) {
      setMessage({ kind: 'ok', text: `Đã ghi nhận: ${ORG_STATUS_LABEL[status]} từ ${from}.` });
      setFrom('');
      setTo('');
      setNote('');
    } else setMessage({ kind: 'error', text: r.error.message });
  }

  return (
    <form onSubmit={(e) => void submit(e)} aria-label="Ghi nhận thay đổi tình trạng">
      <label className="wide">
        Tình trạng mới
        <select value={status} onChange={(e) => setStatus(e.target.value as OrgStatus)}>
          {ORG_STATUSES.map((s) => (
            <option key={s} value={s}>
              {ORG_STATUS_LABEL[s]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Từ ngày
        <input value={from} onChange={(e) => setFrom(e.target.value)} placeholder="dd/mm/yyyy" />
      </label>
      <label>
        Đến ngày {status === 'tam_ngung' ? '(nếu có)' : '(không bắt buộc)'}
        <input value={to} onChange={(e) => setTo(e.target.value)} placeholder="dd/mm/yyyy" />
      </label>
      <label className="wide">
        Ghi chú (số quyết định, thông báo…)
        <input value={note} onChange={(e) => setNote(e.target.value)} maxLength={1000} />
      </label>
      <div className="wide form-actions">
        <button type="submit" disabled={busy}>
          Ghi nhận
        </button>
        {message && (
          <span role="status" className={message.kind === 'ok' ? 'ok-text' : 'error-text'}>
            {message.text}
          </span>
        )}
      </div>
    </form>
  );
}
