import { useEffect, useState, type JSX } from 'react';
import { BackupPage } from '../features/backup/BackupPage.tsx';
import { HomePage } from '../features/home/HomePage.tsx';
import { HelpOnF1, HelpPage } from '../features/help/HelpPage.tsx';
import { BcdPage } from '../features/bcd/BcdPage.tsx';
import { CollectionPage } from '../features/collection/CollectionPage.tsx';
import { FiguresPage } from '../features/figures/FiguresPage.tsx';
import { FundPage } from '../features/fund/FundPage.tsx';
import { OcopPage } from '../features/ocop/OcopPage.tsx';
import { OrganizationsPage } from '../features/organizations/OrganizationsPage.tsx';
import { SettingsPage } from '../features/settings/SettingsPage.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { InspectionsPage } from '../features/inspections/InspectionsPage.tsx';
import { ImportPage } from '../features/imports/ImportPage.tsx';
import { ReportsPage } from '../features/reports/ReportsPage.tsx';
import { ReviewPage } from '../features/review/ReviewPage.tsx';
import { useApi } from '../api/hooks.ts';
import { formatNumber } from '../../src-main/shared/vn-number.ts';
import { SECTIONS, sectionFromHash } from './sections.ts';
import { StatusBar } from './StatusBar.tsx';

function SettingsAndBackup() {
  return (
    <div className="page-stack">
      <SettingsPage />
      <BackupPage />
    </div>
  );
}

/** The page of each section of the navigation (sections.ts lists them; an unknown id falls back to the first). */
const PAGES: Record<string, () => JSX.Element> = {
  'tong-quan': HomePage,
  'to-chuc': OrganizationsPage,
  'so-lieu': FiguresPage,
  ocop: OcopPage,
  nhap: ImportPage,
  'thu-thap': CollectionPage,
  'xem-lai': ReviewPage,
  'bao-cao': ReportsPage,
  'kiem-tra': InspectionsPage,
  'ban-chi-dao': BcdPage,
  'quy-htpt': FundPage,
  'cai-dat': SettingsAndBackup,
  'huong-dan': HelpPage,
};

function Page({ id }: { id: string }) {
  const Component = PAGES[id] ?? HomePage;
  return <Component />;
}

/**
 * "Cần xem lại (54)": the navigation says how many cells wait, so they are not forgotten. Its own component,
 * so that a new count redraws this label and not the page beside it.
 */
function ReviewNavLabel({ label }: { label: string }) {
  const review = useApi('review.count', {}, ['imports', 'database']);
  const open = review.data?.open ?? 0;
  return <>{open > 0 ? `${label} (${formatNumber(open)})` : label}</>;
}

export function App() {
  const [current, setCurrent] = useState(() => sectionFromHash(window.location.hash));
  useEffect(() => {
    const onHash = () => setCurrent(sectionFromHash(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  return (
    <div className="shell">
      <nav className="sidebar" aria-label="Điều hướng chính">
        <div className="brand">
          <strong>KTTT</strong>
          <span>Kinh tế tập thể</span>
        </div>
        <ul>
          {SECTIONS.map((s) => (
            <li key={s.id}>
              <a
                href={`#/${s.id}`}
                title={s.summary}
                aria-current={s.id === current ? 'page' : undefined}
                className={s.id === current ? 'active' : ''}
              >
                {s.id === 'xem-lai' ? <ReviewNavLabel label={s.label} /> : s.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main className="content">
        <ErrorBoundary resetKey={current}>
          <Page id={current} />
        </ErrorBoundary>
      </main>
      <StatusBar />
      <HelpOnF1 section={current} />
    </div>
  );
}
