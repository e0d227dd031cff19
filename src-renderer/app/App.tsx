// First: starts loading the organizations list while the rest of the app is still being set up.
import '../features/organizations/prefetch.ts';
import { useEffect, useState } from 'react';
import { BackupPage } from '../features/backup/BackupPage.tsx';
import { FiguresPage } from '../features/figures/FiguresPage.tsx';
import { OcopPage } from '../features/ocop/OcopPage.tsx';
import { OrganizationsPage } from '../features/organizations/OrganizationsPage.tsx';
import { SettingsPage } from '../features/settings/SettingsPage.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { InspectionsPage } from '../features/inspections/InspectionsPage.tsx';
import { ImportPage } from '../features/imports/ImportPage.tsx';
import { ReportsPage } from '../features/reports/ReportsPage.tsx';
import { SECTIONS, sectionFromHash, type Section } from './sections.ts';
import { StatusBar } from './StatusBar.tsx';

/** A section that a later release fills in; says plainly what it will hold. */
function NotYetAvailable({ section }: { section: Section }) {
  return (
    <div className="panel">
      <h1>{section.label}</h1>
      <p>{section.summary}</p>
      <p className="muted">Chức năng này chưa có trong phiên bản hiện tại.</p>
    </div>
  );
}

function Page({ id }: { id: string }) {
  if (id === 'to-chuc') return <OrganizationsPage />;
  if (id === 'so-lieu') return <FiguresPage />;
  if (id === 'ocop') return <OcopPage />;
  if (id === 'kiem-tra') return <InspectionsPage />;
  if (id === 'nhap') return <ImportPage />;
  if (id === 'bao-cao') return <ReportsPage />;
  if (id === 'cai-dat')
    return (
      <div className="page-stack">
        <SettingsPage />
        <BackupPage />
      </div>
    );
  const section = SECTIONS.find((s) => s.id === id) ?? SECTIONS[0];
  return section ? <NotYetAvailable section={section} /> : null;
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
              <a href={`#/${s.id}`} title={s.summary} aria-current={s.id === current ? 'page' : undefined} className={s.id === current ? 'active' : ''}>
                {s.label}
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
    </div>
  );
}
