import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import type { Project } from '../../../contracts/analysis.js';
import { codingEndpoints, projectEndpoints } from '../../../contracts/analysis.endpoints.js';
import { Button } from '../../components/button.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { NotFound } from '../../components/not-found.js';
import { PageHeading } from '../../components/page-heading.js';
import { QueryResult } from '../../components/query-result.js';
import { StatusMessage } from '../../components/status-message.js';
import { callEndpoint, errorText, isApiError } from '../../lib/api.js';
import { strings } from '../../lib/strings.js';
import { analysisStrings } from '../../lib/strings/analysis.js';
import {
  codebookKey,
  fetchAnalysableStories,
  fetchCodebook,
  fetchExcerpts,
  fetchProject,
  projectKey,
} from './analysis-api.js';
import { GiveStoriesToCoders, StoriesGivenToYou } from './assignments.js';
import { BriefingDownloadLog, ConsentNotices } from './briefing-consent.js';
import './analysis.css';

const s = analysisStrings.project;

/** Stories to add: every one the organisation may analyse that is not in the project yet. */
function AddStories({ project, onDone }: { project: Project; onDone: (message: string) => void }) {
  const client = useQueryClient();
  const candidates = useQuery({
    queryKey: [...projectKey(project.id), 'analysable'],
    queryFn: () => fetchAnalysableStories(project.id),
  });
  const add = useMutation({
    mutationFn: () =>
      callEndpoint(projectEndpoints.addStories, { params: { projectId: project.id }, body: { all: true } }),
    onSuccess: (next) => {
      client.setQueryData(projectKey(project.id), next);
      void candidates.refetch();
      onDone(s.added);
    },
    onError: (error) => onDone(errorText(error)),
  });
  const missing = (data: { stories: { inProject: boolean }[] }) =>
    data.stories.filter((story) => !story.inProject).length;
  return (
    <QueryResult query={candidates} isEmpty={(data) => missing(data) === 0} empty={<p>{s.allAdded}</p>}>
      {(data) => (
        <Button onPress={() => add.mutate()} isPending={add.isPending} pendingLabel={strings.common.saving}>
          {s.addAll(missing(data))}
        </Button>
      )}
    </QueryResult>
  );
}

function Comparison({ project, onDone }: { project: Project; onDone: (message: string) => void }) {
  const client = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const open = useMutation({
    mutationFn: () =>
      callEndpoint(projectEndpoints.update, {
        params: { projectId: project.id },
        body: { comparisonOpen: true },
      }),
    onSuccess: (next) => {
      client.setQueryData(projectKey(project.id), next);
      setConfirming(false);
      onDone(s.opened);
    },
    onError: (error) => onDone(errorText(error)),
  });
  if (!project.blind) return <p>{s.notBlind}</p>;
  if (project.comparisonOpen) return <p>{s.comparisonOpen}</p>;
  return (
    <>
      <p>{s.blindLead}</p>
      {confirming ? (
        <div className="callout" role="group" aria-label={s.openConfirm}>
          <p>{s.openConfirm}</p>
          <div className="analysis-actions">
            <Button variant="warning" onPress={() => open.mutate()} isPending={open.isPending}>
              {s.openYes}
            </Button>
            <Button variant="secondary" onPress={() => setConfirming(false)}>
              {s.cancel}
            </Button>
          </div>
        </div>
      ) : (
        <Button variant="secondary" onPress={() => setConfirming(true)}>
          {s.openComparison}
        </Button>
      )}
    </>
  );
}

function ExcerptSearch({ project }: { project: Project }) {
  const [query, setQuery] = useState<{ codeId: string; q: string } | null>(null);
  const codebook = useQuery({
    queryKey: codebookKey(project.codebookId),
    queryFn: () => fetchCodebook(project.codebookId),
  });
  const results = useQuery({
    queryKey: [...projectKey(project.id), 'excerpts', query],
    queryFn: () => fetchExcerpts(project.id, query ?? { codeId: '', q: '' }),
    enabled: query !== null,
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setQuery({ codeId: String(data.get('codeId') ?? ''), q: String(data.get('q') ?? '').trim() });
  };
  return (
    <section className="section" aria-labelledby="excerpts-title">
      <h2 id="excerpts-title">{s.searchTitle}</h2>
      <form className="analysis-search" onSubmit={onSubmit} role="search" aria-labelledby="excerpts-title">
        <div className="field">
          <label className="field__label" htmlFor="excerpt-code">
            {s.searchCode}
          </label>
          <select id="excerpt-code" name="codeId" className="field__input" defaultValue="">
            <option value="">{s.anyCode}</option>
            {(codebook.data?.codes ?? [])
              .filter((c) => !c.mergedInto)
              .map((c) => (
                <option key={c.id} value={c.id}>
                  {c.parentId ? `— ${c.name}` : c.name}
                </option>
              ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="excerpt-words">
            {s.searchWords}
          </label>
          <input id="excerpt-words" name="q" type="search" className="field__input" maxLength={200} />
        </div>
        <Button type="submit" variant="secondary">
          {s.search}
        </Button>
      </form>
      {results.isError ? <LoadError error={results.error} onRetry={() => void results.refetch()} /> : null}
      {results.data ? (
        <>
          <p role="status">
            {results.data.excerpts.length === 0 ? s.searchNone : s.searchCount(results.data.excerpts.length)}
          </p>
          <ul className="analysis-excerpts">
            {results.data.excerpts.map((e) => (
              <li key={e.applicationId}>
                <blockquote>{e.text}</blockquote>
                <p className="secondary-text">
                  {e.codeName} ·{' '}
                  <Link to={`/analysis/${project.id}/stories/${e.storyId}`}>{e.storyTitle}</Link> ·{' '}
                  {e.coderName}
                </p>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** A project: its stories to code, who has coded, blind comparison, suggestions, next steps and search. */
export function ProjectPage() {
  const { projectId = '' } = useParams();
  const client = useQueryClient();
  const [message, setMessage] = useState('');
  const project = useQuery({ queryKey: projectKey(projectId), queryFn: () => fetchProject(projectId) });
  const suggest = useMutation({
    mutationFn: () => callEndpoint(codingEndpoints.suggest, { params: { projectId } }),
    onSuccess: (result) => {
      client.setQueryData(projectKey(projectId), result.project);
      setMessage(s.suggested(result.added));
    },
    onError: (error) => setMessage(errorText(error)),
  });

  if (project.isPending) return <Loading />;
  if (project.isError) {
    if (isApiError(project.error, 404)) return <NotFound />;
    return <LoadError error={project.error} onRetry={() => void project.refetch()} />;
  }
  const p = project.data;
  return (
    <>
      <PageHeading title={`${s.titlePrefix}${p.title}`}>{p.title}</PageHeading>
      {p.question ? (
        <p className="lead">
          <strong>{s.question}:</strong> {p.question}
        </p>
      ) : null}
      <StatusMessage>{message || null}</StatusMessage>
      <StoriesGivenToYou project={p} />

      <section className="section" aria-labelledby="stories-title">
        <h2 id="stories-title">{s.storiesTitle}</h2>
        <p className="field__hint">{s.consentNote}</p>
        {p.stories.length === 0 ? (
          <p>{s.noStories}</p>
        ) : (
          <ul className="analysis-stories">
            {p.stories.map((story) => (
              <li key={story.storyId}>
                <Link to={`/analysis/${p.id}/stories/${story.storyId}`} aria-label={s.code(story.title)}>
                  {story.title}
                </Link>{' '}
                <span className="secondary-text">({s.applications(story.applications)})</span>
              </li>
            ))}
          </ul>
        )}
        <AddStories project={p} onDone={setMessage} />
      </section>

      <section className="section" aria-labelledby="coders-title">
        <h2 id="coders-title">{s.codersTitle}</h2>
        {p.coders.length === 0 ? (
          <p>{s.noCoders}</p>
        ) : (
          <ul>
            {p.coders.map((c) => (
              <li key={c.personId}>{s.coder(c.name, c.applications)}</li>
            ))}
          </ul>
        )}
        <Comparison project={p} onDone={setMessage} />
      </section>

      <GiveStoriesToCoders project={p} onDone={setMessage} />

      <section className="section" aria-labelledby="suggest-title">
        <h2 id="suggest-title">{s.suggestTitle}</h2>
        <p>{s.suggestLead}</p>
        <Button
          variant="secondary"
          onPress={() => suggest.mutate()}
          isPending={suggest.isPending}
          pendingLabel={s.suggesting}
        >
          {s.suggest}
        </Button>
      </section>

      <section className="section" aria-labelledby="next-title">
        <h2 id="next-title">{s.nextTitle}</h2>
        <ul>
          <li>
            <Link to={`/analysis/${p.id}/codebook`}>{analysisStrings.codebook.link}</Link>
          </li>
          <li>
            <Link to={`/analysis/${p.id}/compare`}>{s.compare}</Link>
          </li>
          <li>
            <Link to={`/analysis/${p.id}/messages`}>{s.messages}</Link>
          </li>
        </ul>
      </section>

      <ConsentNotices projectId={p.id} />
      <BriefingDownloadLog projectId={p.id} />

      <ExcerptSearch project={p} />
    </>
  );
}
