import { roleEndpoints } from '../../../contracts/activities.endpoints.js';
import { CreateRoleRequestSchema, ROLE_KINDS } from '../../../contracts/activities.js';
import { Button } from '../../components/button.js';
import { ChoiceField } from '../../components/choice-field.js';
import { NativeField } from '../../components/native-field.js';
import { callEndpoint } from '../../lib/api.js';
import { fieldId } from '../../lib/form-errors.js';
import { communityStrings } from '../../lib/strings/community.js';
import { keys } from './activities-api.js';
import { AddFormSection, useAddForm } from './add-form-section.js';

const s = communityStrings.roles;
const optional = communityStrings.common.optional;
const NEW_FORM = 'new-role';
const NEW_FIELDS = ['title', 'description', 'kind', 'hoursPerWeek'] as const;

/** For coordinators: offer a work placement or volunteering role. */
export function NewRoleForm({
  organisationId,
  onErrors,
}: {
  organisationId: string;
  onErrors: (has: boolean) => void;
}) {
  const { form, onSubmit, isPending, status } = useAddForm({
    send: (body) => callEndpoint(roleEndpoints.create, { body }),
    refresh: keys.roles(organisationId),
    saved: (role) => s.roleAdded(role.title),
    schema: CreateRoleRequestSchema,
    fields: NEW_FIELDS,
    onErrors,
    toRequest: (values) => {
      const hours = (values.hoursPerWeek ?? '').trim();
      return {
        organisationId,
        title: values.title ?? '',
        description: values.description ?? '',
        kind: values.kind ?? 'volunteering',
        hoursPerWeek: hours === '' ? null : Number(hours),
      };
    },
  });
  return (
    <AddFormSection
      formId={NEW_FORM}
      title={s.newTitle}
      lead={s.newLead}
      errors={form.errors}
      onSubmit={onSubmit}
      after={status}
    >
      <NativeField
        id={fieldId(NEW_FORM, 'title')}
        name="title"
        label={s.fieldTitle}
        hint={s.fieldTitleHint}
        error={form.errorFor('title')}
        maxLength={120}
      />
      <NativeField
        id={fieldId(NEW_FORM, 'description')}
        name="description"
        label={`${s.fieldDescription} ${optional}`}
        error={form.errorFor('description')}
        maxLength={4000}
        multiline
      />
      <ChoiceField
        id={fieldId(NEW_FORM, 'kind')}
        name="kind"
        legend={s.fieldKind}
        error={form.errorFor('kind')}
        options={ROLE_KINDS.map((k) => ({ value: k, label: s.kinds[k] }))}
        defaultValue="volunteering"
        className="act-choice"
        small
      />
      <NativeField
        id={fieldId(NEW_FORM, 'hoursPerWeek')}
        name="hoursPerWeek"
        type="number"
        inputMode="decimal"
        min={0}
        max={60}
        step="any"
        label={`${s.fieldHours} ${optional}`}
        hint={s.fieldHoursHint}
        error={form.errorFor('hoursPerWeek')}
      />
      <Button type="submit" isPending={isPending} pendingLabel={s.addingRole}>
        {s.addRole}
      </Button>
    </AddFormSection>
  );
}
