import { useState } from 'react';
import { TASK_MONITORING_LABEL, TASK_MONITORING_LISTS, type TaskMonitoringListName } from '../../../src-main/contract/bcd-vocab.ts';
import type { MonitoringResult } from '../../../src-main/contract/inspection-monitoring.ts';
import { client } from '../../api/client.ts';
import { formatNumber } from '../../../src-main/shared/vn-number.ts';
import { downloadFile } from '../../lib/download.ts';
import { showDate } from '../inspections/form-utils.ts';

const days = (d: number) => (d < 0 ? `quá ${formatNumber(-d)} ngày` : d === 0 ? 'hôm nay' : `còn ${formatNumber(d)} ngày`);

/** The BCĐ's tasks overdue and due soon, beside the monitoring lists of organizations, on the same as-of date. */
export function TaskMonitoring({ result }: { result: MonitoringResult | undefined }) {
  const [error, setError] = useState<string | null>(null);
  if (!result) return null;
  async function save(list: TaskMonitoringListName, asOf: string) {
    setError(null);
    const r = await client.call('monitoring.listFile', { asOf, list });
    if (r.ok) downloadFile(r.value);
    else setError(r.error.message);
  }
  return (
    <section aria-label="Nhiệm vụ của Ban Chỉ đạo cần đôn đốc">
      <h3>Nhiệm vụ của Ban Chỉ đạo cần đôn đốc</h3>
      {error && <p className="error-text">{error}</p>}
      {TASK_MONITORING_LISTS.map((name) => {
        const list = result.tasks[name];
        return (
          <div key={name}>
            <h4>
              {TASK_MONITORING_LABEL[name]}: {formatNumber(list.length)}{' '}
              {list.length > 0 && (
                <button type="button" className="secondary" onClick={() => void save(name, result.asOf)}>
                  Lưu danh sách (Excel)
                </button>
              )}
            </h4>
            {list.length > 0 && (
              <table className="table compact" aria-label={TASK_MONITORING_LABEL[name]}>
                <thead>
                  <tr>
                    <th>Nhiệm vụ</th>
                    <th>Cơ quan chủ trì</th>
                    <th>Cơ quan phối hợp</th>
                    <th>Thời hạn</th>
                    <th>Còn, quá hạn</th>
                    <th className="num">Tiến độ</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((t) => (
                    <tr key={t.taskId}>
                      <td>{t.title}</td>
                      <td>{t.leadAgency}</td>
                      <td>{t.partners.join(', ')}</td>
                      <td>{showDate(t.deadline)}</td>
                      <td>{days(t.daysLeft)}</td>
                      <td className="num">{t.percent === null ? '' : `${formatNumber(t.percent)}%`}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
        );
      })}
    </section>
  );
}
