import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import type { z } from 'zod';
import type { CodingView, CreateApplicationRequestSchema } from '../../../contracts/analysis.js';
import { codingEndpoints } from '../../../contracts/analysis.endpoints.js';
import { Button } from '../../components/button.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { NotFound } from '../../components/not-found.js';
import { PageHeading } from '../../components/page-heading.js';
import { StatusMessage } from '../../components/status-message.js';
import { callEndpoint, errorText, isApiError } from '../../lib/api.js';
import { useMe } from '../../lib/session.js';
import { analysisStrings } from '../../lib/strings/analysis.js';
import {
  codebookKey,
  codingKey,
  fetchCodebook,
  fetchCodingView,
  fetchProject,
  projectKey,
} from './analysis-api.js';
import { ApplicationItem, codeLabel } from './application-item.js';
import { Memos } from './memos.js';
import { segmentsOf, sentencesOf, useStorySelection } from './story-selection.js';
import './analysis.css';

const s = analysisStrings.coding;

/**
 * Coding one story: select words (mouse, touch) or whole sentences (keyboard), choose a code, apply.
 * The text shown is the de-identified version pinned to the project.
 */
export function CodingPage() {
  const { projectId = '', storyId = '' } = useParams();
  const client = useQueryClient();
  const textRef = useRef<HTMLDivElement>(null);
  const [codeId, setCodeId] = useState('');
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const me = useMe();
  const project = useQuery({ queryKey: projectKey(projectId), queryFn: () => fetchProject(projectId) });
  const codebookId = project.data?.codebookId ?? '';
  const codebook = useQuery({
    queryKey: codebookKey(codebookId),
    queryFn: () => fetchCodebook(codebookId),
    enabled: codebookId !== '',
  });
  const view = useQuery({
    queryKey: codingKey(projectId, storyId),
    queryFn: () => fetchCodingView(projectId, storyId),
  });
  const text = view.data?.text ?? '';
  const sentences = useMemo(() => sentencesOf(text), [text]);
  const { selection, checked, toggleSentence, clear } = useStorySelection(textRef, sentences);

  const store = (next: CodingView, done: string) => {
    client.setQueryData(codingKey(projectId, storyId), next);
    void client.invalidateQueries({ queryKey: projectKey(projectId), exact: true });
    setError('');
    setMessage(done);
  };
  const onError = (problem: unknown) => {
    setMessage('');
    setError(errorText(problem));
  };
  const apply = useMutation({
    mutationFn: (body: z.input<typeof CreateApplicationRequestSchema>) =>
      callEndpoint(codingEndpoints.apply, { params: { projectId }, body }),
    onSuccess: (next, body) => {
      store(next, s.applied(codeLabel(codebook.data?.codes ?? [], body.codeId)));
      clear();
    },
    onError,
  });
  const remove = useMutation({
    mutationFn: (applicationId: string) =>
      callEndpoint(codingEndpoints.remove, { params: { projectId, applicationId } }),
    onSuccess: (next) => store(next, s.removed),
    onError,
  });
  const decide = useMutation({
    mutationFn: (input: { id: string; decision: 'accepted' | 'rejected' }) =>
      callEndpoint(codingEndpoints.decide, {
        params: { projectId, applicationId: input.id },
        body: { decision: input.decision },
      }),
    onSuccess: (next) => store(next, s.decided),
    onError,
  });

  if (view.isPending || project.isPending) return <Loading />;
  if (view.isError || project.isError) {
    const failed = view.error ?? project.error;
    if (isApiError(failed, 404)) return <NotFound />;
    return <LoadError error={failed} onRetry={() => void view.refetch()} />;
  }
  const codes = (codebook.data?.codes ?? []).filter((c) => !c.retired);
  const coding = view.data;
  const myId = me.data?.person.id;

  const onApply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setMessage('');
    if (!selection) {
      setError(s.selectFirst);
      return;
    }
    if (!codeId) {
      setError(s.codeFirst);
      document.getElementById('apply-code')?.focus();
      return;
    }
    apply.mutate({ storyId, codeId, start: selection.start, end: selection.end });
  };

  return (
    <>
      <p>
        <Link to={`/analysis/${projectId}`}>{s.back}</Link>
      </p>
      <PageHeading title={`${s.titlePrefix}${coding.title}`} caption={project.data.title}>
        {coding.title}
      </PageHeading>
      {error ? (
        <p className="callout callout--error" role="alert">
          {error}
        </p>
      ) : null}
      <StatusMessage>{message || null}</StatusMessage>

      <div className="analysis-coding">
        <section aria-labelledby="story-text-title">
          <h2 id="story-text-title">{s.textTitle}</h2>
          <p className="field__hint">{s.textHint}</p>
          <div ref={textRef} className="analysis-text" data-testid="story-text">
            {segmentsOf(coding.text, coding.applications).map((segment) => {
              const piece = coding.text.slice(segment.start, segment.end);
              return segment.covering > 0 ? (
                <mark
                  key={segment.start}
                  className={`analysis-mark analysis-mark--${Math.min(segment.covering, 3)}`}
                >
                  {piece}
                </mark>
              ) : (
                <span key={segment.start}>{piece}</span>
              );
            })}
          </div>

          <form className="analysis-apply" noValidate onSubmit={onApply} aria-labelledby="apply-title">
            <h3 id="apply-title">{s.selected}</h3>
            <p className="analysis-selection" aria-live="polite">
              {selection ? `“${coding.text.slice(selection.start, selection.end)}”` : s.nothingSelected}
            </p>
            <div className="field">
              <label className="field__label" htmlFor="apply-code">
                {s.codeLabel}
              </label>
              <select
                id="apply-code"
                className="field__input"
                value={codeId}
                onChange={(event) => setCodeId(event.target.value)}
              >
                <option value="">{s.chooseCode}</option>
                {codes.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.parentId ? `— ${c.name}` : c.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="analysis-actions">
              <Button type="submit" isPending={apply.isPending} pendingLabel={s.applying}>
                {s.apply}
              </Button>
              {selection ? (
                <Button variant="secondary" onPress={clear}>
                  {s.clear}
                </Button>
              ) : null}
            </div>
          </form>

          <fieldset className="analysis-sentences">
            <legend>{s.sentencesTitle}</legend>
            {sentences.map((sentence, index) => (
              <label key={sentence.start} className="checkbox">
                <input
                  type="checkbox"
                  checked={checked.includes(index)}
                  onChange={() => toggleSentence(index)}
                  aria-label={`${s.sentence(index + 1)}: ${coding.text.slice(sentence.start, sentence.end)}`}
                />
                <span>{coding.text.slice(sentence.start, sentence.end)}</span>
              </label>
            ))}
          </fieldset>
        </section>

        <section aria-labelledby="coding-title">
          <h2 id="coding-title">{s.codingTitle}</h2>
          {coding.applications.length === 0 ? (
            <p>{s.noCoding}</p>
          ) : (
            <ul className="analysis-applications">
              {coding.applications.map((a) => (
                <ApplicationItem
                  key={a.id}
                  projectId={projectId}
                  application={a}
                  codes={codebook.data?.codes ?? []}
                  mine={a.source === 'person' && a.coderId !== null && a.coderId === myId}
                  onRemove={() => remove.mutate(a.id)}
                  onDecide={(decision) => decide.mutate({ id: a.id, decision })}
                />
              ))}
            </ul>
          )}

          <h2 id="memos-title">{s.memosTitle}</h2>
          <Memos
            projectId={projectId}
            targetKind="story"
            targetId={storyId}
            label={analysisStrings.memos.thisStory}
          />
        </section>
      </div>
    </>
  );
}
