import type { RouteObject } from 'react-router';
import type { MeResponse } from '../../../contracts/people.js';
import { coproductionStrings } from '../../lib/strings/coproduction.js';

/** Public pages, no sign-in: "You said, we did" and one-click unsubscribe from its emails. */
export const coproductionPublicRoutes: RouteObject[] = [
  {
    path: 'you-said-we-did',
    lazy: () => import('./partnerships-page.js').then((m) => ({ Component: m.YouSaidWeDidIndexPage })),
  },
  {
    path: 'you-said-we-did/:partnershipId',
    lazy: () => import('./public-page.js').then((m) => ({ Component: m.YouSaidWeDidPage })),
  },
  {
    path: 'unsubscribe/:token',
    lazy: () => import('./unsubscribe-page.js').then((m) => ({ Component: m.UnsubscribePage })),
  },
];

/** Co-production pages for everyone signed in to a partnership; the API decides who may change what. */
export const coproductionRoutes: RouteObject[] = [
  {
    path: 'coproduction',
    lazy: () => import('./hub-page.js').then((m) => ({ Component: m.CoproductionHubPage })),
  },
  {
    path: 'coproduction/priorities/:priorityId',
    lazy: () => import('./priority-page.js').then((m) => ({ Component: m.PriorityPage })),
  },
  {
    path: 'coproduction/groups',
    lazy: () => import('./groups-page.js').then((m) => ({ Component: m.GroupsPage })),
  },
  {
    path: 'coproduction/groups/:groupId',
    lazy: () => import('./group-page.js').then((m) => ({ Component: m.GroupPage })),
  },
  {
    path: 'coproduction/charter',
    lazy: () => import('./charter-page.js').then((m) => ({ Component: m.CharterPage })),
  },
  {
    path: 'coproduction/organisations/:organisationId',
    lazy: () => import('./organisation-page.js').then((m) => ({ Component: m.OrganisationPage })),
  },
];

/** Anyone in a partnership takes part in co-production. */
export function mayCoproduce(me: MeResponse | null | undefined): boolean {
  return Boolean(me?.partnership);
}

export function coproductionNavItems(me: MeResponse | null | undefined): { to: string; label: string }[] {
  return mayCoproduce(me) ? [{ to: '/coproduction', label: coproductionStrings.nav }] : [];
}

export function coproductionHomeCards(me: MeResponse): { to: string; title: string; body: string }[] {
  const h = coproductionStrings.home;
  return mayCoproduce(me) ? [{ to: '/coproduction', title: h.title, body: h.body }] : [];
}
