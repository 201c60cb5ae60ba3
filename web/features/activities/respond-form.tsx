import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { z } from 'zod';
import { proposalEndpoints } from '../../../contracts/activities.endpoints.js';
import { RESPONSES, RespondToProposalRequestSchema, type Proposal } from '../../../contracts/activities.js';
import { ChoiceField } from '../../components/choice-field.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { InlineFormButtons } from '../../components/inline-form-buttons.js';
import { NativeField } from '../../components/native-field.js';
import { callEndpoint } from '../../lib/api.js';
import { useContractForm } from '../../lib/contract-form.js';
import { fieldId } from '../../lib/form-errors.js';
import { activitiesStrings } from '../../lib/strings/activities.js';
import { keys } from './activities-api.js';
import { ACTIVITY_FIELDS, ActivityFields, activityDetailsFrom, scheduleFrom } from './activity-fields.js';

const s = activitiesStrings.proposals;
const RESPOND_FIELDS = ['response', 'reason', ...ACTIVITY_FIELDS] as const;

/** The answer as the form holds it; accepting it brings the activity it becomes. */
function responseFrom(values: Record<string, string>, proposal: Proposal) {
  const { title, ...details } = activityDetailsFrom(values);
  return {
    response: values.response ?? '',
    reason: values.reason ?? '',
    ...(values.response === 'accepted'
      ? {
          activity: {
            ...(title.trim() ? { title } : {}),
            ...details,
            description: values.description ?? proposal.description,
            kind: values.kind ?? proposal.kind,
            schedule: scheduleFrom(values),
          },
        }
      : {}),
  };
}

/** A coordinator answers an idea with a reason everyone reads; accepting it schedules the activity. */
export function RespondForm({
  proposal,
  onDone,
  onClose,
}: {
  proposal: Proposal;
  onDone: (message: string) => void;
  onClose: () => void;
}) {
  const client = useQueryClient();
  const formId = `respond-${proposal.id}`;
  const [response, setResponse] = useState('');
  const form = useContractForm({
    schema: RespondToProposalRequestSchema,
    fields: RESPOND_FIELDS,
    fallbackField: 'reason',
    emptyMessages: { reason: s.reasonMissing, response: s.responseLegend },
    toRequest: (values) => responseFrom(values, proposal),
  });
  const respond = useMutation({
    mutationFn: (body: z.output<typeof RespondToProposalRequestSchema>) =>
      callEndpoint(proposalEndpoints.respond, { params: { proposalId: proposal.id }, body }),
    onSuccess: (next) => {
      void client.invalidateQueries({ queryKey: keys.all });
      onDone(s.responded(next.title));
    },
    onError: (error) => form.fromProblem(error),
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = form.parse(event.currentTarget);
    if (body) respond.mutate(body);
  };
  const f = (name: string) => fieldId(formId, name);
  return (
    <div className="act-respond">
      <h4>{s.respondTitle}</h4>
      <ErrorSummary formId={formId} errors={form.errors} headingLevel={4} />
      <form
        id={formId}
        noValidate
        onSubmit={onSubmit}
        className="form"
        onChange={(event) => {
          const target: EventTarget = event.target;
          if (target instanceof HTMLInputElement && target.name === 'response') setResponse(target.value);
        }}
      >
        <ChoiceField
          id={f('response')}
          name="response"
          legend={s.responseLegend}
          error={form.errorFor('response')}
          options={RESPONSES.map((r) => ({ value: r, label: s.responses[r] }))}
          className="act-choice"
          small
        />
        <NativeField
          id={f('reason')}
          name="reason"
          label={s.reason}
          hint={s.reasonHint}
          error={form.errorFor('reason')}
          maxLength={2000}
          multiline
        />
        {response === 'accepted' ? (
          <ActivityFields
            formId={formId}
            errorFor={form.errorFor}
            legend={s.scheduleTitle}
            titleOptional
            titleHint={s.activityTitleHint}
            defaults={{ title: proposal.title, description: proposal.description, kind: proposal.kind }}
          />
        ) : null}
        <InlineFormButtons
          submit={s.respond}
          pendingLabel={s.responding}
          isPending={respond.isPending}
          close={s.cancel}
          onClose={onClose}
        />
      </form>
    </div>
  );
}
