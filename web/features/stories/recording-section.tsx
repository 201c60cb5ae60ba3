import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { mediaEndpoints } from '../../../contracts/stories.endpoints.js';
import {
  MediaLinkRequestSchema,
  StoryMediaSchema,
  TranscriptImportResponseSchema,
} from '../../../contracts/stories.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { StatusMessage } from '../../components/status-message.js';
import { TextField } from '../../components/text-field.js';
import { apiRequest, callEndpoint } from '../../lib/api.js';
import { useContractForm } from '../../lib/contract-form.js';
import { fieldId, useFormErrors } from '../../lib/form-errors.js';
import { storiesStrings } from '../../lib/strings/stories.js';

const TRANSCRIPT_FORM = 'transcript';
const MEDIA_FORM = 'recording';
const LINK_FORM = 'recording-link';
const FILE_FIELDS = ['file'] as const;
const LINK_FIELDS = ['url', 'label'] as const;

function fileFrom(form: HTMLFormElement, name: string): File | null {
  const value = new FormData(form).get(name);
  return value instanceof File && value.size > 0 ? value : null;
}

function FileField({
  formId,
  name,
  label,
  hint,
  error,
  accept,
}: {
  formId: string;
  name: string;
  label: string;
  hint: string;
  error: string | undefined;
  accept: string;
}) {
  const id = fieldId(formId, name);
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <p className="field__hint" id={`${id}-hint`}>
        {hint}
      </p>
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        type="file"
        accept={accept}
        className="file-input"
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
      />
    </div>
  );
}

/** For a story a peer supporter records: import a transcript into the draft, and add the recording. */
export function RecordingSection({
  storyId,
  onImported,
}: {
  storyId: string;
  onImported: (imported: { text: string; revision: number }) => void;
}) {
  const s = storiesStrings.recording;
  const queryClient = useQueryClient();
  const mediaKey = ['stories', storyId, 'media'] as const;
  const media = useQuery({
    queryKey: mediaKey,
    queryFn: () => callEndpoint(mediaEndpoints.list, { params: { storyId } }),
  });
  const transcriptErrors = useFormErrors(FILE_FIELDS, 'file');
  const mediaErrors = useFormErrors(FILE_FIELDS, 'file');
  const linkErrors = useContractForm({ schema: MediaLinkRequestSchema, fields: LINK_FIELDS });
  const [message, setMessage] = useState<string | null>(null);

  const importTranscript = useMutation({
    mutationFn: (file: File) =>
      apiRequest(
        `/api/stories/${storyId}/transcript?filename=${encodeURIComponent(file.name)}`,
        TranscriptImportResponseSchema,
        { method: 'PUT', file },
      ),
    onSuccess: (result) => {
      onImported(result);
      setMessage(s.imported(result.segments, result.speakers.length));
    },
    onError: (error) => transcriptErrors.fromProblem(error),
  });
  const upload = useMutation({
    mutationFn: (file: File) =>
      apiRequest(
        `/api/stories/${storyId}/media?filename=${encodeURIComponent(file.name)}`,
        StoryMediaSchema,
        {
          method: 'POST',
          file,
        },
      ),
    onSuccess: (item) => {
      setMessage(s.uploaded(item.originalName));
      void queryClient.invalidateQueries({ queryKey: mediaKey });
    },
    onError: (error) => mediaErrors.fromProblem(error),
  });
  const addLink = useMutation({
    mutationFn: (body: { url: string; label: string }) =>
      callEndpoint(mediaEndpoints.addLink, { params: { storyId }, body }),
    onSuccess: () => {
      setMessage(s.linkAdded);
      void queryClient.invalidateQueries({ queryKey: mediaKey });
    },
    onError: (error) => linkErrors.fromProblem(error),
  });

  const onTranscript = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setMessage(null);
    const file = fileFrom(event.currentTarget, 'file');
    if (!file) {
      transcriptErrors.setErrors([{ field: 'file', message: s.chooseFile }]);
      return;
    }
    transcriptErrors.clear();
    importTranscript.mutate(file);
  };
  const onMedia = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setMessage(null);
    const file = fileFrom(event.currentTarget, 'file');
    if (!file) {
      mediaErrors.setErrors([{ field: 'file', message: s.chooseFile }]);
      return;
    }
    mediaErrors.clear();
    upload.mutate(file);
  };
  const onLink = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setMessage(null);
    const element = event.currentTarget;
    const body = linkErrors.parse(element);
    if (body) addLink.mutate(body, { onSuccess: () => element.reset() });
  };

  return (
    <section className="section" aria-labelledby="recording-title">
      <h2 id="recording-title">{s.title}</h2>
      <StatusMessage>{message}</StatusMessage>

      <h3>{s.transcript}</h3>
      <ErrorSummary formId={TRANSCRIPT_FORM} errors={transcriptErrors.errors} />
      <form id={TRANSCRIPT_FORM} noValidate onSubmit={onTranscript} className="form">
        <FileField
          formId={TRANSCRIPT_FORM}
          name="file"
          label={s.transcriptFile}
          hint={s.transcriptHint}
          error={transcriptErrors.errorFor('file')}
          accept=".txt,.vtt,.srt,.docx,text/plain,text/vtt"
        />
        <Button
          type="submit"
          variant="secondary"
          isPending={importTranscript.isPending}
          pendingLabel={s.importing}
        >
          {s.importTranscript}
        </Button>
      </form>

      <h3>{s.recording}</h3>
      <ErrorSummary formId={MEDIA_FORM} errors={mediaErrors.errors} />
      <form id={MEDIA_FORM} noValidate onSubmit={onMedia} className="form">
        <FileField
          formId={MEDIA_FORM}
          name="file"
          label={s.recordingFile}
          hint={s.recordingHint}
          error={mediaErrors.errorFor('file')}
          accept="audio/*,video/*"
        />
        <Button type="submit" variant="secondary" isPending={upload.isPending} pendingLabel={s.uploading}>
          {s.upload}
        </Button>
      </form>

      <h3>{s.link}</h3>
      <ErrorSummary formId={LINK_FORM} errors={linkErrors.errors} />
      <form id={LINK_FORM} noValidate onSubmit={onLink} className="form">
        <TextField
          id={fieldId(LINK_FORM, 'url')}
          name="url"
          label={s.linkUrl}
          hint={s.linkHint}
          autoComplete="url"
          error={linkErrors.errorFor('url')}
        />
        <TextField
          id={fieldId(LINK_FORM, 'label')}
          name="label"
          label={s.linkLabel}
          autoComplete="off"
          width="medium"
          error={linkErrors.errorFor('label')}
        />
        <Button
          type="submit"
          variant="secondary"
          isPending={addLink.isPending}
          pendingLabel={storiesStrings.consent.saving}
        >
          {s.addLink}
        </Button>
      </form>

      <h3>{s.media}</h3>
      {media.data && media.data.media.length > 0 ? (
        <ul className="plain-list">
          {media.data.media.map((item) => (
            <li key={item.id}>
              {item.source === 'link' && item.url ? (
                <a href={item.url} rel="noreferrer noopener">
                  {item.originalName || item.url}
                </a>
              ) : (
                <a href={`/api/stories/${storyId}/media/${item.id}/file`}>{item.originalName}</a>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p>{s.noMedia}</p>
      )}
    </section>
  );
}
