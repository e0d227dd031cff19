import { useState, type FormEvent } from 'react';
import type { TaskDto } from '../../../src-main/contract/bcd-dto.ts';
import { TASK_STATE_LABEL, TASK_STATUSES, type TaskStatus } from '../../../src-main/contract/bcd-vocab.ts';
import { client } from '../../api/client.ts';
import { DateField, SelectField, TextField } from '../../components/Field.tsx';
import { NoticeLine, type Notice } from '../../lib/notice.tsx';
import { Problems, readDate, showDate } from '../inspections/form-utils.ts';
import { fieldErrors, refusalText } from './common.ts';

/** Marks a task done (with its date and result), moves its deadline, or deletes it; the rest of the task stays. */
export function TaskUpdateForm({ task }: { task: TaskDto }) {
  const [status, setStatus] = useState<TaskStatus>(task.status);
  const [deadline, setDeadline] = useState(showDate(task.deadline));
  const [completedOn, setCompletedOn] = useState(showDate(task.completedOn));
  const [result, setResult] = useState(task.result ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<Notice>(null);
  async function save(e: FormEvent) {
    e.preventDefault();
    const p = new Problems();
    const due = p.take('deadline', readDate(deadline, 'Hạn hoàn thành', false), null);
    const done = p.take('completedOn', readDate(completedOn, 'Ngày hoàn thành', status === 'hoan_thanh'), null);
    setErrors(p.byField);
    if (p.any) return setNotice({ kind: 'error', text: `Chưa lưu: ${p.summary}` });
    const r = await client.call('bcd.saveTask', {
      id: task.id,
      planId: task.planId,
      title: task.title,
      leadAgencyId: task.leadAgencyId,
      partnerIds: task.partners.map((x) => x.id),
      deadline: due,
      expectedOutput: task.expectedOutput,
      status,
      completedOn: status === 'hoan_thanh' ? done : null,
      result: result || null,
    });
    if (!r.ok) {
      setErrors(fieldErrors(r.error));
      return setNotice({ kind: 'error', text: refusalText(r.error) });
    }
    setNotice({ kind: 'ok', text: `Đã cập nhật: ${TASK_STATE_LABEL[r.value.state]}.` });
  }
  async function remove() {
    if (!window.confirm(`Xóa nhiệm vụ "${task.title}"? Tiến độ đã báo cáo vẫn được giữ trong lịch sử.`)) return;
    const r = await client.call('bcd.deleteTask', { id: task.id });
    setNotice(r.ok ? { kind: 'ok', text: 'Đã xóa nhiệm vụ.' } : { kind: 'error', text: r.error.message });
  }
  return (
    <form className="form-grid insp-form" onSubmit={(e) => void save(e)} aria-label="Cập nhật nhiệm vụ">
      <SelectField
        label="Tình trạng"
        name="updateStatus"
        value={status}
        onChange={(v) => setStatus(v as TaskStatus)}
        options={TASK_STATUSES.map((s) => ({ value: s, label: TASK_STATE_LABEL[s] }))}
      />
      <DateField label="Hạn hoàn thành" name="updateDeadline" value={deadline} onChange={setDeadline} error={errors.deadline} />
      {status === 'hoan_thanh' && (
        <DateField label="Ngày hoàn thành" name="completedOn" value={completedOn} onChange={setCompletedOn} error={errors.completedOn} />
      )}
      <TextField label="Kết quả thực hiện" name="result" value={result} onChange={setResult} wide multiline maxLength={5000} />
      <div className="form-actions">
        <button type="submit">Cập nhật nhiệm vụ</button>
        <button type="button" className="secondary" onClick={() => void remove()}>
          Xóa nhiệm vụ
        </button>
        <NoticeLine notice={notice} />
      </div>
    </form>
  );
}
