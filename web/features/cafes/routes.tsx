import type { RouteObject } from 'react-router';
import type { MeResponse } from '../../../contracts/people.js';
import { mayRunCafes } from './access.js';
import { cafesStrings } from '../../lib/strings/cafes.js';

/** Public café pages: joining by code and the participant board need no account. */
export const cafesPublicRoutes: RouteObject[] = [
  {
    path: 'join',
    lazy: () => import('./join-page.js').then((m) => ({ Component: m.JoinPage })),
  },
  {
    path: 'join/:code',
    lazy: () => import('./join-page.js').then((m) => ({ Component: m.JoinPage })),
  },
  {
    path: 'cafes/:cafeId/sign-up',
    lazy: () => import('./sign-up-page.js').then((m) => ({ Component: m.SignUpPage })),
  },
  {
    path: 'cafes/:cafeId/board',
    lazy: () => import('./board-page.js').then((m) => ({ Component: m.BoardPage })),
  },
];

/** Pages for facilitators and coordinators, who plan and run cafés. */
export const cafesRoutes: RouteObject[] = [
  {
    path: 'cafes',
    lazy: () => import('./cafes-page.js').then((m) => ({ Component: m.CafesPage })),
  },
  {
    path: 'cafes/new',
    lazy: () => import('./plan-cafe-page.js').then((m) => ({ Component: m.PlanCafePage })),
  },
  {
    path: 'cafes/:cafeId/run',
    lazy: () => import('./run-page.js').then((m) => ({ Component: m.RunPage })),
  },
];

/**
 * The projector's wall page, for facilitators: shown on its own, outside the app's header and menu,
 * so the whole screen is the café's.
 */
export const cafesWallRoutes: RouteObject[] = [
  {
    path: 'cafes/:cafeId/projector',
    lazy: () => import('./projector-page.js').then((m) => ({ Component: m.ProjectorPage })),
  },
];

/** Facilitators and coordinators plan and run cafés. */
export function cafesNavItems(me: MeResponse | null | undefined): { to: string; label: string }[] {
  return mayRunCafes(me) ? [{ to: '/cafes', label: cafesStrings.nav.cafes }] : [];
}

export function cafesHomeCards(me: MeResponse): { to: string; title: string; body: string }[] {
  const h = cafesStrings.home;
  return mayRunCafes(me) ? [{ to: '/cafes', title: h.cafesCardTitle, body: h.cafesCardBody }] : [];
}
