import type { RouteObject } from 'react-router';
import type { MeResponse } from '../../../contracts/people.js';
import { mayAnalyse } from './access.js';
import { analysisStrings } from '../../lib/strings/analysis.js';

/** Analysis pages, for peer researchers (peer supporters, facilitators and coordinators). */
export const analysisRoutes: RouteObject[] = [
  {
    path: 'analysis',
    lazy: () => import('./projects-page.js').then((m) => ({ Component: m.ProjectsPage })),
  },
  {
    path: 'analysis/:projectId',
    lazy: () => import('./project-page.js').then((m) => ({ Component: m.ProjectPage })),
  },
  {
    path: 'analysis/:projectId/stories/:storyId',
    lazy: () => import('./coding-page.js').then((m) => ({ Component: m.CodingPage })),
  },
  {
    path: 'analysis/:projectId/codebook',
    lazy: () => import('./codebook-page.js').then((m) => ({ Component: m.CodebookPage })),
  },
  {
    path: 'analysis/:projectId/compare',
    lazy: () => import('./compare-page.js').then((m) => ({ Component: m.ComparePage })),
  },
  {
    path: 'analysis/:projectId/messages',
    lazy: () => import('./messages-page.js').then((m) => ({ Component: m.MessagesPage })),
  },
];

/** Who may analyse: the roles that read de-identified stories shared for analysis. */
export function analysisNavItems(me: MeResponse | null | undefined): { to: string; label: string }[] {
  return mayAnalyse(me) ? [{ to: '/analysis', label: analysisStrings.nav }] : [];
}

export function analysisHomeCards(me: MeResponse): { to: string; title: string; body: string }[] {
  return mayAnalyse(me)
    ? [{ to: '/analysis', title: analysisStrings.home.title, body: analysisStrings.home.body }]
    : [];
}
