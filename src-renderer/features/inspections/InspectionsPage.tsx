import { useMemo } from 'react';
import { useApi } from '../../api/hooks.ts';
import { TabbedPage, type PageTab } from '../../components/TabbedPage.tsx';
import { orgChoices, OrgsProvider } from './components.tsx';
import { FollowUpTab } from './FollowUpTab.tsx';
import { MeetingsTab } from './MeetingsTab.tsx';
import { MonitoringTab } from './MonitoringTab.tsx';
import { PlansTab } from './PlansTab.tsx';
import { RecordsTab } from './RecordsTab.tsx';
import { TemplateTab } from './TemplateTab.tsx';
import './inspections.css';

const TABS: readonly PageTab[] = [
  { id: 'ke-hoach', label: 'Kế hoạch', Panel: PlansTab },
  { id: 'bien-ban', label: 'Biên bản', Panel: RecordsTab },
  { id: 'kien-nghi', label: 'Theo dõi kiến nghị', Panel: FollowUpTab },
  { id: 'giam-sat', label: 'Giám sát', Panel: MonitoringTab },
  { id: 'dai-hoi', label: 'Đại hội thường niên', Panel: MeetingsTab },
  { id: 'mau', label: 'Mẫu nội dung kiểm tra', Panel: TemplateTab },
];

/**
 * Kiểm tra – giám sát: plans, biên bản with their checklist and recommendations, the follow-up of
 * recommendations, the monitoring lists, annual members' meetings and the checklist template.
 * "#/kiem-tra/giam-sat" opens the Giám sát tab.
 */
export function InspectionsPage() {
  const orgs = useApi('registry.organizationNames', {}, ['registry']);
  const choices = useMemo(() => orgChoices(orgs.data ?? []), [orgs.data]);
  return (
    <TabbedPage
      title="Kiểm tra – giám sát"
      route="kiem-tra"
      idPrefix="insp"
      tabs={TABS}
      notice={orgs.error && <p className="error-text">{orgs.error}</p>}
      wrap={(panel) => <OrgsProvider value={choices}>{panel}</OrgsProvider>}
    />
  );
}
