import type { RouteObject } from 'react-router';
import type { MeResponse } from '../../../contracts/people.js';
import { hasRole } from '../../lib/session.js';
import { storiesStrings } from '../../lib/strings/stories.js';

/** Safeguarding alerts and their cases; the server answers 404, shown as "Page not found", to anyone else. */
export const safeguardingRoutes: RouteObject[] = [
  {
    path: 'safeguarding',
    lazy: () => import('./alerts-page.js').then((m) => ({ Component: m.AlertsPage })),
  },
  {
    path: 'organisations/:organisationId/support-lines',
    lazy: () => import('./support-lines-page.js').then((m) => ({ Component: m.SupportLinesPage })),
  },
  {
    path: 'safeguarding/:alertId',
    lazy: () => import('./case-page.js').then((m) => ({ Component: m.CasePage })),
  },
  {
    path: 'safeguarding/:alertId/story',
    lazy: () => import('./original-page.js').then((m) => ({ Component: m.OriginalPage })),
  },
];

/** Leads work alerts; admins receive the ones nobody picked up, so they need the way in too. */
function worksAlerts(me: MeResponse | null | undefined): boolean {
  return hasRole(me, 'safeguarding_lead') || hasRole(me, 'partnership_admin');
}

export function safeguardingNavItems(me: MeResponse | null | undefined): { to: string; label: string }[] {
  // Admins reach escalated alerts from the message they get and from their home page, which keeps
  // their already long menu from growing.
  return hasRole(me, 'safeguarding_lead')
    ? [{ to: '/safeguarding', label: storiesStrings.nav.safeguarding }]
    : [];
}

export function safeguardingHomeCards(me: MeResponse): { to: string; title: string; body: string }[] {
  const h = storiesStrings.home;
  return worksAlerts(me)
    ? [{ to: '/safeguarding', title: h.safeguardingCardTitle, body: h.safeguardingCardBody }]
    : [];
}
