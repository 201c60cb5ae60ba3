import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import {
  CreateGroupRequestSchema,
  type CreateGroupRequest,
  type Group,
} from '../../../contracts/coproduction.js';
import { groupEndpoints } from '../../../contracts/coproduction.endpoints.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { NativeField } from '../../components/native-field.js';
import { SelectField } from '../../components/select-field.js';
import { StatusMessage } from '../../components/status-message.js';
import { callEndpoint, errorText } from '../../lib/api.js';
import { useContractForm } from '../../lib/contract-form.js';
import { fieldId } from '../../lib/form-errors.js';
import { useMembers } from '../../lib/queries.js';
import { coproductionStrings } from '../../lib/strings/coproduction.js';
import { keys } from './coproduction-api.js';

const m = coproductionStrings.manage;
const GROUP_FORM = 'new-group';
const GROUP_FIELDS = ['organisationId', 'name', 'purpose', 'rhythm'] as const;

/** Start a co-production group: its name, purpose and rhythm. Members are added on its page. */
export function NewGroupForm({ organisations }: { organisations: readonly { id: string; name: string }[] }) {
  const navigate = useNavigate();
  const client = useQueryClient();
  const form = useContractForm({
    schema: CreateGroupRequestSchema,
    fields: GROUP_FIELDS,
    fallbackField: 'name',
    emptyMessages: { name: m.groupNameMissing },
    toRequest: (values) => ({
      organisationId: values.organisationId ?? organisations[0]?.id ?? '',
      name: values.name ?? '',
      purpose: values.purpose ?? '',
      rhythm: (values.rhythm ?? '').trim() || 'monthly',
    }),
  });
  const create = useMutation({
    mutationFn: (body: CreateGroupRequest) => callEndpoint(groupEndpoints.create, { body }),
    onSuccess: (group) => {
      void client.invalidateQueries({ queryKey: keys.groups });
      void navigate(`/coproduction/groups/${group.id}`);
    },
    onError: (error) => form.fromProblem(error),
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = form.parse(event.currentTarget);
    if (body) create.mutate(body);
  };
  return (
    <section className="section narrow" aria-labelledby="new-group-title">
      <h2 id="new-group-title">{m.groupTitle}</h2>
      <ErrorSummary formId={GROUP_FORM} errors={form.errors} />
      <form id={GROUP_FORM} noValidate onSubmit={onSubmit} className="form">
        {organisations.length > 1 ? (
          <SelectField
            id={fieldId(GROUP_FORM, 'organisationId')}
            name="organisationId"
            label={m.organisation}
            options={organisations.map((o) => ({ value: o.id, label: o.name }))}
          />
        ) : (
          <input type="hidden" name="organisationId" value={organisations[0]?.id ?? ''} />
        )}
        <NativeField
          id={fieldId(GROUP_FORM, 'name')}
          name="name"
          label={m.groupName}
          hint={m.groupNameHint}
          error={form.errorFor('name')}
          maxLength={120}
        />
        <NativeField
          id={fieldId(GROUP_FORM, 'purpose')}
          name="purpose"
          label={m.purpose}
          error={form.errorFor('purpose')}
          multiline
        />
        <NativeField
          id={fieldId(GROUP_FORM, 'rhythm')}
          name="rhythm"
          label={m.rhythm}
          hint={m.rhythmHint}
          error={form.errorFor('rhythm')}
          defaultValue="monthly"
          maxLength={80}
        />
        <Button type="submit" isPending={create.isPending}>
          {m.groupSubmit}
        </Button>
      </form>
    </section>
  );
}

/**
 * Who is in the group, chosen from the organisation's people. The people list is for coordinators; a
 * facilitator without it sees the members but asks a coordinator to change them.
 */
export function GroupMembersEditor({ group }: { group: Group }) {
  const client = useQueryClient();
  const [done, setDone] = useState('');
  const [error, setError] = useState('');
  const people = useMembers(group.organisationId);
  const save = useMutation({
    mutationFn: (memberIds: string[]) =>
      callEndpoint(groupEndpoints.update, { params: { groupId: group.id }, body: { memberIds } }),
    onSuccess: (next) => {
      client.setQueryData(keys.group(group.id), next);
      void client.invalidateQueries({ queryKey: keys.groups });
      setError('');
      setDone(m.membersSaved(next.members.length));
    },
    onError: (problem) => setError(errorText(problem)),
  });
  if (!people.data) return people.isError ? <p className="field__hint">{m.membersAskCoordinator}</p> : null;
  const current = new Set(group.members.map((p) => p.id));
  const everyone = [...new Map(people.data.members.map((p) => [p.personId, p.displayName]))];
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setDone('');
    save.mutate(new FormData(event.currentTarget).getAll('memberIds').map(String));
  };
  return (
    <form noValidate onSubmit={onSubmit} className="form">
      <fieldset>
        <legend className="field__label">{m.membersLegend}</legend>
        {error ? (
          <p className="field__error" role="alert">
            {error}
          </p>
        ) : null}
        {everyone.map(([personId, name]) => (
          <label key={personId} className="checkbox">
            <input type="checkbox" name="memberIds" value={personId} defaultChecked={current.has(personId)} />
            {name}
          </label>
        ))}
      </fieldset>
      <Button type="submit" variant="secondary" isPending={save.isPending}>
        {m.membersSave}
      </Button>
      <StatusMessage>{done || null}</StatusMessage>
    </form>
  );
}
