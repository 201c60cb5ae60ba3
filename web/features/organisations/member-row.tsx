import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { organisationEndpoints } from '../../../contracts/people.endpoints.js';
import { ChangeRoleRequestSchema, type Member, type Role } from '../../../contracts/people.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { StatusMessage } from '../../components/status-message.js';
import { callEndpoint, errorText } from '../../lib/api.js';
import { useContractForm } from '../../lib/contract-form.js';
import { formatDate } from '../../lib/format.js';
import { fieldId } from '../../lib/form-errors.js';
import { sharedKeys } from '../../lib/queries.js';
import { roleInSentence, strings } from '../../lib/strings.js';

const ROLE_FIELDS = ['role'] as const;

interface MemberRowProps {
  member: Member;
  organisationId: string;
  organisationName: string;
  isYou: boolean;
  roles: readonly Role[];
  /** Called after a removal, with what to announce; the list then takes focus. */
  onRemoved: (message: string) => void;
}

/** One member: their details, a form to change their role, and removing them (after a question). */
export function MemberRow({
  member,
  organisationId,
  organisationName,
  isYou,
  roles,
  onRemoved,
}: MemberRowProps) {
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const form = useContractForm({ schema: ChangeRoleRequestSchema, fields: ROLE_FIELDS });
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

  const refresh = () => queryClient.invalidateQueries({ queryKey: sharedKeys.members(organisationId) });
  const params = { membershipId: member.membershipId };
  const changeRole = useMutation({
    mutationFn: (role: Role) => callEndpoint(organisationEndpoints.changeRole, { params, body: { role } }),
    onSuccess: (_data, role) => {
      form.clear();
      setRoleMessage(strings.members.roleChanged(member.displayName, roleInSentence(role)));
      void refresh();
    },
    onError: (error) => form.setErrors([{ field: 'role', message: errorText(error) }]),
  });
  const remove = useMutation({
    mutationFn: () => callEndpoint(organisationEndpoints.removeMembership, { params }),
    onSuccess: () => {
      onRemoved(strings.members.removed(member.displayName));
      void refresh();
    },
    onError: (error) => {
      setConfirming(false);
      form.setErrors([{ field: null, message: errorText(error) }]);
    },
  });

  const onChangeRole = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setRoleMessage(null);
    const body = form.parse(event.currentTarget);
    if (body && body.role !== member.role) changeRole.mutate(body.role);
  };

  const roleError = form.errorFor('role');
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
      <ErrorSummary formId={formId} errors={form.errors} headingLevel={4} />
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
