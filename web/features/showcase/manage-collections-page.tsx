import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { showcaseEndpoints } from '../../../contracts/stories.endpoints.js';
import { CreateCollectionRequestSchema } from '../../../contracts/stories.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { NotFound } from '../../components/not-found.js';
import { PageHeading } from '../../components/page-heading.js';
import { StatusMessage } from '../../components/status-message.js';
import { TextField } from '../../components/text-field.js';
import { callEndpoint } from '../../lib/api.js';
import { useContractForm } from '../../lib/contract-form.js';
import { fieldId, readForm } from '../../lib/form-errors.js';
import { hasRole, useMe } from '../../lib/session.js';
import { storiesStrings } from '../../lib/strings/stories.js';
import { showcaseKeys, useCollection, useCollections } from './showcase-api.js';

const s = storiesStrings.collections;
const FIELDS = ['title', 'description'] as const;

function CollectionEditor({ collectionId, title }: { collectionId: string; title: string }) {
  const queryClient = useQueryClient();
  const detail = useCollection(collectionId);
  const publicStories = useQuery({
    queryKey: ['showcase', 'all-public'],
    queryFn: () => callEndpoint(showcaseEndpoints.stories, { query: { limit: 50 } }),
  });
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: showcaseKeys.all });
  };
  const add = useMutation({
    mutationFn: (storyId: string) =>
      callEndpoint(showcaseEndpoints.addStory, { params: { collectionId }, body: { storyId } }),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (storyId: string) =>
      callEndpoint(showcaseEndpoints.removeStory, { params: { collectionId, storyId } }),
    onSuccess: refresh,
  });
  const inside = new Set(detail.data?.stories.map((story) => story.id) ?? []);
  const addable = publicStories.data?.stories.filter((story) => !inside.has(story.id)) ?? [];
  const selectId = `add-${collectionId}`;
  return (
    <li className="record">
      <h2 className="record__title">{title}</h2>
      <p>
        <Link to={`/showcase/collections/${collectionId}`}>{s.view}</Link>
      </p>
      {detail.isError ? <LoadError error={detail.error} onRetry={() => void detail.refetch()} /> : null}
      {detail.data && detail.data.stories.length === 0 ? <p>{s.empty}</p> : null}
      <ul>
        {detail.data?.stories.map((story) => (
          <li key={story.id}>
            {story.title}{' '}
            <Button variant="secondary" onPress={() => remove.mutate(story.id)}>
              {s.remove(story.title)}
            </Button>
          </li>
        ))}
      </ul>
      {addable.length > 0 ? (
        <form
          className="form"
          onSubmit={(event: FormEvent<HTMLFormElement>) => {
            event.preventDefault();
            const storyId = readForm(event.currentTarget).storyId;
            if (storyId) add.mutate(storyId);
          }}
        >
          <div className="field">
            <label className="field__label" htmlFor={selectId}>
              {s.add}
            </label>
            <select id={selectId} name="storyId" className="select">
              {addable.map((story) => (
                <option key={story.id} value={story.id}>
                  {story.title}
                </option>
              ))}
            </select>
          </div>
          <Button type="submit" variant="secondary" isPending={add.isPending}>
            {s.addButton}
          </Button>
        </form>
      ) : null}
    </li>
  );
}

/** Coordinators gather public stories into collections for celebrations. */
export function ManageCollectionsPage() {
  const me = useMe();
  const queryClient = useQueryClient();
  const allowed = hasRole(me.data, 'coordinator') || hasRole(me.data, 'partnership_admin');
  const formId = 'new-collection';
  const form = useContractForm({
    schema: CreateCollectionRequestSchema,
    fields: FIELDS,
    emptyMessages: { title: s.enterTitle },
  });
  const [created, setCreated] = useState(false);
  const collections = useCollections({ enabled: allowed });
  const create = useMutation({
    mutationFn: (body: { title: string; description: string }) =>
      callEndpoint(showcaseEndpoints.createCollection, { body }),
    onSuccess: () => {
      setCreated(true);
      void queryClient.invalidateQueries({ queryKey: showcaseKeys.collections });
    },
    onError: (error) => form.fromProblem(error),
  });
  if (me.isPending) return <Loading />;
  if (!allowed) return <NotFound />;
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setCreated(false);
    const body = form.parse(event.currentTarget);
    if (!body) return;
    create.mutate(body);
    event.currentTarget.reset();
  };
  return (
    <>
      <PageHeading>{s.title}</PageHeading>
      <p className="lead">{s.lead}</p>
      <h2>{s.newTitle}</h2>
      <ErrorSummary formId={formId} errors={form.errors} />
      <form id={formId} noValidate onSubmit={onSubmit} className="form">
        <TextField id={fieldId(formId, 'title')} name="title" label={s.name} error={form.errorFor('title')} />
        <TextField
          id={fieldId(formId, 'description')}
          name="description"
          label={s.description}
          multiline
          error={form.errorFor('description')}
        />
        <Button type="submit" isPending={create.isPending} pendingLabel={s.creating}>
          {s.create}
        </Button>
      </form>
      <StatusMessage>{created ? s.created : null}</StatusMessage>
      {collections.isPending ? <Loading /> : null}
      {collections.isError ? (
        <LoadError error={collections.error} onRetry={() => void collections.refetch()} />
      ) : null}
      {collections.data && collections.data.collections.length === 0 ? <p>{s.none}</p> : null}
      <ul className="plain-list record-list">
        {collections.data?.collections.map((collection) => (
          <CollectionEditor key={collection.id} collectionId={collection.id} title={collection.title} />
        ))}
      </ul>
    </>
  );
}
