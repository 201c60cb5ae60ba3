import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { Link, useNavigate } from 'react-router';
import { Button } from '../components/button.js';
import { apiAction } from '../lib/api.js';
import { saveEverythingBeforeSignOut } from '../lib/before-sign-out.js';
import { useT } from '../lib/i18n/pages.js';
import { noticeState } from '../lib/notice.js';
import { forgetEveryCafe } from '../lib/offline-pages.js';
import { meQueryKey, setSigningOut } from '../lib/session.js';
import { cafesAtSignOut, type UnsentCafe } from '../features/cafes/cafes-at-sign-out.js';
import { draftsAtSignOut, type UnsavedStory } from '../features/stories/drafts-at-sign-out.js';
import { forgetEveryLocalDraft } from '../features/stories/local-draft.js';
import { STORYTELLERS_WORDS } from '../features/stories/story-words.js';

/** What signing out would delete that Cairn does not have: stories' words, and what a café has not had. */
type Unsaved = { stories: UnsavedStory[]; cafes: UnsentCafe[] };
type Outcome = { signedOut: true } | { signedOut: false; unsaved: Unsaved };

const NOTHING_UNSAVED: Unsaved = { stories: [], cafes: [] };

/**
 * Signing out, on a phone the next person may pick up: nothing of a story, a café seat or a table is
 * left behind. Words typed here that the server does not have yet (written offline), and café votes
 * and ideas still waiting to send, are never thrown away unasked: the person chooses to stay signed in
 * until they are sent, or to sign out and delete them. (Loaded with the signed-in menu, so visitors
 * never download it.)
 */
export function SignOutButton() {
  const t = useT();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [unsaved, setUnsaved] = useState<Unsaved>(NOTHING_UNSAVED);
  const asking = unsaved.stories.length + unsaved.cafes.length > 0;
  const signOut = useMutation({
    // Run with no connection too (not held until one returns): what is unsaved must be asked about then.
    networkMode: 'always',
    mutationFn: async ({ deleteUnsaved }: { deleteUnsaved: boolean }): Promise<Outcome> => {
      if (!deleteUnsaved) {
        // A story or café open on this page sends what waits first; then anything still unsaved is asked about.
        await saveEverythingBeforeSignOut();
        const { unsaved: stories } = await draftsAtSignOut();
        const cafes = cafesAtSignOut();
        if (stories.length + cafes.length > 0) return { signedOut: false, unsaved: { stories, cafes } };
      }
      // Café seats and table-host links live in cookies sent to the café API only, so the café API is
      // asked to forget them first. Signing out goes ahead even if it cannot be reached.
      await apiAction('/api/cafes/forget-phone', { method: 'POST' }).catch(() => undefined);
      await apiAction('/api/auth/sign-out', { method: 'POST' });
      return { signedOut: true };
    },
    onSuccess: (outcome) => {
      if (!outcome.signedOut) {
        setUnsaved(outcome.unsaved);
        return;
      }
      setUnsaved(NOTHING_UNSAVED);
      // A shared phone shows the next person nothing of a story or a café this one was in.
      forgetEveryLocalDraft();
      forgetEveryCafe();
      // The sign-in page clears this flag once it shows.
      setSigningOut(true);
      queryClient.setQueryData(meQueryKey, null);
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
      void navigate('/sign-in', { state: noticeState(t('layout.signedOut')) });
    },
    onError: () => void queryClient.invalidateQueries({ queryKey: meQueryKey }),
  });
  return (
    <>
      <Button
        variant="link"
        isPending={signOut.isPending && !asking}
        pendingLabel={t('layout.signingOut')}
        onPress={() => signOut.mutate({ deleteUnsaved: false })}
      >
        {t('layout.signOut')}
      </Button>
      {asking
        ? createPortal(
            <UnsavedDialog
              unsaved={unsaved}
              deleting={signOut.isPending}
              failed={signOut.isError}
              onStay={() => setUnsaved(NOTHING_UNSAVED)}
              onDelete={() => signOut.mutate({ deleteUnsaved: true })}
            />,
            document.body,
          )
        : null}
    </>
  );
}

/** The question asked before signing out would delete words or café votes the server does not have. */
function UnsavedDialog({
  unsaved: { stories, cafes },
  deleting,
  failed,
  onStay,
  onDelete,
}: {
  unsaved: Unsaved;
  deleting: boolean;
  failed: boolean;
  onStay: () => void;
  onDelete: () => void;
}) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      // Escape keeps the person signed in, as "Stay signed in" does.
      onCancel={(event) => {
        event.preventDefault();
        onStay();
      }}
    >
      <h2 className="dialog__title" id={titleId}>
        {t(stories.length > 0 ? 'signOut.unsaved.title' : 'signOut.unsaved.cafeTitle')}
      </h2>
      <p id={bodyId}>{t(stories.length > 0 ? 'signOut.unsaved.body' : 'signOut.unsaved.cafeBody')}</p>
      <ul>
        {stories.map((story) => (
          <li key={story.storyId}>
            <Link
              to={`/stories/${story.storyId}/edit`}
              onClick={onStay}
              {...(story.title ? STORYTELLERS_WORDS : {})}
            >
              {story.title || t('stories.untitled')}
            </Link>
          </li>
        ))}
        {cafes.map((cafe) => (
          <li key={cafe.cafeId}>
            <Link to={`/cafes/${cafe.cafeId}/board`} onClick={onStay}>
              {/* The café's own words, in whatever language and direction they were written. */}
              <bdi>{cafe.title || t('signOut.unsaved.cafeUntitled')}</bdi>
            </Link>{' '}
            {t('signOut.unsaved.cafeWaiting', { count: cafe.count })}
          </li>
        ))}
      </ul>
      {stories.length > 0 ? <p>{t('signOut.unsaved.keep')}</p> : null}
      {cafes.length > 0 ? <p>{t('signOut.unsaved.cafeKeep')}</p> : null}
      {failed ? (
        <p className="field__error" role="alert">
          {t('signOut.unsaved.failed')}
        </p>
      ) : null}
      <div className="button-group">
        <Button onPress={onStay}>{t('signOut.unsaved.stay')}</Button>
        <Button
          variant="warning"
          isPending={deleting}
          pendingLabel={t('layout.signingOut')}
          onPress={onDelete}
        >
          {t(stories.length > 0 ? 'signOut.unsaved.delete' : 'signOut.unsaved.cafeDelete')}
        </Button>
      </div>
    </dialog>
  );
}
