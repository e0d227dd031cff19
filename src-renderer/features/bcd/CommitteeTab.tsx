import { useState, type FormEvent } from 'react';
import type { AgencyDto } from '../../../src-main/contract/bcd-dto.ts';
import { AgenciesGrid, MembersGrid } from './CommitteeGrids.tsx';

const NO_AGENCIES: readonly AgencyDto[] = [];
import { MEMBER_ROLE_LABEL, MEMBER_ROLES, type MemberRole } from '../../../src-main/contract/bcd-vocab.ts';
import { client } from '../../api/client.ts';
import { useApi } from '../../api/hooks.ts';
import { DateField, SelectField, TextField } from '../../components/Field.tsx';
import { NoticeLine, type Notice } from '../../lib/notice.tsx';
import { Problems, readDate } from '../inspections/form-utils.ts';
import { fieldErrors, refusalText } from './common.ts';

/** The member agencies of the BCĐ (lead and partners of tasks) and the people who sit on it for them. */
export function CommitteeTab() {
  const agencies = useApi('bcd.agencies', {}, ['bcd']);
  const [agencyName, setAgencyName] = useState('');
  const [agencyNotice, setAgencyNotice] = useState<Notice>(null);
  const [agencyError, setAgencyError] = useState<string | undefined>();

  async function addAgency(e: FormEvent) {
    e.preventDefault();
    const r = await client.call('bcd.saveAgency', { name: agencyName });
    if (!r.ok) {
      setAgencyError(fieldErrors(r.error).name);
      return setAgencyNotice({ kind: 'error', text: refusalText(r.error) });
    }
    setAgencyError(undefined);
    setAgencyName('');
    setAgencyNotice({ kind: 'ok', text: `Đã thêm ${r.value.name}.` });
  }

  return (
    <div className="page-stack">
      <h2>Cơ quan thành viên</h2>
      <form className="form-grid insp-form" onSubmit={(e) => void addAgency(e)} aria-label="Thêm cơ quan thành viên">
        <TextField label="Tên cơ quan" name="agencyName" value={agencyName} onChange={setAgencyName} error={agencyError} maxLength={300} />
        <div className="form-actions">
          <button type="submit">Thêm cơ quan</button>
          <NoticeLine notice={agencyNotice} />
        </div>
      </form>
      {agencies.error && <p className="error-text">{agencies.error}</p>}
      <AgenciesGrid />
      <MemberForm agencies={agencies.data ?? []} />
      <MembersGrid agencies={agencies.data ?? NO_AGENCIES} />
    </div>
  );
}

function MemberForm({ agencies }: { agencies: ReadonlyArray<{ id: number; name: string }> }) {
  const [agencyId, setAgencyId] = useState('');
  const [person, setPerson] = useState('');
  const [position, setPosition] = useState('');
  const [role, setRole] = useState<MemberRole>('uy_vien');
  const [decision, setDecision] = useState('');
  const [fromDate, setFromDate] = useState('');
  const [toDate, setToDate] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<Notice>(null);

  async function save(e: FormEvent) {
    e.preventDefault();
    const p = new Problems();
    const from = p.take('fromDate', readDate(fromDate, 'Từ ngày', false), null);
    const to = p.take('toDate', readDate(toDate, 'Đến ngày', false), null);
    if (agencyId === '') p.add('agencyId', 'Chọn cơ quan của thành viên.');
    setErrors(p.byField);
    if (p.any) return setNotice({ kind: 'error', text: `Chưa lưu: ${p.summary}` });
    const r = await client.call('bcd.saveMember', {
      agencyId: Number(agencyId),
      person,
      position: position || null,
      role,
      decision: decision || null,
      fromDate: from,
      toDate: to,
    });
    if (!r.ok) {
      setErrors(fieldErrors(r.error));
      return setNotice({ kind: 'error', text: refusalText(r.error) });
    }
    setNotice({ kind: 'ok', text: `Đã thêm ${r.value.person} (${MEMBER_ROLE_LABEL[r.value.role]}).` });
    setPerson('');
    setPosition('');
  }

  return (
    <>
      <h2>Thành viên Ban Chỉ đạo</h2>
      <form className="form-grid insp-form" onSubmit={(e) => void save(e)} aria-label="Thêm thành viên Ban Chỉ đạo">
        <SelectField
          label="Cơ quan"
          name="memberAgency"
          value={agencyId}
          onChange={setAgencyId}
          options={[{ value: '', label: '— chọn cơ quan —' }, ...agencies.map((a) => ({ value: String(a.id), label: a.name }))]}
        />
        {errors.agencyId && <span className="error-text">{errors.agencyId}</span>}
        <TextField label="Họ tên" name="person" value={person} onChange={setPerson} error={errors.person} maxLength={200} />
        <TextField label="Chức vụ tại cơ quan" name="position" value={position} onChange={setPosition} maxLength={200} />
        <SelectField
          label="Vai trò trong BCĐ"
          name="role"
          value={role}
          onChange={(v) => setRole(v as MemberRole)}
          options={MEMBER_ROLES.map((r) => ({ value: r, label: MEMBER_ROLE_LABEL[r] }))}
        />
        <TextField label="Quyết định thành lập, kiện toàn" name="decision" value={decision} onChange={setDecision} maxLength={200} />
        <DateField label="Từ ngày" name="fromDate" value={fromDate} onChange={setFromDate} error={errors.fromDate} />
        <DateField label="Đến ngày" name="toDate" value={toDate} onChange={setToDate} error={errors.toDate} />
        <div className="form-actions">
          <button type="submit">Thêm thành viên</button>
          <NoticeLine notice={notice} />
        </div>
      </form>
    </>
  );
}
