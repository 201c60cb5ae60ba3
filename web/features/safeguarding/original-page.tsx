import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { OriginalResponseSchema } from '../../../contracts/stories.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { NotFound } from '../../components/not-found.js';
import { PageHeading } from '../../components/page-heading.js';
import { apiRequest, isApiError } from '../../lib/api.js';
import './safeguarding.css';
import { storiesStrings } from '../../lib/strings/stories.js';

const s = storiesStrings.safeguarding;

/** The original of a flagged story, for the safeguarding lead; the server audits every read. */
export function OriginalPage() {
  const { storyId = '' } = useParams();
  const original = useQuery({
    queryKey: ['safeguarding', 'original', storyId],
    queryFn: () => apiRequest(`/api/stories/${storyId}/original`, OriginalResponseSchema),
    retry: false,
  });
  if (original.isError && isApiError(original.error, 404)) return <NotFound />;
  return (
    <>
      <p>
        <Link to="/safeguarding">{s.title}</Link>
      </p>
      <PageHeading>{s.originalTitle}</PageHeading>
      <p className="secondary-text">{s.originalLead}</p>
      {original.isPending ? <Loading /> : null}
      {original.isError ? <LoadError error={original.error} onRetry={() => void original.refetch()} /> : null}
      {original.data ? <div className="safeguarding-original">{original.data.text}</div> : null}
    </>
  );
}
