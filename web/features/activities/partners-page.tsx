import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { PARTNER_KINDS, type PartnerListSchema } from '../../../contracts/activities.js';
import type { z } from 'zod';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { fieldDescribedBy, FieldHintAndError } from '../../components/field-message.js';
import { useFocusedStatus } from '../../components/focused-status.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { NativeField } from '../../components/native-field.js';
import { SelectField } from '../../components/select-field.js';
import { isApiError } from '../../lib/api.js';
import { fieldId, readForm, useFormErrors, type FormError } from '../../lib/form-errors.js';
import { formatDate } from '../../lib/format.js';
import { activitiesStrings } from '../../lib/strings/activities.js';
import { communityStrings } from '../../lib/strings/community.js';
import { api, keys } from './activities-api.js';
import {
  keepsCommunityOffer,
  maySignpost,
  OrganisationPage,
  partnershipPicker,
  safeWebsite,
  usePartnershipPage,
} from './shared.js';
import { InlineFormButtons } from '../../components/inline-form-buttons.js';
import { QueryResult } from '../../components/query-result.js';
import { usePageForm } from '../../lib/contract-form.js';
import './activities.css';

const s = communityStrings.partners;
const optional = communityStrings.common.optional;
type Partner = z.infer<typeof PartnerListSchema>['partners'][number];

const NEW_FORM = 'new-partner';
const NEW_FIELDS = ['name', 'kind', 'offers', 'contact', 'website'] as const;
const SIGNPOST_FIELDS = ['personId', 'consent', 'note'] as const;

interface Recorded {
  name: string;
  date: string;
  note: string;
}

/** What was saved, shown where the form was and focused so keyboard and screen reader users hear it. */
function RecordedReferral({ partner, recorded }: { partner: Partner; recorded: Recorded }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [recorded]);
  const headingId = `signpost-${partner.id}-recorded-heading`;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      className="act-response act-recorded"
      role="status"
      aria-labelledby={headingId}
    >
      <h4 id={headingId}>{s.recordedTitle}</h4>
      <p>{s.recorded(recorded.name, partner.name, recorded.date)}</p>
      {recorded.note ? <p className="act-prewrap">{s.recordedNote(recorded.note)}</p> : null}
    </div>
  );
}

function SignpostForm({
  partner,
  onRecorded,
  onClose,
}: {
  partner: Partner;
  onRecorded: (recorded: Recorded) => void;
  onClose: () => void;
}) {
  const formId = `signpost-${partner.id}`;
  const form = useFormErrors(SIGNPOST_FIELDS, 'consent');
  const [personId, setPersonId] = useState('');
  const people = useQuery({
    queryKey: keys.signpostPeople(partner.organisationId),
    queryFn: () => api.fetchSignpostPeople(partner.organisationId),
    retry: (count, error) => !isApiError(error, 404) && count < 2,
  });
  const chosen = people.data?.find((p) => p.personId === personId);
  const send = useMutation({
    mutationFn: (body: { personId: string; consent: boolean; note: string }) =>
      api.signpost(partner.id, body),
    onSuccess: (result) =>
      onRecorded({ name: chosen?.displayName ?? '', date: formatDate(result.createdAt), note: result.note }),
    onError: (error) => form.fromProblem(error),
  });
  // The button that opened the form has gone: put the keyboard in the form, or on why there is none.
  useEffect(() => {
    if (people.isSuccess) document.getElementById(fieldId(formId, 'personId'))?.focus();
    if (people.isError) document.getElementById(`${formId}-unavailable`)?.focus();
  }, [people.isSuccess, people.isError, formId]);

  const heading = (
    <h4 id={`${formId}-heading`} className="act-form-title">
      {s.signpostTitle(partner.name)}
    </h4>
  );
  if (people.isPending) return <Loading />;
  if (people.isError) {
    return (
      <div className="act-respond">
        {heading}
        {isApiError(people.error, 404) ? (
          <p className="callout" id={`${formId}-unavailable`} tabIndex={-1}>
            {s.peopleUnavailable}
          </p>
        ) : (
          <LoadError error={people.error} onRetry={() => void people.refetch()} />
        )}
        <Button variant="link" onPress={onClose}>
          {communityStrings.common.close}
        </Button>
      </div>
    );
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const values = readForm(event.currentTarget);
    const consent = values.consent === 'on';
    const errors: FormError[] = [];
    if (!chosen) errors.push({ field: 'personId', message: s.personMissing });
    // Nothing is sent without the person's agreement: the server would refuse it anyway.
    if (!consent) errors.push({ field: 'consent', message: s.consentMissing(chosen?.displayName ?? 'them') });
    if (errors.length > 0) {
      form.setErrors(errors);
      return;
    }
    form.clear();
    send.mutate({ personId, consent, note: (values.note ?? '').trim() });
  };
  const consentId = fieldId(formId, 'consent');
  const consentError = form.errorFor('consent');
  return (
    <div className="act-respond">
      {heading}
      <p className="act-warning">{s.signpostLead}</p>
      <ErrorSummary formId={formId} errors={form.errors} headingLevel={4} />
      <form id={formId} noValidate onSubmit={onSubmit} className="form" aria-labelledby={`${formId}-heading`}>
        <SelectField
          id={fieldId(formId, 'personId')}
          name="personId"
          label={s.person}
          error={form.errorFor('personId')}
          placeholder={s.choosePerson}
          options={(people.data ?? []).map((p) => ({ value: p.personId, label: p.displayName }))}
          value={personId}
          onChange={setPersonId}
        />
        <div className="field" data-invalid={consentError ? '' : undefined}>
          <FieldHintAndError id={consentId} hint={s.consentHint} error={consentError} />
          <label className="checkbox" htmlFor={consentId}>
            <input
              id={consentId}
              type="checkbox"
              name="consent"
              aria-describedby={fieldDescribedBy(consentId, s.consentHint, consentError)}
              aria-invalid={consentError ? true : undefined}
            />
            {chosen ? s.consent(chosen.displayName) : s.consentNoName}
          </label>
        </div>
        <NativeField
          id={fieldId(formId, 'note')}
          name="note"
          label={`${s.note} ${optional}`}
          hint={s.noteHint}
          error={form.errorFor('note')}
          maxLength={1000}
          multiline
        />
        <InlineFormButtons
          submit={s.send}
          pendingLabel={s.sending}
          isPending={send.isPending}
          close={communityStrings.common.close}
          onClose={onClose}
        />
      </form>
    </div>
  );
}

function PartnerItem({ partner, signposts }: { partner: Partner; signposts: boolean }) {
  const [open, setOpen] = useState(false);
  const [recorded, setRecorded] = useState<Recorded | null>(null);
  const titleId = `partner-${partner.id}-title`;
  const website = safeWebsite(partner.website);
  return (
    <li className="act-session">
      <article aria-labelledby={titleId}>
        <h3 id={titleId} className="act-session__title">
          {partner.name}
        </h3>
        <p className="act-session__meta">
          <span className="tag">{s.kinds[partner.kind]}</span>
        </p>
        <dl className="act-facts">
          <div>
            <dt>{s.offers}</dt>
            <dd className="act-prewrap">{partner.offers}</dd>
          </div>
          {partner.contact ? (
            <div>
              <dt>{s.contact}</dt>
              <dd className="act-prewrap">{partner.contact}</dd>
            </div>
          ) : null}
          {website ? (
            <div>
              <dt>{s.website}</dt>
              <dd>
                <a href={website} rel="noopener noreferrer" aria-label={s.websiteLink(partner.name)}>
                  {website}
                </a>
              </dd>
            </div>
          ) : null}
        </dl>
        {recorded ? <RecordedReferral partner={partner} recorded={recorded} /> : null}
        {signposts && !open ? (
          <Button
            variant="secondary"
            onPress={() => {
              setRecorded(null);
              setOpen(true);
            }}
            aria-label={s.signpostToggleLabel(partner.name)}
          >
            {s.signpostToggle}
          </Button>
        ) : null}
        {open ? (
          <SignpostForm
            partner={partner}
            onClose={() => setOpen(false)}
            onRecorded={(next) => {
              setOpen(false);
              setRecorded(next);
            }}
          />
        ) : null}
      </article>
    </li>
  );
}

function PartnerList({ organisationId, signposts }: { organisationId: string; signposts: boolean }) {
  const list = useQuery({
    queryKey: keys.partners(organisationId),
    queryFn: () => api.fetchPartners(organisationId),
  });
  return (
    <section className="section" aria-labelledby="partners-list-heading">
      <h2 id="partners-list-heading">{s.listTitle}</h2>
      <QueryResult
        query={list}
        isEmpty={(data) => data.partners.length === 0}
        empty={<p className="callout">{s.none}</p>}
      >
        {(data) => (
          <ul className="plain-list act-sessions">
            {data.partners.map((partner) => (
              <PartnerItem key={partner.id} partner={partner} signposts={signposts} />
            ))}
          </ul>
        )}
      </QueryResult>
    </section>
  );
}

function NewPartnerForm({
  organisationId,
  onErrors,
}: {
  organisationId: string;
  onErrors: (has: boolean) => void;
}) {
  const client = useQueryClient();
  const status = useFocusedStatus('act-status-message');
  const form = usePageForm(NEW_FIELDS, 'name', onErrors);
  const create = useMutation({
    mutationFn: api.createPartner,
    onSuccess: (partner) => {
      void client.invalidateQueries({ queryKey: keys.partners(organisationId) });
      form.succeeded();
      status.show(s.partnerAdded(partner.name));
    },
    onError: form.failed,
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const element = event.currentTarget;
    const values = readForm(element);
    const name = (values.name ?? '').trim();
    const offers = (values.offers ?? '').trim();
    const website = (values.website ?? '').trim();
    const errors: FormError[] = [];
    if (!name) errors.push({ field: 'name', message: s.nameMissing });
    if (!offers) errors.push({ field: 'offers', message: s.offersMissing });
    if (website && !/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(website)) {
      errors.push({ field: 'website', message: s.websiteInvalid });
    }
    if (errors.length > 0) {
      form.reject(errors);
      return;
    }
    form.clear();
    create.mutate(
      {
        organisationId,
        name,
        kind: values.kind ?? 'other',
        offers,
        contact: (values.contact ?? '').trim(),
        website: website || null,
      },
      { onSuccess: () => element.reset() },
    );
  };
  return (
    <section className="section narrow" aria-labelledby="new-partner-heading">
      <h2 id="new-partner-heading">{s.newTitle}</h2>
      <p>{s.newLead}</p>
      <ErrorSummary formId={NEW_FORM} errors={form.errors} />
      <form id={NEW_FORM} noValidate onSubmit={onSubmit} className="form">
        <NativeField
          id={fieldId(NEW_FORM, 'name')}
          name="name"
          label={s.fieldName}
          error={form.errorFor('name')}
          maxLength={200}
        />
        <SelectField
          id={fieldId(NEW_FORM, 'kind')}
          name="kind"
          label={s.fieldKind}
          error={form.errorFor('kind')}
          options={PARTNER_KINDS.map((k) => ({ value: k, label: s.kinds[k] }))}
          defaultValue="local_organisation"
        />
        <NativeField
          id={fieldId(NEW_FORM, 'offers')}
          name="offers"
          label={s.fieldOffers}
          hint={s.fieldOffersHint}
          error={form.errorFor('offers')}
          maxLength={4000}
          multiline
        />
        <NativeField
          id={fieldId(NEW_FORM, 'contact')}
          name="contact"
          label={`${s.fieldContact} ${optional}`}
          hint={s.fieldContactHint}
          error={form.errorFor('contact')}
          maxLength={500}
        />
        <NativeField
          id={fieldId(NEW_FORM, 'website')}
          name="website"
          type="url"
          label={`${s.fieldWebsite} ${optional}`}
          hint={s.fieldWebsiteHint}
          error={form.errorFor('website')}
          spellCheck={false}
          autoCapitalize="none"
        />
        <Button type="submit" isPending={create.isPending} pendingLabel={s.addingPartner}>
          {s.addPartner}
        </Button>
      </form>
      {status.node}
    </section>
  );
}

/** The partner directory; those who support members signpost them (with consent); coordinators add partners. */
export function PartnersPage() {
  const page = usePartnershipPage();
  return (
    <OrganisationPage
      page={page}
      title={s.title}
      lead={s.lead}
      pickerId="partners-organisation"
      {...partnershipPicker}
      none={activitiesStrings.common.noMembership}
    >
      {(current, me) => (
        <>
          <PartnerList
            key={`list-${current.id}`}
            organisationId={current.id}
            signposts={maySignpost(me, current.id)}
          />
          {keepsCommunityOffer(me, current.id) ? (
            <NewPartnerForm
              key={`form-${current.id}`}
              organisationId={current.id}
              onErrors={page.setHasErrors}
            />
          ) : null}
        </>
      )}
    </OrganisationPage>
  );
}
