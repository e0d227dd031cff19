import { useState, type FormEvent } from 'react';
import type { TaskDto } from '../../../src-main/contract/bcd-dto.ts';
import { client } from '../../api/client.ts';
import { DateField, TextField } from '../../components/Field.tsx';
import { NoticeLine, type Notice } from '../../lib/notice.tsx';
import { Problems, readDate, showDate, todayIso } from '../inspections/form-utils.ts';
import { fieldErrors, refusalText } from './common.ts';
import { TaskUpdateForm } from './TaskUpdateForm.tsx';

/** A dated progress report on one task (text, percentage, the document it came in), and the reports so far. */
export function ProgressForm({ task }: { task: TaskDto }) {
  const [reportedOn, setReportedOn] = useState(showDate(todayIso()));
  const [content, setContent] = useState('');
  const [percent, setPercent] = useState('');
  const [documentRef, setDocumentRef] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<Notice>(null);
  async function save(e: FormEvent) {
    e.preventDefault();
    const p = new Problems();
    const date = p.take('reportedOn', readDate(reportedOn, 'Ngày báo cáo', true), null);
    const pct = percent.trim() === '' ? null : Number(percent.replace('%', '').replace(',', '.'));
    if (pct !== null && !Number.isInteger(pct)) p.add('percent', 'Tỷ lệ hoàn thành là số nguyên từ 0 đến 100.');
    setErrors(p.byField);
    if (p.any || date === null) return setNotice({ kind: 'error', text: `Chưa lưu: ${p.summary}` });
    const r = await client.call('bcd.addProgress', {
      taskId: task.id,
      reportedOn: date,
      content,
      percent: pct,
      documentRef: documentRef || null,
    });
    if (!r.ok) {
      setErrors(fieldErrors(r.error));
      return setNotice({ kind: 'error', text: refusalText(r.error) });
    }
    setNotice({ kind: 'ok', text: 'Đã ghi tiến độ.' });
    setContent('');
    setPercent('');
    setDocumentRef('');
  }
  return (
    <section aria-label={`Tiến độ: ${task.title}`}>
      <h3>Tiến độ: {task.title}</h3>
      <TaskUpdateForm key={`${task.id}-${task.status}-${task.completedOn ?? ''}`} task={task} />
      {task.progress.length > 0 && (
        <ul>
          {task.progress.map((p) => (
            <li key={p.id}>
              {showDate(p.reportedOn)}: {p.content}
              {p.percent === null ? '' : ` (${p.percent}%)`}
              {p.documentRef ? ` — ${p.documentRef}` : ''}
            </li>
          ))}
        </ul>
      )}
      <form className="form-grid insp-form" onSubmit={(e) => void save(e)} aria-label="Báo cáo tiến độ">
        <DateField label="Ngày báo cáo" name="reportedOn" value={reportedOn} onChange={setReportedOn} error={errors.reportedOn} />
        <TextField
          label="Nội dung"
          name="progressContent"
          value={content}
          onChange={setContent}
          error={errors.content}
          wide
          maxLength={5000}
        />
        <TextField label="Tỷ lệ hoàn thành (%)" name="percent" value={percent} onChange={setPercent} error={errors.percent} maxLength={5} />
        <TextField label="Văn bản kèm theo" name="documentRef" value={documentRef} onChange={setDocumentRef} maxLength={300} />
        <div className="form-actions">
          <button type="submit">Ghi tiến độ</button>
          <NoticeLine notice={notice} />
        </div>
      </form>
    </section>
  );
}
