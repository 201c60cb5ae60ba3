import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { storyEndpoints } from '../../../contracts/stories.endpoints.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { NotFound } from '../../components/not-found.js';
import { PageHeading } from '../../components/page-heading.js';
import { callEndpoint, isApiError } from '../../lib/api.js';
import { formatDate } from '../../lib/format.js';
import './stories.css';
import { storiesStrings } from '../../lib/strings/stories.js';
import { ConfirmStory, HoldNotice } from './hold-notice.js';
import { RaiseConcern } from './raise-concern.js';
import { storyKey } from './story-api.js';
import { SupportLines } from './support-lines.js';

const s = storiesStrings.story;

export function StoryPage() {
  const { storyId = '' } = useParams();
  const story = useQuery({
    queryKey: storyKey(storyId),
    queryFn: () => callEndpoint(storyEndpoints.get, { params: { storyId } }),
  });
  if (story.isError && isApiError(story.error, 404)) return <NotFound />;
  const data = story.data;
  const mayCurate = data?.access === 'storyteller' || data?.access === 'collector';
  // Readers of a shared story (for analysis, or as a partner) can say when it worries them.
  const reader = data?.access === 'analyst' || data?.access === 'partner';
  return (
    <>
      <PageHeading title={data?.title || storiesStrings.myStories.untitled}>
        {data ? data.title || storiesStrings.myStories.untitled : storiesStrings.edit.title}
      </PageHeading>
      {story.isPending ? <Loading /> : null}
      {story.isError ? <LoadError error={story.error} onRetry={() => void story.refetch()} /> : null}
      {data ? (
        <>
          <HoldNotice story={data}>
            {data.status === 'submitted' ? (
              <p>
                <Link to={`/stories/${data.id}/review`} className="button button--primary">
                  {storiesStrings.hold.checkFirst}
                </Link>
              </p>
            ) : null}
          </HoldNotice>
          <SupportLines lines={data.supportLines} />
          <dl className="summary-list">
            <div className="summary-list__row">
              <dt>{s.status}</dt>
              <dd>{storiesStrings.statuses[data.status]}</dd>
            </div>
            <div className="summary-list__row">
              <dt>{s.channel}</dt>
              <dd>{storiesStrings.channels[data.channel]}</dd>
            </div>
            {data.consent ? (
              <div className="summary-list__row">
                <dt>{s.consent}</dt>
                <dd>
                  {data.consent.withdrawn
                    ? storiesStrings.statuses.withdrawn
                    : storiesStrings.consent.tiers[data.consent.tier]}
                </dd>
              </div>
            ) : null}
          </dl>
          {mayCurate ? (
            <ul className="plain-list">
              {data.status === 'draft' ? (
                <li>
                  <Link to={`/stories/${data.id}/edit`}>{s.edit}</Link>
                </li>
              ) : null}
              {data.status === 'submitted' || data.status === 'in_review' || data.status === 'approved' ? (
                <li>
                  <Link to={`/stories/${data.id}/review`}>{s.review}</Link>
                </li>
              ) : null}
              {data.status !== 'draft' ? (
                <li>
                  <Link to={`/stories/${data.id}/consent`}>{s.consentLink}</Link>
                </li>
              ) : null}
            </ul>
          ) : null}
          {data.deidentifiedText !== null ? (
            <section className="section" aria-labelledby="story-safe-title">
              <h2 id="story-safe-title">{s.safeText}</h2>
              <div className="story-text">{data.deidentifiedText}</div>
            </section>
          ) : data.draft ? (
            <section className="section" aria-labelledby="story-draft-title">
              <h2 id="story-draft-title">{s.draftText}</h2>
              <div className="story-text">{data.draft.text || s.noText}</div>
            </section>
          ) : (
            <p>{s.noText}</p>
          )}
          <ConfirmStory story={data} />
          {reader ? <RaiseConcern story={data} /> : null}
          {data.versions && data.versions.length > 0 ? (
            <section className="section" aria-labelledby="story-versions-title">
              <h2 id="story-versions-title">{s.versions}</h2>
              <ul className="plain-list">
                {data.versions.map((version) => (
                  <li key={version.id}>
                    {version.kind === 'original' ? s.versionOriginal : s.versionSafe},{' '}
                    {formatDate(version.createdAt)}
                    {version.approvedByStorytellerAt
                      ? `, ${s.approvedOn(formatDate(version.approvedByStorytellerAt))}`
                      : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </>
      ) : null}
    </>
  );
}
