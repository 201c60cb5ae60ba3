import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { programmeEndpoints, sessionEndpoints } from '../../../contracts/activities.endpoints.js';
import type { SignUp } from '../../../contracts/activities.js';
import { Button } from '../../components/button.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { callEndpoint, errorText } from '../../lib/api.js';
import { activitiesStrings } from '../../lib/strings/activities.js';
import { keys, upcomingSessions, whenInWords } from './activities-api.js';
import { ProgrammeView } from './programme-view.js';
import { SessionDetails, type Feedback } from './shared.js';

const p = activitiesStrings.programme;

/** The organisation's sessions still to come, week by week, each with sign-up (or managing it). */
export function ProgrammeSessions({
  organisationId,
  mayRun,
  signUps,
  onFeedback,
}: {
  organisationId: string;
  mayRun: boolean;
  signUps: readonly SignUp[];
  onFeedback: (feedback: Feedback) => void;
}) {
  const client = useQueryClient();
  const list = useQuery({
    queryKey: keys.programme(organisationId),
    queryFn: () => callEndpoint(programmeEndpoints.list, { params: { organisationId } }),
  });
  const signUp = useMutation({
    mutationFn: ({ occurrenceId }: { occurrenceId: string; title: string }) =>
      callEndpoint(sessionEndpoints.signUp, { params: { occurrenceId } }),
    onSuccess: (result, { title }) => {
      void client.invalidateQueries({ queryKey: keys.all });
      onFeedback({
        message: result.status === 'waiting' ? p.waiting(title, result.waitingPosition) : p.booked(title),
        isError: false,
      });
    },
    onError: (error) => onFeedback({ message: errorText(error), isError: true }),
  });

  if (list.isPending) return <Loading />;
  if (list.isError) return <LoadError error={list.error} onRetry={() => void list.refetch()} />;
  const sessions = upcomingSessions(list.data.activities);
  const mine = new Map(signUps.filter((s) => s.status !== 'cancelled').map((s) => [s.occurrenceId, s]));

  return (
    <section className="section" aria-labelledby="programme-title">
      <h2 id="programme-title">{p.programmeTitle}</h2>
      <ProgrammeView
        sessions={sessions}
        headingLevel={3}
        idPrefix="whats-on"
        empty={p.none}
        renderSession={(session) => {
          const { activity, occurrence } = session;
          const when = whenInWords(occurrence.startsAt, occurrence.endsAt);
          const own = mine.get(occurrence.id);
          const pending = signUp.isPending && signUp.variables.occurrenceId === occurrence.id;
          return (
            <li key={occurrence.id} className="act-session">
              <article aria-labelledby={`session-${occurrence.id}-title`}>
                <SessionDetails session={session} headingLevel={4} />
                <div className="button-group">
                  {occurrence.cancelled ? null : own ? (
                    <p className="act-mine">
                      {own.status === 'booked' ? p.youHaveAPlace : p.youAreWaiting(own.waitingPosition)}
                    </p>
                  ) : (
                    <Button
                      onPress={() => signUp.mutate({ occurrenceId: occurrence.id, title: activity.title })}
                      isPending={pending}
                      pendingLabel={p.signingUp}
                      aria-label={p.signUpLabel(activity.title, when)}
                    >
                      {p.signUp}
                    </Button>
                  )}
                  {mayRun ? (
                    <Link
                      to={`/activities/occurrences/${occurrence.id}`}
                      state={{ title: activity.title, when }}
                      aria-label={p.manageLabel(activity.title, when)}
                    >
                      {p.manage}
                    </Link>
                  ) : null}
                </div>
              </article>
            </li>
          );
        }}
      />
    </section>
  );
}
