import { lazy, Suspense, useEffect, useState, type ComponentType } from 'react';
import { HomePage } from '../features/home/HomePage.tsx';
import { HelpOnF1, HelpPage } from '../features/help/HelpPage.tsx';
import { FiguresPage } from '../features/figures/FiguresPage.tsx';
import { OcopPage } from '../features/ocop/OcopPage.tsx';
import { OrganizationsPage } from '../features/organizations/OrganizationsPage.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { useApi } from '../api/hooks.ts';
import { formatNumber } from '../../src-main/shared/vn-number.ts';
import { SECTIONS, sectionFromHash } from './sections.ts';
import { StatusBar } from './StatusBar.tsx';

/*
 * The pages a clerk opens on (home, the registry grids, help) come with the app; the others are loaded when
 * first opened, so the code compiled before the first screen is only what that screen needs.
 */
const BackupPage = lazy(() => import('../features/backup/BackupPage.tsx').then((m) => ({ default: m.BackupPage })));
const BcdPage = lazy(() => import('../features/bcd/BcdPage.tsx').then((m) => ({ default: m.BcdPage })));
const CollectionPage = lazy(() => import('../features/collection/CollectionPage.tsx').then((m) => ({ default: m.CollectionPage })));
const FundPage = lazy(() => import('../features/fund/FundPage.tsx').then((m) => ({ default: m.FundPage })));
const ImportPage = lazy(() => import('../features/imports/ImportPage.tsx').then((m) => ({ default: m.ImportPage })));
const InspectionsPage = lazy(() => import('../features/inspections/InspectionsPage.tsx').then((m) => ({ default: m.InspectionsPage })));
const ReportsPage = lazy(() => import('../features/reports/ReportsPage.tsx').then((m) => ({ default: m.ReportsPage })));
const ReviewPage = lazy(() => import('../features/review/ReviewPage.tsx').then((m) => ({ default: m.ReviewPage })));
const SettingsPage = lazy(() => import('../features/settings/SettingsPage.tsx').then((m) => ({ default: m.SettingsPage })));

function SettingsAndBackup() {
  return (
    <div className="page-stack">
      <SettingsPage />
      <BackupPage />
    </div>
  );
}

/** The page of each section of the navigation (sections.ts lists them; an unknown id falls back to the first). */
const PAGES: Record<string, ComponentType> = {
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
  return (
    <Suspense fallback={<p className="muted">Đang mở…</p>}>
      <Component />
    </Suspense>
  );
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
