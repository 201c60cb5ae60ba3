import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { storyEndpoints } from '../../../contracts/stories.endpoints.js';
import type { StoryResponse } from '../../../contracts/stories.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { NotFound } from '../../components/not-found.js';
import { PageHeading } from '../../components/page-heading.js';
import { callEndpoint, isApiError } from '../../lib/api.js';
import { formatDate } from '../../lib/format.js';
import './stories.css';
import { storiesStrings } from '../../lib/strings/stories.js';
import { ConfirmationRequests } from './confirmation-requests.js';
import { consentVoice, useAskState, useConsentWording } from './consent-api.js';
import { ConsentForm } from './consent-form.js';
import { ConsentHistory } from './consent-history.js';
import { HoldNotice } from './hold-notice.js';
import { storyKey } from './story-api.js';
import { SupportLines } from './support-lines.js';
import { WithdrawSection } from './withdraw-section.js';

const s = storiesStrings.consent;

function CurrentConsent({ story }: { story: StoryResponse }) {
  const consent = story.consent;
  if (!consent) return null;
  const v = consentVoice(story);
  let summary: string = v.tiers[consent.tier];
  if (consent.withdrawn) summary = s.withdrawEvent;
  else if (consent.expired) summary = v.expired;
  return (
    <dl className="summary-list">
      <div className="summary-list__row">
        <dt>{s.current}</dt>
        <dd>
          {summary}
          {consent.expiresAt && !consent.withdrawn ? ` (${formatDate(consent.expiresAt)})` : null}
        </dd>
      </div>
    </dl>
  );
}

/**
 * Who can see a story. The storyteller chooses for themselves; the peer supporter who recorded it
 * records what the storyteller agreed in the room, and asks someone without an account to confirm
 * sharing beyond the organisation themselves.
 */
function Consent({ story }: { story: StoryResponse }) {
  const curates = story.access === 'storyteller' || story.access === 'collector';
  const wording = useConsentWording(story.organisationId);
  const ask = useAskState(story);
  const v = consentVoice(story);
  return (
    <>
      {story.holdStage ? (
        <HoldNotice story={story}>
          {story.status === 'withdrawn' ? null : (
            <p>
              <Link to={`/stories/${story.id}`} className="button button--primary">
                {storiesStrings.hold.readAgain}
              </Link>
            </p>
          )}
        </HoldNotice>
      ) : story.safeguardingHold ? (
        <p className="callout">{v.held}</p>
      ) : null}
      <SupportLines lines={story.supportLines} />
      <CurrentConsent story={story} />
      {story.status === 'withdrawn' || !curates ? null : (
        <>
          {story.status === 'approved' ? null : (
            <p className="callout">
              {v.notApproved} <Link to={`/stories/${story.id}/review`}>{storiesStrings.story.review}</Link>
            </p>
          )}
          <ConsentForm story={story} wording={wording} ask={ask} />
        </>
      )}
      {ask.kind === 'ask' ? (
        // A new request starts afresh, so an earlier "their yes has been recorded" does not linger.
        <ConfirmationRequests key={ask.requests.length} story={story} requests={ask.requests} />
      ) : null}
      <ConsentHistory story={story} />
      {curates ? <WithdrawSection story={story} /> : null}
    </>
  );
}

export function ConsentPage() {
  const { storyId = '' } = useParams();
  const story = useQuery({
    queryKey: storyKey(storyId),
    queryFn: () => callEndpoint(storyEndpoints.get, { params: { storyId } }),
  });
  if (story.isError && isApiError(story.error, 404)) return <NotFound />;
  const data = story.data;
  const v = data ? consentVoice(data) : s;
  return (
    <>
      <PageHeading caption={data?.title || undefined}>{v.title}</PageHeading>
      <p className="lead">{v.lead}</p>
      {story.isPending ? <Loading /> : null}
      {story.isError ? <LoadError error={story.error} onRetry={() => void story.refetch()} /> : null}
      {data ? <Consent story={data} /> : null}
    </>
  );
}
