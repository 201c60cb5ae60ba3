import { lazyPage, type PageRoute } from '../../lib/lazy-page.js';

/** Public pages, no sign-in: "You said, we did" (its unsubscribe links open the news page). */
export const coproductionPublicRoutes: PageRoute[] = [
  {
    path: 'you-said-we-did',
    Component: lazyPage(() => import('./partnerships-page.js').then((m) => m.YouSaidWeDidIndexPage)),
  },
  {
    // One priority, where news about it links; a fixed word first, so it never reads as a partnership.
    path: 'you-said-we-did/priorities/:priorityId',
    Component: lazyPage(() => import('./public-priority-page.js').then((m) => m.YouSaidWeDidPriorityPage)),
  },
  {
    path: 'you-said-we-did/:partnershipId',
    Component: lazyPage(() => import('./public-page.js').then((m) => m.YouSaidWeDidPage)),
  },
];

/** Co-production pages for everyone signed in to a partnership; the API decides who may change what. */
export const coproductionRoutes: PageRoute[] = [
  {
    path: 'coproduction',
    Component: lazyPage(() => import('./hub-page.js').then((m) => m.CoproductionHubPage)),
  },
  {
    path: 'coproduction/priorities/:priorityId',
    Component: lazyPage(() => import('./priority-page.js').then((m) => m.PriorityPage)),
  },
  {
    path: 'coproduction/groups',
    Component: lazyPage(() => import('./groups-page.js').then((m) => m.GroupsPage)),
  },
  {
    path: 'coproduction/groups/:groupId',
    Component: lazyPage(() => import('./group-page.js').then((m) => m.GroupPage)),
  },
  {
    path: 'coproduction/charter',
    Component: lazyPage(() => import('./charter-page.js').then((m) => m.CharterPage)),
  },
  {
    path: 'coproduction/organisations/:organisationId',
    Component: lazyPage(() => import('./organisation-page.js').then((m) => m.OrganisationPage)),
  },
];
