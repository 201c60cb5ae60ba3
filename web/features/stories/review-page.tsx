import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import {
  OriginalResponseSchema,
  StoryResponseSchema,
  type PiiFinding,
  type RedactionDecision,
  type StoryResponse,
} from '../../../contracts/stories.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { NotFound } from '../../components/not-found.js';
import { PageHeading } from '../../components/page-heading.js';
import { useFocusedStatus } from '../../components/focused-status.js';
import { apiRequest, isApiError } from '../../lib/api.js';
import { useFormErrors } from '../../lib/form-errors.js';
import './stories.css';
import { storiesStrings } from '../../lib/strings/stories.js';
import { confirmLeadFor, HoldNotice } from './hold-notice.js';
import { RaiseConcern } from './raise-concern.js';
import { sendStoryRequest, myStoriesKey, storyKey } from './story-api.js';
import { SupportLines } from './support-lines.js';

const FORM = 'review';
const s = storiesStrings.review;

type Action = RedactionDecision['action'];

function typeName(type: string): string {
  return s.types[type] ?? s.unknownType;
}

/** The general word offered for a finding: the toolkit's own for places ("[hospital]"), else a plain one. */
function generalWord(finding: PiiFinding): string {
  if (finding.type === 'FACILITY') return finding.replacement;
  return s.general[finding.type] ?? finding.replacement;
}

/** Findings in order, without overlaps (the server refuses overlapping redactions). */
function orderedFindings(findings: readonly PiiFinding[]): PiiFinding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: PiiFinding[] = [];
  let at = 0;
  for (const finding of sorted) {
    if (finding.start < at || finding.end <= finding.start) continue;
    out.push(finding);
    at = finding.end;
  }
  return out;
}

function decisionLabel(action: Action, finding: PiiFinding): string {
  if (action === 'keep') return s.decisionKeep;
  if (action === 'redact') return s.decisionRemove;
  return s.decisionReplace(generalWord(finding));
}

interface FindingProps {
  index: number;
  finding: PiiFinding;
  action: Action;
  onChange: (action: Action) => void;
}

/** One highlight: a button that opens its choices (keep, remove, replace) just after it. */
function Finding({ index, finding, action, onChange }: FindingProps) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const firstChoice = useRef<HTMLInputElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (open) firstChoice.current?.focus();
    else if (wasOpen.current) buttonRef.current?.focus();
    wasOpen.current = open;
  }, [open]);
  const id = `finding-${index}`;
  const type = typeName(finding.type);
  const choices: { value: Action; label: string }[] = [
    { value: 'keep', label: s.keep },
    { value: 'redact', label: s.remove },
    { value: 'generalise', label: s.replace(generalWord(finding)) },
  ];
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className={`finding finding--${action}`}
        aria-expanded={open}
        aria-controls={`${id}-choices`}
        aria-label={s.highlightLabel(finding.text, type, decisionLabel(action, finding))}
        onClick={() => setOpen((value) => !value)}
      >
        <mark className="finding__text">{finding.text}</mark>
        {action === 'keep' ? null : (
          <span className="finding__replacement" aria-hidden="true">
            {' '}
            {action === 'redact' ? s.removed : generalWord(finding)}
          </span>
        )}
      </button>
      {open ? (
        <fieldset className="finding__choices" id={`${id}-choices`}>
          <legend>{s.choiceLegend(finding.text, type)}</legend>
          {choices.map((choice, position) => (
            <label key={choice.value} className="finding__choice">
              <input
                ref={position === 0 ? firstChoice : undefined}
                type="radio"
                name={id}
                value={choice.value}
                checked={action === choice.value}
                onChange={() => onChange(choice.value)}
              />{' '}
              {choice.label}
            </label>
          ))}
          <Button variant="secondary" onPress={() => setOpen(false)}>
            {s.done}
          </Button>
        </fieldset>
      ) : null}
    </>
  );
}

function Highlighted({
  text,
  findings,
  actions,
  setAction,
}: {
  text: string;
  findings: readonly PiiFinding[];
  actions: readonly Action[];
  setAction: (index: number, action: Action) => void;
}) {
  const parts: ReactNode[] = [];
  let at = 0;
  findings.forEach((finding, index) => {
    if (finding.start > at) parts.push(text.slice(at, finding.start));
    parts.push(
      <Finding
        key={`${finding.start}-${finding.end}`}
        index={index}
        finding={finding}
        action={actions[index] ?? 'redact'}
        onChange={(action) => setAction(index, action)}
      />,
    );
    at = finding.end;
  });
  parts.push(text.slice(at));
  return <div className="story-text story-text--review">{parts}</div>;
}

function Review({ story }: { story: StoryResponse }) {
  const queryClient = useQueryClient();
  const form = useFormErrors(['decisions'], 'decisions');
  const original = useQuery({
    queryKey: [...storyKey(story.id), 'original'],
    queryFn: () => apiRequest(`/api/stories/${story.id}/original`, OriginalResponseSchema),
  });
  const findings = orderedFindings(original.data?.findings ?? []);
  const [actions, setActions] = useState<Action[] | null>(null);
  const current = actions ?? findings.map((): Action => 'redact');
  const [approvedHere, setApprovedHere] = useState(false);
  const approvedStatus = useFocusedStatus('stories-status');
  const safeHeading = useRef<HTMLHeadingElement>(null);
  const [showSafe, setShowSafe] = useState(story.status === 'in_review' || story.status === 'approved');

  const saveVersion = useMutation({
    mutationFn: () => {
      const decisions: RedactionDecision[] = findings.map((finding, index) => {
        const action = current[index] ?? 'redact';
        return {
          start: finding.start,
          end: finding.end,
          action,
          ...(action === 'keep'
            ? {}
            : { replacement: action === 'redact' ? s.removed : generalWord(finding) }),
        };
      });
      return sendStoryRequest(`/api/stories/${story.id}/versions`, StoryResponseSchema, {
        method: 'POST',
        body: { decisions },
      });
    },
    onSuccess: (updated) => {
      form.clear();
      queryClient.setQueryData(storyKey(story.id), updated);
      void queryClient.invalidateQueries({ queryKey: myStoriesKey });
      setShowSafe(true);
    },
    onError: (error) => form.fromProblem(error),
  });
  const approve = useMutation({
    mutationFn: () =>
      sendStoryRequest(`/api/stories/${story.id}/approve`, StoryResponseSchema, { method: 'POST' }),
    onSuccess: (updated) => {
      form.clear();
      queryClient.setQueryData(storyKey(story.id), updated);
      void queryClient.invalidateQueries({ queryKey: myStoriesKey });
      setApprovedHere(true);
      approvedStatus.show(s.approved);
    },
    onError: (error) => form.fromProblem(error),
  });

  useEffect(() => {
    if (saveVersion.isSuccess) safeHeading.current?.focus();
  }, [saveVersion.isSuccess]);

  const setAction = (index: number, action: Action) => {
    const next = [...current];
    next[index] = action;
    setActions(next);
  };

  return (
    <>
      <ErrorSummary formId={FORM} errors={form.errors} />
      <p className="lead">{s.lead}</p>
      <h2>{s.original}</h2>
      {original.isPending ? <Loading /> : null}
      {original.isError ? <LoadError error={original.error} onRetry={() => void original.refetch()} /> : null}
      {original.data ? (
        <>
          <p>{findings.length === 0 ? s.none : s.found(findings.length)}</p>
          {findings.length > 0 ? <p className="field__hint">{s.howTo}</p> : null}
          <Highlighted
            text={original.data.text}
            findings={findings}
            actions={current}
            setAction={setAction}
          />
          <form
            id={FORM}
            noValidate
            className="form"
            onSubmit={(event) => {
              event.preventDefault();
              saveVersion.mutate();
            }}
          >
            <Button type="submit" isPending={saveVersion.isPending} pendingLabel={s.saving}>
              {s.save}
            </Button>
          </form>
          <RaiseConcern story={story} />
        </>
      ) : null}
      {showSafe && story.deidentifiedText !== null ? (
        <section className="section" aria-labelledby="safe-title">
          <h2 id="safe-title" ref={safeHeading} tabIndex={-1}>
            {s.safeTitle}
          </h2>
          <p>{s.safeLead}</p>
          <div className="story-text">{story.deidentifiedText}</div>
          {approvedStatus.node}
          {/* A story waiting for its storyteller after someone checked in needs approving again. */}
          {story.status === 'approved' && story.holdStage !== 'waiting_for_you' ? (
            <>
              {approvedHere ? null : <p>{s.approvedAlready}</p>}
              <p>
                <Link to={`/stories/${story.id}/consent`} className="button button--primary">
                  {s.chooseConsent}
                </Link>
              </p>
            </>
          ) : (
            <>
              {story.holdStage === 'waiting_for_you' ? <p>{confirmLeadFor(story)}</p> : null}
              <Button
                isPending={approve.isPending}
                pendingLabel={s.approving}
                onPress={() => approve.mutate()}
              >
                {s.approve}
              </Button>
            </>
          )}
        </section>
      ) : null}
    </>
  );
}

export function ReviewPage() {
  const { storyId = '' } = useParams();
  const story = useQuery({
    queryKey: storyKey(storyId),
    queryFn: () => apiRequest(`/api/stories/${storyId}`, StoryResponseSchema),
  });
  if (story.isError && isApiError(story.error, 404)) return <NotFound />;
  return (
    <>
      <PageHeading caption={story.data?.title || undefined}>{s.title}</PageHeading>
      {story.isPending ? <Loading /> : null}
      {story.isError ? <LoadError error={story.error} onRetry={() => void story.refetch()} /> : null}
      {story.data ? (
        <>
          <HoldNotice story={story.data} />
          <SupportLines lines={story.data.supportLines} />
          {story.data.status === 'draft' ? (
            <>
              <p>{s.notSubmitted}</p>
              <p>
                <Link to={`/stories/${story.data.id}/edit`}>{s.carryOn}</Link>
              </p>
            </>
          ) : (
            <Review story={story.data} />
          )}
        </>
      ) : null}
    </>
  );
}
