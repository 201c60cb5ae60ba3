import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Button } from '../../components/button.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { PageHeading } from '../../components/page-heading.js';
import { StatusMessage } from '../../components/status-message.js';
import { isApiError } from '../../lib/api.js';
import { formatDate } from '../../lib/format.js';
import { withReadableMarks } from '../../lib/taken-out.js';
import { fetchShowcaseStory } from './showcase-api.js';
import './showcase.css';
import { showcaseStrings } from '../../lib/strings/showcase.js';

const s = showcaseStrings.page;

function ShareLink({ url }: { url: string }) {
  const [message, setMessage] = useState<string | null>(null);
  const copy = () => {
    setMessage(null);
    navigator.clipboard
      .writeText(url)
      .then(() => setMessage(s.copied))
      .catch(() => setMessage(s.copyFailed));
  };
  return (
    <section className="section" aria-labelledby="share-title">
      <h2 id="share-title">{s.share}</h2>
      <div className="field">
        <label className="field__label" htmlFor="share-link">
          {s.shareLink}
        </label>
        <p className="field__hint" id="share-link-hint">
          {s.shareHint}
        </p>
        <input
          id="share-link"
          className="field__input field__input--full"
          readOnly
          value={url}
          aria-describedby="share-link-hint"
          onFocus={(event) => event.target.select()}
        />
      </div>
      <Button variant="secondary" onPress={copy}>
        {s.copy}
      </Button>
      <StatusMessage>{message}</StatusMessage>
    </section>
  );
}

export function ShowcaseStoryPage() {
  const { storyId = '' } = useParams();
  const story = useQuery({
    queryKey: ['showcase', 'story', storyId],
    queryFn: () => fetchShowcaseStory(storyId),
    retry: (count, error) => !isApiError(error, 404) && count < 2,
  });
  if (story.isPending) {
    return (
      <>
        <PageHeading>{s.title}</PageHeading>
        <Loading />
      </>
    );
  }
  if (story.isError) {
    return (
      <>
        <PageHeading>{s.title}</PageHeading>
        {isApiError(story.error, 404) ? (
          <p>{s.notFound}</p>
        ) : (
          <LoadError error={story.error} onRetry={() => void story.refetch()} />
        )}
        <p>
          <Link to="/showcase">{s.back}</Link>
        </p>
      </>
    );
  }
  const data = story.data;
  return (
    <article className="reading">
      <p>
        <Link to="/showcase">{s.back}</Link>
      </p>
      <PageHeading caption={showcaseStrings.channels[data.channel]}>{data.title}</PageHeading>
      <p className="secondary-text">
        {s.by(data.byline)} · {s.published(formatDate(data.publishedAt))}
      </p>
      <div className="story-text reading__text">{withReadableMarks(data.text)}</div>
      <ShareLink url={`${window.location.origin}/showcase/${data.id}`} />
    </article>
  );
}
