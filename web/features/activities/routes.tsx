import { lazyPage, type PageRoute } from '../../lib/lazy-page.js';

/** Public, no sign-in: an organisation's programme ("What's on"). */
export const activitiesPublicRoutes: PageRoute[] = [
  {
    path: 'whats-on',
    Component: lazyPage(() => import('./whats-on-page.js').then((m) => m.WhatsOnPage)),
  },
  {
    path: 'programme/:organisationId',
    Component: lazyPage(() => import('./public-page.js').then((m) => m.PublicProgrammePage)),
  },
];

/** Community offer pages for anyone signed in with a membership; the API decides who may change what. */
export const activitiesRoutes: PageRoute[] = [
  {
    path: 'activities',
    Component: lazyPage(() => import('./programme-page.js').then((m) => m.ActivitiesPage)),
  },
  {
    path: 'activities/plan',
    Component: lazyPage(() => import('./plan-page.js').then((m) => m.PlanPage)),
  },
  {
    path: 'activities/proposals',
    Component: lazyPage(() => import('./proposals-page.js').then((m) => m.ProposalsPage)),
  },
  {
    path: 'activities/occurrences/:occurrenceId',
    Component: lazyPage(() => import('./occurrence-page.js').then((m) => m.OccurrencePage)),
  },
  {
    path: 'activities/reach',
    Component: lazyPage(() => import('./reach-page.js').then((m) => m.ReachPage)),
  },
  {
    path: 'activities/roles',
    Component: lazyPage(() => import('./roles-page.js').then((m) => m.RolesPage)),
  },
  {
    path: 'activities/partners',
    Component: lazyPage(() => import('./partners-page.js').then((m) => m.PartnersPage)),
  },
  {
    path: 'activities/outreach',
    Component: lazyPage(() => import('./outreach-targets.js').then((m) => m.OutreachPage)),
  },
  {
    path: 'activities/me/area',
    Component: lazyPage(() => import('./my-area-page.js').then((m) => m.MyAreaPage)),
  },
];
