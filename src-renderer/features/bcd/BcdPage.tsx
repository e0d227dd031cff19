import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useApi } from '../../api/hooks.ts';
import { orgChoices, OrgsProvider } from '../inspections/components.tsx';
import '../inspections/inspections.css';
import { CommitteeTab } from './CommitteeTab.tsx';
import { MeetingsTab } from './MeetingsTab.tsx';
import { PlanTab } from './PlanTab.tsx';
import { ReportTab } from './ReportTab.tsx';
import { SupportTab } from './SupportTab.tsx';
import { TargetsTab } from './TargetsTab.tsx';
import { WatchTab } from './WatchTab.tsx';

const TABS = [
  { id: 'ke-hoach', label: 'Kế hoạch, nhiệm vụ', Panel: PlanTab },
  { id: 'theo-doi', label: 'Theo dõi nhiệm vụ', Panel: WatchTab },
  { id: 'thanh-vien', label: 'Thành viên', Panel: CommitteeTab },
  { id: 'hop', label: 'Cuộc họp', Panel: MeetingsTab },
  { id: 'chi-tieu', label: 'Chỉ tiêu', Panel: TargetsTab },
  { id: 'ho-tro', label: 'Hỗ trợ, liên kết', Panel: SupportTab },
  { id: 'bao-cao', label: 'Nội dung báo cáo', Panel: ReportTab },
] as const;
type TabId = (typeof TABS)[number]['id'];

function tabFromHash(): TabId {
  const wanted = window.location.hash.replace(/^#\/?/, '').split('/')[1];
  return TABS.find((t) => t.id === wanted)?.id ?? 'ke-hoach';
}

/**
 * Ban Chỉ đạo: the committee's year — members, meetings, the plan and its tasks, targets, support given, and the
 * clerk's text of the conference report. "#/ban-chi-dao/theo-doi" opens the tab of overdue tasks (home alerts).
 */
export function BcdPage() {
  const [tab, setTab] = useState<TabId>(tabFromHash);
  const orgs = useApi('registry.organizationNames', {}, ['registry']);
  const choices = useMemo(() => orgChoices(orgs.data ?? []), [orgs.data]);
  const refs = useRef(new Map<TabId, HTMLButtonElement>());
  useEffect(() => {
    const onHash = () => setTab(tabFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  function choose(id: TabId, focus = false) {
    setTab(id);
    window.history.replaceState(null, '', `#/ban-chi-dao/${id}`);
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
      <h1>Ban Chỉ đạo</h1>
      <div className="insp-tabs" role="tablist" aria-label="Ban Chỉ đạo" onKeyDown={onKeyDown}>
        {TABS.map((t) => (
          <button
            key={t.id}
            ref={(el) => {
              if (el) refs.current.set(t.id, el);
            }}
            type="button"
            role="tab"
            id={`bcd-tab-${t.id}`}
            aria-selected={t.id === tab}
            aria-controls={`bcd-panel-${t.id}`}
            tabIndex={t.id === tab ? 0 : -1}
            className={t.id === tab ? 'active' : ''}
            onClick={() => choose(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`bcd-panel-${active.id}`} aria-labelledby={`bcd-tab-${active.id}`} className="insp-panel">
        <OrgsProvider value={choices}>
          <active.Panel />
        </OrgsProvider>
      </div>
    </section>
  );
}
