import { useState } from 'react';
import type { CellValue, FieldSpec, Result } from '../../../src-main/contract/index.ts';
import { formatNumber } from '../../../src-main/shared/vn-number.ts';
import type { ValueContext } from '../../grid/index.ts';
import { ValuePicker } from './ValuePicker.tsx';
import { draftReady, emptyDraft, resolveDraft, valueLabel, type Choice } from './review-value.ts';

export type FixOutcome = Result<{ fixed: number; remembered: boolean }>;

interface Props {
  /** The field's label ("Lĩnh vực") and the text as written in the file. */
  label: string;
  raw: string;
  choice: Choice;
  spec: FieldSpec | undefined;
  ctx: ValueContext;
  /** "Sửa 3 dòng" for a group, "Lưu" for one cell. */
  applyLabel: string;
  /** Offer "Ghi nhớ cho các lần nhập sau" (only readings of a code list can be remembered). */
  canRemember: boolean;
  /** Names, unmatched organizations: nothing to give, only to mark as seen. */
  acknowledgeOnly: boolean;
  compact?: boolean;
  apply(value: CellValue, remember: boolean): Promise<FixOutcome>;
  /** Told what was done, in a sentence; the page shows it, since the group itself goes away. */
  onDone(text: string): void;
}

function doneText(label: string, raw: string, fixed: number, what: string | null, remembered: boolean): string {
  const cells = `${formatNumber(fixed)} ô ${label} “${raw}”`;
  if (what === null) return `Đã xem ${cells}; để trống.`;
  return `Đã sửa ${cells} thành ${what}${remembered ? '; các lần nhập sau sẽ đọc như vậy' : ''}.`;
}

/** The value picker with its buttons: apply the value, or leave the cells blank as reviewed. */
export function FixControls(p: Props) {
  const [draft, setDraft] = useState(() => emptyDraft(p.choice));
  const [remember, setRemember] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run(value: CellValue, keep: boolean) {
    setBusy(true);
    setError(null);
    const r = await p.apply(value, keep);
    setBusy(false);
    if (!r.ok) return setError(r.error.message);
    p.onDone(
      doneText(
        p.label,
        p.raw,
        r.value.fixed,
        value === null || p.acknowledgeOnly ? null : valueLabel(value, p.choice, p.spec, p.ctx),
        r.value.remembered,
      ),
    );
  }

  async function submit() {
    const v = await resolveDraft(draft, p.choice, p.spec, p.ctx);
    if (!v.ok) return setError(v.reason);
    await run(v.value, p.canRemember && remember);
  }

  return (
    <form
      className={p.compact ? 'fix-form compact' : 'fix-form'}
      aria-label={`Sửa ${p.label} “${p.raw}”`}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      {!p.acknowledgeOnly && (
        <ValuePicker label={p.label} choice={p.choice} spec={p.spec} draft={draft} onDraft={setDraft} ctx={p.ctx} compact={p.compact} />
      )}
      <div className="fix-actions">
        {p.canRemember && !p.acknowledgeOnly && (
          <label>
            <input type="checkbox" checked={remember} onChange={(e) => setRemember(e.target.checked)} /> Ghi nhớ cho các lần nhập sau
          </label>
        )}
        {!p.acknowledgeOnly && (
          <button type="submit" disabled={busy || !draftReady(draft)}>
            {p.applyLabel}
          </button>
        )}
        <button type="button" className="secondary" disabled={busy} onClick={() => void run(null, false)}>
          {p.acknowledgeOnly ? 'Đã xem' : 'Để trống (đã xem)'}
        </button>
        {error && (
          <span role="alert" className="error-text">
            {error}
          </span>
        )}
      </div>
    </form>
  );
}
