import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { storyEndpoints } from '../../../contracts/stories.endpoints.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { NotFound } from '../../components/not-found.js';
import { PageHeading } from '../../components/page-heading.js';
import { callEndpoint, isApiError } from '../../lib/api.js';
import { useDatesInWords } from '../../lib/i18n/dates.js';
import { useT } from '../../lib/i18n/pages.js';
import './stories.css';
import { ConfirmStory, HoldNotice } from './hold-notice.js';
import { RaiseConcern } from './raise-concern.js';
import { storyKey } from './story-api.js';
import { STORYTELLERS_WORDS } from './story-words.js';
import { SupportLines } from './support-lines.js';
import { withReadableMarks } from '../../lib/taken-out.js';

/**
 * One story: where it is, who can see it and its text, what a story held back says, the support
 * lines and raising a concern, in the reader's language; the title and text keep the language they
 * were told in.
 */
export function StoryPage() {
  const t = useT();
  const { date } = useDatesInWords();
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
      <PageHeading title={data?.title || t('stories.untitled')}>
        {data?.title ? (
          <span {...STORYTELLERS_WORDS}>{data.title}</span>
        ) : data ? (
          t('stories.untitled')
        ) : (
          t('stories.edit.title')
        )}
      </PageHeading>
      {story.isPending ? <Loading /> : null}
      {story.isError ? <LoadError error={story.error} onRetry={() => void story.refetch()} /> : null}
      {data ? (
        <>
          <HoldNotice story={data}>
            {data.status === 'submitted' ? (
              <p>
                <Link to={`/stories/${data.id}/review`} className="button button--primary">
                  {t('stories.story.review')}
                </Link>
              </p>
            ) : null}
          </HoldNotice>
          <SupportLines lines={data.supportLines} />
          <dl className="summary-list">
            <div className="summary-list__row">
              <dt>{t('stories.story.status')}</dt>
              <dd>{t('stories.status', { status: data.status })}</dd>
            </div>
            <div className="summary-list__row">
              <dt>{t('stories.story.channel')}</dt>
              <dd>{t('stories.channel', { channel: data.channel })}</dd>
            </div>
            {data.consent ? (
              <div className="summary-list__row">
                <dt>{t('stories.story.consent')}</dt>
                <dd>
                  {data.consent.withdrawn
                    ? t('stories.status', { status: 'withdrawn' })
                    : t('stories.tier', { tier: data.consent.tier })}
                </dd>
              </div>
            ) : null}
          </dl>
          {mayCurate ? (
            <ul className="plain-list">
              {data.status === 'draft' ? (
                <li>
                  <Link to={`/stories/${data.id}/edit`}>{t('stories.story.edit')}</Link>
                </li>
              ) : null}
              {data.status === 'submitted' || data.status === 'in_review' || data.status === 'approved' ? (
                <li>
                  <Link to={`/stories/${data.id}/review`}>{t('stories.story.review')}</Link>
                </li>
              ) : null}
              {data.status !== 'draft' ? (
                <li>
                  <Link to={`/stories/${data.id}/consent`}>{t('stories.story.consentLink')}</Link>
                </li>
              ) : null}
            </ul>
          ) : null}
          {data.deidentifiedText !== null ? (
            <section className="section" aria-labelledby="story-safe-title">
              <h2 id="story-safe-title">{t('stories.story.safeText')}</h2>
              <div className="story-text" {...STORYTELLERS_WORDS}>
                {withReadableMarks(data.deidentifiedText)}
              </div>
            </section>
          ) : data.draft ? (
            <section className="section" aria-labelledby="story-draft-title">
              <h2 id="story-draft-title">{t('stories.story.draftText')}</h2>
              {data.draft.text ? (
                <div className="story-text" {...STORYTELLERS_WORDS}>
                  {data.draft.text}
                </div>
              ) : (
                <p>{t('stories.story.noText')}</p>
              )}
            </section>
          ) : (
            <p>{t('stories.story.noText')}</p>
          )}
          <ConfirmStory story={data} />
          {reader ? <RaiseConcern story={data} /> : null}
          {data.versions && data.versions.length > 0 ? (
            <section className="section" aria-labelledby="story-versions-title">
              <h2 id="story-versions-title">{t('stories.story.versions')}</h2>
              <ul className="plain-list">
                {data.versions.map((version) => (
                  <li key={version.id}>
                    {version.approvedByStorytellerAt
                      ? t('stories.story.versionApproved', {
                          kind: version.kind,
                          date: date(version.createdAt),
                          approved: date(version.approvedByStorytellerAt),
                        })
                      : t('stories.story.version', { kind: version.kind, date: date(version.createdAt) })}
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
