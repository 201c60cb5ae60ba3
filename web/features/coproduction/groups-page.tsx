import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { PageHeading } from '../../components/page-heading.js';
import { QueryResult } from '../../components/query-result.js';
import { formatDay } from '../../lib/format.js';
import { useMe } from '../../lib/session.js';
import { coproductionStrings } from '../../lib/strings/coproduction.js';
import { api, keys } from './coproduction-api.js';
import { NewGroupForm } from './group-forms.js';
import './coproduction.css';

const g = coproductionStrings.groups;

/** The co-production groups this person is in or looks after. */
export function GroupsPage() {
  const list = useQuery({ queryKey: keys.groups, queryFn: api.fetchGroups });
  const me = useMe();
  // Facilitators and coordinators start groups for their organisations.
  const running = [
    ...new Map(
      (me.data?.memberships ?? [])
        .filter((m) => m.role === 'facilitator' || m.role === 'coordinator')
        .map((m) => [m.organisationId, m.organisationName]),
    ),
  ].map(([id, name]) => ({ id, name }));
  return (
    <>
      <PageHeading>{g.title}</PageHeading>
      <p>
        <Link to="/coproduction">{coproductionStrings.common.backToHub}</Link>
      </p>
      <p className="lead">{g.lead}</p>
      <QueryResult query={list} isEmpty={(data) => data.groups.length === 0} empty={<p>{g.none}</p>}>
        {(data) => (
          <ul className="record-list plain-list">
            {data.groups.map((group) => (
              <li key={group.id} className="record">
                <h2 className="record__title">
                  <Link to={`/coproduction/groups/${group.id}`}>{group.name}</Link>
                </h2>
                {group.purpose ? <p>{group.purpose}</p> : null}
                <p className="secondary-text">
                  {[
                    g.rhythm(group.rhythm),
                    g.members(group.members.length),
                    g.meetings(group.meetingCount),
                    ...(group.lastMetOn ? [g.lastMet(formatDay(group.lastMetOn))] : []),
                  ].join(' · ')}
                </p>
              </li>
            ))}
          </ul>
        )}
      </QueryResult>
      {running.length > 0 ? <NewGroupForm organisations={running} /> : null}
    </>
  );
}
