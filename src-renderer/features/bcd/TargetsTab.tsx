import { useEffect, useState, type FormEvent } from 'react';
import { TARGET_INDICATORS, type TargetIndicator } from '../../../src-main/contract/bcd-vocab.ts';
import { formatNumber } from '../../../src-main/shared/vn-number.ts';
import { parseVnNumber } from '../../../src-main/shared/vn-number-parse.ts';
import { client } from '../../api/client.ts';
import { useApi } from '../../api/hooks.ts';
import { NoticeLine, type Notice } from '../../lib/notice.tsx';
import { refusalText, thisYear } from './common.ts';
import { YearInput } from './YearInput.tsx';

type Row = { value: string; document: string };
const isShare = (key: TargetIndicator) => TARGET_INDICATORS.find((d) => d.key === key)?.kind === 'share';

/** Chỉ tiêu kế hoạch of a year, per indicator of indicators.md, with the document that set it; blank is no target. */
export function TargetsTab() {
  const [year, setYear] = useState(thisYear());
  const targets = useApi('bcd.targets', { year }, ['bcd']);
  const [rows, setRows] = useState<Record<string, Row>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<Notice>(null);
  useEffect(() => {
    const next: Record<string, Row> = {};
    for (const t of targets.data ?? [])
      next[t.indicator] = {
        value: formatNumber(isShare(t.indicator) ? t.value * 100 : t.value, { maxDecimals: 2 }),
        document: t.document ?? '',
      };
    setRows(next);
  }, [targets.data]);

  async function save(e: FormEvent) {
    e.preventDefault();
    const { list, bad } = readTargets(rows);
    setErrors(bad);
    if (Object.keys(bad).length > 0) return setNotice({ kind: 'error', text: `Chưa lưu: ${Object.values(bad).join(' ')}` });
    const r = await client.call('bcd.saveTargets', { year, targets: list });
    setNotice(
      r.ok ? { kind: 'ok', text: `Đã lưu ${r.value.length} chỉ tiêu năm ${year}.` } : { kind: 'error', text: refusalText(r.error) },
    );
  }

  const set = (key: string, patch: Partial<Row>) =>
    setRows({ ...rows, [key]: { ...(rows[key] ?? { value: '', document: '' }), ...patch } });
  return (
    <form onSubmit={(e) => void save(e)} aria-label={`Chỉ tiêu kế hoạch năm ${year}`}>
      <div className="toolbar">
        <YearInput value={year} onChange={setYear} />
      </div>
      <table className="table">
        <thead>
          <tr>
            <th>Chỉ tiêu</th>
            <th>Đơn vị tính</th>
            <th>Kế hoạch năm {year}</th>
            <th>Văn bản giao chỉ tiêu</th>
          </tr>
        </thead>
        <tbody>
          {TARGET_INDICATORS.map((d) => (
            <tr key={d.key}>
              <td>{d.label}</td>
              <td>{d.unit}</td>
              <td>
                <input
                  aria-label={`Kế hoạch: ${d.label}`}
                  value={rows[d.key]?.value ?? ''}
                  aria-invalid={errors[d.key] !== undefined}
                  onChange={(e) => set(d.key, { value: e.target.value })}
                />
                {errors[d.key] && <span className="error-text">{errors[d.key]}</span>}
              </td>
              <td>
                <input
                  aria-label={`Văn bản: ${d.label}`}
                  value={rows[d.key]?.document ?? ''}
                  onChange={(e) => set(d.key, { document: e.target.value })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="form-actions">
        <button type="submit">Lưu chỉ tiêu</button>
        <NoticeLine notice={notice} />
      </div>
    </form>
  );
}

/** The form's rows as targets: blank is no target (null), a percentage is stored as a share of 1. */
function readTargets(rows: Record<string, Row>) {
  const bad: Record<string, string> = {};
  const list = TARGET_INDICATORS.map((d) => {
    const row = rows[d.key] ?? { value: '', document: '' };
    if (row.value.trim() === '') return { indicator: d.key, value: null, document: null };
    const n = parseVnNumber(row.value);
    if (!n.ok) {
      bad[d.key] = `${d.label}: không đọc được số "${row.value}".`;
      return { indicator: d.key, value: null, document: null };
    }
    return { indicator: d.key, value: d.kind === 'share' ? n.value / 100 : n.value, document: row.document || null };
  });
  return { list, bad };
}
