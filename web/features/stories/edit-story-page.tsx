import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { z } from 'zod';
import {
  StoryResponseSchema,
  StoryTitleSchema,
  SubmitStoryResponseSchema,
  type StoryResponse,
} from '../../../contracts/stories.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { NotFound } from '../../components/not-found.js';
import { PageHeading } from '../../components/page-heading.js';
import { StatusMessage } from '../../components/status-message.js';
import { apiRequest, isApiError } from '../../lib/api.js';
import { formatDateTime } from '../../lib/format.js';
import { fieldId, useFormErrors } from '../../lib/form-errors.js';
import './stories.css';
import { storiesStrings } from '../../lib/strings/stories.js';
import {
  markLocalDraftSynced,
  readLocalDraft,
  removeLocalDraft,
  writeLocalDraft,
  type LocalDraft,
} from './local-draft.js';
import { RecordingSection } from './recording-section.js';
import {
  forgetIdempotencyKey,
  idempotencyKeyFor,
  myStoriesKey,
  sendStoryRequest,
  storyKey,
} from './story-api.js';

const FORM = 'story';
const FIELDS = ['title', 'text'] as const;
const AUTOSAVE_MS = 3000;
const SaveDraftResponseSchema = z.object({ revision: z.number().int(), savedAt: z.string() });

type SaveState = 'idle' | 'saved' | 'saving' | 'offline' | 'retrying' | 'conflict';

/** A local copy worth offering back: typed after the server's last save and different from it. */
function newerLocalCopy(story: StoryResponse): LocalDraft | null {
  const local = readLocalDraft(story.id);
  const draft = story.draft;
  if (!local || !draft || local.synced) return null;
  if (local.text === draft.text && local.title === story.title) return null;
  if (new Date(local.typedAt).getTime() <= new Date(draft.savedAt).getTime()) return null;
  return local;
}

function DraftEditor({ story }: { story: StoryResponse & { draft: NonNullable<StoryResponse['draft']> } }) {
  const s = storiesStrings.edit;
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
        const result = await sendStoryRequest(`/api/stories/${story.id}/draft`, SaveDraftResponseSchema, {
          method: 'PUT',
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
      form.setErrors([{ field: 'text', message: s.enterText }]);
      return;
    }
    setSubmitting(true);
    form.clear();
    try {
      if (!(await save())) {
        if (!stopped.current) form.setErrors([{ field: 'text', message: s.offline }]);
        return;
      }
      const purpose = `submit-story:${story.id}`;
      const result = await sendStoryRequest(`/api/stories/${story.id}/submit`, SubmitStoryResponseSchema, {
        method: 'POST',
        idempotencyKey: idempotencyKeyFor(purpose),
      });
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

  const statusText =
    saveState === 'saved'
      ? s.saved
      : saveState === 'saving'
        ? s.saving
        : saveState === 'offline'
          ? s.offline
          : saveState === 'retrying'
            ? s.notSaved
            : null;
  const recording = story.channel !== 'written' || story.access === 'collector';
  const textError = form.errorFor('text');
  const titleError = form.errorFor('title');

  return (
    <>
      <PageHeading
        hasErrors={form.errors.length > 0}
        caption={recording ? storiesStrings.channels[story.channel] : undefined}
      >
        {recording ? s.recordTitle : s.title}
      </PageHeading>
      <p className="lead">{s.lead}</p>
      {offer ? (
        <div className="callout" role="region" aria-labelledby="restore-title">
          <h2 className="callout__title" id="restore-title">
            {s.restoreTitle}
          </h2>
          <p>{s.restoreBody(formatDateTime(offer.typedAt))}</p>
          <div className="button-group">
            <Button onPress={restore}>{s.restore}</Button>
            <Button variant="secondary" onPress={discard}>
              {s.discard}
            </Button>
          </div>
        </div>
      ) : null}
      {conflict ? (
        <div className="callout callout--error" role="alert">
          <h2 className="callout__title">{s.conflictTitle}</h2>
          <p>{conflict}</p>
        </div>
      ) : null}
      <ErrorSummary formId={FORM} errors={form.errors} />
      {/* Pressing Enter in the title must not send the story: sending has its own button below. */}
      <form id={FORM} noValidate onSubmit={(event) => event.preventDefault()} className="form story-form">
        <div className={titleError ? 'field field--error' : 'field'}>
          <label className="field__label" htmlFor={fieldId(FORM, 'title')}>
            {s.storyTitle}
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
            aria-invalid={titleError ? true : undefined}
            aria-describedby={titleError ? `${fieldId(FORM, 'title')}-error` : undefined}
          />
        </div>
        <div className={textError ? 'field field--error' : 'field'}>
          <label className="field__label" htmlFor={fieldId(FORM, 'text')}>
            {s.text}
          </label>
          <p className="field__hint" id={`${fieldId(FORM, 'text')}-hint`}>
            {s.textHint}
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
            aria-invalid={textError ? true : undefined}
            aria-describedby={`${fieldId(FORM, 'text')}-hint${textError ? ` ${fieldId(FORM, 'text')}-error` : ''} story-save-status`}
          />
        </div>
        <div id="story-save-status">
          <StatusMessage>{statusText}</StatusMessage>
        </div>
      </form>
      {recording ? <RecordingSection storyId={story.id} onImported={onImported} /> : null}
      <section className="section" aria-labelledby="story-send-title">
        <h2 id="story-send-title">{s.submitTitle}</h2>
        <p>{s.submitLead}</p>
        <form noValidate onSubmit={(event) => void onSubmit(event)} className="form">
          <Button type="submit" isPending={submitting} pendingLabel={s.submitting}>
            {s.submit}
          </Button>
        </form>
      </section>
    </>
  );
}

export function EditStoryPage() {
  const { storyId = '' } = useParams();
  const s = storiesStrings.edit;
  const story = useQuery({
    // Its own key, never cached: the editor starts from what the server holds now, then keeps its own
    // copy, so a refetch never overwrites what is being typed.
    queryKey: [...storyKey(storyId), 'editing'],
    queryFn: () => apiRequest(`/api/stories/${storyId}`, StoryResponseSchema),
    gcTime: 0,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
  if (story.isPending) {
    return (
      <>
        <PageHeading>{s.title}</PageHeading>
        <Loading />
      </>
    );
  }
  if (story.isError) {
    if (isApiError(story.error, 404)) return <NotFound />;
    return (
      <>
        <PageHeading>{s.title}</PageHeading>
        <LoadError error={story.error} onRetry={() => void story.refetch()} />
      </>
    );
  }
  const data = story.data;
  if (data.status !== 'draft' || !data.draft) {
    return (
      <>
        <PageHeading>{data.title || s.title}</PageHeading>
        <p>{s.notDraft}</p>
        <p>
          <Link to={`/stories/${data.id}`}>{storiesStrings.myStories.view}</Link>
        </p>
      </>
    );
  }
  return <DraftEditor key={data.id} story={{ ...data, draft: data.draft }} />;
}
