import { Link, useParams } from 'react-router';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { PageHeading } from '../../components/page-heading.js';
import { isApiError } from '../../lib/api.js';
import { showcaseStrings } from '../../lib/strings/showcase.js';
import { useCollection } from './showcase-api.js';
import './showcase.css';

const s = showcaseStrings.page;

/** A public collection, e.g. "Celebrating recovery 2026": only stories shared with the public now. */
export function CollectionPage() {
  const { collectionId = '' } = useParams();
  const query = useCollection(collectionId);
  if (query.isPending) return <Loading />;
  if (query.isError) {
    if (isApiError(query.error, 404)) {
      return (
        <>
          <PageHeading>{s.collections}</PageHeading>
          <p>{s.collectionNotFound}</p>
          <p>
            <Link to="/showcase">{s.back}</Link>
          </p>
        </>
      );
    }
    return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  }
  const { collection, stories } = query.data;
  return (
    <>
      <PageHeading>{collection.title}</PageHeading>
      {collection.description ? <p className="lead">{collection.description}</p> : null}
      <p>
        <Link to="/showcase">{s.back}</Link>
      </p>
      {stories.length === 0 ? <p>{s.collectionEmpty}</p> : null}
      <ul className="cards showcase-cards">
        {stories.map((story) => (
          <li key={story.id} className="card">
            <h2 className="card__title">
              <Link to={`/showcase/${story.id}`} className="card__link">
                {story.title}
              </Link>
            </h2>
            <p className="secondary-text">
              {s.by(story.byline)} · {showcaseStrings.channels[story.channel]}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
