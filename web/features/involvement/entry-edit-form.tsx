import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { involvementEndpoints } from '../../../contracts/involvement.endpoints.js';
import {
  UpdateInvolvementEntryRequestSchema,
  type InvolvementEntry,
  type UpdateInvolvementEntryRequest,
} from '../../../contracts/people.js';
import { callEndpoint } from '../../lib/api.js';
import { readForm, useFormErrors } from '../../lib/form-errors.js';
import { formatDay } from '../../lib/format.js';
import { involvementStrings } from '../../lib/strings/involvement.js';
import { ENTRY_FIELDS, EntryFields, readEntryFields, withSchemaErrors } from './entry-fields.js';
import { InlineEditForm } from './inline-controls.js';
import { changedFields } from './inline-edit.js';
import { keys } from './involvement-api.js';
import type { Range } from './range-form.js';

const l = involvementStrings.log;
type LogAnswer = { entries: InvolvementEntry[]; paymentWarning: string };

/** A log entry changed in place: the fields it shares with a new entry, filled in. */
export function EntryEditForm({
  entry,
  range,
  onClose,
  onMovedOut,
}: {
  entry: InvolvementEntry;
  range: Range;
  /** Closes the form; with a message when something was saved. */
  onClose: (message?: string) => void;
  /** The new date is outside the dates shown, so the row goes: said with focus instead. */
  onMovedOut: (message: string) => void;
}) {
  const client = useQueryClient();
  const formId = `edit-entry-${entry.id}`;
  const form = useFormErrors(ENTRY_FIELDS, 'activity');
  const save = useMutation({
    mutationFn: (body: UpdateInvolvementEntryRequest) =>
      callEndpoint(involvementEndpoints.updateEntry, { params: { entryId: entry.id }, body }),
    onSuccess: ({ entry: saved }) => {
      const inRange = saved.occurredOn >= range.from && saved.occurredOn <= range.to;
      client.setQueryData<LogAnswer>(keys.log(saved.organisationId, range.from, range.to), (old) =>
        old
          ? {
              ...old,
              entries: inRange
                ? old.entries.map((e) => (e.id === saved.id ? saved : e))
                : old.entries.filter((e) => e.id !== saved.id),
            }
          : old,
      );
      void client.invalidateQueries({ queryKey: keys.logAll(saved.organisationId) });
      const day = formatDay(saved.occurredOn);
      if (inRange) onClose(l.updated(saved.personName, day));
      else onMovedOut(l.updatedElsewhere(saved.personName, day));
    },
    onError: (error) => form.fromProblem(error),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const values = readForm(event.currentTarget);
    const { fields, errors } = readEntryFields(values);
    const parsed = UpdateInvolvementEntryRequestSchema.safeParse(fields);
    const found = withSchemaErrors(errors, parsed.error?.issues ?? [], fields.occurredOn);
    if (found.length > 0 || !parsed.success) {
      form.setErrors(found);
      return;
    }
    form.clear();
    const changes = changedFields(parsed.data, entry);
    if (Object.keys(changes).length === 0) {
      onClose(l.unchanged);
      return;
    }
    save.mutate(changes);
  };

  return (
    <InlineEditForm
      formId={formId}
      label={l.editTitle(entry.personName, formatDay(entry.occurredOn))}
      errors={form.errors}
      headingLevel={3}
      submit={l.save}
      isPending={save.isPending}
      onSubmit={onSubmit}
      onClose={() => onClose()}
    >
      <EntryFields formId={formId} form={form} entry={entry} />
    </InlineEditForm>
  );
}
