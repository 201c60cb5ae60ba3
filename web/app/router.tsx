import { createBrowserRouter } from 'react-router';
import { ErrorPage } from './error-page.js';
import { HomePage } from './home-page.js';
import { Layout } from './layout.js';
import { NotFoundPage } from './not-found-page.js';
import { RequireAdmin, RequireSignIn } from './guards.js';
import { RouteLoading } from './route-loading.js';
import { activitiesPublicRoutes, activitiesRoutes } from '../features/activities/routes.js';
import { analysisRoutes } from '../features/analysis/routes.js';
import { cafesPublicRoutes, cafesRoutes, cafesWallRoutes } from '../features/cafes/routes.js';
import { consentPublicRoutes, consentRoutes } from '../features/consent/routes.js';
import { coproductionPublicRoutes, coproductionRoutes } from '../features/coproduction/routes.js';
import { involvementRoutes } from '../features/involvement/routes.js';
import { safeguardingRoutes } from '../features/safeguarding/routes.js';
import { showcaseManageRoutes, showcaseRoutes } from '../features/showcase/routes.js';
import { storiesRoutes } from '../features/stories/routes.js';

/**
 * Every page. Home loads with the app; the rest load when first visited so a phone on a
 * slow connection downloads only what it needs.
 */
export const router = createBrowserRouter([
  // Pages for a projector or a wall screen: signed in, but without the app's header and menu.
  {
    Component: RequireSignIn,
    ErrorBoundary: ErrorPage,
    HydrateFallback: RouteLoading,
    children: cafesWallRoutes,
  },
  {
    path: '/',
    Component: Layout,
    ErrorBoundary: ErrorPage,
    HydrateFallback: RouteLoading,
    children: [
      { index: true, Component: HomePage },
      {
        path: 'sign-in',
        lazy: () => import('../features/auth/sign-in-page.js').then((m) => ({ Component: m.SignInPage })),
      },
      {
        path: 'forgot-password',
        lazy: () =>
          import('../features/auth/forgot-password-page.js').then((m) => ({
            Component: m.ForgotPasswordPage,
          })),
      },
      {
        path: 'forgot-password/check-email',
        lazy: () =>
          import('../features/auth/forgot-password-page.js').then((m) => ({ Component: m.CheckEmailPage })),
      },
      {
        path: 'reset-password/:token',
        lazy: () =>
          import('../features/auth/reset-password-page.js').then((m) => ({ Component: m.ResetPasswordPage })),
      },
      {
        path: 'invitations/:token',
        lazy: () =>
          import('../features/auth/accept-invitation-page.js').then((m) => ({
            Component: m.AcceptInvitationPage,
          })),
      },
      ...showcaseRoutes,
      ...cafesPublicRoutes,
      ...coproductionPublicRoutes,
      ...activitiesPublicRoutes,
      ...consentPublicRoutes,
      {
        Component: RequireSignIn,
        children: [
          ...storiesRoutes,
          ...consentRoutes,
          ...safeguardingRoutes,
          ...showcaseManageRoutes,
          ...cafesRoutes,
          ...analysisRoutes,
          ...coproductionRoutes,
          ...involvementRoutes,
          ...activitiesRoutes,
          {
            path: 'account',
            lazy: () =>
              import('../features/account/account-page.js').then((m) => ({ Component: m.AccountPage })),
          },
          {
            path: 'organisations',
            lazy: () =>
              import('../features/organisations/organisations-page.js').then((m) => ({
                Component: m.OrganisationsPage,
              })),
          },
          {
            path: 'organisations/:organisationId/members',
            lazy: () =>
              import('../features/organisations/members-page.js').then((m) => ({ Component: m.MembersPage })),
          },
          {
            Component: RequireAdmin,
            children: [
              {
                path: 'admin/erasure-requests',
                lazy: () =>
                  import('../features/admin/erasure-requests-page.js').then((m) => ({
                    Component: m.ErasureRequestsPage,
                  })),
              },
              {
                path: 'admin/audit',
                lazy: () =>
                  import('../features/admin/audit-page.js').then((m) => ({ Component: m.AuditPage })),
              },
              {
                path: 'admin/parked-messages',
                lazy: () =>
                  import('../features/admin/parked-messages-page.js').then((m) => ({
                    Component: m.ParkedMessagesPage,
                  })),
              },
            ],
          },
        ],
      },
      {
        path: 'dev/outbox',
        lazy: () =>
          import('../features/dev-outbox/outbox-page.js').then((m) => ({ Component: m.OutboxPage })),
      },
      { path: '*', Component: NotFoundPage },
    ],
  },
]);
