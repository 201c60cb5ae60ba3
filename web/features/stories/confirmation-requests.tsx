import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { Link } from 'react-router';
import { consentEndpoints } from '../../../contracts/stories.endpoints.js';
import {
  ConfirmByReferenceSchema,
  type Confirmation,
  type StoryResponse,
} from '../../../contracts/stories.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { useFocusedStatus } from '../../components/focused-status.js';
import { TextField } from '../../components/text-field.js';
import { callEndpoint } from '../../lib/api.js';
import { useContractForm } from '../../lib/contract-form.js';
import { formatDate } from '../../lib/format.js';
import { fieldId } from '../../lib/form-errors.js';
import { storiesStrings } from '../../lib/strings/stories.js';
import { confirmationsKey } from './consent-api.js';
import { myStoriesKey, storyKey } from './story-api.js';

const r = storiesStrings.consentRoom.requests;
const tiers = storiesStrings.consentRoom.collector.tiers;
const REFERENCE_FORM = 'consent-reference';
const REFERENCE_FIELDS = ['reference'] as const;
const STATE_TAGS: Record<Confirmation['state'], string> = {
  waiting: 'tag',
  confirmed: 'tag tag--completed',
  declined: 'tag tag--refused',
  expired: 'tag',
  replaced: 'tag',
};

/**
 * What a peer supporter has asked a storyteller without an account to confirm, newest first, with
 * where each request stands; the printable record of a printed one; and, while a printed record
 * waits, the form to record the yes they give on the phone by reading back its reference.
 */
export function ConfirmationRequests({
  story,
  requests,
}: {
  story: StoryResponse;
  requests: readonly Confirmation[];
}) {
  const status = useFocusedStatus('stories-status');
  if (requests.length === 0) return null;
  const newestFirst = [...requests].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const printedWaiting = requests.some((c) => c.channel === 'print' && c.state === 'waiting');
  return (
    <section className="section" aria-labelledby="consent-requests-title">
      <h2 id="consent-requests-title">{r.title}</h2>
      {status.node}
      <ul className="plain-list record-list">
        {newestFirst.map((request) => (
          <li key={request.id} className="record">
            <p className="record__title">{r.asked(tiers[request.proposal.tier])}</p>
            <p className="consent-request__state">
              <span className={STATE_TAGS[request.state]}>{r.states[request.state]}</span>
            </p>
            {request.proposal.partnerOrganisationNames.length > 0 ? (
              <p>{r.partners(request.proposal.partnerOrganisationNames.join(', '))}</p>
            ) : null}
            <p className="secondary-text">{r.sentBy[request.channel](formatDate(request.createdAt))}</p>
            {request.channel === 'print' ? (
              <p>
                {r.reference}: <span className="consent-request__reference">{request.reference}</span>
              </p>
            ) : null}
            {request.state === 'waiting' ? <p>{r.until(formatDate(request.expiresAt))}</p> : null}
            {request.state === 'confirmed' && request.confirmedAt ? (
              <p>{r.confirmedOn(formatDate(request.confirmedAt))}</p>
            ) : null}
            {request.channel === 'print' && request.state === 'waiting' ? (
              <p>
                <Link to={`/stories/${story.id}/consent-record/${request.id}`}>{r.openRecord}</Link>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
      {printedWaiting ? <ByReference story={story} onConfirmed={() => status.show(r.confirmed)} /> : null}
    </section>
  );
}

/** After a phone call in which they read back the reference on their printed record and said yes. */
function ByReference({ story, onConfirmed }: { story: StoryResponse; onConfirmed: () => void }) {
  const queryClient = useQueryClient();
  const form = useContractForm({
    schema: ConfirmByReferenceSchema,
    fields: REFERENCE_FIELDS,
    emptyMessages: { reference: r.enterReference },
  });
  const confirm = useMutation({
    mutationFn: (reference: string) =>
      callEndpoint(consentEndpoints.confirmByReference, {
        params: { storyId: story.id },
        body: { reference },
      }),
    onSuccess: async (updated) => {
      queryClient.setQueryData(storyKey(story.id), updated);
      void queryClient.invalidateQueries({ queryKey: myStoriesKey });
      await queryClient.invalidateQueries({ queryKey: confirmationsKey(story.id) });
      onConfirmed();
    },
    onError: (error) => form.fromProblem(error),
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = form.parse(event.currentTarget);
    if (body) confirm.mutate(body.reference);
  };
  return (
    <div className="consent-record__more">
      <h3>{r.byReference}</h3>
      <p>{r.byReferenceLead}</p>
      <ErrorSummary formId={REFERENCE_FORM} errors={form.errors} headingLevel={3} />
      <form id={REFERENCE_FORM} noValidate onSubmit={onSubmit} className="form">
        <TextField
          id={fieldId(REFERENCE_FORM, 'reference')}
          name="reference"
          label={r.referenceLabel}
          hint={r.referenceHint}
          autoComplete="off"
          spellCheck={false}
          width="short"
          error={form.errorFor('reference')}
        />
        <Button type="submit" isPending={confirm.isPending} pendingLabel={r.confirming}>
          {r.confirm}
        </Button>
      </form>
    </div>
  );
}
