import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { storyEndpoints } from '../../../contracts/stories.endpoints.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { NotFound } from '../../components/not-found.js';
import { PageHeading } from '../../components/page-heading.js';
import { callEndpoint, isApiError } from '../../lib/api.js';
import './stories.css';
import { useT } from '../../lib/i18n/pages.js';
import { DraftEditor } from './draft-editor.js';
import { storyKey } from './story-api.js';
import { STORYTELLERS_WORDS } from './story-words.js';

export function EditStoryPage() {
  const { storyId = '' } = useParams();
  const t = useT();
  const story = useQuery({
    // Its own key, never cached: the editor starts from what the server holds now, then keeps its own
    // copy, so a refetch never overwrites what is being typed.
    queryKey: [...storyKey(storyId), 'editing'],
    queryFn: () => callEndpoint(storyEndpoints.get, { params: { storyId } }),
    gcTime: 0,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
  if (story.isPending) {
    return (
      <>
        <PageHeading>{t('stories.edit.title')}</PageHeading>
        <Loading />
      </>
    );
  }
  if (story.isError) {
    if (isApiError(story.error, 404)) return <NotFound />;
    return (
      <>
        <PageHeading>{t('stories.edit.title')}</PageHeading>
        <LoadError error={story.error} onRetry={() => void story.refetch()} />
      </>
    );
  }
  const data = story.data;
  if (data.status !== 'draft' || !data.draft) {
    return (
      <>
        {data.title ? (
          <PageHeading title={data.title}>
            <span {...STORYTELLERS_WORDS}>{data.title}</span>
          </PageHeading>
        ) : (
          <PageHeading>{t('stories.edit.title')}</PageHeading>
        )}
        <p>{t('stories.edit.notDraft')}</p>
        <p>
          <Link to={`/stories/${data.id}`}>{t('stories.edit.seeStory')}</Link>
        </p>
      </>
    );
  }
  return <DraftEditor key={data.id} story={{ ...data, draft: data.draft }} />;
}
