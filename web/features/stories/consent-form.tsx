import { useMutation, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { z } from 'zod';
import { looksLikeEmail, mobilePhoneNumber } from '../../../contracts/common.js';
import { consentEndpoints } from '../../../contracts/stories.endpoints.js';
import {
  CONSENT_TIERS,
  ConfirmationRequestSchema,
  ConsentGrantSchema,
  ConsentMethodSchema,
  type Confirmation,
  type ConfirmationRequest,
  type ConsentEventRequest,
  type ConsentTier,
  type ConsentWordingResponseSchema,
  type StoryResponse,
} from '../../../contracts/stories.js';
import { Button } from '../../components/button.js';
import { DevOutboxLink } from '../../components/dev-outbox-link.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { useFocusedStatus } from '../../components/focused-status.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { RadioGroup } from '../../components/radio-group.js';
import { callEndpoint, isApiError } from '../../lib/api.js';
import { fieldId, readForm, useFormErrors, type FormError } from '../../lib/form-errors.js';
import { useOrganisations } from '../../lib/queries.js';
import { storiesStrings } from '../../lib/strings/stories.js';
import { AskToConfirm, type Send } from './ask-to-confirm.js';
import { ChoiceGroup } from './choice-group.js';
import { confirmationsKey, consentWordingKey, useConsentVoice, type AskState } from './consent-api.js';
import { WordingDetails } from './consent-wording.js';
import { TierDetails, type Identification } from './tier-details.js';
import { myStoriesKey, storyKey } from './story-api.js';

const r = storiesStrings.consentRoom;
const FORM = 'consent';
/** In the order they appear on the page, so the error summary lists them in that order. */
const FIELDS = [
  'tier',
  'partnerOrganisationIds',
  'purpose',
  'identification',
  'pseudonym',
  'expiresAt',
  'method',
  'send',
  'to',
] as const;

interface ConsentFormProps {
  story: StoryResponse;
  wording: UseQueryResult<z.infer<typeof ConsentWordingResponseSchema>>;
  ask: AskState;
}

/**
 * What someone agrees to: the storyteller chooses for themselves; a peer supporter records what
 * the storyteller said in the room and how they agreed, and for sharing beyond the organisation
 * asks someone without an account to confirm it themselves.
 */
export function ConsentForm({ story, wording, ask }: ConsentFormProps) {
  const queryClient = useQueryClient();
  const v = useConsentVoice(story);
  const collector = story.access === 'collector';
  const form = useFormErrors(FIELDS, 'tier');
  const status = useFocusedStatus('stories-status');
  const consent = story.consent;
  const [tier, setTier] = useState<ConsentTier>(consent && !consent.withdrawn ? consent.tier : 'private');
  const [partners, setPartners] = useState<string[]>(consent?.partnerOrganisationIds ?? []);
  const [identification, setIdentification] = useState<Identification>(
    consent?.identification ?? 'anonymous',
  );
  const [expiry, setExpiry] = useState('');
  const [send, setSend] = useState<Send | null>(null);
  const [to, setTo] = useState({ email: '', text: '' });
  const [requested, setRequested] = useState<Confirmation | null>(null);
  const organisations = useOrganisations();
  const partnerChoices = (organisations.data?.organisations ?? []).filter(
    (o) => o.id !== story.organisationId,
  );
  // Sharing beyond the organisation is the storyteller's own yes; their peer supporter asks for it.
  const asking = collector && (tier === 'partners' || tier === 'public');

  const onProblem = (error: unknown) => {
    form.fromProblem(error);
    if (isApiError(error) && error.problem.errors?.some((e) => e.path.endsWith('wordingId'))) {
      void queryClient.invalidateQueries({ queryKey: consentWordingKey(story.organisationId) });
    }
  };
  const record = useMutation({
    mutationFn: (body: ConsentEventRequest) =>
      callEndpoint(consentEndpoints.record, { params: { storyId: story.id }, body }),
    onSuccess: (updated, body) => {
      queryClient.setQueryData(storyKey(story.id), updated);
      void queryClient.invalidateQueries({ queryKey: myStoriesKey });
      setRequested(null);
      status.show(collector && body.method === 'written' ? r.savedWithForm : v.saved);
    },
    onError: onProblem,
  });
  const request = useMutation({
    mutationFn: (body: ConfirmationRequest) =>
      callEndpoint(consentEndpoints.requestConfirmation, { params: { storyId: story.id }, body }),
    onSuccess: ({ confirmation }) => {
      void queryClient.invalidateQueries({ queryKey: confirmationsKey(story.id) });
      setRequested(confirmation);
      status.show(r.ask.sent[confirmation.channel]);
    },
    onError: onProblem,
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (asking && ask.kind !== 'ask') return;
    const values = readForm(event.currentTarget);
    const errors: FormError[] = [];
    const current = wording.data?.current;
    if (!current) errors.push({ field: null, message: v.wordingMissing });
    if (tier === 'partners' && partners.length === 0) {
      errors.push({ field: 'partnerOrganisationIds', message: v.choosePartner });
    }
    const pseudonym = (values.pseudonym ?? '').trim();
    if (tier === 'public' && identification === 'pseudonym' && pseudonym === '') {
      errors.push({ field: 'pseudonym', message: v.enterPseudonym });
    }
    if (tier !== 'private' && expiry !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(expiry)) {
      errors.push({ field: 'expiresAt', message: v.badDate });
    }
    const method = ConsentMethodSchema.safeParse(collector ? values.method : 'digital');
    if (!method.success) errors.push({ field: 'method', message: r.chooseMethod });
    const typed = send === 'email' || send === 'text' ? to[send].trim() : '';
    if (asking && !send) errors.push({ field: 'send', message: r.ask.chooseSend });
    if (asking && send === 'email' && typed !== '' && !looksLikeEmail(typed)) {
      errors.push({ field: 'to', message: r.ask.badEmail });
    }
    if (asking && send === 'text' && typed !== '' && mobilePhoneNumber(typed) === null) {
      errors.push({ field: 'to', message: r.ask.badMobile });
    }
    if (errors.length > 0 || !current || !method.success) {
      form.setErrors(errors);
      return;
    }
    const choice = {
      tier,
      method: method.data,
      partnerOrganisationIds: tier === 'partners' ? partners : [],
      purpose: tier === 'partners' ? (values.purpose ?? '') : '',
      identification: tier === 'public' ? identification : 'anonymous',
      ...(tier === 'public' && identification === 'pseudonym' ? { pseudonym } : {}),
      media: ['text' as const],
      ...(expiry === '' || tier === 'private' ? {} : { expiresAt: `${expiry}T23:59:59Z` }),
      ...(current.id ? { wordingId: current.id } : {}),
    };
    if (asking) {
      const parsed = ConfirmationRequestSchema.safeParse({
        ...choice,
        send,
        ...(send !== 'print' && typed !== '' ? { to: typed } : {}),
      });
      if (!parsed.success) return form.fromZod(parsed.error);
      form.clear();
      request.mutate(parsed.data);
      return;
    }
    const parsed = ConsentGrantSchema.safeParse({
      action: 'grant',
      ...choice,
      wordingVersion: current.version,
    });
    if (!parsed.success) return form.fromZod(parsed.error);
    form.clear();
    record.mutate(parsed.data);
  };

  return (
    <section className="section" aria-labelledby="consent-choose-title">
      <h2 id="consent-choose-title">{v.chooseTitle}</h2>
      <ErrorSummary formId={FORM} errors={form.errors} />
      <form id={FORM} noValidate onSubmit={onSubmit} className="form">
        <WordingDetails wording={wording} own={!collector} voice={v} />
        <ChoiceGroup
          id={fieldId(FORM, 'tier')}
          name="tier"
          legend={v.tierLabel}
          error={form.errorFor('tier')}
          choices={CONSENT_TIERS.map((value) => ({ value, label: v.tiers[value], hint: v.tierHints[value] }))}
          selected={[tier]}
          onChange={(value) => setTier(value as ConsentTier)}
          reveal={(value) => (
            <TierDetails
              formId={FORM}
              story={story}
              tier={value as ConsentTier}
              errorFor={form.errorFor}
              organisations={partnerChoices}
              organisationsPending={organisations.isPending}
              partners={partners}
              onPartner={(id, checked) =>
                setPartners((list) => (checked ? [...list, id] : list.filter((item) => item !== id)))
              }
              identification={identification}
              onIdentification={setIdentification}
              expiry={expiry}
              onExpiry={setExpiry}
            />
          )}
        />
        {collector ? (
          <RadioGroup
            id={fieldId(FORM, 'method')}
            name="method"
            label={r.method}
            options={ConsentMethodSchema.options.map((value) => ({ value, label: r.methods[value] }))}
            error={form.errorFor('method')}
          />
        ) : null}
        {!asking ? (
          <Button type="submit" isPending={record.isPending} pendingLabel={v.saving}>
            {v.save}
          </Button>
        ) : ask.kind === 'ask' ? (
          <AskToConfirm
            formId={FORM}
            send={send}
            onSend={setSend}
            to={to}
            onTo={(channel, typed) => setTo((previous) => ({ ...previous, [channel]: typed }))}
            errorFor={form.errorFor}
            isPending={request.isPending}
          />
        ) : ask.kind === 'own' ? (
          <p className="callout">{r.ask.hasAccount}</p>
        ) : ask.kind === 'failed' ? (
          <LoadError error={ask.error} onRetry={ask.retry} />
        ) : (
          <Loading label={r.ask.checking} />
        )}
      </form>
      {status.node}
      {requested?.channel === 'print' ? (
        <p>
          <Link to={`/stories/${story.id}/consent-record/${requested.id}`}>{r.requests.openRecord}</Link>
        </p>
      ) : requested ? (
        <DevOutboxLink>{r.ask.devOutbox}</DevOutboxLink>
      ) : null}
    </section>
  );
}
