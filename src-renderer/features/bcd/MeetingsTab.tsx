import { useState, type FormEvent } from 'react';
import { BCD_MEETING_KIND_LABEL, BCD_MEETING_KINDS, type BcdMeetingKind } from '../../../src-main/contract/bcd-vocab.ts';
import { client } from '../../api/client.ts';
import { DateField, SelectField, TextField } from '../../components/Field.tsx';
import { NoticeLine, type Notice } from '../../lib/notice.tsx';
import { Problems, readDate, showDate } from '../inspections/form-utils.ts';
import { MeetingsGrid } from './CommitteeGrids.tsx';
import { fieldErrors, refusalText, thisYear } from './common.ts';
import { YearInput } from './YearInput.tsx';

/** The BCĐ's meetings of a year: kind, attendees, conclusions and the conclusion notice. */
export function MeetingsTab() {
  const [year, setYear] = useState(thisYear());
  const [heldOn, setHeldOn] = useState('');
  const [kind, setKind] = useState<BcdMeetingKind>('dinh_ky_6_thang');
  const [attendees, setAttendees] = useState('');
  const [conclusions, setConclusions] = useState('');
  const [noticeNumber, setNoticeNumber] = useState('');
  const [noticeDate, setNoticeDate] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<Notice>(null);

  async function save(e: FormEvent) {
    e.preventDefault();
    const p = new Problems();
    const held = p.take('heldOn', readDate(heldOn, 'Ngày họp', true), null);
    const nd = p.take('noticeDate', readDate(noticeDate, 'Ngày thông báo', false), null);
    setErrors(p.byField);
    if (p.any || held === null) return setNotice({ kind: 'error', text: `Chưa lưu: ${p.summary}` });
    const r = await client.call('bcd.saveMeeting', {
      heldOn: held,
      kind,
      attendees: attendees || null,
      conclusions: conclusions || null,
      noticeNumber: noticeNumber || null,
      noticeDate: nd,
    });
    if (!r.ok) {
      setErrors(fieldErrors(r.error));
      return setNotice({ kind: 'error', text: refusalText(r.error) });
    }
    setNotice({ kind: 'ok', text: `Đã ghi nhận cuộc họp ngày ${showDate(r.value.heldOn)}.` });
    setHeldOn('');
    setAttendees('');
    setConclusions('');
    setNoticeNumber('');
    setNoticeDate('');
  }

  return (
    <div>
      <div className="toolbar">
        <YearInput value={year} onChange={setYear} />
      </div>
      <form className="form-grid insp-form" onSubmit={(e) => void save(e)} aria-label="Ghi nhận cuộc họp Ban Chỉ đạo">
        <DateField label="Ngày họp" name="heldOn" value={heldOn} onChange={setHeldOn} error={errors.heldOn} />
        <SelectField
          label="Loại cuộc họp"
          name="meetingKind"
          value={kind}
          onChange={(v) => setKind(v as BcdMeetingKind)}
          options={BCD_MEETING_KINDS.map((k) => ({ value: k, label: BCD_MEETING_KIND_LABEL[k] }))}
        />
        <TextField label="Thành phần dự họp" name="attendees" value={attendees} onChange={setAttendees} multiline maxLength={5000} />
        <TextField label="Kết luận" name="conclusions" value={conclusions} onChange={setConclusions} multiline maxLength={20000} />
        <TextField label="Số thông báo kết luận" name="noticeNumber" value={noticeNumber} onChange={setNoticeNumber} maxLength={100} />
        <DateField label="Ngày thông báo" name="noticeDate" value={noticeDate} onChange={setNoticeDate} error={errors.noticeDate} />
        <div className="form-actions">
          <button type="submit">Ghi nhận cuộc họp</button>
          <NoticeLine notice={notice} />
        </div>
      </form>
      <MeetingsGrid year={year} />
    </div>
  );
}
