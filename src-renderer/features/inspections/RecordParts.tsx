import type { ParticipantSide } from '../../../src-main/contract/inspection-vocab.ts';
import { DateField, SelectField, TextField } from '../../components/Field.tsx';
import { CHECK_RESULT_ORDER, CHECK_RESULT_TEXT, SIDE_ORDER, SIDE_TEXT, STATUS_TEXT } from './labels.ts';
import {
  newParticipant,
  newRecommendation,
  newViolation,
  type AnswerDraft,
  type ParticipantDraft,
  type RecommendationDraft,
  type ViolationDraft,
} from './record-draft.ts';

/** The repeating parts of a biên bản: participants, checklist, violations, recommendations. */

type Errors = Record<string, string>;

export function ParticipantsEditor({
  rows,
  onChange,
  error,
}: {
  rows: ParticipantDraft[];
  onChange: (rows: ParticipantDraft[]) => void;
  error?: string | undefined;
}) {
  const set = (key: number, patch: Partial<ParticipantDraft>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  return (
    <fieldset className="wide insp-rows">
      <legend>Thành phần tham dự</legend>
      {error && <p className="error-text">{error}</p>}
      {rows.map((r, i) => (
        <div key={r.key} className="insp-row" role="group" aria-label={`Người tham dự ${i + 1}`}>
          <SelectField
            label="Bên"
            value={r.side}
            onChange={(side) => set(r.key, { side: side as ParticipantSide })}
            options={SIDE_ORDER.map((s) => ({ value: s, label: SIDE_TEXT[s] }))}
          />
          <TextField label="Họ và tên" value={r.name} onChange={(name) => set(r.key, { name })} maxLength={100} />
          <TextField label="Chức vụ, vai trò" value={r.role} onChange={(role) => set(r.key, { role })} maxLength={100} />
          <TextField label="Đơn vị" value={r.unit} onChange={(unit) => set(r.key, { unit })} maxLength={200} />
          <button
            type="button"
            className="secondary"
            aria-label={`Bỏ người tham dự ${i + 1}`}
            onClick={() => onChange(rows.filter((x) => x.key !== r.key))}
          >
            Bỏ
          </button>
        </div>
      ))}
      <button type="button" className="secondary" onClick={() => onChange([...rows, newParticipant('doan', 'Thành viên')])}>
        Thêm người tham dự
      </button>
    </fieldset>
  );
}

/**
 * The checklist: each item a radio group (arrow keys move between đạt / không đạt / không áp dụng, Tab goes
 * to the remark and on to the next item), as the version of the template the record keeps.
 */
export function ChecklistEditor({
  rows,
  version,
  onChange,
}: {
  rows: AnswerDraft[];
  version: number;
  onChange: (rows: AnswerDraft[]) => void;
}) {
  const set = (itemId: number, patch: Partial<AnswerDraft>) => onChange(rows.map((r) => (r.itemId === itemId ? { ...r, ...patch } : r)));
  const failed = rows.filter((r) => r.result === 'khong_dat').length;
  return (
    <fieldset className="wide insp-checklist">
      <legend>
        Nội dung kiểm tra (mẫu phiên bản {version}){failed > 0 ? ` — ${failed} mục không đạt` : ''}
      </legend>
      {rows.map((r, i) => (
        <div
          key={r.itemId}
          className={`insp-check${r.result === 'khong_dat' ? ' is-failed' : ''}`}
          role="radiogroup"
          aria-label={`${i + 1}. ${r.title}`}
        >
          <div className="insp-check-title">
            {i + 1}. {r.title}
            {r.guidance && <div className="muted">{r.guidance}</div>}
          </div>
          <div className="insp-check-choices">
            {CHECK_RESULT_ORDER.map((res) => (
              <label key={res}>
                <input
                  type="radio"
                  name={`check-${r.itemId}`}
                  value={res}
                  checked={r.result === res}
                  onChange={() => set(r.itemId, { result: res })}
                />{' '}
                {CHECK_RESULT_TEXT[res]}
              </label>
            ))}
          </div>
          <input
            className="insp-check-remark"
            aria-label={`Nhận xét mục ${i + 1}`}
            placeholder="Nhận xét"
            value={r.remark}
            maxLength={2000}
            onChange={(e) => set(r.itemId, { remark: e.target.value })}
          />
        </div>
      ))}
    </fieldset>
  );
}

export function ViolationsEditor({
  rows,
  checklist,
  onChange,
}: {
  rows: ViolationDraft[];
  checklist: AnswerDraft[];
  onChange: (rows: ViolationDraft[]) => void;
}) {
  const set = (key: number, patch: Partial<ViolationDraft>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const missing = checklist.filter((a) => a.result === 'khong_dat' && !rows.some((v) => v.itemCode === a.code));
  return (
    <fieldset className="wide insp-rows">
      <legend>Tồn tại, vi phạm</legend>
      {rows.map((r, i) => (
        <div key={r.key} className="insp-row" role="group" aria-label={`Vi phạm ${i + 1}`}>
          <SelectField
            label="Thuộc nội dung"
            value={r.itemCode}
            onChange={(itemCode) => set(r.key, { itemCode })}
            options={[
              { value: '', label: '— Ngoài danh mục —' },
              ...checklist.map((a, n) => ({ value: a.code, label: `${n + 1}. ${a.title}` })),
            ]}
          />
          <TextField
            label="Nội dung vi phạm"
            value={r.description}
            onChange={(description) => set(r.key, { description })}
            maxLength={2000}
          />
          <button
            type="button"
            className="secondary"
            aria-label={`Bỏ vi phạm ${i + 1}`}
            onClick={() => onChange(rows.filter((x) => x.key !== r.key))}
          >
            Bỏ
          </button>
        </div>
      ))}
      <div className="toolbar">
        <button type="button" className="secondary" onClick={() => onChange([...rows, newViolation()])}>
          Thêm vi phạm
        </button>
        {missing.length > 0 && (
          <button
            type="button"
            className="secondary"
            onClick={() => onChange([...rows, ...missing.map((a) => newViolation(a.code, a.remark.trim() || `Không đạt: ${a.title}`))])}
          >
            Ghi vi phạm cho {missing.length} mục không đạt
          </button>
        )}
      </div>
    </fieldset>
  );
}

export function RecommendationsEditor({
  rows,
  onChange,
  errors,
}: {
  rows: RecommendationDraft[];
  onChange: (rows: RecommendationDraft[]) => void;
  errors: Errors;
}) {
  const set = (key: number, patch: Partial<RecommendationDraft>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  return (
    <fieldset className="wide insp-rows">
      <legend>Kiến nghị</legend>
      {rows.map((r, i) => (
        <div key={r.key} className="insp-row" role="group" aria-label={`Kiến nghị ${i + 1}`}>
          <TextField
            label={`${i + 1}. Nội dung kiến nghị`}
            value={r.content}
            onChange={(content) => set(r.key, { content })}
            error={errors[`rec.${i}.content`]}
            maxLength={2000}
          />
          <TextField
            label="Bên thực hiện"
            value={r.responsible}
            onChange={(responsible) => set(r.key, { responsible })}
            error={errors[`rec.${i}.responsible`]}
            maxLength={300}
          />
          <DateField
            label="Thời hạn"
            value={r.deadline}
            onChange={(deadline) => set(r.key, { deadline })}
            error={errors[`rec.${i}.deadline`]}
          />
          <span className="muted insp-status">{r.status ? STATUS_TEXT[r.status] : 'Mới'}</span>
          <button
            type="button"
            className="secondary"
            aria-label={`Bỏ kiến nghị ${i + 1}`}
            onClick={() => onChange(rows.filter((x) => x.key !== r.key))}
          >
            Bỏ
          </button>
        </div>
      ))}
      <button type="button" className="secondary" onClick={() => onChange([...rows, newRecommendation()])}>
        Thêm kiến nghị
      </button>
    </fieldset>
  );
}
