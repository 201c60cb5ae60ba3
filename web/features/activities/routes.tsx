import type { RouteObject } from 'react-router';
import type { MeResponse } from '../../../contracts/people.js';
import { coordinatedOrganisations } from '../../lib/session.js';
import { activitiesStrings } from '../../lib/strings/activities.js';

/** Public, no sign-in: an organisation's programme ("What's on"). */
export const activitiesPublicRoutes: RouteObject[] = [
  {
    path: 'programme/:organisationId',
    lazy: () => import('./public-page.js').then((m) => ({ Component: m.PublicProgrammePage })),
  },
];

/** Community offer pages for anyone signed in with a membership; the API decides who may change what. */
export const activitiesRoutes: RouteObject[] = [
  {
    path: 'activities',
    lazy: () => import('./programme-page.js').then((m) => ({ Component: m.ActivitiesPage })),
  },
  {
    path: 'activities/proposals',
    lazy: () => import('./proposals-page.js').then((m) => ({ Component: m.ProposalsPage })),
  },
  {
    path: 'activities/occurrences/:occurrenceId',
    lazy: () => import('./occurrence-page.js').then((m) => ({ Component: m.OccurrencePage })),
  },
  {
    path: 'activities/reach',
    lazy: () => import('./reach-page.js').then((m) => ({ Component: m.ReachPage })),
  },
  {
    path: 'activities/me/area',
    lazy: () => import('./my-area-page.js').then((m) => ({ Component: m.MyAreaPage })),
  },
];

/** Anyone with a membership of an organisation sees its programme. */
export function mayTakePart(me: MeResponse | null | undefined): boolean {
  return (me?.memberships.length ?? 0) > 0;
}

export function activitiesNavItems(me: MeResponse | null | undefined): { to: string; label: string }[] {
  return mayTakePart(me) ? [{ to: '/activities', label: activitiesStrings.nav }] : [];
}

export function activitiesHomeCards(me: MeResponse): { to: string; title: string; body: string }[] {
  if (!mayTakePart(me)) return [];
  const h = activitiesStrings.home;
  return [
    { to: '/activities', title: h.title, body: h.body },
    { to: '/activities/proposals', title: h.proposalsTitle, body: h.proposalsBody },
    ...coordinatedOrganisations(me).map((organisation) => ({
      to: `/activities/reach?organisation=${organisation.id}`,
      title: h.reachTitle(organisation.name),
      body: h.reachBody,
    })),
  ];
}
