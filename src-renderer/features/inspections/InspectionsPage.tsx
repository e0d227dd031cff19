import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useApi } from '../../api/hooks.ts';
import { orgChoices, OrgsProvider } from './components.tsx';
import { FollowUpTab } from './FollowUpTab.tsx';
import { MeetingsTab } from './MeetingsTab.tsx';
import { MonitoringTab } from './MonitoringTab.tsx';
import { PlansTab } from './PlansTab.tsx';
import { RecordsTab } from './RecordsTab.tsx';
import { TemplateTab } from './TemplateTab.tsx';
import './inspections.css';

const TABS = [
  { id: 'ke-hoach', label: 'Kế hoạch', Panel: PlansTab },
  { id: 'bien-ban', label: 'Biên bản', Panel: RecordsTab },
  { id: 'kien-nghi', label: 'Theo dõi kiến nghị', Panel: FollowUpTab },
  { id: 'giam-sat', label: 'Giám sát', Panel: MonitoringTab },
  { id: 'dai-hoi', label: 'Đại hội thường niên', Panel: MeetingsTab },
  { id: 'mau', label: 'Mẫu nội dung kiểm tra', Panel: TemplateTab },
] as const;
type TabId = (typeof TABS)[number]['id'];

/** "#/kiem-tra/giam-sat" opens the Giám sát tab, so a tab can be bookmarked and reopened. */
function tabFromHash(): TabId {
  const wanted = window.location.hash.replace(/^#\/?/, '').split('/')[1];
  return TABS.find((t) => t.id === wanted)?.id ?? 'ke-hoach';
}

/**
 * Kiểm tra – giám sát: plans, biên bản with their checklist and recommendations, the follow-up of
 * recommendations, the monitoring lists, annual members' meetings and the checklist template.
 * The tabs follow the WAI-ARIA pattern: arrow keys, Home and End move between them.
 */
export function InspectionsPage() {
  const [tab, setTab] = useState<TabId>(tabFromHash);
  const orgs = useApi('registry.organizationNames', {}, ['registry']);
  const choices = useMemo(() => orgChoices(orgs.data ?? []), [orgs.data]);
  const refs = useRef(new Map<TabId, HTMLButtonElement>());
  useEffect(() => {
    // A link or the address bar may name another tab while the page is open.
    const onHash = () => setTab(tabFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  function choose(id: TabId, focus = false) {
    setTab(id);
    window.history.replaceState(null, '', `#/kiem-tra/${id}`);
    if (focus) refs.current.get(id)?.focus();
  }
  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const i = TABS.findIndex((t) => t.id === tab);
    const to =
      e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? TABS.length - 1 : null;
    if (to === null) return;
    e.preventDefault();
    const next = TABS[(to + TABS.length) % TABS.length];
    if (next) choose(next.id, true);
  }

  const active = TABS.find((t) => t.id === tab) ?? TABS[0];
  return (
    <section className="panel insp-page">
      <h1>Kiểm tra – giám sát</h1>
      {orgs.error && <p className="error-text">{orgs.error}</p>}
      <div className="insp-tabs" role="tablist" aria-label="Kiểm tra – giám sát" onKeyDown={onKeyDown}>
        {TABS.map((t) => (
          <button
            key={t.id}
            ref={(el) => {
              if (el) refs.current.set(t.id, el);
            }}
            type="button"
            role="tab"
            id={`insp-tab-${t.id}`}
            aria-selected={t.id === tab}
            aria-controls={`insp-panel-${t.id}`}
            tabIndex={t.id === tab ? 0 : -1}
            className={t.id === tab ? 'active' : ''}
            onClick={() => choose(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`insp-panel-${active.id}`} aria-labelledby={`insp-tab-${active.id}`} className="insp-panel">
        <OrgsProvider value={choices}>
          <active.Panel />
        </OrgsProvider>
      </div>
    </section>
  );
}
