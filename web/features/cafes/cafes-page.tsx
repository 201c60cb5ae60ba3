import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { NotFound } from '../../components/not-found.js';
import { PageHeading } from '../../components/page-heading.js';
import { apiRequest } from '../../lib/api.js';
import { formatDateTime } from '../../lib/format.js';
import { useMe } from '../../lib/session.js';
import { cafesStrings } from '../../lib/strings/cafes.js';
import { cafesKey, schemas } from './cafe-api.js';
import { mayRunCafes } from './access.js';
import './cafes.css';

/** The cafés a facilitator or coordinator may plan and run. */
export function CafesPage() {
  const s = cafesStrings.list;
  const me = useMe();
  const allowed = mayRunCafes(me.data);
  const list = useQuery({
    queryKey: cafesKey,
    queryFn: () => apiRequest('/api/cafes', schemas.cafeList),
    enabled: allowed,
  });
  if (!me.isPending && !allowed) return <NotFound />;

  return (
    <>
      <PageHeading>{s.title}</PageHeading>
      <p className="lead">{s.lead}</p>
      <p>
        <Link to="/cafes/new" className="button button--primary">
          {s.plan}
        </Link>
      </p>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.cafes.length === 0 ? (
        <p>{s.none}</p>
      ) : (
        <ul className="cafe-list record-list">
          {list.data.cafes.map((cafe) => (
            <li key={cafe.id} className="record">
              <h2 className="card__title">
                <Link to={`/cafes/${cafe.id}/run`}>{cafe.title}</Link>
              </h2>
              <dl className="summary-list">
                <div className="summary-list__row">
                  <dt>{s.when}</dt>
                  <dd>{cafe.startsAt ? formatDateTime(cafe.startsAt) : s.notScheduled}</dd>
                </div>
                <div className="summary-list__row">
                  <dt>{s.status}</dt>
                  <dd>{cafesStrings.statuses[cafe.status]}</dd>
                </div>
                <div className="summary-list__row">
                  <dt>{s.code}</dt>
                  <dd className="nowrap">{cafe.joinCode}</dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
