import { lazyPage, type PageRoute } from '../../lib/lazy-page.js';

/** Involvement pages: a person's own record, opportunities, and coordinators' involvement logs. */
export const involvementRoutes: PageRoute[] = [
  {
    path: 'involvement',
    Component: lazyPage(() => import('./my-involvement-page.js').then((m) => m.MyInvolvementPage)),
  },
  {
    path: 'involvement/opportunities',
    Component: lazyPage(() => import('./opportunities-page.js').then((m) => m.OpportunitiesPage)),
  },
  {
    path: 'involvement/organisations/:organisationId',
    Component: lazyPage(() => import('./organisation-log-page.js').then((m) => m.OrganisationLogPage)),
  },
];
