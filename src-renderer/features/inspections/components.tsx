import { createContext, useContext, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { OrgName } from '../../../src-main/contract/registry-dto.ts';
import type { InspectionDocumentRequest } from '../../../src-main/contract/inspections.ts';
import type { AnnexOf, ReportFormatDto } from '../../../src-main/contract/reports.ts';
import { buildSearchKey, compileSearch, foldVietnamese } from '../../../src-main/shared/text-fold.ts';
import { client } from '../../api/client.ts';
import { Field } from '../../components/Field.tsx';
import { ExportButtons } from '../../lib/ExportButtons.tsx';
import { NoticeLine, type Notice } from '../../lib/notice.tsx';

/** Small building blocks of the inspection screens: the organization picker and printouts (the labelled fields are in components/). */

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
  return rows.map((r) => ({
    id: r.id,
    row: r,
    label: `${r.name} (${r.type}${r.communeName ? `, ${r.communeName.split(',')[0] ?? ''}` : ''}${r.regCode ? `, ${r.regCode}` : ''})`,
  }));
}

const SUGGESTED = 30;

/** Choices whose name, type, commune or code hold every word typed, accents optional; at most SUGGESTED. */
function suggest(choices: readonly OrgChoice[], text: string): OrgChoice[] {
  if (text.trim() === '') return [];
  const test = compileSearch(text);
  const out: OrgChoice[] = [];
  for (const c of choices) {
    if (test(buildSearchKey(c.label))) out.push(c);
    if (out.length >= SUGGESTED) break;
  }
  return out;
}

/**
 * Picks an organization by typing part of its name without accents ("dong tam" finds "HTX Đồng Tâm"), as the
 * grids' organization column does: ↓/↑ move in the list, Enter takes the line, Esc closes it. The text stays
 * as typed until it names exactly one organization.
 */
export function OrgPicker(props: {
  label: string;
  value: number | null;
  onChange: (id: number | null) => void;
  error?: string | undefined;
  name?: string;
}) {
  const choices = useOrgChoices();
  const listId = useId();
  const current = choices.find((c) => c.id === props.value);
  const [text, setText] = useState(current?.label ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
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
  const shown = useMemo(() => (open ? suggest(choices, text) : []), [open, choices, text]);
  function change(next: string) {
    setText(next);
    setOpen(true);
    setActive(0);
    props.onChange(resolve(next));
  }
  function pick(c: OrgChoice) {
    setText(c.label);
    setOpen(false);
    props.onChange(c.id);
  }
  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.max(0, Math.min(shown.length - 1, a + (e.key === 'ArrowDown' ? 1 : -1))));
    } else if (e.key === 'Enter' && open && shown[active]) {
      e.preventDefault();
      pick(shown[active]);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      setOpen(false);
    }
  }
  return (
    <Field label={props.label} error={props.error}>
      {(id, invalid, describedBy) => (
        <div className="org-picker">
          <input
            id={id}
            name={props.name}
            role="combobox"
            aria-expanded={shown.length > 0}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={shown[active] ? `${listId}-${String(shown[active].id)}` : undefined}
            value={text}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            placeholder="Gõ tên tổ chức (không cần dấu)…"
            onChange={(e) => change(e.target.value)}
            onKeyDown={onKeyDown}
            onBlur={() => setOpen(false)}
            autoComplete="off"
          />
          {shown.length > 0 && (
            <ul id={listId} role="listbox" className="org-picker-list">
              {shown.map((c, i) => (
                <li
                  key={c.id}
                  id={`${listId}-${String(c.id)}`}
                  role="option"
                  aria-selected={i === active}
                  onMouseDown={(e) => {
                    e.preventDefault();
                    pick(c);
                  }}
                >
                  {c.label}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </Field>
  );
}

// ---------- printouts ----------

const EXPORTS: readonly ReportFormatDto[] = ['pdf', 'docx', 'xlsx'];

/** The printouts whose appendix can outgrow print: the period report and the monitoring report. */
function annexOfDocument(request: InspectionDocumentRequest): AnnexOf | undefined {
  if (request.kind === 'period') return { kind: 'period', from: request.from, to: request.to };
  if (request.kind === 'monitoring') return { kind: 'monitoring', asOf: request.asOf };
  return undefined;
}

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
        <ExportButtons
          formats={EXPORTS}
          make={(format) => client.call('inspections.documentFile', { document: request, format })}
          annexOf={annexOfDocument(request)}
        />
        {html && (
          <button type="button" className="secondary" onClick={() => setHtml(null)}>
            Đóng bản in
          </button>
        )}
        <NoticeLine notice={notice} />
      </div>
      {html && (
        <iframe ref={frame} title={`Bản in ${label}`} className="report-preview" srcDoc={html} sandbox="allow-same-origin allow-modals" />
      )}
    </div>
  );
}

/**
 * The foot of the plan and biên bản forms: save, close, the save's outcome, and — once the document has
 * been saved — its printout.
 */
export function SavedDocumentActions(props: {
  busy: boolean;
  saveLabel: string;
  onClose(): void;
  notice: Notice;
  document: InspectionDocumentRequest | null;
  documentLabel: string;
}) {
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
