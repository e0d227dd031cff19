import { useState, type FormEvent } from 'react';
import type { AgencyDto, BcdPlanDetail, TaskDto } from '../../../src-main/contract/bcd-dto.ts';
import { TASK_STATE_LABEL, TASK_STATUSES, type TaskStatus } from '../../../src-main/contract/bcd-vocab.ts';
import { client } from '../../api/client.ts';
import { useApi } from '../../api/hooks.ts';
import { DateField, Field, SelectField, TextField } from '../../components/Field.tsx';
import { NoticeLine, type Notice } from '../../lib/notice.tsx';
import { Problems, readDate, showDate, todayIso } from '../inspections/form-utils.ts';
import { fieldErrors, refusalText, thisYear } from './common.ts';
import { ProgressForm } from './ProgressForm.tsx';
import { YearInput } from './YearInput.tsx';

/** The year's plan of the BCĐ: its number, date and signer, its tasks, their progress; copied into next year. */
export function PlanTab() {
  const [year, setYear] = useState(thisYear());
  const plans = useApi('bcd.plans', { year }, ['bcd']);
  const plan = plans.data?.[0];
  return (
    <div>
      <div className="toolbar">
        <YearInput value={year} onChange={setYear} />
      </div>
      {plans.error && <p className="error-text">{plans.error}</p>}
      {plans.data && !plan && <PlanForm year={year} />}
      {plan && <PlanView id={plan.id} />}
    </div>
  );
}

function PlanForm({ year }: { year: number }) {
  const [number, setNumber] = useState('');
  const [issuedOn, setIssuedOn] = useState('');
  const [signer, setSigner] = useState('');
  const [title, setTitle] = useState(`Kế hoạch hoạt động của Ban Chỉ đạo phát triển KTTT năm ${year}`);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<Notice>(null);
  async function save(e: FormEvent) {
    e.preventDefault();
    const p = new Problems();
    const date = p.take('issuedOn', readDate(issuedOn, 'Ngày ban hành', true), null);
    setErrors(p.byField);
    if (p.any || date === null) return setNotice({ kind: 'error', text: `Chưa lưu: ${p.summary}` });
    const r = await client.call('bcd.savePlan', { year, number: number || null, issuedOn: date, signer: signer || null, title });
    if (!r.ok) {
      setErrors(fieldErrors(r.error));
      setNotice({ kind: 'error', text: refusalText(r.error) });
    }
  }
  return (
    <form className="form-grid insp-form" onSubmit={(e) => void save(e)} aria-label={`Lập kế hoạch năm ${year}`}>
      <p className="muted wide">Năm {year} chưa có kế hoạch của Ban Chỉ đạo.</p>
      <TextField label="Số kế hoạch" name="planNumber" value={number} onChange={setNumber} maxLength={100} />
      <DateField label="Ngày ban hành" name="issuedOn" value={issuedOn} onChange={setIssuedOn} error={errors.issuedOn} />
      <TextField label="Người ký" name="signer" value={signer} onChange={setSigner} maxLength={200} />
      <TextField
        label="Tên kế hoạch"
        name="planTitle"
        value={title}
        onChange={setTitle}
        error={errors.title ?? errors.year}
        wide
        maxLength={500}
      />
      <div className="form-actions">
        <button type="submit">Lập kế hoạch</button>
        <NoticeLine notice={notice} />
      </div>
    </form>
  );
}

function PlanView({ id }: { id: number }) {
  const detail = useApi('bcd.plan', { id }, ['bcd']);
  const agencies = useApi('bcd.agencies', {}, ['bcd']);
  const [selected, setSelected] = useState<number | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const d = detail.data;
  if (!d) return detail.error ? <p className="error-text">{detail.error}</p> : null;
  const task = d.tasks.find((t) => t.id === selected) ?? null;

  async function copyToNextYear(plan: BcdPlanDetail) {
    const next = plan.year + 1;
    if (!window.confirm(`Sao chép ${plan.tasks.length} nhiệm vụ sang kế hoạch năm ${next}?`)) return;
    const r = await client.call('bcd.copyPlan', { id: plan.id, toYear: next, issuedOn: `${next}-01-01` });
    setNotice(
      r.ok
        ? {
            kind: 'ok',
            text: `Đã sao chép sang kế hoạch năm ${next} (${r.value.taskCount} nhiệm vụ). Hãy sửa ngày ban hành của kế hoạch mới.`,
          }
        : { kind: 'error', text: r.error.message },
    );
  }

  return (
    <div className="page-stack">
      <p>
        <strong>{d.title}</strong>
        {d.number ? ` — số ${d.number}` : ''}, ngày {showDate(d.issuedOn)}
        {d.signer ? `, người ký: ${d.signer}` : ''}. {d.taskCount} nhiệm vụ: hoàn thành {d.doneCount}, quá hạn {d.overdueCount}.
      </p>
      <div className="toolbar">
        <button type="button" className="secondary" onClick={() => void copyToNextYear(d)}>
          Sao chép nhiệm vụ sang năm {d.year + 1}
        </button>
        <NoticeLine notice={notice} />
      </div>
      <TaskForm planId={d.id} agencies={agencies.data ?? []} />
      <TasksTable tasks={d.tasks} selected={selected} onSelect={setSelected} />
      {task && <ProgressForm task={task} />}
    </div>
  );
}

function TaskForm({ planId, agencies }: { planId: number; agencies: readonly AgencyDto[] }) {
  const [title, setTitle] = useState('');
  const [lead, setLead] = useState('');
  const [partners, setPartners] = useState<number[]>([]);
  const [deadline, setDeadline] = useState('');
  const [output, setOutput] = useState('');
  const [status, setStatus] = useState<TaskStatus>('chua_thuc_hien');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<Notice>(null);
  async function save(e: FormEvent) {
    e.preventDefault();
    const p = new Problems();
    const due = p.take('deadline', readDate(deadline, 'Hạn hoàn thành', false), null);
    setErrors(p.byField);
    if (p.any) return setNotice({ kind: 'error', text: `Chưa lưu: ${p.summary}` });
    const r = await client.call('bcd.saveTask', {
      planId,
      title,
      leadAgencyId: lead === '' ? null : Number(lead),
      partnerIds: partners,
      deadline: due,
      expectedOutput: output || null,
      status,
      ...(status === 'hoan_thanh' ? { completedOn: todayIso() } : {}),
    });
    if (!r.ok) {
      setErrors(fieldErrors(r.error));
      return setNotice({ kind: 'error', text: refusalText(r.error) });
    }
    setNotice({ kind: 'ok', text: `Đã thêm nhiệm vụ "${r.value.title}".` });
    setTitle('');
    setPartners([]);
    setDeadline('');
    setOutput('');
  }
  return (
    <form className="form-grid insp-form" onSubmit={(e) => void save(e)} aria-label="Thêm nhiệm vụ">
      <TextField label="Nội dung nhiệm vụ" name="taskTitle" value={title} onChange={setTitle} error={errors.title} wide maxLength={2000} />
      <Field label="Cơ quan chủ trì" error={errors.leadAgencyId}>
        {(fid, invalid, describedBy) => (
          <select
            id={fid}
            name="leadAgency"
            value={lead}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            onChange={(e) => setLead(e.target.value)}
          >
            <option value="">— chọn cơ quan —</option>
            {agencies.map((a) => (
              <option key={a.id} value={String(a.id)}>
                {a.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <PartnersField agencies={agencies} value={partners} onChange={setPartners} />
      <DateField label="Hạn hoàn thành" name="deadline" value={deadline} onChange={setDeadline} error={errors.deadline} />
      <TextField label="Sản phẩm dự kiến" name="expectedOutput" value={output} onChange={setOutput} maxLength={2000} />
      <SelectField
        label="Tình trạng"
        name="status"
        value={status}
        onChange={(v) => setStatus(v as TaskStatus)}
        options={TASK_STATUSES.map((s) => ({ value: s, label: TASK_STATE_LABEL[s] }))}
      />
      <div className="form-actions">
        <button type="submit">Thêm nhiệm vụ</button>
        <NoticeLine notice={notice} />
      </div>
    </form>
  );
}

export function TasksTable(props: {
  tasks: readonly TaskDto[];
  selected?: number | null;
  onSelect?: (id: number) => void;
  label?: string;
}) {
  if (props.tasks.length === 0) return <p className="muted">Chưa có nhiệm vụ.</p>;
  return (
    <table className="table" aria-label={props.label ?? 'Nhiệm vụ'}>
      <thead>
        <tr>
          <th>TT</th>
          <th>Nhiệm vụ</th>
          <th>Chủ trì</th>
          <th>Phối hợp</th>
          <th>Hạn</th>
          <th>Tiến độ</th>
          <th>Tình trạng</th>
          {props.onSelect && <th />}
        </tr>
      </thead>
      <tbody>
        {props.tasks.map((t, i) => (
          <tr key={t.id} className={t.state === 'qua_han' ? 'row-danger' : undefined} aria-selected={props.selected === t.id}>
            <td>{i + 1}</td>
            <td>{t.title}</td>
            <td>{t.leadAgency}</td>
            <td>{t.partners.map((p) => p.name).join(', ')}</td>
            <td>{showDate(t.deadline)}</td>
            <td>{t.percent === null ? '' : `${t.percent}%`}</td>
            <td>{TASK_STATE_LABEL[t.state]}</td>
            {props.onSelect && (
              <td>
                <button type="button" className="secondary" onClick={() => props.onSelect?.(t.id)}>
                  Báo cáo tiến độ
                </button>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function PartnersField(props: { agencies: readonly AgencyDto[]; value: number[]; onChange: (ids: number[]) => void }) {
  return (
    <fieldset className="insp-field wide">
      <legend>Cơ quan phối hợp</legend>
      {props.agencies.map((a) => (
        <label key={a.id} className="kttt-inline">
          <input
            type="checkbox"
            checked={props.value.includes(a.id)}
            onChange={(e) => props.onChange(e.target.checked ? [...props.value, a.id] : props.value.filter((x) => x !== a.id))}
          />
          {a.name}
        </label>
      ))}
    </fieldset>
  );
}
