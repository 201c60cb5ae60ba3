import type { RouteObject } from 'react-router';
import type { MeResponse } from '../../../contracts/people.js';
import { hasRole } from '../../lib/session.js';
import { storiesStrings } from '../../lib/strings/stories.js';

/** The safeguarding lead's alerts; the page itself shows "Page not found" to anyone else. */
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
    path: 'safeguarding/stories/:storyId',
    lazy: () => import('./original-page.js').then((m) => ({ Component: m.OriginalPage })),
  },
];

export function safeguardingNavItems(me: MeResponse | null | undefined): { to: string; label: string }[] {
  return hasRole(me, 'safeguarding_lead')
    ? [{ to: '/safeguarding', label: storiesStrings.nav.safeguarding }]
    : [];
}

export function safeguardingHomeCards(me: MeResponse): { to: string; title: string; body: string }[] {
  const h = storiesStrings.home;
  return hasRole(me, 'safeguarding_lead')
    ? [{ to: '/safeguarding', title: h.safeguardingCardTitle, body: h.safeguardingCardBody }]
    : [];
}
