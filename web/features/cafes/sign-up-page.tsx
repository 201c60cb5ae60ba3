import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import type { z } from 'zod';
import { SignUpRequestSchema } from '../../../contracts/cafes.js';
import { cafeSignUpEndpoints } from '../../../contracts/cafes.endpoints.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { PageHeading } from '../../components/page-heading.js';
import { callEndpoint, isApiError } from '../../lib/api.js';
import { useContractForm } from '../../lib/contract-form.js';
import { formatDateTime } from '../../lib/format.js';
import { fieldId } from '../../lib/form-errors.js';
import { cafesStrings } from '../../lib/strings/cafes.js';
import { NativeField } from '../../components/native-field.js';
import './cafes.css';

const s = cafesStrings.signUp;
const FORM = 'cafe-sign-up';
const FIELDS = ['name', 'contact', 'accessNeeds'] as const;

type SignUp = z.output<typeof SignUpRequestSchema>;

/** Public: what the café is, when and where, its access information, and a short sign-up form. */
export function SignUpPage() {
  const { cafeId = '' } = useParams();
  const form = useContractForm({
    schema: SignUpRequestSchema,
    fields: FIELDS,
    emptyMessages: { name: s.nameMissing },
  });
  const [signedUp, setSignedUp] = useState<{ emailed: boolean } | null>(null);
  const doneRef = useRef<HTMLHeadingElement>(null);
  const cafe = useQuery({
    queryKey: ['cafes', cafeId, 'public'],
    queryFn: () => callEndpoint(cafeSignUpEndpoints.getPublicCafe, { params: { cafeId } }),
    retry: (count, error) => !isApiError(error, 404) && count < 2,
  });
  const signUp = useMutation({
    mutationFn: (body: SignUp) => callEndpoint(cafeSignUpEndpoints.signUp, { params: { cafeId }, body }),
    onSuccess: (_, body) => setSignedUp({ emailed: body.contact.includes('@') }),
    onError: (error) => form.fromProblem(error),
  });
  useEffect(() => {
    if (signedUp) doneRef.current?.focus();
  }, [signedUp]);

  if (cafe.isPending) return <Loading />;
  if (cafe.isError) {
    if (isApiError(cafe.error, 404)) {
      return (
        <div className="narrow">
          <PageHeading>{s.notFoundTitle}</PageHeading>
          <p>{s.notFoundBody}</p>
        </div>
      );
    }
    return <LoadError error={cafe.error} onRetry={() => void cafe.refetch()} />;
  }
  const details = cafe.data;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = form.parse(event.currentTarget);
    if (body) signUp.mutate(body);
  };

  return (
    <div className="narrow">
      <PageHeading
        title={`${s.titlePrefix}${details.title}`}
        caption={details.organisationName ? s.organiser(details.organisationName) : undefined}
        hasErrors={form.errors.length > 0}
      >
        {details.title}
      </PageHeading>
      {details.purpose ? <p className="lead">{details.purpose}</p> : null}
      <dl className="summary-list section">
        <div className="summary-list__row">
          <dt>{s.when}</dt>
          <dd>{details.startsAt ? formatDateTime(details.startsAt) : s.dateTbc}</dd>
        </div>
        {details.venue ? (
          <div className="summary-list__row">
            <dt>{s.where}</dt>
            <dd>{details.venue}</dd>
          </div>
        ) : null}
        <div className="summary-list__row">
          <dt>{s.format}</dt>
          <dd>{cafesStrings.formats[details.format]}</dd>
        </div>
        {details.accessInfo ? (
          <div className="summary-list__row">
            <dt>{s.access}</dt>
            <dd>{details.accessInfo}</dd>
          </div>
        ) : null}
      </dl>
      {details.questions.length > 0 ? (
        <>
          <h2>{s.questions}</h2>
          <ul>
            {details.questions.map((question) => (
              <li key={question}>{question}</li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="callout">{s.asYourself}</p>

      {signedUp ? (
        <section className="callout" aria-labelledby="signed-up-title">
          <h2 id="signed-up-title" ref={doneRef} tabIndex={-1}>
            {s.doneTitle}
          </h2>
          <p>{s.done}</p>
          {signedUp.emailed ? <p>{s.doneEmail}</p> : null}
        </section>
      ) : details.placesLeft === 0 ? (
        <p className="callout">{s.full}</p>
      ) : (
        <section aria-labelledby="sign-up-title">
          <h2 id="sign-up-title">{s.formTitle}</h2>
          {details.placesLeft !== null ? <p>{s.placesLeft(details.placesLeft)}</p> : null}
          <ErrorSummary formId={FORM} errors={form.errors} />
          <form id={FORM} noValidate onSubmit={onSubmit} className="form">
            <NativeField
              id={fieldId(FORM, 'name')}
              name="name"
              label={s.name}
              hint={s.nameHint}
              error={form.errorFor('name')}
              autoComplete="given-name"
              maxLength={80}
            />
            <NativeField
              id={fieldId(FORM, 'contact')}
              name="contact"
              label={s.contact}
              hint={s.contactHint}
              error={form.errorFor('contact')}
              autoComplete="email"
              spellCheck={false}
              maxLength={120}
            />
            <NativeField
              id={fieldId(FORM, 'accessNeeds')}
              name="accessNeeds"
              label={s.accessNeeds}
              hint={s.accessNeedsHint}
              error={form.errorFor('accessNeeds')}
              maxLength={1000}
              multiline
            />
            <Button type="submit" isPending={signUp.isPending} pendingLabel={s.submitting}>
              {s.submit}
            </Button>
          </form>
        </section>
      )}
    </div>
  );
}
