import { useEffect, useRef, useState, type ComponentType, type KeyboardEvent, type ReactNode } from 'react';

export interface PageTab {
  /** The tab's part of the address: "#/kiem-tra/giam-sat" opens tab "giam-sat" of page "kiem-tra". */
  id: string;
  label: string;
  Panel: ComponentType;
}

interface Props {
  title: string;
  /** The page's part of the address ("kiem-tra"). */
  route: string;
  /** Prefix of the tabs' and panels' element ids ("insp" gives "insp-tab-…", "insp-panel-…"). */
  idPrefix: string;
  tabs: readonly PageTab[];
  /** Shown between the title and the tabs (a loading error). */
  notice?: ReactNode;
  /** Wraps the open panel (a context its tabs share). */
  wrap?: (panel: ReactNode) => ReactNode;
}

function tabFromHash(tabs: readonly PageTab[]): string {
  const wanted = window.location.hash.replace(/^#\/?/, '').split('/')[1];
  return tabs.find((t) => t.id === wanted)?.id ?? tabs[0]?.id ?? '';
}

/**
 * A page of tabs, each one bookmarkable by the address. The tabs follow the WAI-ARIA pattern: arrow keys, Home
 * and End move between them and focus follows.
 */
export function TabbedPage({ title, route, idPrefix, tabs, notice, wrap }: Props) {
  const [tab, setTab] = useState(() => tabFromHash(tabs));
  const refs = useRef(new Map<string, HTMLButtonElement>());
  useEffect(() => {
    // A link or the address bar may name another tab while the page is open.
    const onHash = () => setTab(tabFromHash(tabs));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [tabs]);

  function choose(id: string, focus = false) {
    setTab(id);
    window.history.replaceState(null, '', `#/${route}/${id}`);
    if (focus) refs.current.get(id)?.focus();
  }
  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const i = tabs.findIndex((t) => t.id === tab);
    const to =
      e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? tabs.length - 1 : null;
    if (to === null) return;
    e.preventDefault();
    const next = tabs[(to + tabs.length) % tabs.length];
    if (next) choose(next.id, true);
  }

  const active = tabs.find((t) => t.id === tab) ?? tabs[0];
  if (active === undefined) return null;
  const panel = <active.Panel />;
  return (
    <section className="panel insp-page">
      <h1>{title}</h1>
      {notice}
      <div className="insp-tabs" role="tablist" aria-label={title} onKeyDown={onKeyDown}>
        {tabs.map((t) => (
          <button
            key={t.id}
            ref={(el) => {
              if (el) refs.current.set(t.id, el);
            }}
            type="button"
            role="tab"
            id={`${idPrefix}-tab-${t.id}`}
            aria-selected={t.id === active.id}
            aria-controls={`${idPrefix}-panel-${t.id}`}
            tabIndex={t.id === active.id ? 0 : -1}
            className={t.id === active.id ? 'active' : ''}
            onClick={() => choose(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${idPrefix}-panel-${active.id}`} aria-labelledby={`${idPrefix}-tab-${active.id}`} className="insp-panel">
        {wrap ? wrap(panel) : panel}
      </div>
    </section>
  );
}
