import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { storyEndpoints } from '../../../contracts/stories.endpoints.js';
import type { StoryStatus } from '../../../contracts/stories.js';
import { PageHeading } from '../../components/page-heading.js';
import { QueryResult } from '../../components/query-result.js';
import { callEndpoint } from '../../lib/api.js';
import { formatDate } from '../../lib/format.js';
import { hasRole, useMe } from '../../lib/session.js';
import { storiesStrings } from '../../lib/strings/stories.js';
import { myStoriesKey } from './story-api.js';

const s = storiesStrings.myStories;

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

export function MyStoriesPage() {
  const me = useMe();
  const stories = useQuery({
    queryKey: myStoriesKey,
    queryFn: () => callEndpoint(storyEndpoints.mine, {}),
  });
  const collector = hasRole(me.data, 'peer_supporter');
  return (
    <>
      <PageHeading>{s.title}</PageHeading>
      <p className="lead">{s.lead}</p>
      <div className="button-group">
        <Link to="/stories/new" className="button button--primary">
          {s.start}
        </Link>
        {collector ? (
          <Link to="/stories/new?channel=one_to_one_interview" className="button button--secondary">
            {s.record}
          </Link>
        ) : null}
      </div>
      <QueryResult query={stories} isEmpty={(data) => data.stories.length === 0} empty={<p>{s.none}</p>}>
        {(data) => (
          <ul className="plain-list record-list">
            {data.stories.map((story) => (
              <li key={story.id} className="record">
                <h2 className="record__title">
                  <Link to={`/stories/${story.id}`}>{story.title || s.untitled}</Link>
                </h2>
                <p>
                  <span className={`tag tag--${story.status}`}>{storiesStrings.statuses[story.status]}</span>{' '}
                  <span className="secondary-text">{storiesStrings.channels[story.channel]}</span>
                </p>
                <p className="secondary-text">
                  {s.updated(formatDate(story.updatedAt))}
                  {story.access === 'collector' ? ` · ${s.youRecorded}` : null}
                </p>
                {story.status === 'withdrawn' ? null : (
                  <p>
                    <Link to={nextStepPath(story.id, story.status)}>
                      {s.next[story.status]}
                      <span className="visually-hidden">: {story.title || s.untitled}</span>
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
