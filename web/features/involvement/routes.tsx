import type { RouteObject } from 'react-router';
import type { MeResponse } from '../../../contracts/people.js';
import { coordinatedOrganisations } from '../../lib/session.js';
import { mayBeInvolved } from './access.js';
import { involvementStrings } from '../../lib/strings/involvement.js';

/** Involvement pages: a person's own record, opportunities, and coordinators' involvement logs. */
export const involvementRoutes: RouteObject[] = [
  {
    path: 'involvement',
    lazy: () => import('./my-involvement-page.js').then((m) => ({ Component: m.MyInvolvementPage })),
  },
  {
    path: 'involvement/opportunities',
    lazy: () => import('./opportunities-page.js').then((m) => ({ Component: m.OpportunitiesPage })),
  },
  {
    path: 'involvement/organisations/:organisationId',
    lazy: () => import('./organisation-log-page.js').then((m) => ({ Component: m.OrganisationLogPage })),
  },
];

/** Anyone signed in with a membership of an organisation has an involvement record. */
export function involvementNavItems(me: MeResponse | null | undefined): { to: string; label: string }[] {
  return mayBeInvolved(me) ? [{ to: '/involvement', label: involvementStrings.nav }] : [];
}

export function involvementHomeCards(me: MeResponse): { to: string; title: string; body: string }[] {
  if (!mayBeInvolved(me)) return [];
  const h = involvementStrings.home;
  return [
    { to: '/involvement', title: h.title, body: h.body },
    ...coordinatedOrganisations(me).map((organisation) => ({
      to: `/involvement/organisations/${organisation.id}`,
      title: h.logTitle(organisation.name),
      body: h.logBody,
    })),
  ];
}
