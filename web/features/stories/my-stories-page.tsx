import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { storyEndpoints } from '../../../contracts/stories.endpoints.js';
import type { StoryStatus } from '../../../contracts/stories.js';
import { PageHeading } from '../../components/page-heading.js';
import { QueryResult } from '../../components/query-result.js';
import { callEndpoint } from '../../lib/api.js';
import { useDatesInWords } from '../../lib/i18n/dates.js';
import { useT } from '../../lib/i18n/pages.js';
import { hasRole, useMe } from '../../lib/session.js';
import { myStoriesKey } from './story-api.js';
import { STORYTELLERS_WORDS } from './story-words.js';

/** Where each status leads: the one thing to do next. */
export function nextStepPath(id: string, status: StoryStatus): string {
  switch (status) {
    case 'draft':
      return `/stories/${id}/edit`;
    case 'submitted':
    case 'in_review':
      return `/stories/${id}/review`;
    case 'approved':
      return `/stories/${id}/consent`;
    case 'withdrawn':
      return `/stories/${id}`;
  }
}

/** A member's own stories, in their language; each title stays in the language it was written in. */
export function MyStoriesPage() {
  const t = useT();
  const { date } = useDatesInWords();
  const me = useMe();
  const stories = useQuery({
    queryKey: myStoriesKey,
    queryFn: () => callEndpoint(storyEndpoints.mine, {}),
  });
  const collector = hasRole(me.data, 'peer_supporter');
  return (
    <>
      <PageHeading>{t('stories.mine.title')}</PageHeading>
      <p className="lead">{t('stories.mine.lead')}</p>
      <div className="button-group">
        <Link to="/stories/new" className="button button--primary">
          {t('stories.mine.start')}
        </Link>
        {collector ? (
          <Link to="/stories/new?channel=one_to_one_interview" className="button button--secondary">
            {t('stories.mine.record')}
          </Link>
        ) : null}
      </div>
      <QueryResult
        query={stories}
        isEmpty={(data) => data.stories.length === 0}
        empty={<p>{t('stories.mine.none')}</p>}
      >
        {(data) => (
          <ul className="plain-list record-list">
            {data.stories.map((story) => (
              <li key={story.id} className="record">
                <h2 className="record__title">
                  {story.title ? (
                    <Link to={`/stories/${story.id}`} {...STORYTELLERS_WORDS}>
                      {story.title}
                    </Link>
                  ) : (
                    <Link to={`/stories/${story.id}`}>{t('stories.untitled')}</Link>
                  )}
                </h2>
                <p>
                  <span className={`tag tag--${story.status}`}>
                    {t('stories.status', { status: story.status })}
                  </span>{' '}
                  <span className="secondary-text">{t('stories.channel', { channel: story.channel })}</span>
                </p>
                <p className="secondary-text">
                  {t('stories.mine.updated', { date: date(story.updatedAt) })}
                  {story.access === 'collector' ? ` · ${t('stories.mine.youRecorded')}` : null}
                </p>
                {story.status === 'withdrawn' ? null : (
                  <p>
                    <Link to={nextStepPath(story.id, story.status)}>
                      {t('stories.nextStep', { status: story.status })}
                      <span className="visually-hidden">
                        :{' '}
                        {story.title ? (
                          <span {...STORYTELLERS_WORDS}>{story.title}</span>
                        ) : (
                          t('stories.untitled')
                        )}
                      </span>
                    </Link>
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </QueryResult>
    </>
  );
}
