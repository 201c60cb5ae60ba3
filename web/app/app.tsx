import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Suspense, useState } from 'react';
import { BrowserRouter, useLocation, useRoutes } from 'react-router';
import { ApiError, isApiError } from '../lib/api.js';
import { meQueryKey } from '../lib/session.js';
import { PageErrorBoundary } from './error-page.js';
import { RouteLoading } from './route-loading.js';
import { routes } from './router.js';

function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      // A session that ended (timed out, or signed out elsewhere): forget the person, so pages that
      // need one send them to sign in and bring them back afterwards.
      onError: (error, query) => {
        if (isApiError(error, 401) && query.queryKey[0] !== meQueryKey[0]) {
          client.setQueryData(meQueryKey, null);
        }
      },
    }),
    defaultOptions: {
      queries: {
        // On a slow or patchy connection, try again for network and server errors, never for refusals.
        retry: (failureCount, error) =>
          failureCount < 2 && (!(error instanceof ApiError) || error.status === 0 || error.status >= 500),
        refetchOnWindowFocus: false,
        staleTime: 30_000,
      },
    },
  });
  return client;
}

/**
 * The page for the current path. The loading page shows only while the first page's code arrives;
 * later navigations are transitions, which keep the current page until the next one is ready.
 */
function Pages() {
  const { pathname } = useLocation();
  const page = useRoutes(routes);
  return (
    <PageErrorBoundary pathname={pathname}>
      <Suspense fallback={<RouteLoading />}>{page}</Suspense>
    </PageErrorBoundary>
  );
}

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <Pages />
      </BrowserRouter>
    </QueryClientProvider>
  );
}
