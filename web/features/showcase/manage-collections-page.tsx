import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import {
  CollectionListResponseSchema,
  CollectionResponseSchema,
  CollectionSchema,
  CreateCollectionRequestSchema,
  ShowcaseListResponseSchema,
} from '../../../contracts/stories.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { NotFound } from '../../components/not-found.js';
import { PageHeading } from '../../components/page-heading.js';
import { StatusMessage } from '../../components/status-message.js';
import { TextField } from '../../components/text-field.js';
import { apiRequest } from '../../lib/api.js';
import { fieldId, readForm, useFormErrors } from '../../lib/form-errors.js';
import { hasRole, useMe } from '../../lib/session.js';
import { storiesStrings } from '../../lib/strings/stories.js';

const s = storiesStrings.collections;
const listKey = ['showcase', 'collections'] as const;

function CollectionEditor({ collectionId, title }: { collectionId: string; title: string }) {
  const queryClient = useQueryClient();
  const detail = useQuery({
    queryKey: ['showcase', 'collection', collectionId],
    queryFn: () => apiRequest(`/api/showcase/collections/${collectionId}`, CollectionResponseSchema),
  });
  const publicStories = useQuery({
    queryKey: ['showcase', 'all-public'],
    queryFn: () => apiRequest('/api/showcase/stories?limit=50', ShowcaseListResponseSchema),
  });
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['showcase'] });
  };
  const add = useMutation({
    mutationFn: (storyId: string) =>
      apiRequest(`/api/collections/${collectionId}/stories`, CollectionResponseSchema, {
        method: 'POST',
        body: { storyId },
      }),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (storyId: string) =>
      apiRequest(`/api/collections/${collectionId}/stories/${storyId}`, CollectionResponseSchema, {
        method: 'DELETE',
      }),
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
  const form = useFormErrors(['title', 'description'], 'title');
  const [created, setCreated] = useState(false);
  const collections = useQuery({
    queryKey: listKey,
    queryFn: () => apiRequest('/api/showcase/collections', CollectionListResponseSchema),
    enabled: allowed,
  });
  const create = useMutation({
    mutationFn: (body: { title: string; description: string }) =>
      apiRequest('/api/collections', CollectionSchema, { method: 'POST', body }),
    onSuccess: () => {
      setCreated(true);
      void queryClient.invalidateQueries({ queryKey: listKey });
    },
    onError: (error) => form.fromProblem(error),
  });
  if (me.isPending) return <Loading />;
  if (!allowed) return <NotFound />;
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setCreated(false);
    const values = readForm(event.currentTarget);
    const parsed = CreateCollectionRequestSchema.safeParse(values);
    if (!parsed.success) {
      form.fromZod(parsed.error, values, { title: s.enterTitle });
      return;
    }
    form.clear();
    create.mutate(parsed.data);
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
