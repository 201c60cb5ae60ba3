import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import {
  ChangePasswordRequestSchema,
  CreateErasureRequestSchema,
  MeResponseSchema,
  MobileNumberSchema,
  MyErasureRequestsResponseSchema,
  PASSWORD_MIN_LENGTH,
  UpdateProfileRequestSchema,
  type ChangePasswordRequest,
  type CreateErasureRequest,
  type ErasureRequest,
  type MeResponse,
  type UpdateProfileRequest,
} from '../../../contracts/people.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { fieldDescribedBy, FieldHintAndError } from '../../components/field-message.js';
import { useFocusedStatus } from '../../components/focused-status.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { PageHeading } from '../../components/page-heading.js';
import { StatusMessage } from '../../components/status-message.js';
import { TextField } from '../../components/text-field.js';
import { apiAction, apiRequest } from '../../lib/api.js';
import { formatDate } from '../../lib/format.js';
import { fieldId, readForm, useFormErrors } from '../../lib/form-errors.js';
import { meQueryKey, useMe } from '../../lib/session.js';
import { strings } from '../../lib/strings.js';
import { accountStrings } from '../../lib/strings/account.js';

const PROFILE_FORM = 'profile';
const PROFILE_FIELDS = ['displayName'] as const;
const MOBILE_FORM = 'mobile-number';
const MOBILE_FIELDS = ['mobileNumber'] as const;
const PASSWORD_FORM = 'change-password';
const PASSWORD_FIELDS = ['currentPassword', 'newPassword'] as const;
const ERASURE_FORM = 'erasure';
const ERASURE_FIELDS = ['reason'] as const;
const erasureQueryKey = ['me', 'erasure-requests'] as const;

function ProfileSection({ me }: { me: MeResponse }) {
  const queryClient = useQueryClient();
  const form = useFormErrors(PROFILE_FIELDS, 'displayName');
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    mutationFn: (body: UpdateProfileRequest) => apiAction('/api/me', { method: 'PATCH', body }),
    onSuccess: () => {
      setSaved(true);
      void queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
    onError: (error) => form.fromProblem(error),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    const values = readForm(event.currentTarget);
    const parsed = UpdateProfileRequestSchema.safeParse({ displayName: values.displayName ?? '' });
    if (!parsed.success) {
      form.fromZod(parsed.error);
      return;
    }
    form.clear();
    save.mutate(parsed.data);
  };

  return (
    <section className="section" aria-labelledby="profile-title">
      <h2 id="profile-title">{strings.account.profileTitle}</h2>
      <p>{strings.account.profileLead}</p>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>{strings.account.emailLabel}</dt>
          <dd>{me.person.email}</dd>
        </div>
      </dl>
      <ErrorSummary formId={PROFILE_FORM} errors={form.errors} headingLevel={3} />
      <form id={PROFILE_FORM} noValidate onSubmit={onSubmit} className="form">
        <TextField
          id={fieldId(PROFILE_FORM, 'displayName')}
          name="displayName"
          label={strings.account.displayName}
          hint={strings.account.displayNameHint}
          autoComplete="nickname"
          defaultValue={me.person.displayName}
          width="medium"
          error={form.errorFor('displayName')}
        />
        <Button type="submit" isPending={save.isPending} pendingLabel={strings.common.saving}>
          {strings.account.saveName}
        </Button>
        <StatusMessage>{saved ? strings.account.nameSaved : null}</StatusMessage>
      </form>
    </section>
  );
}

/** A UK number as people write it (07700 900123); any other number as it was saved. */
function readableNumber(stored: string): string {
  const uk = /^\+44(7\d{3})(\d{6})$/.exec(stored);
  return uk ? `0${uk[1]} ${uk[2]}` : stored;
}

function MobileSection({ me }: { me: MeResponse }) {
  const m = accountStrings.mobile;
  const queryClient = useQueryClient();
  const form = useFormErrors(MOBILE_FIELDS, 'mobileNumber');
  const status = useFocusedStatus('account-status');
  const saved = me.person.mobileNumber;
  const save = useMutation({
    // The profile is saved whole, so the name goes with the number: the one saved now, not the one this
    // page loaded with (it may have changed since, here or in another tab).
    mutationFn: async (mobileNumber: string) => {
      const current = await apiRequest('/api/me', MeResponseSchema);
      await apiAction('/api/me', {
        method: 'PATCH',
        body: { displayName: current.person.displayName, mobileNumber },
      });
    },
    onSuccess: (_, mobileNumber) => {
      status.show(mobileNumber === '' ? m.removedMessage : m.savedMessage);
      void queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
    onError: (error) => form.fromProblem(error),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const values = readForm(event.currentTarget);
    const parsed = MobileNumberSchema.safeParse(values.mobileNumber ?? '');
    if (!parsed.success) {
      form.setErrors(
        parsed.error.issues.slice(0, 1).map((issue) => ({ field: 'mobileNumber', message: issue.message })),
      );
      return;
    }
    form.clear();
    save.mutate(parsed.data);
  };

  const id = fieldId(MOBILE_FORM, 'mobileNumber');
  const error = form.errorFor('mobileNumber');
  const hint = saved ? `${m.hint} ${m.removeHint}` : m.hint;
  return (
    <section className="section" aria-labelledby="mobile-title">
      <h2 id="mobile-title">{m.title}</h2>
      <p>{m.lead}</p>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>{m.saved}</dt>
          <dd>{saved ? readableNumber(saved) : m.none}</dd>
        </div>
      </dl>
      <ErrorSummary formId={MOBILE_FORM} errors={form.errors} headingLevel={3} />
      <form id={MOBILE_FORM} noValidate onSubmit={onSubmit} className="form">
        <div className="field" data-invalid={error ? '' : undefined}>
          <label className="field__label" htmlFor={id}>
            {m.label}
          </label>
          <FieldHintAndError id={id} hint={hint} error={error} />
          <input
            id={id}
            name="mobileNumber"
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            spellCheck={false}
            className="field__input field__input--medium"
            defaultValue={saved ? readableNumber(saved) : ''}
            aria-describedby={fieldDescribedBy(id, hint, error)}
            aria-invalid={error ? true : undefined}
          />
        </div>
        <Button type="submit" isPending={save.isPending} pendingLabel={strings.common.saving}>
          {m.save}
        </Button>
        {status.node}
      </form>
    </section>
  );
}

function PasswordSection({ me }: { me: MeResponse }) {
  const form = useFormErrors(PASSWORD_FIELDS, 'currentPassword');
  const [saved, setSaved] = useState(false);
  const change = useMutation({
    mutationFn: (body: ChangePasswordRequest) => apiAction('/api/me/password', { method: 'POST', body }),
    onError: (error) => form.fromProblem(error),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    const element = event.currentTarget;
    const values = readForm(element);
    const parsed = ChangePasswordRequestSchema.safeParse({
      currentPassword: values.currentPassword ?? '',
      newPassword: values.newPassword ?? '',
    });
    if (!parsed.success) {
      form.fromZod(parsed.error, values, { newPassword: strings.errors.enterNewPassword });
      return;
    }
    form.clear();
    change.mutate(parsed.data, {
      onSuccess: () => {
        element.reset();
        setSaved(true);
      },
    });
  };

  return (
    <section className="section" aria-labelledby="password-title">
      <h2 id="password-title">{strings.account.passwordTitle}</h2>
      <ErrorSummary formId={PASSWORD_FORM} errors={form.errors} headingLevel={3} />
      <form id={PASSWORD_FORM} noValidate onSubmit={onSubmit} className="form">
        <input type="hidden" name="username" autoComplete="username" value={me.person.email} />
        <TextField
          id={fieldId(PASSWORD_FORM, 'currentPassword')}
          name="currentPassword"
          type="password"
          label={strings.account.currentPassword}
          autoComplete="current-password"
          width="medium"
          error={form.errorFor('currentPassword')}
        />
        <TextField
          id={fieldId(PASSWORD_FORM, 'newPassword')}
          name="newPassword"
          type="password"
          label={strings.account.newPassword}
          hint={strings.account.newPasswordHint(PASSWORD_MIN_LENGTH)}
          autoComplete="new-password"
          width="medium"
          error={form.errorFor('newPassword')}
        />
        <Button type="submit" isPending={change.isPending} pendingLabel={strings.common.saving}>
          {strings.account.savePassword}
        </Button>
        <StatusMessage>{saved ? strings.account.passwordSaved : null}</StatusMessage>
      </form>
    </section>
  );
}

function DataSection() {
  return (
    <section className="section" aria-labelledby="data-title">
      <h2 id="data-title">{strings.account.dataTitle}</h2>
      <p>{strings.account.dataLead}</p>
      <p>
        <a href="/api/me/data" download className="button button--secondary">
          {strings.account.dataLink}
        </a>
      </p>
    </section>
  );
}

function ErasureHistory({ requests }: { requests: readonly ErasureRequest[] }) {
  return (
    <>
      <h3>{strings.account.erasureHistory}</h3>
      <ul className="plain-list record-list">
        {requests.map((request) => (
          <li key={request.id} className="record">
            <p className="record__title">
              <span className={`tag tag--${request.status}`}>{strings.account.status[request.status]}</span>
            </p>
            <p className="secondary-text">{strings.account.requestedOn(formatDate(request.requestedAt))}</p>
            {request.actionedAt ? (
              <p className="secondary-text">{strings.account.actionedOn(formatDate(request.actionedAt))}</p>
            ) : null}
            {request.outcome ? (
              <p>
                <strong>{strings.account.outcome}:</strong> {request.outcome}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}

function ErasureSection() {
  const queryClient = useQueryClient();
  const form = useFormErrors(ERASURE_FIELDS, 'reason');
  const [sent, setSent] = useState(false);
  const requests = useQuery({
    queryKey: erasureQueryKey,
    queryFn: () => apiRequest('/api/me/erasure-requests', MyErasureRequestsResponseSchema),
  });
  const ask = useMutation({
    mutationFn: (body: CreateErasureRequest) =>
      apiAction('/api/me/erasure-requests', { method: 'POST', body }),
    onSuccess: () => {
      setSent(true);
      void queryClient.invalidateQueries({ queryKey: erasureQueryKey });
    },
    onError: (error) => form.fromProblem(error),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSent(false);
    const values = readForm(event.currentTarget);
    const parsed = CreateErasureRequestSchema.safeParse({ reason: values.reason ?? '' });
    if (!parsed.success) {
      form.fromZod(parsed.error);
      return;
    }
    form.clear();
    ask.mutate(parsed.data);
  };

  const list = requests.data?.requests ?? [];
  const hasOpen = list.some((request) => request.status === 'open');

  return (
    <section className="section" aria-labelledby="erasure-title">
      <h2 id="erasure-title">{strings.account.erasureTitle}</h2>
      <p>{strings.account.erasureLead}</p>
      <StatusMessage>{sent ? strings.account.erasureSent : null}</StatusMessage>
      {requests.isPending ? <Loading /> : null}
      {requests.isError ? <LoadError error={requests.error} onRetry={() => void requests.refetch()} /> : null}
      {hasOpen ? <p className="callout">{strings.account.erasureOpen}</p> : null}
      {requests.isSuccess && !hasOpen ? (
        <>
          <ErrorSummary formId={ERASURE_FORM} errors={form.errors} headingLevel={3} />
          <form id={ERASURE_FORM} noValidate onSubmit={onSubmit} className="form">
            <TextField
              id={fieldId(ERASURE_FORM, 'reason')}
              name="reason"
              label={strings.account.erasureReason}
              hint={strings.account.erasureReasonHint}
              multiline
              error={form.errorFor('reason')}
            />
            <Button
              type="submit"
              variant="warning"
              isPending={ask.isPending}
              pendingLabel={strings.common.saving}
            >
              {strings.account.erasureSubmit}
            </Button>
          </form>
        </>
      ) : null}
      {list.length > 0 ? <ErasureHistory requests={list} /> : null}
    </section>
  );
}

export function AccountPage() {
  const me = useMe();
  return (
    <>
      <PageHeading>{strings.account.title}</PageHeading>
      <p className="lead">{strings.account.lead}</p>
      {me.data ? (
        <>
          <ProfileSection me={me.data} />
          <MobileSection me={me.data} />
          <PasswordSection me={me.data} />
          <DataSection />
          <ErasureSection />
        </>
      ) : me.isError ? (
        <LoadError error={me.error} onRetry={() => void me.refetch()} />
      ) : (
        <Loading />
      )}
    </>
  );
}
