import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
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
import { formatDate } from '../../lib/format.js';
import { consentStrings } from '../../lib/strings/consent.js';
import { ProposalSummary } from './proposal-summary.js';
import './consent.css';

const s = consentStrings.confirm;

function stateMessage(state: ConfirmationPage['state']): string | null {
  return state === 'waiting' ? null : s[state];
}

/**
 * Where a storyteller without an account reads their story and says yes or no, with no sign-in:
 * the one-time link is their key. Built for a small phone and a slow connection.
 */
export function ConfirmPage() {
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
      status.show(stateMessage(updated.state) ?? '');
    },
    onError: (error) => status.show(error instanceof Error ? error.message : s.expired),
  });
  if (page.isError && isApiError(page.error, 404)) return <NotFound />;
  const data = page.data;
  return (
    <>
      <PageHeading>{s.title}</PageHeading>
      {page.isPending ? <Loading /> : null}
      {page.isError ? <LoadError error={page.error} onRetry={() => void page.refetch()} /> : null}
      {status.node}
      {data ? (
        <>
          {data.state === 'waiting' ? (
            <p className="lead">{s.lead(data.collectorFirstName, data.organisationName)}</p>
          ) : answer.isIdle ? (
            <p className="callout">{stateMessage(data.state)}</p>
          ) : null}
          <section aria-labelledby="confirm-story">
            <h2 id="confirm-story">{s.storyTitle}</h2>
            <p className="secondary-text">{s.removedNote}</p>
            {data.title ? <h3>{data.title}</h3> : null}
            <div className="consent-story-text">{data.text}</div>
          </section>
          <section aria-labelledby="confirm-who">
            <h2 id="confirm-who">{s.whoTitle}</h2>
            <ProposalSummary proposal={data.proposal} />
          </section>
          <details className="consent-wording">
            <summary>{s.wordingTitle}</summary>
            <p>{data.wording}</p>
          </details>
          {data.state === 'waiting' ? (
            <section aria-labelledby="confirm-question">
              <h2 id="confirm-question">{s.question}</h2>
              <p className="secondary-text">{s.expires(formatDate(data.expiresAt))}</p>
              <div className="button-group">
                <Button
                  isPending={answer.isPending}
                  pendingLabel={s.sending}
                  onPress={() => answer.mutate('yes')}
                >
                  {s.yes}
                </Button>
                <Button
                  variant="secondary"
                  isPending={answer.isPending}
                  pendingLabel={s.sending}
                  onPress={() => answer.mutate('no')}
                >
                  {s.no}
                </Button>
              </div>
            </section>
          ) : null}
          <p className="secondary-text">{s.support}</p>
        </>
      ) : null}
    </>
  );
}
