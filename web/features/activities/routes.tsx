import type { RouteObject } from 'react-router';
import type { MeResponse } from '../../../contracts/people.js';
import { coordinatedOrganisations } from '../../lib/session.js';
import { activitiesStrings } from '../../lib/strings/activities.js';
import { communityStrings } from '../../lib/strings/community.js';
import { programmeOrganisations } from './membership.js';

/** Public, no sign-in: an organisation's programme ("What's on"). */
export const activitiesPublicRoutes: RouteObject[] = [
  {
    path: 'whats-on',
    lazy: () => import('./whats-on-page.js').then((m) => ({ Component: m.WhatsOnPage })),
  },
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
    path: 'activities/plan',
    lazy: () => import('./plan-page.js').then((m) => ({ Component: m.PlanPage })),
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
    path: 'activities/roles',
    lazy: () => import('./roles-page.js').then((m) => ({ Component: m.RolesPage })),
  },
  {
    path: 'activities/partners',
    lazy: () => import('./partners-page.js').then((m) => ({ Component: m.PartnersPage })),
  },
  {
    path: 'activities/outreach',
    lazy: () => import('./outreach-targets.js').then((m) => ({ Component: m.OutreachPage })),
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
  const community = communityStrings.home;
  return [
    { to: '/activities', title: h.title, body: h.body },
    { to: '/activities/proposals', title: h.proposalsTitle, body: h.proposalsBody },
    { to: '/activities/roles', title: community.rolesTitle, body: community.rolesBody },
    { to: '/activities/partners', title: community.partnersTitle, body: community.partnersBody },
    ...programmeOrganisations(me).map((organisation) => ({
      to: `/activities/plan?organisation=${organisation.id}`,
      title: activitiesStrings.plan.homeTitle(organisation.name),
      body: activitiesStrings.plan.homeBody,
    })),
    ...coordinatedOrganisations(me).flatMap((organisation) => [
      {
        to: `/activities/reach?organisation=${organisation.id}`,
        title: h.reachTitle(organisation.name),
        body: h.reachBody,
      },
      {
        to: `/activities/outreach?organisation=${organisation.id}`,
        title: community.outreachTitle(organisation.name),
        body: community.outreachBody,
      },
    ]),
  ];
}
