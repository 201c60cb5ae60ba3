import { Link, Navigate } from 'react-router';
import { PageHeading } from '../../components/page-heading.js';
import { QueryResult } from '../../components/query-result.js';
import { usePublicPartnerships } from '../../lib/queries.js';
import { activitiesStrings } from '../../lib/strings/activities.js';

const s = activitiesStrings.publicIndex;

/**
 * "What's on" for anyone, reached from the footer and the signed-out home: each organisation's public
 * programme. With a single organisation there is nothing to choose, so it opens that programme.
 */
export function WhatsOnPage() {
  const query = usePublicPartnerships();
  const organisations = query.data?.partnerships.flatMap((partnership) => partnership.organisations) ?? [];
  const only = organisations.length === 1 ? organisations[0] : undefined;
  if (only) return <Navigate to={`/programme/${only.id}`} replace />;
  return (
    <>
      <PageHeading>{s.title}</PageHeading>
      <p className="lead">{s.lead}</p>
      <QueryResult query={query} isEmpty={() => organisations.length === 0} empty={<p>{s.none}</p>}>
        {() => (
          <ul className="plain-list">
            {organisations.map((organisation) => (
              <li key={organisation.id}>
                <Link to={`/programme/${organisation.id}`}>{s.link(organisation.name)}</Link>
              </li>
            ))}
          </ul>
        )}
      </QueryResult>
    </>
  );
}
