import { useMemo, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { ChecklistTemplateDto, PlanDto, RecordSummaryDto } from '../../../src-main/contract/inspection-dto.ts';
import { client } from '../../api/client.ts';
import { useApi } from '../../api/hooks.ts';
import { DateField, SelectField, TextField } from '../../components/Field.tsx';
import { SavedDocumentActions, NoticeLine, OrgPicker, type Notice } from './components.tsx';
import { showDate } from './form-utils.ts';
import { draftOf, emptyRecord, readRecord, type RecordDraft } from './record-draft.ts';
import { ChecklistEditor, ParticipantsEditor, RecommendationsEditor, ViolationsEditor } from './RecordParts.tsx';

/** "Kế hoạch số 15/KH-LMHTX ngày 10/01/2025 về kiểm tra …": the plan a biên bản carries out, as its Căn cứ. */
function planBasis(p: PlanDto): string {
  const number = p.number ? ` số ${p.number}` : '';
  const date = p.issuedOn ? ` ngày ${showDate(p.issuedOn)}` : '';
  const title = p.title.trim();
  // A title that already names the plan ("Kế hoạch kiểm tra …") is not said twice.
  if (/^k[eế] ho[aạ]ch\b/i.test(title)) return `${title}${number}${date}`;
  return `Kế hoạch${number}${date} về ${title.charAt(0).toLowerCase()}${title.slice(1)}`;
}

/** Visits of the plans for the chosen organization that no other biên bản has carried out yet. */
function PlanItemSelect({
  organizationId,
  value,
  recordId,
  onChange,
}: {
  organizationId: number | null;
  value: number | null;
  recordId: number | undefined;
  /** The visit chosen, and the "Căn cứ" its plan gives the biên bản. */
  onChange: (id: number | null, basis: string | null) => void;
}) {
  const plans = useApi('inspections.listPlans', {}, ['inspections']);
  const items = (plans.data ?? []).flatMap((p) =>
    p.items
      .filter((i) => i.organization.id === organizationId && (i.recordId === null || i.recordId === recordId || i.id === value))
      .map((i) => ({ id: i.id, label: `${p.number ?? p.title} — dự kiến ${showDate(i.plannedDate)}`, basis: planBasis(p) })),
  );
  return (
    <SelectField
      label="Theo kế hoạch"
      name="planItem"
      value={value === null ? '' : String(value)}
      onChange={(v) => onChange(v ? Number(v) : null, items.find((i) => String(i.id) === v)?.basis ?? null)}
      disabled={organizationId === null}
      options={[{ value: '', label: '— Không theo kế hoạch —' }, ...items.map((i) => ({ value: String(i.id), label: i.label }))]}
    />
  );
}

function RecordForm({ initial, onClose }: { initial: RecordDraft; onClose: () => void }) {
  const [d, setD] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<RecordDraft>) => setD((cur) => ({ ...cur, ...patch }));

  async function save(e?: FormEvent) {
    e?.preventDefault();
    const { input, problems } = readRecord(d);
    setErrors(problems.byField);
    if (!input) return setNotice({ kind: 'error', text: `Chưa lưu: ${problems.summary}` });
    setBusy(true);
    const r = await client.call('inspections.saveRecord', input);
    setBusy(false);
    if (!r.ok) return setNotice({ kind: 'error', text: r.error.message });
    // The saved record comes back without the items' guidance: keep the one already shown.
    const guidance = new Map(d.checklist.map((a) => [a.itemId, a.guidance]));
    const saved = draftOf(r.value, undefined);
    setD({ ...saved, checklist: saved.checklist.map((a) => ({ ...a, guidance: guidance.get(a.itemId) ?? null })) });
    setNotice({
      kind: 'ok',
      text: `Đã lưu biên bản (${r.value.checklist.filter((a) => a.result === 'khong_dat').length} mục không đạt, ${r.value.recommendations.length} kiến nghị).`,
    });
  }
  // Ctrl+S saves, as in the office's other programs.
  function onKeyDown(e: KeyboardEvent<HTMLFormElement>) {
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
      e.preventDefault();
      void save();
    }
  }

  return (
    <form className="form-grid insp-form" onSubmit={(e) => void save(e)} onKeyDown={onKeyDown} aria-label="Biên bản kiểm tra">
      <OrgPicker
        label="Tổ chức được kiểm tra"
        name="organization"
        value={d.organizationId}
        onChange={(organizationId) => set({ organizationId, planItemId: null })}
        error={errors.organizationId}
      />
      <PlanItemSelect
        organizationId={d.organizationId}
        value={d.planItemId}
        recordId={d.id}
        onChange={(planItemId, basis) =>
          // The plan fills an empty "Căn cứ"; what the clerk wrote there is kept.
          set({ planItemId, ...(basis && d.legalBasis.trim() === '' ? { legalBasis: basis } : {}) })
        }
      />
      <TextField
        label="Số biên bản"
        name="number"
        value={d.number}
        onChange={(number) => set({ number })}
        placeholder="05/BB-ĐKT"
        maxLength={50}
      />
      <DateField
        label="Ngày kiểm tra"
        name="inspectedOn"
        value={d.inspectedOn}
        onChange={(inspectedOn) => set({ inspectedOn })}
        error={errors.inspectedOn}
      />
      <TextField
        label="Giờ bắt đầu"
        name="startTime"
        value={d.startTime}
        onChange={(startTime) => set({ startTime })}
        error={errors.startTime}
        placeholder="08:30"
      />
      <TextField
        label="Giờ kết thúc"
        name="endTime"
        value={d.endTime}
        onChange={(endTime) => set({ endTime })}
        error={errors.endTime}
        placeholder="11:00"
      />
      <TextField
        label="Địa điểm"
        name="place"
        value={d.place}
        onChange={(place) => set({ place })}
        error={errors.place}
        wide
        maxLength={300}
      />
      <TextField
        label="Căn cứ (quyết định, kế hoạch kiểm tra)"
        name="legalBasis"
        value={d.legalBasis}
        onChange={(legalBasis) => set({ legalBasis })}
        multiline
      />
      <ParticipantsEditor rows={d.participants} onChange={(participants) => set({ participants })} error={errors.participants} />
      <ChecklistEditor rows={d.checklist} version={d.templateVersion} onChange={(checklist) => set({ checklist })} />
      <TextField
        label="Nhận xét, đánh giá (ưu điểm, kết quả)"
        name="findings"
        value={d.findings}
        onChange={(findings) => set({ findings })}
        multiline
      />
      <ViolationsEditor rows={d.violations} checklist={d.checklist} onChange={(violations) => set({ violations })} />
      <TextField label="Kết luận" name="conclusion" value={d.conclusion} onChange={(conclusion) => set({ conclusion })} multiline />
      <RecommendationsEditor rows={d.recommendations} onChange={(recommendations) => set({ recommendations })} errors={errors} />
      <TextField label="Số bản" name="copies" value={d.copies} onChange={(copies) => set({ copies })} error={errors.copies} />
      <SavedDocumentActions
        busy={busy}
        saveLabel="Lưu biên bản"
        onClose={onClose}
        notice={notice}
        document={d.id === undefined ? null : { kind: 'record', id: d.id }}
        documentLabel="biên bản"
      />
    </form>
  );
}

/** Biên bản: the year's inspection records, and the form to write or correct one. */
export function RecordsTab() {
  const [year, setYear] = useState(new Date().getFullYear());
  const records = useApi('inspections.listRecords', { from: `${year}-01-01`, to: `${year}-12-31` }, ['inspections', 'registry']);
  const templates = useApi('inspections.templates', {}, ['inspections']);
  const [editing, setEditing] = useState<RecordDraft | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const current: ChecklistTemplateDto | undefined = templates.data?.[0];
  const byId = useMemo(() => new Map((templates.data ?? []).map((t) => [t.id, t])), [templates.data]);

  async function open(s: RecordSummaryDto) {
    const r = await client.call('inspections.getRecord', { id: s.id });
    if (!r.ok) return setNotice({ kind: 'error', text: r.error.message });
    setEditing(draftOf(r.value, byId.get(r.value.templateId)));
  }
  async function remove(s: RecordSummaryDto) {
    if (
      !window.confirm(
        `Xóa biên bản kiểm tra ${s.organization.name} ngày ${showDate(s.inspectedOn)}? Các kiến nghị của biên bản sẽ không còn được theo dõi.`,
      )
    )
      return;
    const r = await client.call('inspections.deleteRecord', { id: s.id });
    setNotice(r.ok ? { kind: 'ok', text: 'Đã xóa biên bản.' } : { kind: 'error', text: r.error.message });
  }

  if (editing) return <RecordForm key={editing.id ?? 'new'} initial={editing} onClose={() => setEditing(null)} />;
  return (
    <div>
      <div className="toolbar">
        <label className="kttt-inline">
          Năm
          <input
            type="number"
            aria-label="Năm kiểm tra"
            min={1945}
            max={2100}
            value={year}
            onChange={(e) => setYear(Number(e.target.value) || new Date().getFullYear())}
          />
        </label>
        <button type="button" disabled={!current} onClick={() => current && setEditing(emptyRecord(current))}>
          Lập biên bản mới
        </button>
        <NoticeLine notice={notice} />
      </div>
      {records.error && <p className="error-text">{records.error}</p>}
      {records.data && records.data.length === 0 && <p className="muted">Chưa có biên bản kiểm tra năm {year}.</p>}
      {records.data && records.data.length > 0 && (
        <table className="table">
          <thead>
            <tr>
              <th>Ngày</th>
              <th>Số</th>
              <th>Tổ chức</th>
              <th>Xã, phường</th>
              <th className="num">Không đạt</th>
              <th className="num">Vi phạm</th>
              <th className="num">Kiến nghị (đã thực hiện)</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {records.data.map((s) => (
              <tr key={s.id}>
                <td>{showDate(s.inspectedOn)}</td>
                <td>{s.number}</td>
                <td>{s.organization.name}</td>
                <td>{s.organization.commune}</td>
                <td className="num">{s.failedItems}</td>
                <td className="num">{s.violations}</td>
                <td className="num">
                  {s.recommendations} ({s.recommendationsDone})
                </td>
                <td>
                  <button type="button" onClick={() => void open(s)}>
                    Mở
                  </button>{' '}
                  <button type="button" onClick={() => void remove(s)}>
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
