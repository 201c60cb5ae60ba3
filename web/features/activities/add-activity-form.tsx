import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { z } from 'zod';
import { programmeEndpoints } from '../../../contracts/activities.endpoints.js';
import { CreateActivityRequestSchema } from '../../../contracts/activities.js';
import { Button } from '../../components/button.js';
import { useFocusedStatus } from '../../components/focused-status.js';
import { callEndpoint } from '../../lib/api.js';
import { useContractForm } from '../../lib/contract-form.js';
import { activitiesStrings } from '../../lib/strings/activities.js';
import { keys } from './activities-api.js';
import { AddFormSection } from './add-form-section.js';
import { ACTIVITY_FIELDS, ActivityFields, activityDetailsFrom, scheduleFrom } from './activity-fields.js';

const s = activitiesStrings.plan;
const ADD_FORM = 'add-activity';

/** For coordinators and facilitators: add an activity with its whole schedule. */
export function AddActivityForm({
  organisationId,
  onErrors,
}: {
  organisationId: string;
  onErrors: (has: boolean) => void;
}) {
  const client = useQueryClient();
  const status = useFocusedStatus('act-status-message');
  const [version, setVersion] = useState(0);
  const form = useContractForm({
    schema: CreateActivityRequestSchema,
    fields: ACTIVITY_FIELDS,
    onErrors,
    toRequest: (values) => ({
      organisationId,
      ...activityDetailsFrom(values),
      schedule: scheduleFrom(values),
    }),
  });
  const create = useMutation({
    mutationFn: (body: z.output<typeof CreateActivityRequestSchema>) =>
      callEndpoint(programmeEndpoints.create, { body }),
    onSuccess: (activity) => {
      void client.invalidateQueries({ queryKey: keys.all });
      form.succeeded();
      setVersion((v) => v + 1);
      status.show(s.added(activity.title));
    },
    onError: form.failed,
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = form.parse(event.currentTarget);
    if (body) create.mutate(body);
  };
  return (
    <AddFormSection
      formId={ADD_FORM}
      formKey={version}
      title={s.addTitle}
      lead={s.addLead}
      errors={form.errors}
      onSubmit={onSubmit}
      after={status.node}
    >
      <ActivityFields
        formId={ADD_FORM}
        errorFor={form.errorFor}
        titleHint={activitiesStrings.fields.titleHint}
      />
      <Button type="submit" isPending={create.isPending} pendingLabel={s.adding}>
        {s.add}
      </Button>
    </AddFormSection>
  );
}
