// A tiny hash router: the app is a single window with no server routes, so the hash is enough and
// works the same in Electron (file://) and in the browser test transport.
import { useEffect, useState } from 'react';

export type Route =
  | { page: 'events' }
  | { page: 'event-new' }
  | { page: 'event'; id: number }
  | { page: 'event-import'; id: number }
  | { page: 'sample'; eventId: number }
  | { page: 'case'; eventId: number; caseId: number }
  | { page: 'moderation'; eventId: number; caseId: number }
  | { page: 'moderation-queue'; eventId: number }
  | { page: 'escalations'; eventId: number }
  | { page: 'trail'; eventId: number; caseId?: number }
  | { page: 'findings'; eventId: number }
  | { page: 'audit'; eventId: number; auditId: number }
  | { page: 'board'; eventId: number }
  | { page: 'allocation'; eventId: number }
  | { page: 'outstanding'; eventId: number }
  | { page: 'returns'; eventId: number }
  | { page: 'packs'; eventId: number }
  | { page: 'open-pack' }
  | { page: 'dashboard'; eventId: number }
  | { page: 'present'; eventId: number }
  | { page: 'actions'; eventId: number }
  | { page: 'report'; eventId: number }
  | { page: 'frameworks' }
  | { page: 'framework'; key: string }
  | { page: 'framework-edit'; key: string }
  | { page: 'settings' }
  | { page: 'not-found'; path: string };

export const DEFAULT_HASH = '#/events';

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/events';
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const [first, key, action] = parts;
  if (first === 'events') {
    const eventRoute = parseEventRoute(parts.slice(1));
    if (eventRoute) return eventRoute;
  }
  if (first === 'settings' && parts.length === 1) return { page: 'settings' };
  if (first === 'frameworks') {
    if (!key) return { page: 'frameworks' };
    if (!action && parts.length === 2) return { page: 'framework', key };
    if (action === 'edit' && parts.length === 3) return { page: 'framework-edit', key };
  }
  return { page: 'not-found', path };
}

/** Ids are positive whole numbers; anything else is not a page. */
function idOf(text: string | undefined): number | null {
  return text && /^[1-9]\d{0,15}$/.test(text) ? Number(text) : null;
}

/** #/events, #/events/new, #/events/ID, #/events/ID/import, #/events/ID/cases/CASEID. */
function parseEventRoute(rest: string[]): Route | null {
  if (rest.length === 0) return { page: 'events' };
  if (rest.length === 1 && rest[0] === 'new') return { page: 'event-new' };
  if (rest.length === 1 && rest[0] === 'open-pack') return { page: 'open-pack' };
  const id = idOf(rest[0]);
  if (id === null) return null;
  if (rest.length === 1) return { page: 'event', id };
  if (rest.length === 2 && rest[1] === 'import') return { page: 'event-import', id };
  if (rest.length === 2 && rest[1] === 'sample') return { page: 'sample', eventId: id };
  const caseId = idOf(rest[2]);
  if (rest.length === 3 && rest[1] === 'cases' && caseId !== null) return { page: 'case', eventId: id, caseId };
  if (rest.length === 2 && rest[1] === 'trail') return { page: 'trail', eventId: id };
  if (rest.length === 2 && rest[1] === 'moderation') return { page: 'moderation-queue', eventId: id };
  if (rest.length === 2 && rest[1] === 'escalations') return { page: 'escalations', eventId: id };
  if (rest.length === 2 && rest[1] === 'findings') return { page: 'findings', eventId: id };
  if (rest.length === 2 && rest[1] === 'board') return { page: 'board', eventId: id };
  if (rest.length === 2 && rest[1] === 'allocation') return { page: 'allocation', eventId: id };
  if (rest.length === 2 && rest[1] === 'outstanding') return { page: 'outstanding', eventId: id };
  if (rest.length === 2 && rest[1] === 'returns') return { page: 'returns', eventId: id };
  if (rest.length === 2 && rest[1] === 'packs') return { page: 'packs', eventId: id };
  if (rest.length === 2 && rest[1] === 'dashboard') return { page: 'dashboard', eventId: id };
  if (rest.length === 2 && rest[1] === 'present') return { page: 'present', eventId: id };
  if (rest.length === 2 && rest[1] === 'actions') return { page: 'actions', eventId: id };
  if (rest.length === 2 && rest[1] === 'report') return { page: 'report', eventId: id };
  if (rest.length === 3 && rest[1] === 'audits' && idOf(rest[2]) !== null) return { page: 'audit', eventId: id, auditId: idOf(rest[2])! };
  if (rest.length === 4 && rest[1] === 'cases' && caseId !== null && rest[3] === 'moderation') return { page: 'moderation', eventId: id, caseId };
  if (rest.length === 4 && rest[1] === 'cases' && caseId !== null && rest[3] === 'trail') return { page: 'trail', eventId: id, caseId };
  return null;
}

export const href = {
  events: () => '#/events',
  eventNew: () => '#/events/new',
  event: (id: number) => `#/events/${id}`,
  eventImport: (id: number) => `#/events/${id}/import`,
  sample: (eventId: number) => `#/events/${eventId}/sample`,
  caseDetail: (eventId: number, caseId: number) => `#/events/${eventId}/cases/${caseId}`,
  moderation: (eventId: number, caseId: number) => `#/events/${eventId}/cases/${caseId}/moderation`,
  moderationQueue: (eventId: number) => `#/events/${eventId}/moderation`,
  escalations: (eventId: number) => `#/events/${eventId}/escalations`,
  trail: (eventId: number, caseId?: number) => (caseId === undefined ? `#/events/${eventId}/trail` : `#/events/${eventId}/cases/${caseId}/trail`),
  findings: (eventId: number) => `#/events/${eventId}/findings`,
  audit: (eventId: number, auditId: number) => `#/events/${eventId}/audits/${auditId}`,
  board: (eventId: number) => `#/events/${eventId}/board`,
  allocation: (eventId: number) => `#/events/${eventId}/allocation`,
  outstanding: (eventId: number) => `#/events/${eventId}/outstanding`,
  returns: (eventId: number) => `#/events/${eventId}/returns`,
  packs: (eventId: number) => `#/events/${eventId}/packs`,
  openPack: () => '#/events/open-pack',
  dashboard: (eventId: number) => `#/events/${eventId}/dashboard`,
  present: (eventId: number) => `#/events/${eventId}/present`,
  actions: (eventId: number) => `#/events/${eventId}/actions`,
  report: (eventId: number) => `#/events/${eventId}/report`,
  frameworks: () => '#/frameworks',
  framework: (key: string) => `#/frameworks/${encodeURIComponent(key)}`,
  frameworkEdit: (key: string) => `#/frameworks/${encodeURIComponent(key)}/edit`,
  settings: () => '#/settings',
};

export function navigate(hash: string): void {
  window.location.hash = hash;
}

/** How many in-app navigations have happened; pages move focus only after one. */
export let navigationCount = 0;

// One page at a time may hold unsaved work; it registers a guard that asks before leaving.
let guard: (() => boolean) | null = null;

/** Registers a guard that returns true when leaving is fine. Returns the unregister function. */
export function setLeaveGuard(next: () => boolean): () => void {
  guard = next;
  return () => {
    if (guard === next) guard = null;
  };
}

export function useRoute(): Route {
  const [hash, setHash] = useState(() => window.location.hash || DEFAULT_HASH);
  useEffect(() => {
    let current = window.location.hash || DEFAULT_HASH;
    const onChange = () => {
      const next = window.location.hash || DEFAULT_HASH;
      if (next === current) return;
      if (guard && !guard()) {
        // Put the address back without firing another hashchange; the page stays as it was.
        window.history.replaceState(null, '', current);
        return;
      }
      current = next;
      navigationCount += 1;
      setHash(next);
    };
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return parseRoute(hash);
}
