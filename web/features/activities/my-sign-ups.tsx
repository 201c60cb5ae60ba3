import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { sessionEndpoints } from '../../../contracts/activities.endpoints.js';
import type { SignUp } from '../../../contracts/activities.js';
import { Button } from '../../components/button.js';
import { StatusMessage } from '../../components/status-message.js';
import { callEndpoint, errorText } from '../../lib/api.js';
import { activitiesStrings } from '../../lib/strings/activities.js';
import { keys, startInWords } from './activities-api.js';
import type { Feedback } from './shared.js';

const p = activitiesStrings.programme;

/** The person's own places still to come, each of which they may give up. */
export function MySignUps({
  signUps,
  onFeedback,
}: {
  signUps: readonly SignUp[];
  onFeedback: (feedback: Feedback) => void;
}) {
  const client = useQueryClient();
  const cancel = useMutation({
    mutationFn: ({ occurrenceId }: { occurrenceId: string; title: string }) =>
      callEndpoint(sessionEndpoints.cancelSignUp, { params: { occurrenceId } }),
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

/** A private calendar link for the person's own sessions; making a new one stops the old one. */
export function CalendarLink() {
  const [copied, setCopied] = useState('');
  const make = useMutation({
    mutationFn: () => callEndpoint(sessionEndpoints.calendarLink, {}),
    onMutate: () => setCopied(''),
  });
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
