import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { storyEndpoints } from '../../../contracts/stories.endpoints.js';
import type { RedactionDecision, StoryResponse } from '../../../contracts/stories.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { NotFound } from '../../components/not-found.js';
import { PageHeading } from '../../components/page-heading.js';
import { useFocusedStatus } from '../../components/focused-status.js';
import { callEndpoint, isApiError } from '../../lib/api.js';
import { useFormErrors } from '../../lib/form-errors.js';
import { useRegionT } from '../../lib/i18n/pages.js';
import './stories.css';
import { storiesStrings } from '../../lib/strings/stories.js';
import { confirmLeadFor, HoldNotice } from './hold-notice.js';
import { RaiseConcern } from './raise-concern.js';
import { generalWord, Highlighted, orderedFindings, type Action } from './review-findings.js';
import { myStoriesKey, storyKey } from './story-api.js';
import { SupportLines } from './support-lines.js';
import { withReadableMarks } from '../../lib/taken-out.js';

const FORM = 'review';
const s = storiesStrings.review;

function Review({ story }: { story: StoryResponse }) {
  // English while this page is, like the notices it shares with the story's page.
  const t = useRegionT();
  const queryClient = useQueryClient();
  const form = useFormErrors(['decisions'], 'decisions');
  const original = useQuery({
    queryKey: [...storyKey(story.id), 'original'],
    queryFn: () => callEndpoint(storyEndpoints.original, { params: { storyId: story.id } }),
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
      return callEndpoint(storyEndpoints.createVersion, {
        params: { storyId: story.id },
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
      callEndpoint(storyEndpoints.approve, { params: { storyId: story.id }, body: undefined }),
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
          <p>
            {!original.data.checked
              ? s.notChecked
              : findings.length === 0
                ? s.none
                : s.found(findings.length)}
          </p>
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
          <div className="story-text">{withReadableMarks(story.deidentifiedText)}</div>
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
              {story.holdStage === 'waiting_for_you' ? <p>{confirmLeadFor(story, t)}</p> : null}
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
    queryFn: () => callEndpoint(storyEndpoints.get, { params: { storyId } }),
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
