import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import {
  CreateInvitationRequestSchema,
  CreateInvitationResponseSchema,
  MembersResponseSchema,
  ROLES,
  RoleSchema,
  type CreateInvitationRequest,
  type Member,
  type MembersResponse,
  type Role,
} from '../../../contracts/people.js';
import { Button } from '../../components/button.js';
import { DevOutboxLink } from '../../components/dev-outbox-link.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { LoadError } from '../../components/load-error.js';
import { NotFound } from '../../components/not-found.js';
import { Loading } from '../../components/loading.js';
import { PageHeading } from '../../components/page-heading.js';
import { RadioGroup } from '../../components/radio-group.js';
import { StatusMessage } from '../../components/status-message.js';
import { TextField } from '../../components/text-field.js';
import { apiAction, apiRequest, isApiError } from '../../lib/api.js';
import { formatDate } from '../../lib/format.js';
import { fieldId, readForm, useFormErrors, type FormError } from '../../lib/form-errors.js';
import { isPartnershipAdmin, useMe } from '../../lib/session.js';
import { roleInSentence, strings } from '../../lib/strings.js';

const INVITE_FORM = 'invite';
const INVITE_FIELDS = ['email', 'role'] as const;

/** Roles a coordinator may give; only a partnership admin may make another. */
function assignableRoles(admin: boolean): readonly Role[] {
  return admin ? ROLES : ROLES.filter((role) => role !== 'partnership_admin');
}

function membersKey(organisationId: string) {
  return ['organisations', organisationId, 'members'] as const;
}

interface MemberRowProps {
  member: Member;
  organisationId: string;
  organisationName: string;
  isYou: boolean;
  roles: readonly Role[];
  /** Called after a removal, with what to announce; the list then takes focus. */
  onRemoved: (message: string) => void;
}

function MemberRow({ member, organisationId, organisationName, isYou, roles, onRemoved }: MemberRowProps) {
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [roleMessage, setRoleMessage] = useState<string | null>(null);
  const confirmRef = useRef<HTMLParagraphElement>(null);
  const formId = `member-${member.membershipId}`;
  const roleOptions = roles.includes(member.role) ? roles : [...roles, member.role];

  const removeRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  // Focus follows the question: onto it when it appears, back to "Remove" when it is cancelled.
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
    else if (wasConfirming.current) removeRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const refresh = () => queryClient.invalidateQueries({ queryKey: membersKey(organisationId) });
  const changeRole = useMutation({
    mutationFn: (role: Role) =>
      apiAction(`/api/memberships/${member.membershipId}`, { method: 'PATCH', body: { role } }),
    onSuccess: (_data, role) => {
      setErrors([]);
      setRoleMessage(strings.members.roleChanged(member.displayName, roleInSentence(role)));
      void refresh();
    },
    onError: (error) =>
      setErrors([
        { field: 'role', message: isApiError(error) ? error.problem.detail : strings.errors.generic },
      ]),
  });
  const remove = useMutation({
    mutationFn: () => apiAction(`/api/memberships/${member.membershipId}`, { method: 'DELETE' }),
    onSuccess: () => {
      onRemoved(strings.members.removed(member.displayName));
      void refresh();
    },
    onError: (error) => {
      setConfirming(false);
      setErrors([
        { field: null, message: isApiError(error) ? error.problem.detail : strings.errors.generic },
      ]);
    },
  });

  const onChangeRole = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setRoleMessage(null);
    const parsed = RoleSchema.safeParse(readForm(event.currentTarget).role);
    if (parsed.success && parsed.data !== member.role) changeRole.mutate(parsed.data);
  };

  const roleError = errors.find((error) => error.field === 'role')?.message;
  const selectId = fieldId(formId, 'role');

  return (
    <li className="member">
      <h3 className="member__name">
        {member.displayName} {isYou ? <span className="secondary-text">{strings.members.you}</span> : null}
      </h3>
      <dl className="member__details">
        <div>
          <dt className="visually-hidden">{strings.common.email}</dt>
          <dd className="member__email">{member.email}</dd>
        </div>
        <div>
          <dt className="visually-hidden">{strings.common.role}</dt>
          <dd>
            <span className="tag">{strings.roles[member.role]}</span>
          </dd>
        </div>
        <div>
          <dt className="visually-hidden">{strings.members.sinceLabel}</dt>
          <dd className="secondary-text">{strings.members.since(formatDate(member.since))}</dd>
        </div>
      </dl>
      <ErrorSummary formId={formId} errors={errors} headingLevel={4} />
      {isYou ? null : (
        <div className="member__actions">
          <form id={formId} className="inline-form" noValidate onSubmit={onChangeRole}>
            <div className={roleError ? 'field field--error' : 'field'}>
              <label className="field__label field__label--small" htmlFor={selectId}>
                {strings.members.newRole(member.displayName)}
              </label>
              {roleError ? (
                <p className="field__error" id={`${selectId}-error`}>
                  {roleError}
                </p>
              ) : null}
              <div className="inline-form__row">
                <select
                  id={selectId}
                  name="role"
                  className="select"
                  defaultValue={member.role}
                  aria-describedby={roleError ? `${selectId}-error` : undefined}
                  aria-invalid={roleError ? true : undefined}
                >
                  {roleOptions.map((role) => (
                    <option key={role} value={role}>
                      {strings.roles[role]}
                    </option>
                  ))}
                </select>
                <Button
                  type="submit"
                  variant="secondary"
                  isPending={changeRole.isPending}
                  pendingLabel={strings.common.saving}
                >
                  {strings.members.saveRole}
                </Button>
              </div>
            </div>
            <StatusMessage>{roleMessage}</StatusMessage>
          </form>
          {confirming ? (
            <div className="confirm">
              <p className="confirm__text" ref={confirmRef} tabIndex={-1}>
                {strings.members.removeConfirm(member.displayName, organisationName)}
              </p>
              <div className="button-group">
                <Button
                  variant="warning"
                  isPending={remove.isPending}
                  pendingLabel={strings.common.saving}
                  onPress={() => remove.mutate()}
                >
                  {strings.members.removeYes}
                </Button>
                <Button variant="link" onPress={() => setConfirming(false)}>
                  {strings.common.cancel}
                </Button>
              </div>
            </div>
          ) : (
            <Button
              ref={removeRef}
              variant="link"
              aria-label={strings.members.removeLabel(member.displayName)}
              onPress={() => setConfirming(true)}
            >
              {strings.members.remove}
            </Button>
          )}
        </div>
      )}
    </li>
  );
}

function InviteForm({ organisationId, roles }: { organisationId: string; roles: readonly Role[] }) {
  const queryClient = useQueryClient();
  const form = useFormErrors(INVITE_FIELDS, 'email');
  const [invited, setInvited] = useState<string | null>(null);
  const invite = useMutation({
    mutationFn: (body: CreateInvitationRequest) =>
      apiRequest(`/api/organisations/${organisationId}/invitations`, CreateInvitationResponseSchema, {
        method: 'POST',
        body,
      }),
    onError: (error) => form.fromProblem(error),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setInvited(null);
    const element = event.currentTarget;
    const values = readForm(element);
    const parsed = CreateInvitationRequestSchema.safeParse({
      email: values.email ?? '',
      role: values.role ?? '',
    });
    if (!parsed.success) {
      form.fromZod(parsed.error, values, {
        email: strings.errors.enterTheirEmail,
        role: strings.errors.chooseRole,
      });
      return;
    }
    form.clear();
    invite.mutate(parsed.data, {
      onSuccess: () => {
        element.reset();
        setInvited(parsed.data.email);
        void queryClient.invalidateQueries({ queryKey: membersKey(organisationId) });
      },
    });
  };

  return (
    <section className="section" aria-labelledby="invite-title">
      <h2 id="invite-title">{strings.members.inviteTitle}</h2>
      <p>{strings.members.inviteLead}</p>
      <ErrorSummary formId={INVITE_FORM} errors={form.errors} headingLevel={3} />
      <form id={INVITE_FORM} noValidate onSubmit={onSubmit} className="form">
        <TextField
          id={fieldId(INVITE_FORM, 'email')}
          name="email"
          type="email"
          label={strings.common.email}
          hint={strings.members.inviteEmailHint}
          autoComplete="off"
          spellCheck={false}
          error={form.errorFor('email')}
        />
        <RadioGroup
          id={fieldId(INVITE_FORM, 'role')}
          name="role"
          label={strings.members.inviteRole}
          hint={strings.members.inviteRoleHint}
          defaultValue="member"
          error={form.errorFor('role')}
          options={roles.map((role) => ({
            value: role,
            label: strings.roles[role],
            hint: strings.roleHints[role],
          }))}
        />
        <Button type="submit" isPending={invite.isPending} pendingLabel={strings.members.inviteSubmitting}>
          {strings.members.inviteSubmit}
        </Button>
        <StatusMessage>{invited ? strings.members.invited(invited) : null}</StatusMessage>
        {invited ? <DevOutboxLink>{strings.members.devOutbox}</DevOutboxLink> : null}
      </form>
    </section>
  );
}

function Members({
  data,
  meId,
  roles,
}: {
  data: MembersResponse;
  meId: string | undefined;
  roles: readonly Role[];
}) {
  const [message, setMessage] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const onRemoved = (text: string) => {
    setMessage(text);
    // The row that had focus is gone: continue from the list's heading.
    headingRef.current?.focus();
  };
  const members = [...data.members].sort((a, b) =>
    a.displayName.localeCompare(b.displayName, strings.locale),
  );
  return (
    <>
      <StatusMessage>{message}</StatusMessage>
      <section className="section" aria-labelledby="members-title">
        <h2 id="members-title" ref={headingRef} tabIndex={-1}>
          {strings.members.listTitle}{' '}
          <span className="secondary-text">({strings.members.count(members.length)})</span>
        </h2>
        <ul className="plain-list member-list">
          {members.map((member) => (
            <MemberRow
              key={member.membershipId}
              member={member}
              organisationId={data.organisation.id}
              organisationName={data.organisation.name}
              isYou={member.personId === meId}
              roles={roles}
              onRemoved={onRemoved}
            />
          ))}
        </ul>
      </section>
      <section className="section" aria-labelledby="pending-title">
        <h2 id="pending-title">{strings.members.pendingTitle}</h2>
        {data.invitations.length === 0 ? (
          <p>{strings.members.pendingNone}</p>
        ) : (
          <ul className="plain-list record-list">
            {data.invitations.map((invitation) => (
              <li key={invitation.id} className="record">
                <p className="record__title member__email">{invitation.email}</p>
                <p>
                  {strings.members.pendingItem(
                    strings.roles[invitation.role],
                    formatDate(invitation.invitedAt),
                  )}
                </p>
                <p className="secondary-text">
                  {strings.members.pendingExpires(formatDate(invitation.expiresAt))}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

export function MembersPage() {
  const { organisationId = '' } = useParams();
  const me = useMe();
  const query = useQuery({
    queryKey: membersKey(organisationId),
    queryFn: () =>
      apiRequest(`/api/organisations/${encodeURIComponent(organisationId)}/members`, MembersResponseSchema),
  });

  if (query.isError && isApiError(query.error) && [400, 403, 404].includes(query.error.status)) {
    return <NotFound />;
  }

  const roles = assignableRoles(isPartnershipAdmin(me.data));
  const name = query.data?.organisation.name;
  return (
    <>
      <PageHeading>{name ? strings.members.titleFor(name) : strings.members.title}</PageHeading>
      <p className="lead">{strings.members.lead}</p>
      <p>
        <Link to={`/organisations/${organisationId}/support-lines`}>{strings.members.supportLinesLink}</Link>
      </p>
      <p>
        <Link to={`/organisations/${organisationId}/consent-wording`}>
          {strings.members.consentWordingLink}
        </Link>
      </p>
      {query.isPending ? <Loading /> : null}
      {query.isError ? <LoadError error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data ? (
        <>
          <InviteForm organisationId={organisationId} roles={roles} />
          <Members data={query.data} meId={me.data?.person.id} roles={roles} />
        </>
      ) : null}
    </>
  );
}
