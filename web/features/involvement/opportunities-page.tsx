import { useQuery } from '@tanstack/react-query';
import { useFocusedStatus } from '../../components/focused-status.js';
import { Loading } from '../../components/loading.js';
import { NotFound } from '../../components/not-found.js';
import { PageHeading } from '../../components/page-heading.js';
import { QueryResult } from '../../components/query-result.js';
import { coordinatedOrganisations, useMe } from '../../lib/session.js';
import { involvementStrings } from '../../lib/strings/involvement.js';
import { api, keys } from './involvement-api.js';
import { mayBeInvolved } from './access.js';
import { OpportunityItem } from './opportunity-item.js';
import { PostOpportunityForm } from './post-opportunity-form.js';
import './involvement.css';

const o = involvementStrings.opportunities;

/** Open opportunities to get involved; coordinators also post them and see who is interested. */
export function OpportunitiesPage() {
  const me = useMe();
  const allowed = mayBeInvolved(me.data);
  const status = useFocusedStatus('inv-status');
  const list = useQuery({ queryKey: keys.opportunities, queryFn: api.fetchOpportunities, enabled: allowed });

  if (me.isPending) return <Loading />;
  if (!allowed) return <NotFound />;
  const organisations = coordinatedOrganisations(me.data);

  return (
    <>
      <PageHeading>{o.title}</PageHeading>
      <p className="lead">{o.lead}</p>
      <QueryResult query={list} isEmpty={(data) => data.opportunities.length === 0} empty={<p>{o.none}</p>}>
        {(data) => (
          <ul className="record-list plain-list">
            {data.opportunities.map((opportunity) => (
              <OpportunityItem key={opportunity.id} opportunity={opportunity} />
            ))}
          </ul>
        )}
      </QueryResult>
      {organisations.length > 0 ? (
        <>
          {status.node}
          <PostOpportunityForm
            organisations={organisations}
            onPosted={(title) => status.show(o.posted(title))}
          />
        </>
      ) : null}
    </>
  );
}
