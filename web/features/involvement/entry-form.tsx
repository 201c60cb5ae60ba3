import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { involvementEndpoints } from '../../../contracts/involvement.endpoints.js';
import {
  CreateInvolvementEntryRequestSchema,
  type CreateInvolvementEntryRequest,
  type Member,
} from '../../../contracts/people.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { SelectField } from '../../components/select-field.js';
import { callEndpoint } from '../../lib/api.js';
import { fieldId, readForm, useFormErrors } from '../../lib/form-errors.js';
import { formatDay } from '../../lib/format.js';
import { involvementStrings } from '../../lib/strings/involvement.js';
import { ENTRY_FIELDS, EntryFields, readEntryFields, withSchemaErrors } from './entry-fields.js';
import { keys } from './involvement-api.js';

const l = involvementStrings.log;
const ENTRY_FORM = 'new-entry';

/** A coordinator records what one of the organisation's members did. */
export function EntryForm({
  organisationId,
  members,
  onSaved,
}: {
  organisationId: string;
  members: readonly Member[];
  onSaved: (message: string) => void;
}) {
  const client = useQueryClient();
  const form = useFormErrors(ENTRY_FIELDS, 'activity');
  const save = useMutation({
    mutationFn: (body: CreateInvolvementEntryRequest) =>
      callEndpoint(involvementEndpoints.addEntry, { params: { organisationId }, body }),
    onSuccess: ({ entry }) => {
      void client.invalidateQueries({ queryKey: keys.logAll(organisationId) });
      onSaved(l.saved(entry.personName, formatDay(entry.occurredOn)));
    },
    onError: (error) => form.fromProblem(error),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const element = event.currentTarget;
    const values = readForm(element);
    const { fields, errors } = readEntryFields(values);
    const personId = values.personId ?? '';
    if (personId === '') errors.unshift({ field: 'personId', message: l.personMissing });
    const request: CreateInvolvementEntryRequest = { personId, ...fields };
    const parsed = CreateInvolvementEntryRequestSchema.safeParse(request);
    const found = withSchemaErrors(errors, parsed.error?.issues ?? [], fields.occurredOn);
    if (found.length > 0) {
      form.setErrors(found);
      return;
    }
    form.clear();
    save.mutate(request, { onSuccess: () => element.reset() });
  };

  return (
    <section className="section narrow" aria-labelledby="new-entry-title">
      <h2 id="new-entry-title">{l.newTitle}</h2>
      {members.length === 0 ? (
        <p>{l.noMembers}</p>
      ) : (
        <>
          <ErrorSummary formId={ENTRY_FORM} errors={form.errors} />
          <form id={ENTRY_FORM} noValidate onSubmit={onSubmit} className="form">
            <SelectField
              id={fieldId(ENTRY_FORM, 'personId')}
              name="personId"
              label={l.personLabel}
              error={form.errorFor('personId')}
              placeholder={l.choosePerson}
              options={members.map((m) => ({ value: m.personId, label: m.displayName }))}
            />
            <EntryFields formId={ENTRY_FORM} form={form} />
            <Button type="submit" isPending={save.isPending} pendingLabel={involvementStrings.common.saving}>
              {l.submit}
            </Button>
          </form>
        </>
      )}
    </section>
  );
}
