import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { storyEndpoints } from '../../../contracts/stories.endpoints.js';
import type { StoryResponse } from '../../../contracts/stories.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { useFocusedStatus } from '../../components/focused-status.js';
import { callEndpoint } from '../../lib/api.js';
import { useFormErrors } from '../../lib/form-errors.js';
import type { Translate } from '../../lib/i18n/i18n.js';
import { useRegionT } from '../../lib/i18n/pages.js';
import { myStoriesKey, storyKey } from './story-api.js';

const CONFIRM_FORM = 'confirm-story';
const NO_FIELDS: readonly string[] = [];

/** What stands in for the words a lead kept out of the shared version (the server's WITHHELD_MARK). */
export const WITHHELD_MARK = '[…]';

/** Whether the text the storyteller reads has parts left out to keep them safe. */
export function hasWithheldParts(story: StoryResponse): boolean {
  return story.deidentifiedText?.includes(WITHHELD_MARK) ?? false;
}

/**
 * Tells a storyteller, kindly and plainly and in their language, that their story is kept back while
 * someone checks in with them, or that it now waits for them to read it again. Shown to nobody else:
 * only the storyteller's answer carries a hold stage.
 */
export function HoldNotice({ story, children }: { story: StoryResponse; children?: ReactNode }) {
  const t = useRegionT();
  if (story.holdStage === null) return null;
  const looking = story.holdStage === 'being_looked_at';
  return (
    <section className="callout hold-notice" aria-labelledby="hold-notice-title">
      <h2 className="callout__title" id="hold-notice-title">
        {looking ? t('stories.hold.lookingTitle') : t('stories.hold.waitingTitle')}
      </h2>
      {looking ? (
        <>
          <p>{t('stories.hold.looking')}</p>
          <p>{t('stories.hold.lookingNext')}</p>
        </>
      ) : (
        <>
          <p>{t('stories.hold.waiting')}</p>
          {hasWithheldParts(story) ? <p>{t('stories.hold.withheld')}</p> : null}
          {story.status === 'withdrawn' ? (
            <p>{t('stories.hold.withdrawn')}</p>
          ) : (
            <p>{t('stories.hold.noRush')}</p>
          )}
          {children}
        </>
      )}
    </section>
  );
}

/**
 * What approving does to a story waiting for its storyteller: approving lets the consent they gave
 * before apply again at once, so say so plainly rather than "choose later".
 */
export function confirmLeadFor(story: StoryResponse, t: Translate): string {
  const consent = story.consent;
  if (!consent || consent.withdrawn || consent.expired || consent.tier === 'private') {
    return t('stories.hold.confirmLead');
  }
  return t('stories.hold.confirmShared', { tier: consent.tier });
}

/**
 * Once everyone who checked in is done, only the storyteller can let their story go again: they read
 * the text (with anything withheld marked […]) and approve it, then choose who may see it.
 */
export function ConfirmStory({ story }: { story: StoryResponse }) {
  const t = useRegionT();
  const queryClient = useQueryClient();
  const form = useFormErrors(NO_FIELDS);
  const status = useFocusedStatus('stories-status');
  const [done, setDone] = useState(false);
  const approve = useMutation({
    mutationFn: () =>
      callEndpoint(storyEndpoints.approve, { params: { storyId: story.id }, body: undefined }),
    onSuccess: (updated) => {
      form.clear();
      setDone(true);
      queryClient.setQueryData(storyKey(story.id), updated);
      void queryClient.invalidateQueries({ queryKey: myStoriesKey });
      status.show(t('stories.hold.approved'));
    },
    onError: (error) => form.fromProblem(error),
  });
  const waiting =
    story.access === 'storyteller' &&
    story.holdStage === 'waiting_for_you' &&
    story.deidentifiedText !== null &&
    (story.status === 'in_review' || story.status === 'approved');
  if (!waiting && !done) return null;
  return (
    <section className="section" aria-labelledby="confirm-story-title">
      <h2 id="confirm-story-title">{t('stories.hold.confirmTitle')}</h2>
      <ErrorSummary formId={CONFIRM_FORM} errors={form.errors} headingLevel={3} />
      {done ? null : <p>{confirmLeadFor(story, t)}</p>}
      {status.node}
      {done ? (
        <p>
          <Link to={`/stories/${story.id}/consent`} className="button button--primary">
            {t('stories.story.consentLink')}
          </Link>
        </p>
      ) : (
        <form
          id={CONFIRM_FORM}
          noValidate
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            approve.mutate();
          }}
        >
          <Button type="submit" isPending={approve.isPending} pendingLabel={t('stories.hold.approving')}>
            {t('stories.hold.approve')}
          </Button>
        </form>
      )}
    </section>
  );
}
