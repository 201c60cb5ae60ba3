import { lazyPage, type PageRoute } from '../../lib/lazy-page.js';

/** Public café pages: joining by code, the participant board and a table host's page need no account. */
export const cafesPublicRoutes: PageRoute[] = [
  {
    path: 'join',
    Component: lazyPage(() => import('./join-page.js').then((m) => m.JoinPage)),
  },
  {
    path: 'join/:code',
    Component: lazyPage(() => import('./join-page.js').then((m) => m.JoinPage)),
  },
  {
    path: 'cafes/:cafeId/sign-up',
    Component: lazyPage(() => import('./sign-up-page.js').then((m) => m.SignUpPage)),
  },
  {
    path: 'table-host',
    Component: lazyPage(() => import('./table-host-page.js').then((m) => m.OpenTableHostPage)),
  },
  {
    path: 'cafes/:cafeId/table-host',
    Component: lazyPage(() => import('./table-host-page.js').then((m) => m.TableHostPage)),
  },
  {
    path: 'cafes/:cafeId/board',
    Component: lazyPage(() => import('./board-page.js').then((m) => m.BoardPage)),
  },
];

/** Pages for facilitators and coordinators, who plan and run cafés. */
export const cafesRoutes: PageRoute[] = [
  {
    path: 'cafes',
    Component: lazyPage(() => import('./cafes-page.js').then((m) => m.CafesPage)),
  },
  {
    path: 'cafes/new',
    Component: lazyPage(() => import('./plan-cafe-page.js').then((m) => m.PlanCafePage)),
  },
  {
    path: 'cafes/:cafeId/run',
    Component: lazyPage(() => import('./run-page.js').then((m) => m.RunPage)),
  },
];

/**
 * The projector's wall page, for facilitators: shown on its own, outside the app's header and menu,
 * so the whole screen is the café's.
 */
export const cafesWallRoutes: PageRoute[] = [
  {
    path: 'cafes/:cafeId/projector',
    Component: lazyPage(() => import('./projector-page.js').then((m) => m.ProjectorPage)),
  },
];
