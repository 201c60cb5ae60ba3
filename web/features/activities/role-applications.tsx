import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { roleEndpoints } from '../../../contracts/activities.endpoints.js';
import type { Application, Role } from '../../../contracts/activities.js';
import { Button } from '../../components/button.js';
import { QueryResult } from '../../components/query-result.js';
import { callEndpoint, errorText } from '../../lib/api.js';
import { formatDate } from '../../lib/format.js';
import { communityStrings } from '../../lib/strings/community.js';
import { keys } from './activities-api.js';
import { HoursForm } from './role-hours-form.js';

const s = communityStrings.roles;

function ApplicationItem({
  application,
  role,
  onFeedback,
}: {
  application: Application;
  role: Role;
  onFeedback: (message: string) => void;
}) {
  const client = useQueryClient();
  const [recording, setRecording] = useState(false);
  const decide = useMutation({
    mutationFn: (status: 'accepted' | 'declined') =>
      callEndpoint(roleEndpoints.decide, { params: { applicationId: application.id }, body: { status } }),
    onSuccess: (next) => {
      void client.invalidateQueries({ queryKey: keys.applications(role.id) });
      onFeedback(
        next.status === 'accepted' ? s.acceptedDone(next.displayName) : s.declinedDone(next.displayName),
      );
    },
    onError: (error) => onFeedback(errorText(error)),
  });
  const name = application.displayName;
  return (
    <li className="act-application">
      <p>
        <strong>{name}</strong>{' '}
        <span className={`tag act-status act-status--${application.status}`}>
          {s.status[application.status]}
        </span>
      </p>
      <p className="secondary-text">{s.appliedOn(formatDate(application.createdAt))}</p>
      <p className="act-prewrap">{application.message || s.noMessage}</p>
      <div className="button-group">
        {application.status === 'applied' ? (
          <>
            <Button
              onPress={() => decide.mutate('accepted')}
              isPending={decide.isPending && decide.variables === 'accepted'}
              pendingLabel={s.deciding}
              aria-label={s.acceptLabel(name)}
            >
              {s.accept}
            </Button>
            <Button
              variant="secondary"
              onPress={() => decide.mutate('declined')}
              isPending={decide.isPending && decide.variables === 'declined'}
              pendingLabel={s.deciding}
              aria-label={s.declineLabel(name)}
            >
              {s.decline}
            </Button>
          </>
        ) : null}
        {application.status === 'accepted' && !recording ? (
          <Button
            variant="secondary"
            onPress={() => setRecording(true)}
            aria-label={s.hoursToggleLabel(name)}
          >
            {s.hoursToggle}
          </Button>
        ) : null}
      </div>
      {recording ? (
        <HoursForm
          application={application}
          onClose={() => setRecording(false)}
          onDone={(message) => {
            setRecording(false);
            onFeedback(message);
          }}
        />
      ) : null}
    </li>
  );
}

/** For the role's coordinators: who applied, accepting or declining them, and recording hours worked. */
export function Applications({ role, onFeedback }: { role: Role; onFeedback: (message: string) => void }) {
  const list = useQuery({
    queryKey: keys.applications(role.id),
    queryFn: () => callEndpoint(roleEndpoints.applications, { params: { roleId: role.id } }),
  });
  const headingId = `role-${role.id}-applications`;
  return (
    <section className="act-applications" aria-labelledby={headingId}>
      <h4 id={headingId}>{s.applicationsTitle(role.title)}</h4>
      <QueryResult
        query={list}
        isEmpty={(data) => data.applications.length === 0}
        empty={<p>{s.applicationsNone}</p>}
      >
        {(data) => (
          <ul className="plain-list">
            {data.applications.map((application) => (
              <ApplicationItem
                key={application.id}
                application={application}
                role={role}
                onFeedback={onFeedback}
              />
            ))}
          </ul>
        )}
      </QueryResult>
    </section>
  );
}
