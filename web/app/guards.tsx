import { Navigate, Outlet, useLocation } from 'react-router';
import { LoadError } from '../components/load-error.js';
import { Loading } from '../components/loading.js';
import { isPartnershipAdmin, isSigningOut, useMe } from '../lib/session.js';
import { NotFoundPage } from './not-found-page.js';

/** Pages behind this need a signed-in person; others are sent to sign in and brought back afterwards. */
export function RequireSignIn() {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <Loading />;
  if (me.isError) return <LoadError error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) {
    if (isSigningOut()) return null;
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  return <Outlet />;
}

/** Partnership admin pages. Anyone else sees "Page not found", as the API does. */
export function RequireAdmin() {
  const me = useMe();
  if (!isPartnershipAdmin(me.data)) return <NotFoundPage />;
  return <Outlet />;
}
