import { useState, type FormEvent } from 'react';
import type { RecommendationDto } from '../../../src-main/contract/inspection-dto.ts';
import type { RecommendationStatus } from '../../../src-main/contract/inspection-vocab.ts';
import { client } from '../../api/client.ts';
import { useApi } from '../../api/hooks.ts';
import { DateField, SelectField, TextField } from '../../components/Field.tsx';
import { NoticeLine, type Notice } from './components.tsx';
import { readDate, showDate, todayIso } from './form-utils.ts';
import { STATUS_ORDER, STATUS_TEXT } from './labels.ts';

/** Records one dated step of a recommendation's follow-up; earlier steps stay in its history. */
function UpdateForm({ rec, onDone }: { rec: RecommendationDto; onDone: () => void }) {
  const [status, setStatus] = useState<RecommendationStatus>(rec.status === 'chua_thuc_hien' ? 'dang_thuc_hien' : 'da_thuc_hien');
  const [onDate, setOnDate] = useState(showDate(todayIso()));
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [notice, setNotice] = useState<Notice>(null);

  async function save(e: FormEvent) {
    e.preventDefault();
    const date = readDate(onDate, 'Ngày cập nhật', true);
    if (!date.ok || date.value === null) {
      setError(date.ok ? undefined : date.reason);
      return;
    }
    setError(undefined);
    const r = await client.call('inspections.updateRecommendation', { id: rec.id, status, onDate: date.value, note: note.trim() || null });
    if (!r.ok) return setNotice({ kind: 'error', text: r.error.message });
    onDone();
  }
  return (
    <form className="form-grid insp-update" onSubmit={(e) => void save(e)} aria-label={`Cập nhật kiến nghị: ${rec.content}`}>
      <SelectField
        autoFocus
        label="Tình trạng mới"
        name="status"
        value={status}
        onChange={(v) => setStatus(v as RecommendationStatus)}
        options={STATUS_ORDER.map((s) => ({ value: s, label: STATUS_TEXT[s] }))}
      />
      <DateField label="Ngày" name="onDate" value={onDate} onChange={setOnDate} error={error} />
      <TextField label="Ghi chú (văn bản, kết quả)" name="note" value={note} onChange={setNote} wide maxLength={2000} />
      <div className="form-actions">
        <button type="submit">Ghi nhận</button>
        <button type="button" className="secondary" onClick={onDone}>
          Hủy
        </button>
        <NoticeLine notice={notice} />
      </div>
      {rec.updates.length > 0 && (
        <ul className="wide insp-history" aria-label="Lịch sử theo dõi">
          {rec.updates.map((u) => (
            <li key={u.id}>
              {showDate(u.onDate)}: {STATUS_TEXT[u.status]}
              {u.note ? ` — ${u.note}` : ''} <span className="muted">({u.who})</span>
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}

/** Theo dõi kiến nghị: every recommendation with its status on a date, overdue ones marked. */
export function FollowUpTab() {
  const [asOfText, setAsOfText] = useState(showDate(todayIso()));
  const [status, setStatus] = useState<RecommendationStatus | ''>('');
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [open, setOpen] = useState<number | null>(null);
  const asOf = readDate(asOfText, 'Ngày xem', true);
  const input = {
    ...(asOf.ok && asOf.value ? { asOf: asOf.value } : {}),
    ...(status ? { status } : {}),
    ...(overdueOnly ? { overdueOnly } : {}),
  };
  const recs = useApi('inspections.listRecommendations', input, ['inspections', 'registry']);

  return (
    <div>
      <div className="toolbar">
        <label className="kttt-inline">
          Tình hình đến ngày
          <input
            aria-label="Tình hình đến ngày"
            aria-invalid={!asOf.ok}
            value={asOfText}
            onChange={(e) => setAsOfText(e.target.value)}
            placeholder="dd/mm/yyyy"
          />
        </label>
        <label className="kttt-inline">
          Tình trạng
          <select aria-label="Lọc theo tình trạng" value={status} onChange={(e) => setStatus(e.target.value as RecommendationStatus | '')}>
            <option value="">Tất cả</option>
            {STATUS_ORDER.map((s) => (
              <option key={s} value={s}>
                {STATUS_TEXT[s]}
              </option>
            ))}
          </select>
        </label>
        <label className="kttt-inline">
          <input type="checkbox" checked={overdueOnly} onChange={(e) => setOverdueOnly(e.target.checked)} /> Chỉ kiến nghị quá hạn
        </label>
        {!asOf.ok && <span className="error-text">{asOf.reason}</span>}
      </div>
      {recs.error && <p className="error-text">{recs.error}</p>}
      {recs.data && recs.data.length === 0 && <p className="muted">Không có kiến nghị nào.</p>}
      {recs.data && recs.data.length > 0 && (
        <table className="table insp-recs">
          <thead>
            <tr>
              <th>Tổ chức</th>
              <th>Kiến nghị</th>
              <th>Bên thực hiện</th>
              <th>Thời hạn</th>
              <th>Tình trạng</th>
              <th>Quá hạn</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {recs.data.map((r) => (
              <FollowUpRow key={r.id} rec={r} open={open === r.id} onToggle={() => setOpen(open === r.id ? null : r.id)} />
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

function FollowUpRow({ rec, open, onToggle }: { rec: RecommendationDto; open: boolean; onToggle: () => void }) {
  return (
    <>
      <tr className={rec.overdue ? 'insp-overdue' : undefined}>
        <td>{rec.organization.name}</td>
        <td>{rec.content}</td>
        <td>{rec.responsible}</td>
        <td>{showDate(rec.deadline)}</td>
        <td>
          {STATUS_TEXT[rec.status]}
          {rec.statusSince ? ` (từ ${showDate(rec.statusSince)})` : ''}
        </td>
        <td>{rec.overdue ? `${rec.daysOverdue} ngày` : ''}</td>
        <td>
          <button type="button" onClick={onToggle} aria-expanded={open}>
            Cập nhật
          </button>
        </td>
      </tr>
      {open && (
        <tr>
          <td colSpan={7}>
            <UpdateForm rec={rec} onDone={onToggle} />
          </td>
        </tr>
      )}
    </>
  );
}
