import { useMutation } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { involvementEndpoints } from '../../../contracts/involvement.endpoints.js';
import type { CreateTrainingRequest, TrainingRecord } from '../../../contracts/people.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { callEndpoint } from '../../lib/api.js';
import { involvementStrings } from '../../lib/strings/involvement.js';
import { TrainingFields, useTrainingForm } from './training-fields.js';

/** Adds a record to one's own training (no `personId`) or, for coordinators, to a member's. */
function addTraining(personId: string | undefined, body: CreateTrainingRequest) {
  return personId === undefined
    ? callEndpoint(involvementEndpoints.addMyTraining, { body })
    : callEndpoint(involvementEndpoints.addPersonTraining, { params: { personId }, body });
}

/** A form to add a training record, to one's own record or (for coordinators) a member's. */
export function TrainingForm({
  formId,
  heading,
  personId,
  onSaved,
}: {
  formId: string;
  heading: string;
  /** Whose record it goes on; one's own when left out. */
  personId?: string;
  onSaved: (record: TrainingRecord) => void;
}) {
  const form = useTrainingForm();
  const save = useMutation({
    mutationFn: (body: CreateTrainingRequest) => addTraining(personId, body),
    onError: (error) => form.fromProblem(error),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const element = event.currentTarget;
    const body = form.parse(element);
    if (!body) return;
    save.mutate(body, {
      onSuccess: (record) => {
        element.reset();
        onSaved(record);
      },
    });
  };

  return (
    <section className="section narrow" aria-labelledby={`${formId}-title`}>
      <h2 id={`${formId}-title`}>{heading}</h2>
      <ErrorSummary formId={formId} errors={form.errors} />
      <form id={formId} noValidate onSubmit={onSubmit} className="form">
        <TrainingFields formId={formId} form={form} />
        <Button type="submit" isPending={save.isPending} pendingLabel={involvementStrings.common.saving}>
          {involvementStrings.training.submit}
        </Button>
      </form>
    </section>
  );
}
