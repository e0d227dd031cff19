import { useState, type FormEvent } from 'react';
import type { MeetingDto } from '../../../src-main/contract/inspection-dto.ts';
import { client } from '../../api/client.ts';
import { useApi } from '../../api/hooks.ts';
import { DateField, TextField } from '../../components/Field.tsx';
import { NoticeLine, OrgPicker, type Notice } from './components.tsx';
import { readDate, showDate } from './form-utils.ts';

/**
 * Đại hội thành viên thường niên: one meeting per organization and fiscal year. The monitoring list
 * "chưa họp đúng hạn" reads these; a meeting after 30/4 of the next year is kept but marked late.
 */
export function MeetingsTab() {
  const [fiscalYear, setFiscalYear] = useState(new Date().getFullYear() - 1);
  const meetings = useApi('inspections.listMeetings', { fiscalYear }, ['inspections', 'registry']);
  const [organizationId, setOrganizationId] = useState<number | null>(null);
  const [heldOn, setHeldOn] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<Notice>(null);

  async function save(e: FormEvent) {
    e.preventDefault();
    const date = readDate(heldOn, 'Ngày họp', true);
    const next: Record<string, string> = {};
    if (organizationId === null) next.organizationId = 'Chọn một tổ chức trong sổ đăng ký.';
    if (!date.ok) next.heldOn = date.reason;
    setErrors(next);
    if (organizationId === null || !date.ok || date.value === null)
      return setNotice({ kind: 'error', text: `Chưa lưu: ${Object.values(next).join(' ')}` });
    const r = await client.call('inspections.saveMeeting', { organizationId, fiscalYear, heldOn: date.value, note: note.trim() || null });
    if (!r.ok) return setNotice({ kind: 'error', text: r.error.message });
    setNotice({
      kind: 'ok',
      text: `Đã ghi nhận Đại hội năm ${fiscalYear} của ${r.value.organization.name}${r.value.onTime ? '.' : ' (họp muộn hơn hạn 30/4).'}`,
    });
    setOrganizationId(null);
    setHeldOn('');
    setNote('');
  }
  async function remove(m: MeetingDto) {
    if (!window.confirm(`Xóa Đại hội năm ${m.fiscalYear} của ${m.organization.name}?`)) return;
    const r = await client.call('inspections.deleteMeeting', { id: m.id });
    setNotice(r.ok ? { kind: 'ok', text: 'Đã xóa.' } : { kind: 'error', text: r.error.message });
  }

  return (
    <div>
      <div className="toolbar">
        <label className="kttt-inline">
          Năm tài chính
          <input
            type="number"
            aria-label="Năm tài chính"
            min={1945}
            max={2100}
            value={fiscalYear}
            onChange={(e) => setFiscalYear(Number(e.target.value) || new Date().getFullYear() - 1)}
          />
        </label>
      </div>
      <form className="form-grid insp-form" onSubmit={(e) => void save(e)} aria-label="Ghi nhận Đại hội thành viên thường niên">
        <OrgPicker label="Tổ chức" name="meetingOrg" value={organizationId} onChange={setOrganizationId} error={errors.organizationId} />
        <DateField label={`Ngày họp Đại hội năm ${fiscalYear}`} name="heldOn" value={heldOn} onChange={setHeldOn} error={errors.heldOn} />
        <TextField label="Ghi chú (số nghị quyết…)" name="meetingNote" value={note} onChange={setNote} wide maxLength={1000} />
        <div className="form-actions">
          <button type="submit">Ghi nhận</button>
          <NoticeLine notice={notice} />
        </div>
      </form>
      {meetings.error && <p className="error-text">{meetings.error}</p>}
      {meetings.data && meetings.data.length === 0 && <p className="muted">Chưa ghi nhận Đại hội thường niên năm {fiscalYear} nào.</p>}
      {meetings.data && meetings.data.length > 0 && (
        <table className="table">
          <thead>
            <tr>
              <th>Tổ chức</th>
              <th>Ngày họp</th>
              <th>Hạn</th>
              <th>Đúng hạn</th>
              <th>Ghi chú</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {meetings.data.map((m) => (
              <tr key={m.id}>
                <td>{m.organization.name}</td>
                <td>{showDate(m.heldOn)}</td>
                <td>{showDate(m.deadline)}</td>
                <td>{m.onTime ? 'Đúng hạn' : 'Muộn'}</td>
                <td>{m.note}</td>
                <td>
                  <button type="button" onClick={() => void remove(m)}>
                    Xóa
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
