import { createContext, useContext, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import type { OrgName } from '../../../src-main/contract/registry-dto.ts';
import type { InspectionDocumentRequest } from '../../../src-main/contract/inspections.ts';
import type { ReportFormatDto } from '../../../src-main/contract/reports.ts';
import { foldVietnamese } from '../../../src-main/shared/text-fold.ts';
import { client } from '../../api/client.ts';
import { ExportButtons } from '../../lib/ExportButtons.tsx';
import { NoticeLine, type Notice } from '../../lib/notice.tsx';

/** Small building blocks of the inspection screens: labelled fields with their error, the organization picker, printouts. */

/**
 * A label beside (not around) its control: a label wrapping a select would read the options as part of its
 * name to a screen reader. The error, when any, is tied to the control by aria-describedby.
 */
export function Field(props: { label: string; error?: string | undefined; wide?: boolean; children: (id: string, invalid: boolean, describedBy: string | undefined) => ReactNode }) {
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

export function SelectField(props: { label: string; value: string; onChange: (v: string) => void; options: readonly { value: string; label: string }[]; disabled?: boolean; name?: string; autoFocus?: boolean }) {
  return (
    <Field label={props.label}>
      {(id) => (
        <select id={id} name={props.name} value={props.value} disabled={props.disabled} autoFocus={props.autoFocus} onChange={(e) => props.onChange(e.target.value)}>
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
          <textarea id={id} name={p.name} rows={3} value={p.value} maxLength={p.maxLength} aria-invalid={invalid} aria-describedby={describedBy} placeholder={p.placeholder} onChange={(e) => p.onChange(e.target.value)} />
        ) : (
          <input id={id} name={p.name} value={p.value} maxLength={p.maxLength} aria-invalid={invalid} aria-describedby={describedBy} placeholder={p.placeholder} onChange={(e) => p.onChange(e.target.value)} />
        )
      }
    </Field>
  );
}

/** A date typed as the clerk writes it; it is read (and refused with a reason) when the form is saved. */
export function DateField(p: Omit<TextFieldProps, 'multiline' | 'placeholder'>) {
  return <TextField {...p} placeholder="dd/mm/yyyy" maxLength={30} />;
}

export { NoticeLine, type Notice };

// ---------- organizations ----------

export interface OrgChoice {
  id: number;
  label: string;
  row: OrgName;
}

const OrgsContext = createContext<readonly OrgChoice[]>([]);
export const OrgsProvider = OrgsContext.Provider;
export const useOrgChoices = () => useContext(OrgsContext);

/** "HTX An Phú (HTX, Xã Phù Ninh)": the type and commune tell apart organizations of the same name. */
export function orgChoices(rows: readonly OrgName[]): OrgChoice[] {
  return rows.map((r) => ({ id: r.id, row: r, label: `${r.name} (${r.type}${r.communeName ? `, ${r.communeName.split(',')[0] ?? ''}` : ''}${r.regCode ? `, ${r.regCode}` : ''})` }));
}

/**
 * Picks an organization by typing part of its name (accents optional), as the grids' organization column
 * does. The text stays as typed until it names exactly one organization.
 */
export function OrgPicker(props: { label: string; value: number | null; onChange: (id: number | null) => void; error?: string | undefined; name?: string }) {
  const choices = useOrgChoices();
  const listId = useId();
  const current = choices.find((c) => c.id === props.value);
  const [text, setText] = useState(current?.label ?? '');
  const byLabel = useMemo(() => new Map(choices.map((c) => [foldVietnamese(c.label), c.id])), [choices]);
  const resolve = (t: string): number | null => {
    const key = foldVietnamese(t);
    const exact = byLabel.get(key);
    if (exact !== undefined) return exact;
    const byName = choices.filter((c) => foldVietnamese(c.row.name) === key);
    return byName.length === 1 && byName[0] ? byName[0].id : null;
  };
  const resolveRef = useRef(resolve);
  resolveRef.current = resolve;
  const textRef = useRef(text);
  textRef.current = text;
  useEffect(() => {
    // A value set from outside (a record opened, the form cleared) shows that organization's name.
    if (resolveRef.current(textRef.current) !== props.value) setText(current?.label ?? '');
  }, [props.value, current?.label]);
  function change(next: string) {
    setText(next);
    props.onChange(resolve(next));
  }
  return (
    <Field label={props.label} error={props.error}>
      {(id, invalid, describedBy) => (
        <>
          <input id={id} name={props.name} list={listId} value={text} aria-invalid={invalid} aria-describedby={describedBy} placeholder="Gõ tên tổ chức…" onChange={(e) => change(e.target.value)} autoComplete="off" />
          <datalist id={listId}>
            {choices.map((c) => (
              <option key={c.id} value={c.label} />
            ))}
          </datalist>
        </>
      )}
    </Field>
  );
}

// ---------- printouts ----------

const EXPORTS: readonly ReportFormatDto[] = ['pdf', 'docx', 'xlsx'];

/** Preview, print and save a printout (biên bản, kế hoạch, báo cáo): the core renders it, the page only shows it. */
export function DocumentActions({ request, label }: { request: InspectionDocumentRequest; label: string }) {
  const [html, setHtml] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  const frame = useRef<HTMLIFrameElement>(null);

  async function preview() {
    setBusy(true);
    const r = await client.call('inspections.documentHtml', request);
    setBusy(false);
    if (r.ok) setHtml(r.value.html);
    else setNotice({ kind: 'error', text: r.error.message });
  }
  return (
    <div className="insp-doc">
      <div className="toolbar" role="group" aria-label={`In ${label}`}>
        <button type="button" className="secondary" disabled={busy} onClick={() => void preview()}>
          Xem bản in {label}
        </button>
        {html && (
          <button type="button" className="secondary" onClick={() => frame.current?.contentWindow?.print()}>
            In…
          </button>
        )}
        <ExportButtons formats={EXPORTS} make={(format) => client.call('inspections.documentFile', { document: request, format })} />
        {html && (
          <button type="button" className="secondary" onClick={() => setHtml(null)}>
            Đóng bản in
          </button>
        )}
        <NoticeLine notice={notice} />
      </div>
      {html && <iframe ref={frame} title={`Bản in ${label}`} className="report-preview" srcDoc={html} sandbox="allow-same-origin allow-modals" />}
    </div>
  );
}

/**
 * The foot of the plan and biên bản forms: save, close, the save's outcome, and — once the document has
 * been saved — its printout.
 */
export function SavedDocumentActions(props: { busy: boolean; saveLabel: string; onClose(): void; notice: Notice; document: InspectionDocumentRequest | null; documentLabel: string }) {
  return (
    <>
      <div className="form-actions">
        <button type="submit" disabled={props.busy}>
          {props.saveLabel}
        </button>
        <button type="button" className="secondary" onClick={props.onClose}>
          Đóng
        </button>
        <NoticeLine notice={props.notice} />
      </div>
      {props.document && (
        <div className="wide">
          <DocumentActions request={props.document} label={props.documentLabel} />
        </div>
      )}
    </>
  );
}
