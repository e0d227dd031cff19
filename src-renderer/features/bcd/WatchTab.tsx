import { useState } from 'react';
import { TASK_DUE_SOON_DAYS } from '../../../src-main/contract/bcd-vocab.ts';
import { useApi } from '../../api/hooks.ts';
import { DateField } from '../../components/Field.tsx';
import { readDate, showDate, todayIso } from '../inspections/form-utils.ts';
import { TasksTable } from './PlanTab.tsx';

/** Theo dõi nhiệm vụ: tasks past their deadline and those due soon on a date (today unless the clerk picks one). */
export function WatchTab() {
  const [text, setText] = useState(showDate(todayIso()));
  const read = readDate(text, 'Ngày xem', true);
  const asOf = read.ok && read.value ? read.value : todayIso();
  const lists = useApi('bcd.taskLists', { asOf }, ['bcd']);
  return (
    <div className="page-stack">
      <div className="toolbar">
        <DateField label="Tính đến ngày" name="watchAsOf" value={text} onChange={setText} error={read.ok ? undefined : read.reason} />
      </div>
      {lists.error && <p className="error-text">{lists.error}</p>}
      {lists.data && (
        <>
          <h2>Nhiệm vụ quá hạn ({lists.data.overdue.length})</h2>
          <TasksTable tasks={lists.data.overdue} label="Nhiệm vụ quá hạn" />
          <h2>
            Nhiệm vụ đến hạn trong {TASK_DUE_SOON_DAYS} ngày tới ({lists.data.dueSoon.length})
          </h2>
          <TasksTable tasks={lists.data.dueSoon} label="Nhiệm vụ sắp đến hạn" />
        </>
      )}
    </div>
  );
}
