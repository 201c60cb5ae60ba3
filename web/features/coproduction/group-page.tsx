import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { Meeting } from '../../../contracts/coproduction.js';
import { useFocusedStatus } from '../../components/focused-status.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { NotFound } from '../../components/not-found.js';
import { PageHeading } from '../../components/page-heading.js';
import { isMissing, retryUnlessMissing } from '../../lib/api.js';
import { useMe } from '../../lib/session.js';
import { coproductionStrings } from '../../lib/strings/coproduction.js';
import { api, keys } from './coproduction-api.js';
import { GroupMembersEditor } from './group-forms.js';
import { MeetingForm } from './meeting-form.js';
import { MeetingView } from './meeting-view.js';
import { usePartnershipOrganisations } from './shared.js';
import './coproduction.css';

const g = coproductionStrings.group;

/** A group: its members and meetings; facilitators and coordinators record meetings and follow up actions. */
export function GroupPage() {
  const { groupId = '' } = useParams();
  const me = useMe();
  const status = useFocusedStatus('cop-status');
  const [formHasErrors, setFormHasErrors] = useState(false);
  const organisations = usePartnershipOrganisations(me.data);
  const group = useQuery({
    queryKey: keys.group(groupId),
    queryFn: () => api.fetchGroup(groupId),
    retry: retryUnlessMissing,
  });

  if (group.isPending) return <Loading />;
  if (group.isError) {
    if (isMissing(group.error)) return <NotFound />;
    return <LoadError error={group.error} onRetry={() => void group.refetch()} />;
  }
  const data = group.data;
  const people = new Map(data.members.map((m) => [m.id, m.displayName]));
  const orgs = new Map(organisations.map((o) => [o.id, o.name]));
  const ownerName = (action: Meeting['actions'][number]) =>
    (action.ownerPersonId ? people.get(action.ownerPersonId) : undefined) ??
    (action.ownerOrganisationId ? orgs.get(action.ownerOrganisationId) : undefined) ??
    g.nobody;
  const meetings = [...data.meetings].sort((a, b) => b.heldOn.localeCompare(a.heldOn));

  return (
    <>
      <PageHeading caption={g.caption} hasErrors={formHasErrors}>
        {data.name}
      </PageHeading>
      <p>
        <Link to="/coproduction/groups">{coproductionStrings.groups.title}</Link>
      </p>
      {data.purpose ? <p className="lead cop-prewrap">{data.purpose}</p> : null}
      <p>{coproductionStrings.groups.rhythm(data.rhythm)}</p>
      {status.node}
      <section className="section" aria-labelledby="members-title">
        <h2 id="members-title">{g.membersTitle}</h2>
        {data.members.length === 0 ? (
          <p>{g.noMembers}</p>
        ) : (
          <ul>
            {data.members.map((member) => (
              <li key={member.id}>{member.displayName}</li>
            ))}
          </ul>
        )}
        {data.mayManage ? <GroupMembersEditor group={data} /> : null}
      </section>
      <section className="section" aria-labelledby="meetings-title">
        <h2 id="meetings-title">{g.meetingsTitle}</h2>
        {meetings.length === 0 ? (
          <p>{g.meetingsNone}</p>
        ) : (
          <ul className="plain-list record-list">
            {meetings.map((meeting) => (
              <li key={meeting.id}>
                <MeetingView meeting={meeting} group={data} ownerName={ownerName} onDone={status.show} />
              </li>
            ))}
          </ul>
        )}
      </section>
      {data.mayManage ? (
        <MeetingForm
          group={data}
          organisations={organisations}
          onDone={status.show}
          onErrors={setFormHasErrors}
        />
      ) : null}
    </>
  );
}
