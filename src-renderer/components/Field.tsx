import { useId, type ReactNode } from 'react';

/**
 * Labelled form fields with their error, for every form of the app: a label, its control and, under it,
 * what is wrong with the value. Their look (.insp-field) is still in features/inspections/inspections.css,
 * where the inspection forms first needed it; the app has one stylesheet, so it applies everywhere.
 */

/**
 * A label beside (not around) its control: a label wrapping a select would read the options as part of its
 * name to a screen reader. The error, when any, is tied to the control by aria-describedby.
 */
export function Field(props: {
  label: string;
  error?: string | undefined;
  wide?: boolean;
  children: (id: string, invalid: boolean, describedBy: string | undefined) => ReactNode;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className={`insp-field${props.wide ? ' wide' : ''}`}>
      <label htmlFor={id}>{props.label}</label>
      {props.children(id, props.error !== undefined, props.error ? errorId : undefined)}
      {props.error && (
        <span id={errorId} className="error-text insp-field-error">
          {props.error}
        </span>
      )}
    </div>
  );
}

export function SelectField(props: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  options: readonly { value: string; label: string }[];
  disabled?: boolean;
  name?: string;
  autoFocus?: boolean;
}) {
  return (
    <Field label={props.label}>
      {(id) => (
        <select
          id={id}
          name={props.name}
          value={props.value}
          disabled={props.disabled}
          autoFocus={props.autoFocus}
          onChange={(e) => props.onChange(e.target.value)}
        >
          {props.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export interface TextFieldProps {
  label: string;
  value: string;
  onChange: (v: string) => void;
  error?: string | undefined;
  placeholder?: string;
  wide?: boolean;
  multiline?: boolean;
  name?: string;
  maxLength?: number;
}

export function TextField(p: TextFieldProps) {
  return (
    <Field label={p.label} error={p.error} wide={p.wide ?? p.multiline ?? false}>
      {(id, invalid, describedBy) =>
        p.multiline ? (
          <textarea
            id={id}
            name={p.name}
            rows={3}
            value={p.value}
            maxLength={p.maxLength}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            placeholder={p.placeholder}
            onChange={(e) => p.onChange(e.target.value)}
          />
        ) : (
          <input
            id={id}
            name={p.name}
            value={p.value}
            maxLength={p.maxLength}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            placeholder={p.placeholder}
            onChange={(e) => p.onChange(e.target.value)}
          />
        )
      }
    </Field>
  );
}

/** A date typed as the clerk writes it; it is read (and refused with a reason) when the form is saved. */
export function DateField(p: Omit<TextFieldProps, 'multiline' | 'placeholder'>) {
  return <TextField {...p} placeholder="dd/mm/yyyy" maxLength={30} />;
}
