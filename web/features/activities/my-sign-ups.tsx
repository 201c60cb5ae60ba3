import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { sessionEndpoints } from '../../../contracts/activities.endpoints.js';
import type { SignUp } from '../../../contracts/activities.js';
import { Button } from '../../components/button.js';
import { StatusMessage } from '../../components/status-message.js';
import { callEndpoint, errorText } from '../../lib/api.js';
import { useLocaleTag, useT } from '../../lib/i18n/public-pages.js';
import { keys, startIn } from './activities-api.js';
import { waitingWords } from './programme-sessions.js';
import type { Feedback } from './shared.js';

/** The person's own places still to come, each of which they may give up. */
export function MySignUps({
  signUps,
  onFeedback,
}: {
  signUps: readonly SignUp[];
  onFeedback: (feedback: Feedback) => void;
}) {
  const t = useT();
  const tag = useLocaleTag();
  const client = useQueryClient();
  const cancel = useMutation({
    mutationFn: ({ occurrenceId }: { occurrenceId: string; title: string }) =>
      callEndpoint(sessionEndpoints.cancelSignUp, { params: { occurrenceId } }),
    onSuccess: (_result, { title }) => {
      void client.invalidateQueries({ queryKey: keys.all });
      onFeedback({ message: t('activities.member.cancelled', { title }), isError: false });
    },
    onError: (error) => onFeedback({ message: errorText(error), isError: true }),
  });
  const [now] = useState(() => Date.now());
  const current = signUps
    .filter((s) => s.status !== 'cancelled' && new Date(s.startsAt).getTime() >= now)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));

  return (
    <section className="section" aria-labelledby="mine-title">
      <h2 id="mine-title">{t('activities.member.mineTitle')}</h2>
      {current.length === 0 ? (
        <p>{t('activities.member.mineNone')}</p>
      ) : (
        <ul className="record-list plain-list">
          {current.map((signUp) => {
            const when = startIn(t, tag, signUp.startsAt);
            return (
              <li key={signUp.id} className="record">
                <h3 className="record__title">{signUp.title}</h3>
                <p>
                  <strong>{when}</strong>
                </p>
                <p>
                  {signUp.status === 'booked'
                    ? t('activities.member.youHaveAPlace')
                    : waitingWords(t, signUp.waitingPosition)}
                </p>
                <Button
                  variant="secondary"
                  onPress={() => cancel.mutate({ occurrenceId: signUp.occurrenceId, title: signUp.title })}
                  isPending={cancel.isPending && cancel.variables.occurrenceId === signUp.occurrenceId}
                  pendingLabel={t('activities.member.cancelling')}
                  aria-label={t('activities.member.cancelLabel', { title: signUp.title, when })}
                >
                  {t('activities.member.cancel')}
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
  const t = useT();
  const [copied, setCopied] = useState('');
  const make = useMutation({
    mutationFn: () => callEndpoint(sessionEndpoints.calendarLink, {}),
    onMutate: () => setCopied(''),
  });
  const copy = (url: string) => {
    void navigator.clipboard
      ?.writeText(url)
      .then(() => setCopied(t('activities.member.copied')))
      .catch(() => setCopied(''));
  };
  return (
    <section className="section narrow" aria-labelledby="calendar-title">
      <h2 id="calendar-title">{t('activities.member.calendarTitle')}</h2>
      <p>{t('activities.member.calendarLead')}</p>
      {make.data ? <p className="field__hint">{t('activities.member.calendarWarning')}</p> : null}
      <Button
        variant="secondary"
        onPress={() => make.mutate()}
        isPending={make.isPending}
        pendingLabel={t('activities.member.calendarMaking')}
      >
        {make.data ? t('activities.member.calendarRemake') : t('activities.member.calendarMake')}
      </Button>
      {make.isError ? (
        <p className="field__error" role="alert">
          {errorText(make.error)}
        </p>
      ) : null}
      {make.data ? (
        <div className="field act-feed">
          <label className="field__label" htmlFor="calendar-url">
            {t('activities.member.calendarUrl')}
          </label>
          <span className="field__hint" id="calendar-url-hint">
            {t('activities.member.calendarUrlHint')}
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
            {t('activities.member.copy')}
          </Button>
        </div>
      ) : null}
      <StatusMessage>{make.data ? copied || t('activities.member.calendarMade') : null}</StatusMessage>
    </section>
  );
}
