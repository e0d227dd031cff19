import { useState, type FormEvent } from 'react';
import type { PlanDto } from '../../../src-main/contract/inspection-dto.ts';
import type { InputOf } from '../../../src-main/contract/methods.ts';
import { client } from '../../api/client.ts';
import { useApi } from '../../api/hooks.ts';
import { DateField, TextField } from '../../components/Field.tsx';
import { SavedDocumentActions, NoticeLine, OrgPicker, type Notice } from './components.tsx';
import { Problems, readDate, showDate } from './form-utils.ts';

interface ItemDraft {
  key: number;
  id?: number;
  organizationId: number | null;
  plannedDate: string;
  team: string;
  note: string;
}

interface PlanDraft {
  id?: number;
  year: string;
  number: string;
  title: string;
  issuedOn: string;
  team: string;
  content: string;
  note: string;
  items: ItemDraft[];
}

let nextKey = 1;
const newItem = (): ItemDraft => ({ key: nextKey++, organizationId: null, plannedDate: '', team: '', note: '' });
const emptyPlan = (year: number): PlanDraft => ({
  year: String(year),
  number: '',
  title: `Kế hoạch kiểm tra tổ chức kinh tế tập thể năm ${year}`,
  issuedOn: '',
  team: '',
  content: '',
  note: '',
  items: [newItem()],
});

function draftOf(p: PlanDto): PlanDraft {
  return {
    id: p.id,
    year: String(p.year),
    number: p.number ?? '',
    title: p.title,
    issuedOn: showDate(p.issuedOn),
    team: p.team,
    content: p.content,
    note: p.note ?? '',
    items: p.items.map((i) => ({
      key: nextKey++,
      id: i.id,
      organizationId: i.organization.id,
      plannedDate: showDate(i.plannedDate),
      team: i.team ?? '',
      note: i.note ?? '',
    })),
  };
}

/** Reads the whole form, collecting every problem with the field it belongs to. */
function readPlan(d: PlanDraft): { input: InputOf<'inspections.savePlan'> | null; problems: Problems } {
  const p = new Problems();
  const year = Number(d.year);
  if (!Number.isInteger(year) || year < 1945 || year > 2100) p.add('year', 'Năm kế hoạch: ghi năm bốn chữ số, ví dụ 2025.');
  if (!d.title.trim()) p.add('title', 'Tên kế hoạch: không được để trống.');
  if (!d.team.trim()) p.add('team', 'Thành phần đoàn: không được để trống.');
  if (!d.content.trim()) p.add('content', 'Nội dung kiểm tra: không được để trống.');
  const issuedOn = p.take('issuedOn', readDate(d.issuedOn, 'Ngày ban hành', false), null);
  if (d.items.length === 0) p.add('items', 'Kế hoạch cần ít nhất một tổ chức được kiểm tra.');
  const items = d.items.map((it, i) => {
    if (it.organizationId === null) p.add(`items.${i}.org`, `Dòng ${i + 1}: chọn một tổ chức trong sổ đăng ký.`);
    const date = p.take(`items.${i}.date`, readDate(it.plannedDate, `Dòng ${i + 1}, ngày dự kiến`, true), null);
    if (date && Number(date.slice(0, 4)) !== year) p.add(`items.${i}.date`, `Dòng ${i + 1}: ngày dự kiến phải thuộc năm ${d.year}.`);
    return {
      ...(it.id ? { id: it.id } : {}),
      organizationId: it.organizationId ?? 0,
      plannedDate: date ?? '',
      team: it.team.trim() || null,
      note: it.note.trim() || null,
    };
  });
  if (p.any) return { input: null, problems: p };
  return {
    input: {
      ...(d.id ? { id: d.id } : {}),
      year,
      number: d.number.trim() || null,
      title: d.title.trim(),
      issuedOn,
      team: d.team.trim(),
      content: d.content.trim(),
      note: d.note.trim() || null,
      items,
    },
    problems: p,
  };
}

function PlanForm({ initial, onDone }: { initial: PlanDraft; onDone: (saved: PlanDto | null) => void }) {
  const [d, setD] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<PlanDraft>) => setD((cur) => ({ ...cur, ...patch }));
  const setItem = (key: number, patch: Partial<ItemDraft>) =>
    setD((cur) => ({ ...cur, items: cur.items.map((i) => (i.key === key ? { ...i, ...patch } : i)) }));

  async function save(e: FormEvent) {
    e.preventDefault();
    const { input, problems } = readPlan(d);
    setErrors(problems.byField);
    if (!input) return setNotice({ kind: 'error', text: `Chưa lưu: ${problems.summary}` });
    setBusy(true);
    const r = await client.call('inspections.savePlan', input);
    setBusy(false);
    if (!r.ok) return setNotice({ kind: 'error', text: r.error.message });
    setD(draftOf(r.value));
    setNotice({ kind: 'ok', text: 'Đã lưu kế hoạch.' });
    onDone(r.value);
  }

  return (
    <form className="form-grid insp-form" onSubmit={(e) => void save(e)} aria-label="Kế hoạch kiểm tra">
      <TextField label="Năm" name="year" value={d.year} onChange={(year) => set({ year })} error={errors.year} />
      <TextField label="Số kế hoạch" name="number" value={d.number} onChange={(number) => set({ number })} placeholder="12/KH-LMHTX" />
      <TextField label="Tên kế hoạch" name="title" value={d.title} onChange={(title) => set({ title })} error={errors.title} wide />
      <DateField
        label="Ngày ban hành"
        name="issuedOn"
        value={d.issuedOn}
        onChange={(issuedOn) => set({ issuedOn })}
        error={errors.issuedOn}
      />
      <TextField
        label="Thành phần đoàn kiểm tra"
        name="team"
        value={d.team}
        onChange={(team) => set({ team })}
        error={errors.team}
        multiline
      />
      <TextField
        label="Nội dung kiểm tra"
        name="content"
        value={d.content}
        onChange={(content) => set({ content })}
        error={errors.content}
        multiline
      />
      <fieldset className="wide insp-rows">
        <legend>Tổ chức được kiểm tra</legend>
        {errors.items && <p className="error-text">{errors.items}</p>}
        {d.items.map((it, i) => (
          <div key={it.key} className="insp-row" role="group" aria-label={`Dòng ${i + 1}`}>
            <OrgPicker
              label={`${i + 1}. Tổ chức`}
              value={it.organizationId}
              onChange={(organizationId) => setItem(it.key, { organizationId })}
              error={errors[`items.${i}.org`]}
            />
            <DateField
              label="Ngày dự kiến"
              value={it.plannedDate}
              onChange={(plannedDate) => setItem(it.key, { plannedDate })}
              error={errors[`items.${i}.date`]}
            />
            <TextField label="Đoàn (nếu khác)" value={it.team} onChange={(team) => setItem(it.key, { team })} />
            <TextField label="Ghi chú" value={it.note} onChange={(note) => setItem(it.key, { note })} />
            <button
              type="button"
              className="secondary"
              aria-label={`Bỏ dòng ${i + 1}`}
              onClick={() => set({ items: d.items.filter((x) => x.key !== it.key) })}
            >
              Bỏ
            </button>
          </div>
        ))}
        <button type="button" className="secondary" onClick={() => set({ items: [...d.items, newItem()] })}>
          Thêm tổ chức
        </button>
      </fieldset>
      <TextField label="Tổ chức thực hiện, ghi chú" name="note" value={d.note} onChange={(note) => set({ note })} multiline />
      <SavedDocumentActions
        busy={busy}
        saveLabel="Lưu kế hoạch"
        onClose={() => onDone(null)}
        notice={notice}
        document={d.id === undefined ? null : { kind: 'plan', id: d.id }}
        documentLabel="kế hoạch"
      />
    </form>
  );
}

/** Kế hoạch: the year's inspection plans, each with its visits and whether a biên bản carried them out. */
export function PlansTab() {
  const [year, setYear] = useState(new Date().getFullYear());
  const plans = useApi('inspections.listPlans', { year }, ['inspections', 'registry']);
  const [editing, setEditing] = useState<PlanDraft | null>(null);
  const [notice, setNotice] = useState<Notice>(null);

  async function remove(p: PlanDto) {
    if (!window.confirm(`Xóa kế hoạch "${p.title}"? Các biên bản đã lập vẫn được giữ.`)) return;
    const r = await client.call('inspections.deletePlan', { id: p.id });
    setNotice(r.ok ? { kind: 'ok', text: 'Đã xóa kế hoạch.' } : { kind: 'error', text: r.error.message });
  }

  if (editing) return <PlanForm key={editing.id ?? 'new'} initial={editing} onDone={(saved) => (saved ? undefined : setEditing(null))} />;
  return (
    <div>
      <div className="toolbar">
        <label className="kttt-inline">
          Năm
          <input
            type="number"
            aria-label="Năm kế hoạch"
            min={1945}
            max={2100}
            value={year}
            onChange={(e) => setYear(Number(e.target.value) || new Date().getFullYear())}
          />
        </label>
        <button type="button" onClick={() => setEditing(emptyPlan(year))}>
          Lập kế hoạch mới
        </button>
        <NoticeLine notice={notice} />
      </div>
      {plans.error && <p className="error-text">{plans.error}</p>}
      {plans.data && plans.data.length === 0 && <p className="muted">Chưa có kế hoạch kiểm tra năm {year}.</p>}
      {plans.data && plans.data.length > 0 && (
        <table className="table">
          <thead>
            <tr>
              <th>Số</th>
              <th>Tên kế hoạch</th>
              <th>Ngày ban hành</th>
              <th className="num">Tổ chức</th>
              <th className="num">Đã kiểm tra</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {plans.data.map((p) => (
              <tr key={p.id}>
                <td>{p.number}</td>
                <td>{p.title}</td>
                <td>{showDate(p.issuedOn)}</td>
                <td className="num">{p.items.length}</td>
                <td className="num">{p.items.filter((i) => i.recordId !== null).length}</td>
                <td>
                  <button type="button" onClick={() => setEditing(draftOf(p))}>
                    Mở
                  </button>{' '}
                  <button type="button" onClick={() => void remove(p)}>
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
