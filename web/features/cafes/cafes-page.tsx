import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { cafePlanningEndpoints } from '../../../contracts/cafes.endpoints.js';
import { NotFound } from '../../components/not-found.js';
import { PageHeading } from '../../components/page-heading.js';
import { QueryResult } from '../../components/query-result.js';
import { callEndpoint } from '../../lib/api.js';
import { formatDateTime } from '../../lib/format.js';
import { useMe } from '../../lib/session.js';
import { cafesStrings } from '../../lib/strings/cafes.js';
import { cafesKey } from './cafe-api.js';
import { mayRunCafes } from './access.js';
import './cafes.css';

/** The cafés a facilitator or coordinator may plan and run. */
export function CafesPage() {
  const s = cafesStrings.list;
  const me = useMe();
  const allowed = mayRunCafes(me.data);
  const list = useQuery({
    queryKey: cafesKey,
    queryFn: () => callEndpoint(cafePlanningEndpoints.listCafes, {}),
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
      <QueryResult query={list} isEmpty={(data) => data.cafes.length === 0} empty={<p>{s.none}</p>}>
        {(data) => (
          <ul className="cafe-list record-list">
            {data.cafes.map((cafe) => (
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
      </QueryResult>
    </>
  );
}
