import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { involvementEndpoints } from '../../../contracts/involvement.endpoints.js';
import type { TrainingRecord, UpdateTrainingRequest } from '../../../contracts/people.js';
import { callEndpoint } from '../../lib/api.js';
import { involvementStrings } from '../../lib/strings/involvement.js';
import { InlineEditForm } from './inline-controls.js';
import { changedFields } from './inline-edit.js';
import { TrainingFields, useTrainingForm } from './training-fields.js';

const t = involvementStrings.training;

/** Puts a saved record into a cached answer that lists training (`{ training: [...] }`), in place. */
function replaceRecord(old: unknown, saved: TrainingRecord): unknown {
  if (typeof old !== 'object' || old === null || !('training' in old) || !Array.isArray(old.training))
    return old;
  const training = old.training as TrainingRecord[];
  return { ...old, training: training.map((r) => (r.id === saved.id ? saved : r)) };
}

/** A training record changed in place; only the fields that changed are sent. */
export function TrainingEditForm({
  record,
  queryKey,
  onClose,
}: {
  record: TrainingRecord;
  queryKey: QueryKey;
  /** Closes the form; with a message when something was saved. */
  onClose: (message?: string) => void;
}) {
  const client = useQueryClient();
  const formId = `edit-training-${record.id}`;
  const form = useTrainingForm();
  const save = useMutation({
    mutationFn: (body: UpdateTrainingRequest) =>
      callEndpoint(involvementEndpoints.updateTraining, { params: { trainingId: record.id }, body }),
    onSuccess: (saved) => {
      client.setQueryData(queryKey, (old: unknown) => replaceRecord(old, saved));
      void client.invalidateQueries({ queryKey });
      onClose(t.updated(saved.title));
    },
    onError: (error) => form.fromProblem(error),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = form.parse(event.currentTarget);
    if (!body) return;
    const changes = changedFields(body, record);
    if (Object.keys(changes).length === 0) {
      onClose(t.unchanged);
      return;
    }
    save.mutate(changes);
  };

  return (
    <InlineEditForm
      formId={formId}
      label={t.editTitle(record.title)}
      errors={form.errors}
      headingLevel={4}
      submit={t.save}
      isPending={save.isPending}
      onSubmit={onSubmit}
      onClose={() => onClose()}
    >
      <TrainingFields formId={formId} form={form} record={record} />
    </InlineEditForm>
  );
}
