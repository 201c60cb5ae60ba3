import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useParams } from 'react-router';
import { consentEndpoints } from '../../../contracts/stories.endpoints.js';
import type { ConfirmationPage } from '../../../contracts/stories.js';
import { Button } from '../../components/button.js';
import { useFocusedStatus } from '../../components/focused-status.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { NotFound } from '../../components/not-found.js';
import { PageHeading } from '../../components/page-heading.js';
import { callEndpoint, isApiError } from '../../lib/api.js';
import { chooseLanguage, type MessageKey } from '../../lib/i18n/i18n.js';
import { ConsentWordingText } from '../../components/consent-wording-text.js';
import { useT } from '../../lib/i18n/pages.js';
import { ProposalSummary, useConsentDate } from './proposal-summary.js';
import './consent.css';

const STATES = {
  confirmed: 'consent.confirm.confirmed',
  declined: 'consent.confirm.declined',
  expired: 'consent.confirm.expired',
  replaced: 'consent.confirm.replaced',
  changed: 'consent.confirm.changed',
} as const satisfies Record<Exclude<ConfirmationPage['state'], 'waiting'>, MessageKey>;

function stateMessage(state: ConfirmationPage['state']): (typeof STATES)[keyof typeof STATES] | null {
  return state === 'waiting' ? null : STATES[state];
}

/**
 * The page opens in the language their collector sent the link in, once, as it arrives; the switch
 * at the top still changes it (for this visit only: the device keeps its own choice).
 */
function useStorytellersLanguage(data: ConfirmationPage | undefined): void {
  const shown = useRef(false);
  useEffect(() => {
    if (!data || shown.current) return;
    shown.current = true;
    void chooseLanguage(data.language, false);
  }, [data]);
}

/**
 * Where a storyteller without an account reads their story and says yes or no, with no sign-in:
 * the one-time link is their key. Built for a small phone and a slow connection.
 */
export function ConfirmPage() {
  const t = useT();
  const date = useConsentDate();
  const { token = '' } = useParams();
  const queryClient = useQueryClient();
  const key = ['confirm', token];
  const status = useFocusedStatus('consent-status');
  const page = useQuery({
    queryKey: key,
    queryFn: () => callEndpoint(consentEndpoints.confirmationPage, { params: { token } }),
    retry: false,
  });
  const answer = useMutation({
    mutationFn: (choice: 'yes' | 'no') =>
      callEndpoint(consentEndpoints.answerConfirmation, { params: { token }, body: { answer: choice } }),
    onSuccess: (updated) => {
      queryClient.setQueryData(key, updated);
      const said = stateMessage(updated.state);
      status.show(said ? t(said) : '');
    },
    onError: (error) => status.show(error instanceof Error ? error.message : t('consent.confirm.expired')),
  });
  const data = page.data;
  useStorytellersLanguage(data);
  if (page.isError && isApiError(page.error, 404)) return <NotFound />;
  const said = data ? stateMessage(data.state) : null;
  return (
    <>
      <PageHeading>{t('consent.confirm.title')}</PageHeading>
      {page.isPending ? <Loading /> : null}
      {page.isError ? <LoadError error={page.error} onRetry={() => void page.refetch()} /> : null}
      {status.node}
      {data ? (
        <>
          {data.state === 'waiting' ? (
            <p className="lead">
              {t('consent.confirm.lead', {
                collector: data.collectorFirstName,
                organisation: data.organisationName,
              })}
            </p>
          ) : answer.isIdle && said ? (
            <p className="callout">{t(said)}</p>
          ) : null}
          <section aria-labelledby="confirm-story">
            <h2 id="confirm-story">{t('consent.confirm.storyTitle')}</h2>
            <p className="secondary-text">{t('consent.confirm.removedNote')}</p>
            {/* Their words stay in the language they were told in, whichever way the page runs. */}
            {data.title ? <h3 dir="auto">{data.title}</h3> : null}
            <div className="consent-story-text" dir="auto">
              {data.text}
            </div>
          </section>
          <section aria-labelledby="confirm-who">
            <h2 id="confirm-who">{t('consent.confirm.whoTitle')}</h2>
            <ProposalSummary proposal={data.proposal} />
          </section>
          <details className="consent-wording">
            <summary>{t('consent.confirm.wordingTitle')}</summary>
            <ConsentWordingText cairns={data.cairnsWording} text={data.wording} />
          </details>
          {data.state === 'waiting' ? (
            <section aria-labelledby="confirm-question">
              <h2 id="confirm-question">{t('consent.confirm.question')}</h2>
              <p className="secondary-text">{t('consent.confirm.expires', { date: date(data.expiresAt) })}</p>
              <div className="button-group">
                <Button
                  isPending={answer.isPending}
                  pendingLabel={t('consent.confirm.sending')}
                  onPress={() => answer.mutate('yes')}
                >
                  {t('consent.confirm.yes')}
                </Button>
                <Button
                  variant="secondary"
                  isPending={answer.isPending}
                  pendingLabel={t('consent.confirm.sending')}
                  onPress={() => answer.mutate('no')}
                >
                  {t('consent.confirm.no')}
                </Button>
              </div>
            </section>
          ) : null}
          <p className="secondary-text">{t('consent.confirm.support')}</p>
        </>
      ) : null}
    </>
  );
}
