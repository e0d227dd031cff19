import { useState, type FormEvent } from 'react';
import { ACTIVITY_KIND_LABEL, ACTIVITY_KINDS, type ActivityKind } from '../../../src-main/contract/bcd-vocab.ts';
import type { ActivityDto } from '../../../src-main/contract/bcd-dto.ts';
import { client } from '../../api/client.ts';
import { useApi } from '../../api/hooks.ts';
import { DateField, SelectField, TextField } from '../../components/Field.tsx';
import { NoticeLine, type Notice } from '../../lib/notice.tsx';
import { OrgPicker, useOrgChoices } from '../inspections/components.tsx';
import { Problems, readDate, showDate } from '../inspections/form-utils.ts';
import { fieldErrors, readMoney, refusalText, showMoney } from './common.ts';

function readCount(text: string): { ok: true; value: number | null } | { ok: false; reason: string } {
  const t = text.trim().replace(/\./g, '');
  if (t === '') return { ok: true, value: null };
  return /^\d+$/.test(t) ? { ok: true, value: Number(t) } : { ok: false, reason: 'Số người là số nguyên, ví dụ 120.' };
}

/** Training courses (and their trainees per organization), trade fairs (the organizations taking part), propaganda. */
export function ActivitiesSection({ year }: { year: number }) {
  const list = useApi('support.activities', { year }, ['bcd', 'registry']);
  const [kind, setKind] = useState<ActivityKind>('dao_tao');
  const [title, setTitle] = useState('');
  const [heldFrom, setHeldFrom] = useState('');
  const [heldTo, setHeldTo] = useState('');
  const [participants, setParticipants] = useState('');
  const [cost, setCost] = useState('');
  const [orgs, setOrgs] = useState<Array<{ organizationId: number; trainees: number | null }>>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<Notice>(null);

  async function save(e: FormEvent) {
    e.preventDefault();
    const p = new Problems();
    const from = p.take('heldFrom', readDate(heldFrom, 'Ngày bắt đầu', true), null);
    const to = p.take('heldTo', readDate(heldTo, 'Ngày kết thúc', false), null);
    const people = p.take('participants', readCount(participants), null);
    const money = p.take('cost', readMoney(cost), null);
    setErrors(p.byField);
    if (p.any || from === null) return setNotice({ kind: 'error', text: `Chưa lưu: ${p.summary}` });
    const r = await client.call('support.saveActivity', {
      kind,
      title,
      heldFrom: from,
      heldTo: to,
      participants: people,
      cost: money,
      organizations: orgs,
    });
    if (!r.ok) {
      setErrors(fieldErrors(r.error));
      return setNotice({ kind: 'error', text: refusalText(r.error) });
    }
    setNotice({ kind: 'ok', text: `Đã ghi "${r.value.title}".` });
    setTitle('');
    setOrgs([]);
    setParticipants('');
    setCost('');
  }
  return (
    <>
      <h2>Đào tạo, xúc tiến thương mại, tuyên truyền năm {year}</h2>
      <form className="form-grid insp-form" onSubmit={(e) => void save(e)} aria-label="Ghi nhận hoạt động">
        <SelectField
          label="Loại hoạt động"
          name="activityKind"
          value={kind}
          onChange={(v) => setKind(v as ActivityKind)}
          options={ACTIVITY_KINDS.map((k) => ({ value: k, label: ACTIVITY_KIND_LABEL[k] }))}
        />
        <TextField label="Tên hoạt động" name="activityTitle" value={title} onChange={setTitle} error={errors.title} maxLength={500} />
        <DateField label="Từ ngày" name="heldFrom" value={heldFrom} onChange={setHeldFrom} error={errors.heldFrom} />
        <DateField label="Đến ngày" name="heldTo" value={heldTo} onChange={setHeldTo} error={errors.heldTo} />
        <TextField
          label="Số người tham dự"
          name="participants"
          value={participants}
          onChange={setParticipants}
          error={errors.participants}
          maxLength={12}
        />
        <TextField label="Kinh phí (đồng)" name="activityCost" value={cost} onChange={setCost} error={errors.cost} maxLength={25} />
        <ParticipantsPicker kind={kind} value={orgs} onChange={setOrgs} error={errors.organizations} />
        <div className="form-actions">
          <button type="submit">Ghi nhận hoạt động</button>
          <NoticeLine notice={notice} />
        </div>
      </form>
      {list.data && list.data.length > 0 && <ActivitiesTable activities={list.data} />}
    </>
  );
}

function ActivitiesTable({ activities }: { activities: readonly ActivityDto[] }) {
  return (
    <table className="table" aria-label="Hoạt động đã ghi nhận">
      <thead>
        <tr>
          <th>Ngày</th>
          <th>Loại</th>
          <th>Tên</th>
          <th>Người tham dự</th>
          <th>Tổ chức tham gia</th>
          <th>Kinh phí (đồng)</th>
        </tr>
      </thead>
      <tbody>
        {activities.map((a) => (
          <tr key={a.id}>
            <td>{showDate(a.heldFrom)}</td>
            <td>{ACTIVITY_KIND_LABEL[a.kind]}</td>
            <td>{a.title}</td>
            <td>{a.participants ?? ''}</td>
            <td>
              {a.organizations.map((o) => o.organization.name).join(', ')}
              {a.unmatched.length > 0 && (
                <span className="warn-text">
                  {a.organizations.length > 0 ? '; ' : ''}chưa ghép với sổ: {a.unmatched.map((u) => `“${u.name}”`).join(', ')}
                </span>
              )}
            </td>
            <td className="num">{showMoney(a.cost)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

type Participant = { organizationId: number; trainees: number | null };

/** The organizations taking part, added one by one; a training course also counts each one's trainees. */
function ParticipantsPicker(props: {
  kind: ActivityKind;
  value: Participant[];
  onChange: (v: Participant[]) => void;
  error?: string | undefined;
}) {
  const orgNames = useOrgChoices();
  const [picked, setPicked] = useState<number | null>(null);
  const [trainees, setTrainees] = useState('');
  const nameOf = (id: number) => orgNames.find((c) => c.id === id)?.row.name ?? String(id);
  function addOrg() {
    const n = readCount(trainees);
    if (picked === null || props.value.some((o) => o.organizationId === picked) || !n.ok) return;
    props.onChange([...props.value, { organizationId: picked, trainees: n.value }]);
    setPicked(null);
    setTrainees('');
  }
  return (
    <>
      <OrgPicker label="Tổ chức tham gia" name="activityOrg" value={picked} onChange={setPicked} error={props.error} />
      {props.kind === 'dao_tao' && (
        <TextField label="Số học viên của tổ chức" name="trainees" value={trainees} onChange={setTrainees} maxLength={8} />
      )}
      <div className="form-actions">
        <button type="button" className="secondary" onClick={addOrg}>
          Thêm tổ chức tham gia
        </button>
        {props.value.length > 0 && (
          <span>{props.value.map((o) => `${nameOf(o.organizationId)}${o.trainees === null ? '' : ` (${o.trainees})`}`).join('; ')}</span>
        )}
      </div>
    </>
  );
}
