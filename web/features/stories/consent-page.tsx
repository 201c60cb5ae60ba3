import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { OrganisationListResponseSchema } from '../../../contracts/people.js';
import {
  CONSENT_TIERS,
  ConsentGrantSchema,
  StoryResponseSchema,
  type ConsentEventRequest,
  type ConsentTier,
  type StoryResponse,
} from '../../../contracts/stories.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { NotFound } from '../../components/not-found.js';
import { PageHeading } from '../../components/page-heading.js';
import { StatusMessage } from '../../components/status-message.js';
import { TextField } from '../../components/text-field.js';
import { apiRequest, isApiError } from '../../lib/api.js';
import { formatDate, formatDateTime } from '../../lib/format.js';
import { fieldId, readForm, useFormErrors } from '../../lib/form-errors.js';
import './stories.css';
import { storiesStrings } from '../../lib/strings/stories.js';
import { ChoiceGroup } from './choice-group.js';
import { HoldNotice } from './hold-notice.js';
import { myStoriesKey, sendStoryRequest, storyKey } from './story-api.js';
import { SupportLines } from './support-lines.js';

const s = storiesStrings.consent;
const FORM = 'consent';
const FIELDS = [
  'tier',
  'partnerOrganisationIds',
  'purpose',
  'expiresAt',
  'identification',
  'pseudonym',
] as const;
const WORDING_VERSION = 'web-2026-1';
type Identification = 'anonymous' | 'pseudonym' | 'first_name';

function ConsentHistory({ story }: { story: StoryResponse }) {
  const events = story.consentEvents ?? [];
  return (
    <section className="section" aria-labelledby="consent-history-title">
      <h2 id="consent-history-title">{s.history}</h2>
      {events.length === 0 ? (
        <p>{s.historyNone}</p>
      ) : (
        <ul className="plain-list record-list">
          {[...events].reverse().map((event) => (
            <li key={event.id} className="record">
              <p className="record__title">
                {event.action === 'grant' && event.tier ? s.grantEvent(s.tiers[event.tier]) : s.withdrawEvent}
              </p>
              <p className="secondary-text">
                {s.recordedBy(event.recordedByName, s.methods[event.method], formatDateTime(event.at))}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ConsentForm({ story }: { story: StoryResponse }) {
  const queryClient = useQueryClient();
  const form = useFormErrors(FIELDS, 'tier');
  const consent = story.consent;
  const [tier, setTier] = useState<ConsentTier>(consent && !consent.withdrawn ? consent.tier : 'private');
  const [partners, setPartners] = useState<string[]>(consent?.partnerOrganisationIds ?? []);
  const [identification, setIdentification] = useState<Identification>(
    consent?.identification ?? 'anonymous',
  );
  const [saved, setSaved] = useState(false);
  const organisations = useQuery({
    queryKey: ['organisations'],
    queryFn: () => apiRequest('/api/organisations', OrganisationListResponseSchema),
  });
  const partnerChoices = (organisations.data?.organisations ?? []).filter(
    (o) => o.id !== story.organisationId,
  );

  const record = useMutation({
    mutationFn: (body: ConsentEventRequest) =>
      sendStoryRequest(`/api/stories/${story.id}/consent`, StoryResponseSchema, { method: 'POST', body }),
    onSuccess: (updated) => {
      queryClient.setQueryData(storyKey(story.id), updated);
      void queryClient.invalidateQueries({ queryKey: myStoriesKey });
      setSaved(true);
    },
    onError: (error) => form.fromProblem(error),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    const values = readForm(event.currentTarget);
    const expiry = values.expiresAt ?? '';
    if (expiry !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(expiry)) {
      form.setErrors([{ field: 'expiresAt', message: s.badDate }]);
      return;
    }
    if (tier === 'partners' && partners.length === 0) {
      form.setErrors([{ field: 'partnerOrganisationIds', message: s.choosePartner }]);
      return;
    }
    const pseudonym = (values.pseudonym ?? '').trim();
    if (tier === 'public' && identification === 'pseudonym' && pseudonym === '') {
      form.setErrors([{ field: 'pseudonym', message: s.enterPseudonym }]);
      return;
    }
    const parsed = ConsentGrantSchema.safeParse({
      action: 'grant',
      tier,
      method: 'digital',
      partnerOrganisationIds: tier === 'partners' ? partners : [],
      purpose: tier === 'partners' ? (values.purpose ?? '') : '',
      identification: tier === 'public' ? identification : 'anonymous',
      ...(tier === 'public' && identification === 'pseudonym' ? { pseudonym } : {}),
      media: ['text'],
      ...(expiry === '' || tier === 'private' ? {} : { expiresAt: `${expiry}T23:59:59Z` }),
      wordingVersion: WORDING_VERSION,
    });
    if (!parsed.success) {
      form.fromZod(parsed.error);
      return;
    }
    form.clear();
    record.mutate(parsed.data);
  };

  return (
    <section className="section" aria-labelledby="consent-choose-title">
      <h2 id="consent-choose-title">{s.chooseTitle}</h2>
      <ErrorSummary formId={FORM} errors={form.errors} />
      <form id={FORM} noValidate onSubmit={onSubmit} className="form">
        <ChoiceGroup
          id={fieldId(FORM, 'tier')}
          name="tier"
          legend={s.tierLabel}
          error={form.errorFor('tier')}
          choices={CONSENT_TIERS.map((value) => ({ value, label: s.tiers[value], hint: s.tierHints[value] }))}
          selected={[tier]}
          onChange={(value) => setTier(value as ConsentTier)}
          reveal={(value) =>
            value === 'partners' ? (
              <>
                {organisations.isPending ? <Loading /> : null}
                <ChoiceGroup
                  id={fieldId(FORM, 'partnerOrganisationIds')}
                  name="partnerOrganisationIds"
                  type="checkbox"
                  legend={s.partners}
                  error={form.errorFor('partnerOrganisationIds')}
                  choices={partnerChoices.map((o) => ({ value: o.id, label: o.name }))}
                  selected={partners}
                  onChange={(id, checked) =>
                    setPartners((list) => (checked ? [...list, id] : list.filter((item) => item !== id)))
                  }
                />
                <TextField
                  id={fieldId(FORM, 'purpose')}
                  name="purpose"
                  label={s.purpose}
                  hint={s.purposeHint}
                  autoComplete="off"
                  defaultValue={consent?.purpose ?? ''}
                  error={form.errorFor('purpose')}
                />
                <ExpiryField error={form.errorFor('expiresAt')} />
              </>
            ) : value === 'public' ? (
              <>
                <ChoiceGroup
                  id={fieldId(FORM, 'identification')}
                  name="identification"
                  legend={s.identification}
                  error={form.errorFor('identification')}
                  choices={(['anonymous', 'pseudonym', 'first_name'] as const).map((v) => ({
                    value: v,
                    label: s.identifications[v],
                  }))}
                  selected={[identification]}
                  onChange={(v) => setIdentification(v as Identification)}
                  reveal={(v) =>
                    v === 'pseudonym' ? (
                      <TextField
                        id={fieldId(FORM, 'pseudonym')}
                        name="pseudonym"
                        label={s.pseudonym}
                        autoComplete="off"
                        width="medium"
                        defaultValue={consent?.pseudonym ?? ''}
                        error={form.errorFor('pseudonym')}
                      />
                    ) : null
                  }
                />
                <ExpiryField error={form.errorFor('expiresAt')} />
              </>
            ) : value === 'analysis' ? (
              <ExpiryField error={form.errorFor('expiresAt')} />
            ) : null
          }
        />
        <Button type="submit" isPending={record.isPending} pendingLabel={s.saving}>
          {s.save}
        </Button>
        <StatusMessage>{saved ? s.saved : null}</StatusMessage>
      </form>
    </section>
  );
}

function ExpiryField({ error }: { error: string | undefined }) {
  const id = fieldId(FORM, 'expiresAt');
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {s.expiry}
      </label>
      <p className="field__hint" id={`${id}-hint`}>
        {s.expiryHint}
      </p>
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <input
        id={id}
        name="expiresAt"
        type="date"
        className="field__input field__input--short"
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
      />
    </div>
  );
}

function WithdrawSection({ story }: { story: StoryResponse }) {
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState(false);
  const form = useFormErrors(['withdraw'], 'withdraw');
  const confirmRef = useRef<HTMLParagraphElement>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  const withdraw = useMutation({
    mutationFn: () =>
      sendStoryRequest(`/api/stories/${story.id}/consent`, StoryResponseSchema, {
        method: 'POST',
        body: { action: 'withdraw', method: 'digital', wordingVersion: WORDING_VERSION },
      }),
    onSuccess: (updated) => {
      queryClient.setQueryData(storyKey(story.id), updated);
      void queryClient.invalidateQueries({ queryKey: myStoriesKey });
      setConfirming(false);
      setDone(true);
    },
    onError: (error) => form.fromProblem(error),
  });
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  if (done || story.status === 'withdrawn') {
    return (
      <section className="section withdraw" aria-labelledby="withdraw-title">
        <h2 id="withdraw-title">{s.withdrawTitle}</h2>
        <div className="banner banner--success" ref={doneRef} tabIndex={-1} role="status">
          <p className="banner__text">{done ? s.withdrawn : s.withdrawnAlready}</p>
        </div>
      </section>
    );
  }
  return (
    <section className="section withdraw" aria-labelledby="withdraw-title">
      <h2 id="withdraw-title">{s.withdrawTitle}</h2>
      <p>{s.withdrawLead}</p>
      <ErrorSummary formId="withdraw" errors={form.errors} />
      {confirming ? (
        <div className="confirm">
          <p className="confirm__text" ref={confirmRef} tabIndex={-1}>
            {s.withdrawConfirm}
          </p>
          <div className="button-group">
            <Button
              variant="warning"
              isPending={withdraw.isPending}
              pendingLabel={s.withdrawing}
              onPress={() => withdraw.mutate()}
            >
              {s.withdrawYes}
            </Button>
            <Button variant="secondary" onPress={() => setConfirming(false)}>
              {storiesStrings.common.cancel}
            </Button>
          </div>
        </div>
      ) : (
        <Button variant="warning" onPress={() => setConfirming(true)}>
          {s.withdraw}
        </Button>
      )}
    </section>
  );
}

function CurrentConsent({ story }: { story: StoryResponse }) {
  const consent = story.consent;
  if (!consent) return null;
  let summary: string = s.tiers[consent.tier];
  if (consent.withdrawn) summary = s.withdrawEvent;
  else if (consent.expired) summary = s.expired;
  return (
    <dl className="summary-list">
      <div className="summary-list__row">
        <dt>{s.current}</dt>
        <dd>
          {summary}
          {consent.expiresAt && !consent.withdrawn ? ` (${formatDate(consent.expiresAt)})` : null}
        </dd>
      </div>
    </dl>
  );
}

export function ConsentPage() {
  const { storyId = '' } = useParams();
  const story = useQuery({
    queryKey: storyKey(storyId),
    queryFn: () => apiRequest(`/api/stories/${storyId}`, StoryResponseSchema),
  });
  if (story.isError && isApiError(story.error, 404)) return <NotFound />;
  const data = story.data;
  return (
    <>
      <PageHeading caption={data?.title || undefined}>{s.title}</PageHeading>
      <p className="lead">{s.lead}</p>
      {story.isPending ? <Loading /> : null}
      {story.isError ? <LoadError error={story.error} onRetry={() => void story.refetch()} /> : null}
      {data ? (
        <>
          {data.holdStage ? (
            <HoldNotice story={data}>
              {data.status === 'withdrawn' ? null : (
                <p>
                  <Link to={`/stories/${data.id}`} className="button button--primary">
                    {storiesStrings.hold.readAgain}
                  </Link>
                </p>
              )}
            </HoldNotice>
          ) : data.safeguardingHold ? (
            <p className="callout">{s.held}</p>
          ) : null}
          <SupportLines lines={data.supportLines} />
          <CurrentConsent story={data} />
          {data.status === 'withdrawn' ? null : (
            <>
              {data.status === 'approved' ? null : (
                <p className="callout">
                  {s.notApproved} <Link to={`/stories/${data.id}/review`}>{storiesStrings.story.review}</Link>
                </p>
              )}
              <ConsentForm story={data} />
            </>
          )}
          <ConsentHistory story={data} />
          <WithdrawSection story={data} />
        </>
      ) : null}
    </>
  );
}
