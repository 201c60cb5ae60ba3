import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import {
  CodingViewSchema,
  type Application,
  type Code,
  type CodingView,
} from '../../../contracts/analysis.js';
import { Button } from '../../components/button.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { NotFound } from '../../components/not-found.js';
import { PageHeading } from '../../components/page-heading.js';
import { StatusMessage } from '../../components/status-message.js';
import { apiRequest, isApiError } from '../../lib/api.js';
import { useMe } from '../../lib/session.js';
import { strings } from '../../lib/strings.js';
import { analysisStrings } from '../../lib/strings/analysis.js';
import {
  codebookKey,
  codingKey,
  fetchCodebook,
  fetchCodingView,
  fetchProject,
  projectKey,
} from './analysis-api.js';
import { Memos } from './memos.js';
import './analysis.css';

const s = analysisStrings.coding;

type Span = { start: number; end: number };

/** Sentences as the reader sees them: ends at . ! or ? followed by a space, and at line breaks. */
function sentencesOf(text: string): Span[] {
  const spans: Span[] = [];
  const pattern = /[^.!?\n]+(?:[.!?]+["'”’)\]]*|$)/g;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) spans.push({ start: m.index + lead, end: m.index + lead + trimmed.length });
    if (raw.length === 0) pattern.lastIndex++;
  }
  return spans;
}

/** The text cut at every application boundary, so covered stretches can be marked. */
function segmentsOf(text: string, applications: readonly Application[]) {
  const cuts = new Set([0, text.length]);
  for (const a of applications) {
    cuts.add(a.start);
    cuts.add(a.end);
  }
  const points = [...cuts].filter((n) => n >= 0 && n <= text.length).sort((a, b) => a - b);
  return points.slice(0, -1).map((start, i) => {
    const end = points[i + 1] ?? text.length;
    const covering = applications.filter((a) => a.start < end && a.end > start).length;
    return { start, end, covering };
  });
}

/** Where a DOM point falls in the container's text, counted as the story's own offsets. */
function offsetWithin(container: HTMLElement, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(container, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

function codeLabel(codes: readonly Code[], id: string): string {
  return codes.find((c) => c.id === id)?.name ?? '';
}

function errorText(error: unknown): string {
  return isApiError(error) ? error.problem.detail : strings.errors.generic;
}

/** One coded stretch, with the actions its reader may take. */
function ApplicationItem({
  projectId,
  application,
  codes,
  mine,
  onRemove,
  onDecide,
}: {
  projectId: string;
  application: Application;
  codes: readonly Code[];
  mine: boolean;
  onRemove: () => void;
  onDecide: (decision: 'accepted' | 'rejected') => void;
}) {
  const code = codeLabel(codes, application.codeId);
  return (
    <li className={`analysis-application analysis-application--${application.source}`}>
      <p>
        <strong>{code}</strong> <span className="secondary-text">{s.by(application.coderName)}</span>
      </p>
      <blockquote>{application.text}</blockquote>
      {application.source === 'suggestion' ? (
        <>
          <p className="secondary-text">{s.evidence(application.evidence.join(', '))}</p>
          {application.decision === 'pending' ? (
            <div className="analysis-actions">
              <Button
                variant="secondary"
                onPress={() => onDecide('accepted')}
                aria-label={s.acceptLabel(code, application.text)}
              >
                {s.accept}
              </Button>
              <Button
                variant="secondary"
                onPress={() => onDecide('rejected')}
                aria-label={s.rejectLabel(code, application.text)}
              >
                {s.reject}
              </Button>
            </div>
          ) : (
            <p>
              <strong>{application.decision === 'accepted' ? s.accepted : s.rejected}</strong>
            </p>
          )}
        </>
      ) : null}
      <details className="analysis-details">
        <summary>{analysisStrings.memos.onCoding}</summary>
        <Memos
          projectId={projectId}
          targetKind="application"
          targetId={application.id}
          label={analysisStrings.memos.thisCoding}
        />
      </details>
      {mine || application.source === 'consensus' ? (
        <Button variant="link" onPress={onRemove} aria-label={s.removeLabel(code, application.text)}>
          {s.remove}
        </Button>
      ) : null}
    </li>
  );
}

/**
 * Coding one story: select words (mouse, touch) or whole sentences (keyboard), choose a code, apply.
 * The text shown is the de-identified version pinned to the project.
 */
export function CodingPage() {
  const { projectId = '', storyId = '' } = useParams();
  const client = useQueryClient();
  const textRef = useRef<HTMLDivElement>(null);
  const [selection, setSelection] = useState<Span | null>(null);
  const [checked, setChecked] = useState<number[]>([]);
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
    mutationFn: (body: { storyId: string; codeId: string; start: number; end: number }) =>
      apiRequest(`/api/analysis/projects/${projectId}/applications`, CodingViewSchema, {
        method: 'POST',
        body,
      }),
    onSuccess: (next, body) => {
      store(next, s.applied(codeLabel(codebook.data?.codes ?? [], body.codeId)));
      setSelection(null);
      setChecked([]);
      window.getSelection()?.removeAllRanges();
    },
    onError,
  });
  const remove = useMutation({
    mutationFn: (applicationId: string) =>
      apiRequest(`/api/analysis/projects/${projectId}/applications/${applicationId}`, CodingViewSchema, {
        method: 'DELETE',
      }),
    onSuccess: (next) => store(next, s.removed),
    onError,
  });
  const decide = useMutation({
    mutationFn: (input: { id: string; decision: 'accepted' | 'rejected' }) =>
      apiRequest(`/api/analysis/projects/${projectId}/applications/${input.id}`, CodingViewSchema, {
        method: 'PATCH',
        body: { decision: input.decision },
      }),
    onSuccess: (next) => store(next, s.decided),
    onError,
  });

  // A selection made with the mouse or a finger inside the story becomes the span to code.
  useEffect(() => {
    const onChange = () => {
      const container = textRef.current;
      const current = window.getSelection();
      if (!container || !current || current.rangeCount === 0 || current.isCollapsed) return;
      const range = current.getRangeAt(0);
      if (!range.intersectsNode(container)) return;
      // A selection running past the story (a triple click selects the whole block) is cut to the story.
      const whole = document.createRange();
      whole.selectNodeContents(container);
      const start =
        range.compareBoundaryPoints(Range.START_TO_START, whole) <= 0
          ? 0
          : offsetWithin(container, range.startContainer, range.startOffset);
      const end =
        range.compareBoundaryPoints(Range.END_TO_END, whole) >= 0
          ? (container.textContent ?? '').length
          : offsetWithin(container, range.endContainer, range.endOffset);
      if (end > start) {
        setChecked([]);
        setSelection({ start, end });
      }
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, []);

  if (view.isPending || project.isPending) return <Loading />;
  if (view.isError || project.isError) {
    const failed = view.error ?? project.error;
    if (isApiError(failed, 404)) return <NotFound />;
    return <LoadError error={failed} onRetry={() => void view.refetch()} />;
  }
  const codes = (codebook.data?.codes ?? []).filter((c) => !c.retired);
  const coding = view.data;
  const myId = me.data?.person.id;

  const toggleSentence = (index: number) => {
    const next = checked.includes(index)
      ? checked.filter((i) => i !== index)
      : [...checked, index].sort((a, b) => a - b);
    setChecked(next);
    const chosen = next.map((i) => sentences[i]).filter((x): x is Span => x !== undefined);
    const first = chosen[0];
    const last = chosen[chosen.length - 1];
    setSelection(first && last ? { start: first.start, end: last.end } : null);
  };
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
                <Button
                  variant="secondary"
                  onPress={() => {
                    setSelection(null);
                    setChecked([]);
                    window.getSelection()?.removeAllRanges();
                  }}
                >
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
