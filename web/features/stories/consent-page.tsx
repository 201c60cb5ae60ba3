import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { storyEndpoints } from '../../../contracts/stories.endpoints.js';
import type { StoryResponse } from '../../../contracts/stories.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { NotFound } from '../../components/not-found.js';
import { PageHeading } from '../../components/page-heading.js';
import { callEndpoint, isApiError } from '../../lib/api.js';
import { InEnglish } from '../../components/in-english.js';
import { useDatesInWords } from '../../lib/i18n/dates.js';
import { useT } from '../../lib/i18n/pages.js';
import './stories.css';
import { ConfirmationRequests } from './confirmation-requests.js';
import { useAskState, useConsentVoice, useConsentWording } from './consent-api.js';
import { ConsentForm } from './consent-form.js';
import { ConsentHistory } from './consent-history.js';
import { HoldNotice } from './hold-notice.js';
import { storyKey } from './story-api.js';
import { STORYTELLERS_WORDS } from './story-words.js';
import { SupportLines } from './support-lines.js';
import { WithdrawSection } from './withdraw-section.js';

function CurrentConsent({ story }: { story: StoryResponse }) {
  const v = useConsentVoice(story);
  const { date } = useDatesInWords();
  const consent = story.consent;
  if (!consent) return null;
  let summary: string = v.tiers[consent.tier];
  if (consent.withdrawn) summary = v.withdrawEvent;
  else if (consent.expired) summary = v.expired;
  else if (consent.expiresAt) summary = v.until(summary, date(consent.expiresAt));
  return (
    <dl className="summary-list">
      <div className="summary-list__row">
        <dt>{v.current}</dt>
        <dd>{summary}</dd>
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
  const v = useConsentVoice(story);
  return (
    <>
      {/* Only a storyteller's own story carries a hold stage and support lines: in their language. */}
      {story.holdStage ? (
        <HoldNotice story={story}>
          {story.status === 'withdrawn' ? null : (
            <p>
              <Link to={`/stories/${story.id}`} className="button button--primary">
                {v.readAgain}
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
              {v.notApproved} <Link to={`/stories/${story.id}/review`}>{v.checkFirst}</Link>
            </p>
          )}
          <ConsentForm story={story} wording={wording} ask={ask} />
        </>
      )}
      {ask.kind === 'ask' ? (
        // A new request starts afresh, so an earlier "their yes has been recorded" does not linger.
        <InEnglish>
          <ConfirmationRequests key={ask.requests.length} story={story} requests={ask.requests} />
        </InEnglish>
      ) : null}
      <ConsentHistory story={story} />
      {curates ? <WithdrawSection story={story} /> : null}
    </>
  );
}

/**
 * Who can see a story. A storyteller reads and makes their choices in their language; the peer
 * supporter who recorded someone else's story reads this page in English for now, marked so.
 */
export function ConsentPage() {
  const { storyId = '' } = useParams();
  const t = useT();
  const story = useQuery({
    queryKey: storyKey(storyId),
    queryFn: () => callEndpoint(storyEndpoints.get, { params: { storyId } }),
  });
  if (story.isError && isApiError(story.error, 404)) return <NotFound />;
  const data = story.data;
  if (data && data.access !== 'storyteller') {
    return (
      <InEnglish>
        <ConsentPageBody story={data} />
      </InEnglish>
    );
  }
  return (
    <>
      <PageHeading caption={data?.title ? <span {...STORYTELLERS_WORDS}>{data.title}</span> : undefined}>
        {t('stories.consent.title')}
      </PageHeading>
      <p className="lead">{t('stories.consent.lead')}</p>
      {story.isPending ? <Loading /> : null}
      {story.isError ? <LoadError error={story.error} onRetry={() => void story.refetch()} /> : null}
      {data ? <Consent story={data} /> : null}
    </>
  );
}

/** The page for the peer supporter who recorded the story, in their own words. */
function ConsentPageBody({ story }: { story: StoryResponse }) {
  const v = useConsentVoice(story);
  return (
    <>
      <PageHeading caption={story.title || undefined}>{v.title}</PageHeading>
      <p className="lead">{v.lead}</p>
      <Consent story={story} />
    </>
  );
}
