import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import type { SignUp } from '../../../contracts/activities.js';
import { Button } from '../../components/button.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { StatusMessage } from '../../components/status-message.js';
import { errorText } from '../../lib/api.js';
import { activitiesStrings } from '../../lib/strings/activities.js';
import { communityStrings } from '../../lib/strings/community.js';
import {
  api,
  byWeek,
  keys,
  upcomingSessions,
  startInWords,
  weekHeading,
  whenInWords,
} from './activities-api.js';
import {
  coordinates,
  OrganisationPage,
  runsProgramme,
  SessionDetails,
  useOrganisationPage,
} from './shared.js';
import './activities.css';

const p = activitiesStrings.programme;

interface Feedback {
  message: string;
  isError: boolean;
}

function Programme({
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
    queryFn: () => api.fetchProgramme(organisationId),
  });
  const signUp = useMutation({
    mutationFn: ({ occurrenceId }: { occurrenceId: string; title: string }) => api.signUp(occurrenceId),
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
  const weeks = byWeek(upcomingSessions(list.data.activities));
  const mine = new Map(signUps.filter((s) => s.status !== 'cancelled').map((s) => [s.occurrenceId, s]));

  return (
    <section className="section" aria-labelledby="programme-title">
      <h2 id="programme-title">{p.programmeTitle}</h2>
      {weeks.length === 0 ? (
        <p className="callout">{p.none}</p>
      ) : (
        weeks.map((week) => (
          <section key={week.monday} aria-labelledby={`week-${week.monday}`} className="act-week">
            <h3 id={`week-${week.monday}`}>{weekHeading(week.monday)}</h3>
            <ul className="plain-list act-sessions">
              {week.sessions.map((session) => {
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
                            onPress={() =>
                              signUp.mutate({ occurrenceId: occurrence.id, title: activity.title })
                            }
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
              })}
            </ul>
          </section>
        ))
      )}
    </section>
  );
}

function MySignUps({
  signUps,
  onFeedback,
}: {
  signUps: readonly SignUp[];
  onFeedback: (feedback: Feedback) => void;
}) {
  const client = useQueryClient();
  const cancel = useMutation({
    mutationFn: ({ occurrenceId }: { occurrenceId: string; title: string }) => api.cancelSignUp(occurrenceId),
    onSuccess: (_result, { title }) => {
      void client.invalidateQueries({ queryKey: keys.all });
      onFeedback({ message: p.cancelled(title), isError: false });
    },
    onError: (error) => onFeedback({ message: errorText(error), isError: true }),
  });
  const [now] = useState(() => Date.now());
  const current = signUps
    .filter((s) => s.status !== 'cancelled' && new Date(s.startsAt).getTime() >= now)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));

  return (
    <section className="section" aria-labelledby="mine-title">
      <h2 id="mine-title">{p.mineTitle}</h2>
      {current.length === 0 ? (
        <p>{p.mineNone}</p>
      ) : (
        <ul className="record-list plain-list">
          {current.map((signUp) => {
            const when = startInWords(signUp.startsAt);
            return (
              <li key={signUp.id} className="record">
                <h3 className="record__title">{signUp.title}</h3>
                <p>
                  <strong>{when}</strong>
                </p>
                <p>
                  {signUp.status === 'booked' ? p.youHaveAPlace : p.youAreWaiting(signUp.waitingPosition)}
                </p>
                <Button
                  variant="secondary"
                  onPress={() => cancel.mutate({ occurrenceId: signUp.occurrenceId, title: signUp.title })}
                  isPending={cancel.isPending && cancel.variables.occurrenceId === signUp.occurrenceId}
                  pendingLabel={p.cancelling}
                  aria-label={p.cancelLabel(signUp.title, when)}
                >
                  {p.cancel}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function CalendarLink() {
  const [copied, setCopied] = useState('');
  const make = useMutation({ mutationFn: api.makeCalendarLink, onMutate: () => setCopied('') });
  const copy = (url: string) => {
    void navigator.clipboard
      ?.writeText(url)
      .then(() => setCopied(p.copied))
      .catch(() => setCopied(''));
  };
  return (
    <section className="section narrow" aria-labelledby="calendar-title">
      <h2 id="calendar-title">{p.calendarTitle}</h2>
      <p>{p.calendarLead}</p>
      {make.data ? <p className="field__hint">{p.calendarWarning}</p> : null}
      <Button
        variant="secondary"
        onPress={() => make.mutate()}
        isPending={make.isPending}
        pendingLabel={p.calendarMaking}
      >
        {make.data ? p.calendarRemake : p.calendarMake}
      </Button>
      {make.isError ? (
        <p className="field__error" role="alert">
          {errorText(make.error)}
        </p>
      ) : null}
      {make.data ? (
        <div className="field act-feed">
          <label className="field__label" htmlFor="calendar-url">
            {p.calendarUrl}
          </label>
          <span className="field__hint" id="calendar-url-hint">
            {p.calendarUrlHint}
          </span>
          <input
            id="calendar-url"
            className="field__input"
            readOnly
            value={make.data.url}
            aria-describedby="calendar-url-hint"
            onFocus={(event) => event.currentTarget.select()}
          />
          <Button variant="link" onPress={() => copy(make.data.url)}>
            {p.copy}
          </Button>
        </div>
      ) : null}
      <StatusMessage>{make.data ? copied || p.calendarMade : null}</StatusMessage>
    </section>
  );
}

/** Signed in: the organisation's programme with sign-up, the person's own sign-ups and calendar link. */
export function ActivitiesPage() {
  const page = useOrganisationPage();
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const mine = useQuery({
    queryKey: keys.mySignUps,
    queryFn: api.fetchMySignUps,
    enabled: Boolean(page.me.data),
  });
  const signUps = mine.data?.signUps ?? [];

  return (
    <OrganisationPage
      page={page}
      title={p.title}
      lead={p.lead}
      pickerId="activities-organisation"
      none={activitiesStrings.common.noMembership}
      onChoose={(id) => {
        setFeedback(null);
        page.setChosen(id);
      }}
    >
      {(current, me) => (
        <>
          <nav aria-label={p.title} className="act-links">
            <ul>
              <li>
                <Link to={`/activities/proposals?organisation=${current.id}`}>{p.proposals}</Link>
              </li>
              <li>
                <Link to={`/activities/me/area?organisation=${current.id}`}>{p.myArea}</Link>
              </li>
              {runsProgramme(me, current.id) ? (
                <li>
                  <Link to={`/activities/plan?organisation=${current.id}`}>
                    {activitiesStrings.plan.programmeLink}
                  </Link>
                </li>
              ) : null}
              <li>
                <Link to={`/activities/roles?organisation=${current.id}`}>
                  {communityStrings.programmeLinks.roles}
                </Link>
              </li>
              <li>
                <Link to={`/activities/partners?organisation=${current.id}`}>
                  {communityStrings.programmeLinks.partners}
                </Link>
              </li>
              {coordinates(me, current.id) ? (
                <li>
                  <Link to={`/activities/reach?organisation=${current.id}`}>{p.reach}</Link>
                </li>
              ) : null}
              {coordinates(me, current.id) ? (
                <li>
                  <Link to={`/activities/outreach?organisation=${current.id}`}>
                    {communityStrings.programmeLinks.outreach}
                  </Link>
                </li>
              ) : null}
              <li>
                <Link to={`/programme/${current.id}`}>{p.publicPage}</Link>
              </li>
            </ul>
          </nav>
          {feedback?.isError ? (
            <p className="callout callout--error" role="alert">
              {feedback.message}
            </p>
          ) : null}
          <StatusMessage>{feedback && !feedback.isError ? feedback.message : null}</StatusMessage>
          {mine.isError ? <LoadError error={mine.error} onRetry={() => void mine.refetch()} /> : null}
          {mine.data ? (
            <MySignUps signUps={signUps} onFeedback={setFeedback} />
          ) : mine.isPending ? (
            <Loading />
          ) : null}
          <Programme
            key={current.id}
            organisationId={current.id}
            mayRun={runsProgramme(me, current.id)}
            signUps={signUps}
            onFeedback={setFeedback}
          />
          <CalendarLink />
        </>
      )}
    </OrganisationPage>
  );
}
