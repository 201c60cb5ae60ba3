import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { storyEndpoints } from '../../../contracts/stories.endpoints.js';
import { StoryTitleSchema, type StoryResponse } from '../../../contracts/stories.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { InEnglish } from '../../components/in-english.js';
import { PageHeading } from '../../components/page-heading.js';
import { StatusMessage } from '../../components/status-message.js';
import { callEndpoint, isApiError } from '../../lib/api.js';
import { saveBeforeSignOut } from '../../lib/before-sign-out.js';
import { fieldId, useFormErrors } from '../../lib/form-errors.js';
import { useDatesInWords } from '../../lib/i18n/dates.js';
import { useT } from '../../lib/i18n/pages.js';
import {
  markLocalDraftSynced,
  newerLocalCopy,
  removeLocalDraft,
  writeLocalDraft,
  type LocalDraft,
} from './local-draft.js';
import { RecordingSection } from './recording-section.js';
import {
  callWithIdempotencyKey,
  forgetIdempotencyKey,
  idempotencyKeyFor,
  myStoriesKey,
  storyKey,
} from './story-api.js';
import { STORYTELLERS_WORDS } from './story-words.js';

const FORM = 'story';
const FIELDS = ['title', 'text'] as const;
const AUTOSAVE_MS = 3000;

type SaveState = 'idle' | 'saved' | 'saving' | 'offline' | 'retrying' | 'conflict';

/**
 * The editor of a draft: autosaved here and on the server, and sent from here for review. Its words
 * are in the reader's language; the title and story keep the language they are written in. Importing
 * a transcript or a recording, for those who record others' stories, is still English only.
 */
export function DraftEditor({
  story,
}: {
  story: StoryResponse & { draft: NonNullable<StoryResponse['draft']> };
}) {
  const t = useT();
  const when = useDatesInWords();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const form = useFormErrors(FIELDS, 'text');
  const [title, setTitle] = useState(story.title);
  const [text, setText] = useState(story.draft.text);
  const [offer, setOffer] = useState<LocalDraft | null>(() => newerLocalCopy(story));
  // What is on screen came from the server, so it is saved, unless a newer copy here is on offer.
  const [saveState, setSaveState] = useState<SaveState>(() => (offer ? 'idle' : 'saved'));
  const [conflict, setConflict] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const latest = useRef({ title: story.title, text: story.draft.text });
  const revision = useRef(story.draft.revision);
  const dirty = useRef(false);
  const saving = useRef<Promise<boolean> | null>(null);
  const stopped = useRef(false);

  const save = useCallback(async (): Promise<boolean> => {
    if (saving.current) return saving.current;
    if (!dirty.current) return true;
    if (stopped.current) return false;
    if (!navigator.onLine) {
      setSaveState('offline');
      return false;
    }
    const sent = { ...latest.current };
    setSaveState('saving');
    const attempt = (async () => {
      try {
        const result = await callEndpoint(storyEndpoints.saveDraft, {
          params: { storyId: story.id },
          body: { title: sent.title.trim(), text: sent.text, revision: revision.current },
        });
        revision.current = result.revision;
        if (latest.current.title === sent.title && latest.current.text === sent.text) {
          dirty.current = false;
          markLocalDraftSynced(story.id, sent.title, sent.text);
          setSaveState('saved');
        }
        return true;
      } catch (error) {
        if (isApiError(error, 409)) {
          stopped.current = true;
          setConflict(error.problem.detail);
          setSaveState('conflict');
        } else if (isApiError(error, 0) || !navigator.onLine) {
          setSaveState('offline');
        } else if (isApiError(error, 400)) {
          form.fromProblem(error);
          setSaveState('retrying');
        } else {
          setSaveState('retrying');
        }
        return false;
      } finally {
        saving.current = null;
      }
    })();
    saving.current = attempt;
    return attempt;
  }, [story.id, form]);

  useEffect(() => {
    const timer = window.setInterval(() => void save(), AUTOSAVE_MS);
    const onOnline = () => void save();
    const onOffline = () => {
      if (dirty.current) setSaveState('offline');
    };
    window.addEventListener('online', onOnline);
    window.addEventListener('offline', onOffline);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('online', onOnline);
      window.removeEventListener('offline', onOffline);
    };
  }, [save]);

  // Signing out on this device sends what is typed first, so it is not taken for words never saved.
  useEffect(() => saveBeforeSignOut(save), [save]);

  const changed = (next: { title: string; text: string }) => {
    latest.current = next;
    dirty.current = true;
    setSaveState((state) => (state === 'saved' ? 'idle' : state));
    writeLocalDraft(story.id, { ...next, typedAt: new Date().toISOString(), synced: false });
  };

  const onTitle = (event: ChangeEvent<HTMLInputElement>) => {
    setTitle(event.target.value);
    changed({ title: event.target.value, text: latest.current.text });
  };
  const onText = (event: ChangeEvent<HTMLTextAreaElement>) => {
    setText(event.target.value);
    changed({ title: latest.current.title, text: event.target.value });
  };

  const restore = () => {
    if (!offer) return;
    setTitle(offer.title);
    setText(offer.text);
    latest.current = { title: offer.title, text: offer.text };
    dirty.current = true;
    setOffer(null);
    void save();
  };
  const discard = () => {
    removeLocalDraft(story.id);
    setOffer(null);
  };

  const onImported = (imported: { text: string; revision: number }) => {
    setText(imported.text);
    latest.current = { title: latest.current.title, text: imported.text };
    revision.current = imported.revision;
    dirty.current = false;
    writeLocalDraft(story.id, { ...latest.current, typedAt: new Date().toISOString(), synced: true });
    setSaveState('saved');
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting) return;
    const titleCheck = StoryTitleSchema.safeParse(latest.current.title);
    if (!titleCheck.success) {
      form.fromZod(titleCheck.error);
      return;
    }
    if (latest.current.text.trim() === '') {
      form.setErrors([{ field: 'text', message: t('stories.edit.enterText') }]);
      return;
    }
    setSubmitting(true);
    form.clear();
    try {
      if (!(await save())) {
        if (!stopped.current) form.setErrors([{ field: 'text', message: t('stories.edit.offline') }]);
        return;
      }
      const purpose = `submit-story:${story.id}`;
      const result = await callWithIdempotencyKey(
        storyEndpoints.submit,
        { params: { storyId: story.id } },
        idempotencyKeyFor(purpose),
      );
      forgetIdempotencyKey(purpose);
      removeLocalDraft(story.id);
      queryClient.setQueryData(storyKey(story.id), result.story);
      void queryClient.invalidateQueries({ queryKey: myStoriesKey });
      void navigate(`/stories/${story.id}/review`);
    } catch (error) {
      form.fromProblem(error);
    } finally {
      setSubmitting(false);
    }
  };

  const statusTexts: Partial<Record<SaveState, string>> = {
    saved: t('stories.edit.saved'),
    saving: t('stories.edit.saving'),
    offline: t('stories.edit.offline'),
    retrying: t('stories.edit.notSaved'),
  };
  const statusText = statusTexts[saveState] ?? null;
  const recording = story.channel !== 'written' || story.access === 'collector';
  const textError = form.errorFor('text');
  const titleError = form.errorFor('title');

  return (
    <>
      <PageHeading
        hasErrors={form.errors.length > 0}
        caption={recording ? t('stories.channel', { channel: story.channel }) : undefined}
      >
        {recording ? t('stories.edit.recordTitle') : t('stories.edit.title')}
      </PageHeading>
      <p className="lead">{t('stories.edit.lead')}</p>
      {offer ? (
        <div className="callout" role="region" aria-labelledby="restore-title">
          <h2 className="callout__title" id="restore-title">
            {t('stories.edit.restoreTitle')}
          </h2>
          <p>
            {t('stories.edit.restoreBody', {
              date: when.date(offer.typedAt),
              time: when.time(offer.typedAt),
            })}
          </p>
          <div className="button-group">
            <Button onPress={restore}>{t('stories.edit.restore')}</Button>
            <Button variant="secondary" onPress={discard}>
              {t('stories.edit.discard')}
            </Button>
          </div>
        </div>
      ) : null}
      {conflict ? (
        <div className="callout callout--error" role="alert">
          <h2 className="callout__title">{t('stories.edit.conflictTitle')}</h2>
          <p>{conflict}</p>
        </div>
      ) : null}
      <ErrorSummary formId={FORM} errors={form.errors} />
      {/* Pressing Enter in the title must not send the story: sending has its own button below. */}
      <form id={FORM} noValidate onSubmit={(event) => event.preventDefault()} className="form story-form">
        <div className={titleError ? 'field field--error' : 'field'}>
          <label className="field__label" htmlFor={fieldId(FORM, 'title')}>
            {t('stories.edit.storyTitle')}
          </label>
          {titleError ? (
            <p className="field__error" id={`${fieldId(FORM, 'title')}-error`}>
              {titleError}
            </p>
          ) : null}
          <input
            id={fieldId(FORM, 'title')}
            name="title"
            className="field__input field__input--full"
            autoComplete="off"
            value={title}
            onChange={onTitle}
            {...STORYTELLERS_WORDS}
            aria-invalid={titleError ? true : undefined}
            aria-describedby={titleError ? `${fieldId(FORM, 'title')}-error` : undefined}
          />
        </div>
        <div className={textError ? 'field field--error' : 'field'}>
          <label className="field__label" htmlFor={fieldId(FORM, 'text')}>
            {t('stories.edit.text')}
          </label>
          <p className="field__hint" id={`${fieldId(FORM, 'text')}-hint`}>
            {t('stories.edit.textHint')}
          </p>
          {textError ? (
            <p className="field__error" id={`${fieldId(FORM, 'text')}-error`}>
              {textError}
            </p>
          ) : null}
          <textarea
            id={fieldId(FORM, 'text')}
            name="text"
            className="field__input field__input--textarea story-form__text"
            rows={18}
            value={text}
            onChange={onText}
            {...STORYTELLERS_WORDS}
            aria-invalid={textError ? true : undefined}
            aria-describedby={`${fieldId(FORM, 'text')}-hint${textError ? ` ${fieldId(FORM, 'text')}-error` : ''} story-save-status`}
          />
        </div>
        <div id="story-save-status">
          <StatusMessage>{statusText}</StatusMessage>
        </div>
      </form>
      {recording ? (
        <InEnglish>
          <RecordingSection storyId={story.id} onImported={onImported} />
        </InEnglish>
      ) : null}
      <section className="section" aria-labelledby="story-send-title">
        <h2 id="story-send-title">{t('stories.edit.submitTitle')}</h2>
        <p>{t('stories.edit.submitLead')}</p>
        <form noValidate onSubmit={(event) => void onSubmit(event)} className="form">
          <Button type="submit" isPending={submitting} pendingLabel={t('stories.edit.submitting')}>
            {t('stories.edit.submit')}
          </Button>
        </form>
      </section>
    </>
  );
}
