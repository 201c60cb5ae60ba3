import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { ConsentFormUploadResponseSchema, type StoryResponse } from '../../../contracts/stories.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { useFocusedStatus } from '../../components/focused-status.js';
import { apiRequest } from '../../lib/api.js';
import { useDatesInWords } from '../../lib/i18n/dates.js';
import { fieldDescribedBy, FieldHintAndError } from '../../components/field-message.js';
import { fieldId, useFormErrors } from '../../lib/form-errors.js';
import { storiesStrings } from '../../lib/strings/stories.js';
import { useConsentVoice } from './consent-api.js';
import { storyKey } from './story-api.js';

const h = storiesStrings.consentRoom.history;
const SCAN_FORM = 'consent-scan';
const SCAN_TYPES = ['application/pdf', 'image/jpeg', 'image/png'];
const SCAN_LIMIT_BYTES = 15 * 1024 * 1024;
type ConsentEvent = NonNullable<StoryResponse['consentEvents']>[number];

/** A signed form goes with consent given in writing, or with a printed record they read back. */
function mayHaveForm(event: ConsentEvent) {
  return event.method === 'written' || event.confirmation === 'reference';
}

function formUrl(storyId: string, eventId: string) {
  return `/api/stories/${storyId}/consent-events/${eventId}/form`;
}

/**
 * Every consent record, newest first: what was agreed, who recorded it and how, how the
 * storyteller's own agreement is known, and the scan of a signed form. A peer supporter adds the
 * scan to the newest record.
 */
export function ConsentHistory({ story }: { story: StoryResponse }) {
  const events = [...(story.consentEvents ?? [])].reverse();
  const v = useConsentVoice(story);
  const when = useDatesInWords();
  // Outside the record, so it stays when the upload form gives way to the link.
  const status = useFocusedStatus('stories-status');
  return (
    <section className="section" aria-labelledby="consent-history-title">
      <h2 id="consent-history-title">{v.history}</h2>
      {status.node}
      {events.length === 0 ? (
        <p>{v.historyNone}</p>
      ) : (
        <ul className="plain-list record-list">
          {events.map((event, index) => (
            <li key={event.id} className="record">
              <p className="record__title">
                {event.action === 'grant' && event.tier ? v.grantEvent(v.tiers[event.tier]) : v.withdrawEvent}
              </p>
              <p className="secondary-text">
                {v.recordedBy(
                  event.recordedByName,
                  event.method,
                  `${when.date(event.at)} ${when.time(event.at)}`,
                )}
              </p>
              {event.confirmation ? <p>{v.confirmations[event.confirmation]}</p> : null}
              {event.action === 'grant' ? (
                <p className="secondary-text">{v.wording(event.wordingVersion)}</p>
              ) : null}
              {event.hasForm ? (
                <p>
                  <a href={formUrl(story.id, event.id)}>{h.scan}</a>
                </p>
              ) : index === 0 && story.access === 'collector' && mayHaveForm(event) ? (
                <ScanUpload storyId={story.id} event={event} onAdded={() => status.show(h.added)} />
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Adds a scan or photo of the signed consent form to a record, sent as the file it is. */
function ScanUpload({
  storyId,
  event,
  onAdded,
}: {
  storyId: string;
  event: ConsentEvent;
  onAdded: () => void;
}) {
  const queryClient = useQueryClient();
  const form = useFormErrors(['file'], 'file');
  const upload = useMutation({
    mutationFn: (file: File) =>
      apiRequest(formUrl(storyId, event.id), ConsentFormUploadResponseSchema, { method: 'PUT', file }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: storyKey(storyId), exact: true });
      onAdded();
    },
    onError: (error) => form.fromProblem(error),
  });
  const onSubmit = (submitted: FormEvent<HTMLFormElement>) => {
    submitted.preventDefault();
    const value = new FormData(submitted.currentTarget).get('file');
    const file = value instanceof File && value.size > 0 ? value : null;
    let message: string | null = null;
    if (!file) message = h.chooseFile;
    else if (file.type !== '' && !SCAN_TYPES.includes(file.type)) message = h.wrongType;
    else if (file.size > SCAN_LIMIT_BYTES) message = h.tooBig;
    if (message || !file) {
      form.setErrors([{ field: 'file', message: message ?? h.chooseFile }]);
      return;
    }
    form.clear();
    upload.mutate(file);
  };
  const id = fieldId(SCAN_FORM, 'file');
  const error = form.errorFor('file');
  return (
    <div className="consent-record__more">
      <ErrorSummary formId={SCAN_FORM} errors={form.errors} headingLevel={3} />
      <form id={SCAN_FORM} noValidate onSubmit={onSubmit} className="form">
        <div className="field" data-invalid={error ? '' : undefined}>
          <label className="field__label" htmlFor={id}>
            {h.addScan}
          </label>
          <FieldHintAndError id={id} hint={h.scanHint} error={error} />
          <input
            id={id}
            name="file"
            type="file"
            accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png"
            className="file-input"
            aria-invalid={error ? true : undefined}
            aria-describedby={fieldDescribedBy(id, h.scanHint, error)}
          />
        </div>
        <Button type="submit" variant="secondary" isPending={upload.isPending} pendingLabel={h.uploading}>
          {h.upload}
        </Button>
      </form>
    </div>
  );
}
