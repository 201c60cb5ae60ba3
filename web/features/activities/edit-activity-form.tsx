import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { programmeEndpoints } from '../../../contracts/activities.endpoints.js';
import {
  UpdateActivityRequestSchema,
  type Activity,
  type UpdateActivityRequest,
} from '../../../contracts/activities.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { InlineFormButtons } from '../../components/inline-form-buttons.js';
import { callEndpoint } from '../../lib/api.js';
import { useContractForm } from '../../lib/contract-form.js';
import { fieldId } from '../../lib/form-errors.js';
import { activitiesStrings } from '../../lib/strings/activities.js';
import { keys } from './activities-api.js';
import { ActivityFields, activityDetailsFrom } from './activity-fields.js';
import { useFocusOnOpen } from './shared.js';

const s = activitiesStrings.plan;
const EDIT_FIELDS = [
  'title',
  'description',
  'kind',
  'venue',
  'accessInformation',
  'capacity',
  'isPublic',
] as const;

/** The most people booked on any session still to come (none are ever taken off when places drop). */
function mostBooked(activity: Activity, now = Date.now()): number {
  return Math.max(
    0,
    ...activity.occurrences
      .filter((o) => !o.cancelled && new Date(o.startsAt).getTime() >= now)
      .map((o) => o.booked),
  );
}

/** Changes an activity's details in place (never its schedule); Escape closes it. */
export function EditActivityForm({
  activity,
  onSaved,
  onClose,
  onErrors,
}: {
  activity: Activity;
  onSaved: (message: string) => void;
  onClose: () => void;
  onErrors: (has: boolean) => void;
}) {
  const client = useQueryClient();
  const formId = `edit-${activity.id}`;
  const form = useContractForm({
    schema: UpdateActivityRequestSchema,
    fields: EDIT_FIELDS,
    onErrors,
    toRequest: activityDetailsFrom,
  });
  useFocusOnOpen(fieldId(formId, 'title'));
  const save = useMutation({
    mutationFn: (body: UpdateActivityRequest) =>
      callEndpoint(programmeEndpoints.update, { params: { activityId: activity.id }, body }),
    onSuccess: (next) => {
      void client.invalidateQueries({ queryKey: keys.all });
      form.succeeded();
      const booked = mostBooked(next);
      onSaved(
        booked > next.capacity ? `${s.saved(next.title)} ${s.overBooked(booked)}` : s.saved(next.title),
      );
    },
    onError: form.failed,
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = form.parse(event.currentTarget);
    if (body) save.mutate(body);
  };
  return (
    <div
      className="act-respond"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        }
      }}
    >
      <h4 id={`${formId}-heading`}>{s.editTitle(activity.title)}</h4>
      <p className="field__hint">{s.editLead}</p>
      <ErrorSummary formId={formId} errors={form.errors} headingLevel={4} />
      <form id={formId} noValidate onSubmit={onSubmit} className="form" aria-labelledby={`${formId}-heading`}>
        <ActivityFields
          formId={formId}
          errorFor={form.errorFor}
          schedule={false}
          capacityHint={s.capacityHint}
          defaults={activity}
        />
        <InlineFormButtons
          submit={s.save}
          pendingLabel={s.saving}
          isPending={save.isPending}
          close={s.cancel}
          onClose={onClose}
        />
      </form>
    </div>
  );
}
