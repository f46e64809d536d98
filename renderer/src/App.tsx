// The app shell: skip link, left navigation, the current page, and a footer that says where the
// data lives. Pages are chosen by the hash route.
import type { MouseEvent, ReactNode } from 'react';
import { call } from './api/client';
import { ErrorBanner } from './components/ErrorBanner';
import { ErrorBoundary } from './components/ErrorBoundary';
import { useLoad } from './lib/useLoad';
import { CasePage } from './cases/CasePage';
import { EventPage } from './events/EventPage';
import { EventsPage } from './events/EventsPage';
import { FindingsPage } from './findings/FindingsPage';
import { ModerationPage } from './moderation/ModerationPage';
import { ModerationQueuePage } from './moderation/ModerationQueuePage';
import { EscalationLogPage } from './safeguarding/EscalationLogPage';
import { TrailPage } from './trail/TrailPage';
import { AuditPage } from './audit/AuditPage';
import { BoardPage } from './board/BoardPage';
import { AllocationPage } from './exchange/AllocationPage';
import { OutstandingPage } from './exchange/OutstandingPage';
import { PacksPage } from './exchange/PacksPage';
import { ReturnsPage } from './exchange/ReturnsPage';
import { OpenPackPage } from './exchange/OpenPackPage';
import { DashboardPage } from './dashboard/DashboardPage';
import { PresentationPage } from './presentation/PresentationPage';
import { ActionPlanPage } from './actions/ActionPlanPage';
import { ReportPage } from './report/ReportPage';
import { ImportCasesPage } from './import/ImportCasesPage';
import { SamplePage } from './sample/SamplePage';
import { NewEventPage } from './events/NewEventPage';
import { FrameworksPage } from './frameworks/FrameworksPage';
import { FrameworkViewPage } from './frameworks/FrameworkViewPage';
import { FrameworkEditorPage } from './editor/FrameworkEditorPage';
import { SettingsPage } from './settings/SettingsPage';
import { NotFoundPage } from './components/NotFoundPage';
import { href, useRoute, type Route } from './router';
import { UnlockScreen } from './unlock/UnlockScreen';
import { RetentionNotice } from './settings/RetentionNotice';

type Section = 'events' | 'frameworks' | 'settings';

function sectionOf(route: Route): Section | null {
  if (route.page === 'events' || route.page === 'settings') return route.page;
  if (route.page === 'event-new' || route.page === 'event' || route.page === 'event-import' || route.page === 'sample' || route.page === 'case') return 'events';
  if (route.page === 'moderation' || route.page === 'moderation-queue' || route.page === 'escalations' || route.page === 'trail' || route.page === 'findings') return 'events';
  if (route.page === 'audit' || route.page === 'board') return 'events';
  if (route.page === 'allocation' || route.page === 'outstanding' || route.page === 'returns' || route.page === 'packs' || route.page === 'open-pack') return 'events';
  if (route.page === 'dashboard' || route.page === 'present' || route.page === 'actions' || route.page === 'report') return 'events';
  if (route.page === 'frameworks' || route.page === 'framework' || route.page === 'framework-edit') return 'frameworks';
  return null;
}

function pageFor(route: Route): ReactNode {
  switch (route.page) {
    case 'events':
      return <EventsPage />;
    case 'event-new':
      return <NewEventPage />;
    case 'event':
      return <EventPage key={route.id} eventId={route.id} />;
    case 'event-import':
      return <ImportCasesPage key={route.id} eventId={route.id} />;
    case 'sample':
      return <SamplePage key={route.eventId} eventId={route.eventId} />;
    case 'case':
      return <CasePage key={route.caseId} eventId={route.eventId} caseId={route.caseId} />;
    case 'moderation':
      return <ModerationPage key={route.caseId} eventId={route.eventId} caseId={route.caseId} />;
    case 'moderation-queue':
      return <ModerationQueuePage key={route.eventId} eventId={route.eventId} />;
    case 'escalations':
      return <EscalationLogPage key={route.eventId} eventId={route.eventId} />;
    case 'trail':
      return <TrailPage key={`${route.eventId}-${route.caseId ?? ''}`} eventId={route.eventId} caseId={route.caseId} />;
    case 'findings':
      return <FindingsPage key={route.eventId} eventId={route.eventId} />;
    case 'audit':
      return <AuditPage key={route.auditId} eventId={route.eventId} auditId={route.auditId} />;
    case 'board':
      return <BoardPage key={route.eventId} eventId={route.eventId} />;
    case 'allocation':
      return <AllocationPage key={route.eventId} eventId={route.eventId} />;
    case 'outstanding':
      return <OutstandingPage key={route.eventId} eventId={route.eventId} />;
    case 'returns':
      return <ReturnsPage key={route.eventId} eventId={route.eventId} />;
    case 'packs':
      return <PacksPage key={route.eventId} eventId={route.eventId} />;
    case 'open-pack':
      return <OpenPackPage />;
    case 'dashboard':
      return <DashboardPage key={route.eventId} eventId={route.eventId} />;
    case 'present':
      return <PresentationPage key={route.eventId} eventId={route.eventId} />;
    case 'actions':
      return <ActionPlanPage key={route.eventId} eventId={route.eventId} />;
    case 'report':
      return <ReportPage key={route.eventId} eventId={route.eventId} />;
    case 'frameworks':
      return <FrameworksPage />;
    case 'framework':
      return <FrameworkViewPage key={route.key} frameworkKey={route.key} />;
    case 'framework-edit':
      return <FrameworkEditorPage key={route.key} frameworkKey={route.key} />;
    case 'settings':
      return <SettingsPage />;
    case 'not-found':
      return <NotFoundPage path={route.path} />;
  }
}

const navItems: { section: Section; label: string; href: string }[] = [
  { section: 'events', label: 'Events', href: href.events() },
  { section: 'frameworks', label: 'Frameworks', href: href.frameworks() },
  { section: 'settings', label: 'Settings', href: href.settings() },
];

/** The unlock screen while the key is still to be typed (core/locked-app), then the app. */
export function App() {
  const [keys, reloadKeys] = useLoad(() => call('keys.state', {}), []);
  if (keys.state === 'loading') return null;
  if (keys.state === 'ready' && keys.value.locked) return <UnlockScreen state={keys.value} onUnlocked={reloadKeys} />;
  return <Shell />;
}

function Shell() {
  const route = useRoute();
  const section = sectionOf(route);
  const [info] = useLoad(() => call('app.info', {}), []);
  return (
    <div className="shell">
      <a className="skip-link" href="#main" onClick={skipToMain}>
        Skip to main content
      </a>
      <header className="sidebar">
        <p className="app-name">Scrutineer</p>
        <p className="app-tagline">Multi-agency case file audits</p>
        <nav aria-label="Main">
          <ul className="nav-list">
            {navItems.map((item) => (
              <li key={item.section}>
                <a className="nav-link" href={item.href} aria-current={item.section === section ? 'page' : undefined}>
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" className="main" tabIndex={-1}>
        {info.state === 'error' && <ErrorBanner title="Scrutineer cannot reach its data" error={info.error} />}
        {route.page === 'events' && info.state === 'ready' && <RetentionNotice />}
        {/* A new address gets a fresh boundary, so a failed page does not follow the user elsewhere. */}
        <ErrorBoundary key={window.location.hash}>{pageFor(route)}</ErrorBoundary>
      </main>
      <footer className="footer">
        {info.state === 'ready' ? (
          <p>
            Data stays on this computer: <code className="path">{info.value.databasePath}</code>
            <span className="footer-sep"> · </span>
            Version {info.value.appVersion}
          </p>
        ) : (
          <p>Data stays on this computer.</p>
        )}
      </footer>
    </div>
  );
}

/** The skip link must not change the hash (that is the router's), so it moves focus itself. */
function skipToMain(event: MouseEvent) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}
