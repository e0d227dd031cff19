import type { FieldSpec } from '../../../src-main/contract/index.ts';
import type { ValueContext } from '../../grid/index.ts';
import { inputLabel, placeholderOf, type Choice, type Draft } from './review-value.ts';

interface Props {
  /** What the cells are ("Lĩnh vực"), for the labels read out by screen readers. */
  label: string;
  choice: Choice;
  spec: FieldSpec | undefined;
  draft: Draft;
  onDraft(draft: Draft): void;
  ctx: ValueContext;
  /** Inside a row of a table: the ticks laid out tighter. */
  compact?: boolean;
}

function toggled(codes: readonly string[], code: string, on: boolean): string[] {
  return on ? [...codes.filter((c) => c !== code), code] : codes.filter((c) => c !== code);
}

/**
 * The value for flagged cells: ticks for a list that takes several (sectors, certificates), a list to pick
 * one from for a single code (status), else a box to type a number, a date or a text.
 */
export function ValuePicker({ label, choice, spec, draft, onDraft, ctx, compact }: Props) {
  if (choice.options && draft.kind === 'codes') {
    const options = choice.options;
    if (choice.multiple)
      return (
        <fieldset className={compact ? 'choices compact' : 'choices'}>
          <legend>{label} đúng (có thể chọn nhiều)</legend>
          {options.map((o) => (
            <label key={o.value}>
              <input
                type="checkbox"
                checked={draft.codes.includes(o.value)}
                onChange={(e) => onDraft({ kind: 'codes', codes: toggled(draft.codes, o.value, e.target.checked) })}
              />{' '}
              {o.label}
            </label>
          ))}
        </fieldset>
      );
    return (
      <label>
        {label} đúng{' '}
        <select
          aria-label={`${label} đúng`}
          value={draft.codes[0] ?? ''}
          onChange={(e) => onDraft({ kind: 'codes', codes: e.target.value ? [e.target.value] : [] })}
        >
          <option value="">— Chọn —</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
    );
  }
  const text = draft.kind === 'text' ? draft.text : '';
  const what = inputLabel(spec, label, ctx);
  return (
    <label>
      {what} đúng{' '}
      <input
        aria-label={`${what} đúng`}
        value={text}
        placeholder={placeholderOf(spec)}
        onChange={(e) => onDraft({ kind: 'text', text: e.target.value })}
      />
    </label>
  );
}
