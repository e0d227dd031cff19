import { useState, type FormEvent } from 'react';
import type { Result } from '../../../src-main/contract/index.ts';
import { parseVnNumber } from '../../../src-main/shared/index.ts';
import { Field } from '../../components/Field.tsx';
import { NoticeLine, type Notice } from '../../lib/notice.tsx';
import { readDate } from '../inspections/form-utils.ts';

/**
 * The fund's forms, each described by its fields: Vietnamese dates and numbers read as the grids read them
 * (1.580.000; 15/03/2025), every problem shown on its own field at once, and the core's refusals shown on
 * the field they name (details.field) or, from the contract's check, on the path it names.
 */
export type FieldKind = 'text' | 'textarea' | 'date' | 'money' | 'int' | 'percent' | 'select' | 'bool';

export interface FieldSpec {
  name: string;
  label: string;
  kind: FieldKind;
  required?: boolean;
  options?: readonly { value: string; label: string }[];
  initial?: string;
  wide?: boolean;
}

export type FormValues = Record<string, string | number | boolean | null>;

function readField(spec: FieldSpec, text: string): { ok: true; value: string | number | boolean | null } | { ok: false; reason: string } {
  const blank = text.trim() === '';
  if (blank && spec.kind !== 'bool')
    return spec.required ? { ok: false, reason: `${spec.label}: không được để trống.` } : { ok: true, value: null };
  switch (spec.kind) {
    case 'date':
      return readDate(text, spec.label, spec.required ?? false);
    case 'money':
    case 'int':
    case 'percent': {
      const n = parseVnNumber(text);
      if (!n.ok) return { ok: false, reason: `${spec.label}: ${n.reason}` };
      if (spec.kind !== 'percent' && !Number.isInteger(n.value))
        return { ok: false, reason: `${spec.label}: phải là số nguyên${spec.kind === 'money' ? ' đồng' : ''}.` };
      if (n.value < 0) return { ok: false, reason: `${spec.label}: không được âm.` };
      return { ok: true, value: n.value };
    }
    case 'bool':
      return { ok: true, value: text === 'true' };
    default:
      return { ok: true, value: text.trim() };
  }
}

function fieldOfError(details: unknown): Record<string, string> | null {
  if (details && typeof details === 'object' && 'field' in details && typeof (details as { field: unknown }).field === 'string')
    return { [(details as { field: string }).field]: '' };
  if (Array.isArray(details)) {
    const out: Record<string, string> = {};
    for (const d of details as { path?: string; message?: string }[]) if (d.path) out[d.path] = d.message ?? '';
    return out;
  }
  return null;
}

const BOOL_OPTIONS = [
  { value: 'true', label: 'Có' },
  { value: 'false', label: 'Không' },
];

/** One labelled control of a FundForm: a select, a text area or an input, with its error under it. */
function FieldControl({
  spec: f,
  text,
  error,
  onChange,
}: {
  spec: FieldSpec;
  text: string;
  error: string | undefined;
  onChange(t: string): void;
}) {
  const numeric = f.kind === 'money' || f.kind === 'int' || f.kind === 'percent';
  return (
    <Field label={f.label} error={error} wide={f.wide ?? f.kind === 'textarea'}>
      {(id, invalid, describedBy) =>
        f.kind === 'select' || f.kind === 'bool' ? (
          <select
            id={id}
            name={f.name}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            value={text}
            onChange={(e) => onChange(e.target.value)}
          >
            {(f.kind === 'bool' ? BOOL_OPTIONS : (f.options ?? [])).map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        ) : f.kind === 'textarea' ? (
          <textarea
            id={id}
            name={f.name}
            rows={3}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            value={text}
            onChange={(e) => onChange(e.target.value)}
          />
        ) : (
          <input
            id={id}
            name={f.name}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            inputMode={numeric ? 'decimal' : undefined}
            placeholder={f.kind === 'date' ? 'dd/mm/yyyy' : f.kind === 'money' ? 'đồng' : undefined}
            value={text}
            onChange={(e) => onChange(e.target.value)}
          />
        )
      }
    </Field>
  );
}

export function FundForm<T>(props: {
  label: string;
  fields: readonly FieldSpec[];
  submitLabel: string;
  onSubmit(values: FormValues): Promise<Result<T>>;
  onDone?(value: T): void;
  okText?: string;
  onChange?(values: FormValues): void;
  extra?: React.ReactNode;
}) {
  const [texts, setTexts] = useState<Record<string, string>>(() => Object.fromEntries(props.fields.map((f) => [f.name, f.initial ?? ''])));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);

  function read(): { values: FormValues; problems: Record<string, string> } {
    const values: FormValues = {};
    const problems: Record<string, string> = {};
    for (const f of props.fields) {
      const r = readField(f, texts[f.name] ?? '');
      if (r.ok) values[f.name] = r.value;
      else problems[f.name] = r.reason;
    }
    return { values, problems };
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const { values, problems } = read();
    setErrors(problems);
    if (Object.keys(problems).length > 0) {
      setNotice({ kind: 'error', text: 'Chưa lưu: xem các ô được đánh dấu.' });
      return;
    }
    setBusy(true);
    const r = await props.onSubmit(values);
    setBusy(false);
    if (r.ok) {
      setNotice({ kind: 'ok', text: props.okText ?? 'Đã lưu.' });
      props.onDone?.(r.value);
      return;
    }
    const onFields = fieldOfError(r.error.details);
    if (onFields) setErrors(Object.fromEntries(Object.entries(onFields).map(([k, v]) => [k, v || r.error.message])));
    setNotice({ kind: 'error', text: r.error.message });
  }

  function change(name: string, text: string) {
    const next = { ...texts, [name]: text };
    setTexts(next);
    if (props.onChange) {
      const values: FormValues = {};
      for (const f of props.fields) {
        const r = readField(f, next[f.name] ?? '');
        if (r.ok) values[f.name] = r.value;
      }
      props.onChange(values);
    }
  }

  return (
    <form className="form-grid insp-form" aria-label={props.label} onSubmit={(e) => void submit(e)}>
      {props.fields.map((f) => (
        <FieldControl key={f.name} spec={f} text={texts[f.name] ?? ''} error={errors[f.name]} onChange={(t) => change(f.name, t)} />
      ))}
      {props.extra}
      <div className="form-actions wide">
        <button type="submit" disabled={busy}>
          {props.submitLabel}
        </button>
        <NoticeLine notice={notice} />
      </div>
    </form>
  );
}

/** A value read by a FundForm, as the type its method takes. */
type Read = FormValues[string] | undefined;
export const str = (v: Read): string => (typeof v === 'string' ? v : '');
export const num = (v: Read): number => (typeof v === 'number' ? v : 0);
export const optStr = (v: Read): string | null => (typeof v === 'string' && v !== '' ? v : null);
