import { useMemo } from 'react';
import { useApi } from '../../api/hooks.ts';
import { TabbedPage, type PageTab } from '../../components/TabbedPage.tsx';
import { orgChoices, OrgsProvider } from '../inspections/components.tsx';
import '../inspections/inspections.css';
import { CommitteeTab } from './CommitteeTab.tsx';
import { MeetingsTab } from './MeetingsTab.tsx';
import { PlanTab } from './PlanTab.tsx';
import { ReportTab } from './ReportTab.tsx';
import { SupportTab } from './SupportTab.tsx';
import { TargetsTab } from './TargetsTab.tsx';
import { WatchTab } from './WatchTab.tsx';

const TABS: readonly PageTab[] = [
  { id: 'ke-hoach', label: 'Kế hoạch, nhiệm vụ', Panel: PlanTab },
  { id: 'theo-doi', label: 'Theo dõi nhiệm vụ', Panel: WatchTab },
  { id: 'thanh-vien', label: 'Thành viên', Panel: CommitteeTab },
  { id: 'hop', label: 'Cuộc họp', Panel: MeetingsTab },
  { id: 'chi-tieu', label: 'Chỉ tiêu', Panel: TargetsTab },
  { id: 'ho-tro', label: 'Hỗ trợ, liên kết', Panel: SupportTab },
  { id: 'bao-cao', label: 'Nội dung báo cáo', Panel: ReportTab },
];

/**
 * Ban Chỉ đạo: the committee's year — members, meetings, the plan and its tasks, targets, support given, and the
 * clerk's text of the conference report. "#/ban-chi-dao/theo-doi" opens the tab of overdue tasks (home alerts).
 */
export function BcdPage() {
  const orgs = useApi('registry.organizationNames', {}, ['registry']);
  const choices = useMemo(() => orgChoices(orgs.data ?? []), [orgs.data]);
  return (
    <TabbedPage
      title="Ban Chỉ đạo"
      route="ban-chi-dao"
      idPrefix="bcd"
      tabs={TABS}
      wrap={(panel) => <OrgsProvider value={choices}>{panel}</OrgsProvider>}
    />
  );
}
