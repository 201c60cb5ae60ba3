import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { programmeEndpoints, sessionEndpoints } from '../../../contracts/activities.endpoints.js';
import type { SignUp } from '../../../contracts/activities.js';
import { Button } from '../../components/button.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { callEndpoint, errorText } from '../../lib/api.js';
import type { Translate } from '../../lib/i18n/i18n.js';
import { useLocaleTag, useT } from '../../lib/i18n/public-pages.js';
import { keys, upcomingSessions, whenIn, whenInWords } from './activities-api.js';
import { ProgrammeView } from './programme-view.js';
import { SessionDetails, type Feedback } from './shared.js';

/** Where the member is on a session's waiting list, in words. */
export function waitingWords(t: Translate, position: number | null): string {
  return position === null
    ? t('activities.member.youAreWaiting')
    : t('activities.member.youAreWaitingNumber', { position });
}

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
  const t = useT();
  const tag = useLocaleTag();
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
        message:
          result.status !== 'waiting'
            ? t('activities.member.booked', { title })
            : result.waitingPosition === null
              ? t('activities.member.waiting', { title })
              : t('activities.member.waitingNumber', { title, position: result.waitingPosition }),
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
      <h2 id="programme-title">{t('activities.member.comingUp')}</h2>
      <ProgrammeView
        sessions={sessions}
        headingLevel={3}
        idPrefix="whats-on"
        empty={t('activities.member.none')}
        renderSession={(session) => {
          const { activity, occurrence } = session;
          const when = whenIn(t, tag, occurrence.startsAt, occurrence.endsAt);
          const own = mine.get(occurrence.id);
          const pending = signUp.isPending && signUp.variables.occurrenceId === occurrence.id;
          return (
            <li key={occurrence.id} className="act-session">
              <article aria-labelledby={`session-${occurrence.id}-title`}>
                <SessionDetails session={session} headingLevel={4} />
                <div className="button-group">
                  {occurrence.cancelled ? null : own ? (
                    <p className="act-mine">
                      {own.status === 'booked'
                        ? t('activities.member.youHaveAPlace')
                        : waitingWords(t, own.waitingPosition)}
                    </p>
                  ) : (
                    <Button
                      onPress={() => signUp.mutate({ occurrenceId: occurrence.id, title: activity.title })}
                      isPending={pending}
                      pendingLabel={t('activities.member.signingUp')}
                      aria-label={t('activities.member.signUpLabel', { title: activity.title, when })}
                    >
                      {t('activities.member.signUp')}
                    </Button>
                  )}
                  {mayRun ? (
                    <Link
                      to={`/activities/occurrences/${occurrence.id}`}
                      // The register is still English: it is told the time in English.
                      state={{
                        title: activity.title,
                        when: whenInWords(occurrence.startsAt, occurrence.endsAt),
                      }}
                      aria-label={t('activities.member.manageLabel', { title: activity.title, when })}
                    >
                      {t('activities.member.manage')}
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
