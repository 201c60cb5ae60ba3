import { useInfiniteQuery } from '@tanstack/react-query';
import { auditEndpoints } from '../../../contracts/people.endpoints.js';
import type { AuditEvent } from '../../../contracts/people.js';
import { Button } from '../../components/button.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { PageHeading } from '../../components/page-heading.js';
import { callEndpoint } from '../../lib/api.js';
import { formatDateTime } from '../../lib/format.js';
import { strings } from '../../lib/strings.js';
import { TableScroll } from '../../components/table-scroll.js';

const PAGE_SIZE = 50;

function describeDetails(details: AuditEvent['details']): string {
  return Object.entries(details)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join('; ');
}

export function AuditPage() {
  const query = useInfiniteQuery({
    queryKey: ['admin', 'audit'],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      callEndpoint(auditEndpoints.list, { query: { limit: PAGE_SIZE, before: pageParam ?? undefined } }),
    getNextPageParam: (lastPage) =>
      lastPage.events.length < PAGE_SIZE ? null : (lastPage.events[lastPage.events.length - 1]?.at ?? null),
  });
  const events = query.data?.pages.flatMap((page) => page.events) ?? [];

  return (
    <>
      <PageHeading>{strings.admin.auditTitle}</PageHeading>
      <p className="lead">{strings.admin.auditLead}</p>
      {query.isPending ? <Loading /> : null}
      {query.isError ? <LoadError error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.isSuccess && events.length === 0 ? <p>{strings.admin.auditNone}</p> : null}
      {events.length > 0 ? (
        <TableScroll label={strings.admin.auditRegion}>
          <table className="table">
            <caption className="visually-hidden">{strings.admin.auditCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{strings.admin.auditWhen}</th>
                <th scope="col">{strings.admin.auditWho}</th>
                <th scope="col">{strings.admin.auditAction}</th>
                <th scope="col">{strings.admin.auditSubject}</th>
                <th scope="col">{strings.admin.auditDetails}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((event) => (
                <tr key={event.id}>
                  <td className="nowrap">{formatDateTime(event.at)}</td>
                  <td>{event.actorName ?? strings.admin.auditSystem}</td>
                  <td>
                    <code>{event.action}</code>
                  </td>
                  <td>{event.subjectType}</td>
                  <td className="table__details">{describeDetails(event.details)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      {query.hasNextPage ? (
        <p>
          <Button
            variant="secondary"
            isPending={query.isFetchingNextPage}
            pendingLabel={strings.common.loading}
            onPress={() => void query.fetchNextPage()}
          >
            {strings.admin.auditOlder}
          </Button>
        </p>
      ) : query.isSuccess && events.length > 0 ? (
        <p className="secondary-text">{strings.admin.auditEnd}</p>
      ) : null}
    </>
  );
}
